package ui

import (
	tea "charm.land/bubbletea/v2"
)

// This file is where the post writer (new-post form, editor, publish)
// plugs into the reader: the n, e and p keys and the writer's messages
// go through these functions only, so wiring the writer in changes this
// file alone.

// overlay is a screen that takes over the keyboard, such as the new-post
// form, until it sends a message that closes it.
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

// newPostHook starts writing a new post in the blog folder dir. It returns
// the overlay to show, if any.
func newPostHook(dir string) (overlay, tea.Cmd) {
	return nil, status("new post: the writer is not part of this build yet")
}

// editHook opens the post at path (relative to the blog folder dir) in the
// user's editor at line.
func editHook(dir, path string, line int) tea.Cmd {
	return status("edit: the writer is not part of this build yet")
}

// publishHook publishes the draft at path.
func publishHook(dir, path string) tea.Cmd {
	return status("publish: the writer is not part of this build yet")
}

// writerEvent reports what a message from the writer means for the
// reader: whether to read the folder again, which post (path relative to
// dir) to select afterwards, and whether an overlay should close.
func writerEvent(dir string, msg tea.Msg) (reload bool, selectPath string, closeOverlay bool) {
	return false, "", false
}
