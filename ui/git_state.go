package ui

import (
	"context"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/gitstate"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// gitCursor is a list row's cursor column (cursor, two cells) with the
// mark of p's git state in its second cell, as a diff's gutter: + new,
// ~ modified, ● staged. A clean file, or one outside a repository, has
// no mark, so that the marks stand out as the work not committed yet.
func gitCursor(st *Styles, p *posts.Post, selected bool, cursor string) string {
	mark := gitMark(st, p)
	switch {
	case mark == "":
		return cursor
	case selected:
		return st.Cursor.Render("▌") + mark
	}
	return " " + mark
}

// gitMark is the one-cell mark of p's git state, "" for none.
func gitMark(st *Styles, p *posts.Post) string {
	switch p.Git {
	case posts.GitNew:
		return st.GitNew.Render("+")
	case posts.GitModified:
		return st.GitModified.Render("~")
	case posts.GitStaged:
		return st.GitStaged.Render("●")
	}
	return ""
}

// gitLineText is the reader's line of a post's git state, under its
// metadata: the state, and the last commit once known (nil until then).
// A file never committed has none to wait for.
func gitLineText(state posts.GitState, c *gitstate.Commit, layout string) string {
	s := "git: " + string(state)
	switch {
	case state == posts.GitNew:
		s += " · not committed yet"
	case c != nil:
		s += " · last commit " + c.Date.Format(layout) + " · " + termsafe.Line(c.Author) + " · " + termsafe.Line(c.Subject)
	}
	return s
}

// commitTimeout bounds the git log of a post opened: a slow repository
// leaves the line without its commit rather than a command hanging.
const commitTimeout = 5 * time.Second

// lastCommitMsg brings a post's last commit from git, for the reader's
// git line; ok is false when it has none. gen is the commits' generation
// it was asked in (see commitCache).
type lastCommitMsg struct {
	gen    int
	path   string
	commit gitstate.Commit
	ok     bool
}

// commitCache holds the posts' last commits by path for the session,
// forgotten when the folder is read again (a commit may have been made
// since); gen counts those times, so that an answer asked for before
// one is dropped.
type commitCache struct {
	gen     int
	commits map[string]lastCommitMsg
}

// reset forgets every commit.
func (c *commitCache) reset() { c.gen, c.commits = c.gen+1, nil }

// lastCommitCmd asks git for the last commit of p, unless p is outside
// a repository, was never committed, or its commit is known.
func (s *shared) lastCommitCmd(p *posts.Post) tea.Cmd {
	if p.Git == "" || p.Git == posts.GitNew {
		return nil
	}
	if _, ok := s.commits.commits[p.Path]; ok {
		return nil
	}
	gen, dir, path := s.commits.gen, s.cfg.Dir, p.Path
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), commitTimeout)
		defer cancel()
		c, ok := gitstate.LastCommit(ctx, dir, path)
		return lastCommitMsg{gen: gen, path: path, commit: c, ok: ok}
	}
}

// keepCommit keeps a commit that came from git, unless the folder was
// read again since it was asked for.
func (s *shared) keepCommit(msg lastCommitMsg) {
	if msg.gen != s.commits.gen {
		return
	}
	if s.commits.commits == nil {
		s.commits.commits = map[string]lastCommitMsg{}
	}
	s.commits.commits[msg.path] = msg
}

// withGitLine returns doc, a rendering of p at width, with its git line
// showing p's last commit once known. The line is replaced in place
// (the rendering keeps a line for it), so nothing below it moves; doc's
// own text is never changed, as the render cache shares it.
func (s *shared) withGitLine(doc Document, p *posts.Post, width int) Document {
	c, ok := s.commits.commits[p.Path]
	if doc.gitLine <= 0 || doc.gitLine >= len(doc.Plain) || !ok || !c.ok {
		return doc
	}
	line := s.styles.Header.Render(s.styles.Muted.Render(ansi.Truncate(
		gitLineText(p.Git, &c.commit, s.cfg.dateLayout()), max(10, width-4), "…")))
	start := 0
	for range doc.gitLine {
		start += strings.IndexByte(doc.Content[start:], '\n') + 1
	}
	end := len(doc.Content)
	if i := strings.IndexByte(doc.Content[start:], '\n'); i >= 0 {
		end = start + i
	}
	doc.Content = doc.Content[:start] + line + doc.Content[end:]
	doc.Plain = append([]string(nil), doc.Plain...)
	doc.Plain[doc.gitLine] = ansi.Strip(line)
	return doc
}
