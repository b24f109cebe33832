package ui

import (
	"fmt"
	"path/filepath"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// This file connects the reader to the post writer (write_*.go): the n,
// e and p keys, and what the writer's messages mean for the list.

// overlay is a screen that takes over the keyboard, such as the new-post
// form, until a message closes it.
type overlay interface {
	Update(tea.Msg) (overlay, tea.Cmd)
	View() string
}

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

// formOverlay shows the writer's new-post form.
type formOverlay struct{ form NewPostForm }

func (o formOverlay) Update(msg tea.Msg) (overlay, tea.Cmd) {
	f, cmd := o.form.Update(msg)
	return formOverlay{f}, cmd
}

func (o formOverlay) View() string { return o.form.View() }

// untouchedOverlay asks whether to remove a new post the user left as
// folio wrote it.
type untouchedOverlay struct {
	path    string
	content []byte
}

// overlayClosedMsg closes an overlay.
type overlayClosedMsg struct{}

func (o untouchedOverlay) Update(msg tea.Msg) (overlay, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return o, nil
	}
	closed := func() tea.Msg { return overlayClosedMsg{} }
	if k.String() == "y" {
		return o, tea.Batch(RemoveUntouchedCmd(o.path, o.content), closed)
	}
	return o, tea.Batch(status("kept "+termsafe.Line(filepath.Base(o.path))), closed)
}

func (o untouchedOverlay) View() string {
	return fmt.Sprintf("\n  The new post %s is exactly as folio created it.\n\n  Remove it? y removes it, any other key keeps it.",
		termsafe.Line(filepath.Base(o.path)))
}

// newPostTermsMsg carries the blog's terms, counted for the new-post
// form's completion.
type newPostTermsMsg struct{ tags, categories []posts.Term }

// newPostHook counts the blog's terms off the Update loop (about 30 ms
// a taxonomy at 100,000 posts); newPostTermsMsg then opens the form.
func newPostHook(m *Model) tea.Cmd {
	all := m.all
	return func() tea.Msg {
		return newPostTermsMsg{tags: posts.Terms(all, "tags"), categories: posts.Terms(all, "categories")}
	}
}

// openNewPostForm opens the new-post form, offering the blog's terms.
func openNewPostForm(m *Model, msg newPostTermsMsg) tea.Cmd {
	f := NewNewPostForm(NewPostOptions{
		Root:        m.opts.Dir,
		Site:        m.opts.Posts.Site,
		Author:      m.opts.Author,
		PathPattern: m.opts.NewPostPath,
		Style:       m.opts.NewPostStyle,
		Tags:        msg.tags,
		Categories:  msg.categories,
	})
	m.overlay, m.state = formOverlay{f}, stateOverlay
	return f.Init()
}

// editHook opens the post at path (relative to the blog folder) in the
// user's editor at line.
func editHook(m *Model, path string, line int) tea.Cmd {
	return EditWithCmd(m.opts.Editor, filepath.Join(m.opts.Dir, filepath.FromSlash(path)), line)
}

// publishHook toggles the post at path between draft and published.
func publishHook(m *Model, path string) tea.Cmd {
	return PublishCmd(m.opts.Dir, m.opts.Posts.Site, filepath.Join(m.opts.Dir, filepath.FromSlash(path)))
}

// writerEvent handles the writer's messages: a created post opens in the
// editor, an edit or a publish reloads the list with the post selected.
// handled is false for messages that are not the writer's (or that the
// form itself shows, such as a failed create).
func writerEvent(m *Model, msg tea.Msg) (cmd tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case newPostTermsMsg:
		if m.state != stateList {
			return nil, true // the user went elsewhere while the terms were counted
		}
		return openNewPostForm(m, msg), true
	case PostSavedMsg:
		if msg.Err != nil {
			return nil, false
		}
		m.overlay, m.state = nil, stateList
		m.created = &msg
		m.selectAfterReload = msg.Rel
		cmds := []tea.Cmd{reloadCmd(m.fsys, m.opts.Posts), EditWithCmd(m.opts.Editor, msg.Path, msg.Line)}
		if msg.Note != "" {
			cmds = append(cmds, status(msg.Note))
		}
		return tea.Batch(cmds...), true
	case FormCancelledMsg, overlayClosedMsg:
		m.overlay, m.state = nil, stateList
		return nil, true
	case EditorDoneMsg:
		cmds := []tea.Cmd{reloadCmd(m.fsys, m.opts.Posts)}
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
			m.overlay, m.state = untouchedOverlay{path: c.Path, content: c.Content}, stateOverlay
		}
		return nil, true
	case PostRemovedMsg:
		switch {
		case msg.Err != nil:
			return statusErr(msg.Err.Error()), true
		case msg.Removed:
			return tea.Batch(reloadCmd(m.fsys, m.opts.Posts), status("removed "+termsafe.Line(filepath.Base(msg.Path)))), true
		}
		return status("kept " + termsafe.Line(filepath.Base(msg.Path)) + ": it changed meanwhile"), true
	case PublishedMsg:
		if msg.Err != nil {
			return statusErr("publish: " + msg.Err.Error()), true
		}
		if rel, err := filepath.Rel(m.opts.Dir, msg.Path); err == nil {
			m.selectAfterReload = filepath.ToSlash(rel)
		}
		text := fmt.Sprintf("%s is now %s", termsafe.Line(filepath.Base(msg.Path)), msg.Status)
		if !msg.Changed {
			text = fmt.Sprintf("%s was already %s", termsafe.Line(filepath.Base(msg.Path)), msg.Status)
		}
		return tea.Batch(reloadCmd(m.fsys, m.opts.Posts), status(text)), true
	}
	return nil, false
}
