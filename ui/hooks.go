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
// e, p and u keys (R and T open their prompts in write_rename.go and
// write_terms.go), the session's stack of changes that u undoes newest
// first, and what the writer's messages mean for the list and the reader.

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
	return sh.push(publishPrompt(sh, abs, p))
}

// undoMsg asks the root to undo the newest change of the session.
type undoMsg struct{}

// undoHook undoes the newest change folio made this session that is not
// undone yet; the root keeps them (see writerEvent).
func undoHook(*shared) tea.Cmd {
	return func() tea.Msg { return undoMsg{} }
}

// postMovedMsg tells the screens that folio moved the post at from
// (relative to the folder shown) to to: the reader follows it there once
// the folder is read again.
type postMovedMsg struct{ from, to string }

// relToDir is abs relative to the folder shown, slash-separated, as the
// list and the store name posts; ok is false when it is not below it.
func (s *shared) relToDir(abs string) (string, bool) {
	rel, err := filepath.Rel(s.cfg.Dir, abs)
	if err != nil || abs == "" {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// pushChange records a change folio made, for u to undo.
func (m *Model) pushChange(c edit.Change) {
	m.sh.recordChanges(c.What, []edit.Change{c})
}

// forgetCreated takes the creation of the post at abs off the stack of
// changes once the post is removed: nothing is left to undo, and a
// change that can never be undone would stop u at it.
func (m *Model) forgetCreated(abs string) {
	kept := m.sh.changes[:0]
	for _, st := range m.sh.changes {
		if c := st.changes[0]; len(st.changes) > 1 || c.Before != nil || filepath.Join(m.sh.cfg.Dir, filepath.FromSlash(c.Rel)) != abs {
			kept = append(kept, st)
		}
	}
	m.sh.changes = kept
}

// followMove selects the post now at abs in the list and, when it moved
// from oldAbs, has the reader follow it.
func (m *Model) followMove(oldAbs, abs string) tea.Cmd {
	to, ok := m.sh.relToDir(abs)
	if !ok {
		return nil
	}
	cmds := []tea.Cmd{m.broadcast(selectPathMsg{path: to})}
	if from, ok := m.sh.relToDir(oldAbs); ok && from != to {
		cmds = append(cmds, m.broadcast(postMovedMsg{from: from, to: to}))
	}
	return tea.Batch(cmds...)
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
		m.pushChange(edit.Change{Rel: msg.Rel, From: msg.Rel, After: msg.Content, What: "created " + msg.Rel})
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
			m.forgetCreated(msg.Path)
			return tea.Batch(m.sh.reload(), status("removed "+termsafe.Line(filepath.Base(msg.Path)))), true
		}
		return status("kept " + termsafe.Line(filepath.Base(msg.Path)) + ": it changed meanwhile"), true
	case PublishedMsg:
		if msg.Err != nil {
			return statusErr("publish: " + msg.Err.Error()), true
		}
		if msg.Change != nil {
			m.pushChange(*msg.Change)
		}
		sel := m.followMove(msg.OldPath, msg.Path)
		text := fmt.Sprintf("%s is now %s", termsafe.Line(filepath.Base(msg.Path)), msg.Status)
		if !msg.Changed {
			text = fmt.Sprintf("%s was already %s", termsafe.Line(filepath.Base(msg.Path)), msg.Status)
		}
		return tea.Batch(sel, m.sh.reload(), status(text)), true
	case undoMsg:
		return m.undo(), true
	case groupUndoneMsg:
		return m.groupUndone(msg), true
	case termsAppliedMsg:
		return m.sh.termsApplied(msg), true
	case UndoneMsg:
		return m.undone(msg), true
	case RenamedMsg:
		return m.renamed(msg), true
	case editTermsMsg:
		if _, ok := m.active().(*fieldsPrompt); ok {
			return nil, true
		}
		m.pushScreen(termsEditor(m.sh, msg))
		return nil, true
	case TermsSetMsg:
		return m.termsSet(msg), true
	}
	return nil, false
}

// closeForm closes the new-post form if it is the top screen.
func (m *Model) closeForm() {
	if _, ok := m.active().(*NewPostForm); ok {
		m.popScreen()
	}
}

// undone takes an undone change off the session's stack; a refused undo
// leaves the stack as it was and says why.
func (m *Model) undone(msg UndoneMsg) tea.Cmd {
	m.sh.undoing = false
	if errors.Is(msg.Err, edit.ErrChanged) {
		return statusErr("not undone: the file changed since folio " + termsafe.Line(msg.What))
	}
	if msg.Err != nil {
		return statusErr("not undone: " + termsafe.Line(msg.Err.Error()))
	}
	if n := len(m.sh.changes); n > 0 && m.sh.changes[n-1].what == msg.What {
		m.sh.changes = m.sh.changes[:n-1]
	}
	text := "undone: " + termsafe.Line(msg.What)
	if n := len(m.sh.changes); n > 0 {
		text += fmt.Sprintf(" (u undoes %d more)", n)
	}
	var sel tea.Cmd
	if msg.Path != "" {
		sel = m.followMove(msg.OldPath, msg.Path)
	}
	return tea.Batch(sel, m.sh.reload(), status(text))
}
