package ui

import (
	"bytes"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
)

// PublishedMsg reports the result of PublishCmd or SetStatusCmd: the
// post now at Path (a never-published Jekyll draft moves) has Status.
// Changed is false when it already had it. With Err set nothing was
// written. Change is what was done, for u to undo.
type PublishedMsg struct {
	OldPath string
	Path    string
	Status  posts.Status
	Changed bool
	Change  *edit.Change
	Err     error
}

// PublishCmd toggles a post between draft and published: a draft (or
// hidden post) is published, a published post becomes a draft. root is
// the site folder and site its rules. Only the status lines change, the
// file is replaced atomically, and a file that changed on disk since it
// was read is left alone.
func PublishCmd(root string, rules posts.Rules, path string) tea.Cmd {
	return func() tea.Msg {
		rel, err := relTo(root, path)
		if err != nil {
			return PublishedMsg{OldPath: path, Err: err}
		}
		data, err := posts.ReadRegularFile(path, posts.MaxPostFileSize)
		if err != nil {
			return PublishedMsg{OldPath: path, Err: err}
		}
		p := posts.Parse(rel, data, posts.Options{Rules: rules})
		publish := p.Status != posts.StatusPublished
		return setStatus(root, path, rel, publish, edit.PublishOptions{Rules: rules, Expect: data})
	}
}

// SetStatusCmd publishes (publish true) or unpublishes the post at path,
// whatever it is now, and reports PublishedMsg.
func SetStatusCmd(root string, rules posts.Rules, path string, publish bool) tea.Cmd {
	return func() tea.Msg {
		rel, err := relTo(root, path)
		if err != nil {
			return PublishedMsg{OldPath: path, Err: err}
		}
		return setStatus(root, path, rel, publish, edit.PublishOptions{Rules: rules})
	}
}

// PublishDraftCmd publishes the post at path, dated now when dateNow is
// set (by clock; nil means the computer's), else keeping the date it has,
// and reports PublishedMsg.
func PublishDraftCmd(root string, rules posts.Rules, path string, dateNow bool, clock func() time.Time) tea.Cmd {
	return func() tea.Msg {
		rel, err := relTo(root, path)
		if err != nil {
			return PublishedMsg{OldPath: path, Err: err}
		}
		return setStatus(root, path, rel, true, edit.PublishOptions{Rules: rules, SetDate: dateNow, Now: clock})
	}
}

func setStatus(root, path, rel string, publish bool, opts edit.PublishOptions) PublishedMsg {
	res, err := edit.SetStatus(root, rel, publish, opts)
	if err != nil {
		return PublishedMsg{OldPath: path, Err: err}
	}
	msg := PublishedMsg{OldPath: path, Path: res.Path, Status: res.Status, Changed: res.Changed}
	if c, ok := res.Change(); ok {
		msg.Change = &c
	}
	return msg
}

// UndoneMsg reports the result of UndoCmd: What was undone, the path the
// file had before the undo (OldPath) and the one it has now (Path, empty
// when a created post was removed).
type UndoneMsg struct {
	What    string
	OldPath string
	Path    string
	Err     error
}

// UndoCmd undoes change c in the site at root if the file still holds
// what folio wrote (edit.Undo).
func UndoCmd(root string, c edit.Change) tea.Cmd {
	return func() tea.Msg {
		rel, err := edit.Undo(root, c)
		msg := UndoneMsg{What: c.What, OldPath: filepath.Join(root, filepath.FromSlash(c.Rel)), Err: err}
		if err == nil && rel != "" {
			msg.Path = filepath.Join(root, filepath.FromSlash(rel))
		}
		return msg
	}
}

// relTo returns path relative to root, slash-separated.
func relTo(root, path string) (string, error) {
	if !filepath.IsAbs(path) {
		return filepath.ToSlash(path), nil
	}
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return "", err
	}
	return filepath.ToSlash(rel), nil
}

// UntouchedMsg reports whether a post created by the form still holds
// exactly what folio wrote, after the editor exited: the TUI then asks
// whether to keep or remove it.
type UntouchedMsg struct {
	Path      string
	Untouched bool
}

// CheckUntouchedCmd compares the file at path with the bytes it was
// created with and reports UntouchedMsg.
func CheckUntouchedCmd(path string, content []byte) tea.Cmd {
	return func() tea.Msg {
		data, err := posts.ReadRegularFile(path, posts.MaxPostFileSize)
		return UntouchedMsg{Path: path, Untouched: err == nil && bytes.Equal(data, content)}
	}
}

// PostRemovedMsg reports the result of RemoveUntouchedCmd. Removed is
// false when the file had changed meanwhile and was kept.
type PostRemovedMsg struct {
	Path    string
	Removed bool
	Err     error
}

// RemoveUntouchedCmd removes a new post only if its bytes are still
// exactly what folio wrote.
func RemoveUntouchedCmd(path string, content []byte) tea.Cmd {
	return func() tea.Msg {
		removed, err := edit.RemoveIfUntouched(path, content)
		return PostRemovedMsg{Path: path, Removed: removed, Err: err}
	}
}
