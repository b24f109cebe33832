package ui

import (
	"errors"
	"fmt"
	"path/filepath"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/ui/termsafe"
)

// This file connects the reader to the post writer (write_*.go): the n,
// e and p keys, and what the writer's messages mean for the list.

// statusMsg shows a line in the status bar.
type statusMsg struct {
	text string
	err  bool
}

func status(text string) tea.Cmd {
	return func() tea.Msg { return statusMsg{text: text} }
}

func statusErr(text string) tea.Cmd {
	return func() tea.Msg { return statusMsg{text: text, err: true} }
}

// newPostTermsMsg carries the blog's terms, counted for the new-post
// form's completion, and its posts, which decide where a new one goes.
type newPostTermsMsg struct {
	tags, categories []posts.Term
	all              []*posts.Post
}

// newPostCmd counts the blog's terms off the Update loop (about 30 ms a
// taxonomy at 100,000 posts); newPostTermsMsg then opens the form.
func newPostCmd(all []*posts.Post) tea.Cmd {
	return func() tea.Msg {
		return newPostTermsMsg{tags: posts.Terms(all, "tags"), categories: posts.Terms(all, "categories"), all: all}
	}
}

// editHook opens the post at path (relative to the blog folder) in the
// user's editor at line.
func editHook(sh *shared, path string, line int) tea.Cmd {
	return EditWithCmd(sh.cfg.Editor, filepath.Join(sh.cfg.Dir, filepath.FromSlash(path)), line)
}

// publishHook publishes a draft (or hidden post) at once; a published
// post goes offline only after a question.
func publishHook(sh *shared, p *posts.Post) tea.Cmd {
	abs := filepath.Join(sh.cfg.Dir, filepath.FromSlash(p.Path))
	if p.Status == posts.StatusPublished {
		return sh.push(unpublishPrompt(sh, abs, p.Title))
	}
	return SetStatusCmd(sh.cfg.Dir, sh.cfg.Posts.Rules, abs, true)
}

// undoHook undoes the last change folio made this session.
func undoHook(sh *shared) tea.Cmd {
	if sh.lastChange == nil {
		return status("nothing to undo")
	}
	if cmd := sh.undoGroupCmd(); cmd != nil {
		return cmd
	}
	return UndoCmd(sh.cfg.Dir, *sh.lastChange)
}

// writerEvent handles the writer's messages: a created post opens in the
// editor, an edit or a publish reloads the list with the post selected.
// handled is false for messages that are not the writer's (or that the
// form itself shows, such as a failed create).
func writerEvent(m *Model, msg tea.Msg) (cmd tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case newPostTermsMsg:
		if len(m.stack) > 1 {
			return nil, true // the user went elsewhere while the terms were counted
		}
		m.pushScreen(newPostForm(m.sh, msg))
		return nil, true
	case PostSavedMsg:
		if msg.Err != nil {
			return nil, false
		}
		m.closeForm()
		m.created = &msg
		m.sh.lastChange = &edit.Change{Rel: msg.Rel, From: msg.Rel, After: msg.Content, What: "created " + msg.Rel}
		// The list names posts relative to the folder it shows, which
		// may lie below the site's root that Rel starts from.
		rel := msg.Rel
		if r, err := filepath.Rel(m.sh.cfg.Dir, msg.Path); err == nil {
			rel = filepath.ToSlash(r)
		}
		cmds := []tea.Cmd{m.broadcast(selectPathMsg{path: rel, reveal: true}), m.sh.reload(), EditWithCmd(m.sh.cfg.Editor, msg.Path, msg.Line)}
		if msg.Note != "" {
			cmds = append(cmds, status(msg.Note))
		}
		return tea.Batch(cmds...), true
	case FormCancelledMsg:
		m.closeForm()
		return nil, true
	case EditorDoneMsg:
		cmds := []tea.Cmd{m.sh.reload()}
		if msg.Err != nil {
			cmds = append(cmds, statusErr(msg.Err.Error()))
		}
		if c := m.created; c != nil && c.Path == msg.Path && msg.Err == nil {
			cmds = append(cmds, CheckUntouchedCmd(c.Path, c.Content))
		}
		return tea.Batch(cmds...), true
	case UntouchedMsg:
		c := m.created
		m.created = nil
		if msg.Untouched && c != nil && c.Path == msg.Path {
			m.pushScreen(untouchedPrompt(m.sh, c.Path, c.Content))
		}
		return nil, true
	case PostRemovedMsg:
		switch {
		case msg.Err != nil:
			return statusErr(msg.Err.Error()), true
		case msg.Removed:
			return tea.Batch(m.sh.reload(), status("removed "+termsafe.Line(filepath.Base(msg.Path)))), true
		}
		return status("kept " + termsafe.Line(filepath.Base(msg.Path)) + ": it changed meanwhile"), true
	case PublishedMsg:
		if msg.Err != nil {
			return statusErr("publish: " + msg.Err.Error()), true
		}
		if msg.Change != nil {
			m.sh.lastChange = msg.Change
		}
		var sel tea.Cmd
		if rel, err := filepath.Rel(m.sh.cfg.Dir, msg.Path); err == nil {
			sel = m.broadcast(selectPathMsg{path: filepath.ToSlash(rel)})
		}
		text := fmt.Sprintf("%s is now %s", termsafe.Line(filepath.Base(msg.Path)), msg.Status)
		if !msg.Changed {
			text = fmt.Sprintf("%s was already %s", termsafe.Line(filepath.Base(msg.Path)), msg.Status)
		}
		return tea.Batch(sel, m.sh.reload(), status(text)), true
	case termsAppliedMsg:
		return m.sh.termsApplied(msg), true
	case groupUndoneMsg:
		return m.sh.groupUndone(msg), true
	case UndoneMsg:
		if errors.Is(msg.Err, edit.ErrChanged) {
			return statusErr("not undone: the file changed since folio " + termsafe.Line(msg.What)), true
		}
		if msg.Err != nil {
			return statusErr("undo: " + msg.Err.Error()), true
		}
		m.sh.lastChange = nil
		var sel tea.Cmd
		if rel, err := filepath.Rel(m.sh.cfg.Dir, msg.Path); err == nil && msg.Path != "" {
			sel = m.broadcast(selectPathMsg{path: filepath.ToSlash(rel)})
		}
		return tea.Batch(sel, m.sh.reload(), status("undone: "+termsafe.Line(msg.What))), true
	}
	return nil, false
}

// closeForm closes the new-post form if it is the top screen.
func (m *Model) closeForm() {
	if _, ok := m.active().(*NewPostForm); ok {
		m.popScreen()
	}
}
