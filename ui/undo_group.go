package ui

import (
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/ui/termsafe"
)

// undoGroup is the changes of one action over several files (a tag
// renamed across posts), which u undoes as one. head is the Change it
// put in shared.lastChange: when anything else replaces that, the group
// is no longer the last change.
type undoGroup struct {
	head    *edit.Change
	changes []edit.Change
}

// groupUndoneMsg reports the undoing of a group: how many files were
// put back, and the errors of those that could not be (a file changed
// since), joined.
type groupUndoneMsg struct {
	what   string
	undone int
	err    error
}

// recordChanges makes the changes of one action, named what, the change
// u undoes next, as one.
func (s *shared) recordChanges(what string, changes []edit.Change) {
	if len(changes) == 0 {
		return
	}
	head := &edit.Change{What: what}
	if len(changes) == 1 {
		*head = changes[0]
		head.What = what
	}
	s.lastChange = head
	s.group = &undoGroup{head: head, changes: changes}
}

// undoGroupCmd undoes the last change when it is a group of several
// files: each file, newest first, only if it still holds what folio
// wrote. It is nil when the last change is a single one.
func (s *shared) undoGroupCmd() tea.Cmd {
	g := s.group
	if g == nil || g.head != s.lastChange || len(g.changes) < 2 {
		return nil
	}
	root, changes, what := s.cfg.Dir, g.changes, g.head.What
	return func() tea.Msg {
		msg := groupUndoneMsg{what: what}
		var errs []error
		for i := len(changes) - 1; i >= 0; i-- {
			if _, err := edit.Undo(root, changes[i]); err != nil {
				errs = append(errs, err)
				continue
			}
			msg.undone++
		}
		msg.err = errors.Join(errs...)
		return msg
	}
}

// groupUndone shows what undoing a group did and reads the folder again.
// The group is spent either way: the files put back are not undone
// twice, and those that changed since are the user's.
func (s *shared) groupUndone(msg groupUndoneMsg) tea.Cmd {
	s.lastChange, s.group = nil, nil
	if msg.err != nil {
		return tea.Batch(s.reload(), statusErr(fmt.Sprintf("undone in %s: %s; not undone: %s",
			plural(msg.undone, "file"), termsafe.Line(msg.what), termsafe.Line(msg.err.Error()))))
	}
	return tea.Batch(s.reload(), status("undone: "+termsafe.Line(msg.what)))
}
