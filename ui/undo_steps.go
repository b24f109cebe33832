package ui

import (
	"errors"
	"fmt"
	"path/filepath"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/ui/termsafe"
)

// undoStep is one action folio took, named what, with the change it made
// to each file: a publish changes one, a tag renamed across posts or a
// rename that rewrote other posts' links changes several, and u undoes
// them as one.
type undoStep struct {
	what    string
	changes []edit.Change
}

// groupUndoneMsg reports the undoing of a step over several files: how
// many were put back, the errors of those that could not be (a file
// changed since), joined, and where its first change's post is now.
type groupUndoneMsg struct {
	what          string
	undone        int
	err           error
	oldPath, path string
}

// recordChanges puts the changes of one action, named what, on the
// session's stack, as the step u undoes next.
func (s *shared) recordChanges(what string, changes []edit.Change) {
	if len(changes) == 0 {
		return
	}
	if len(changes) == 1 {
		changes[0].What = what
	}
	s.changes = append(s.changes, undoStep{what: what, changes: changes})
}

// undo undoes the newest step of the session: one file by UndoCmd, which
// leaves the step if the file changed since; several by undoGroupCmd.
func (m *Model) undo() tea.Cmd {
	switch {
	case m.sh.undoing:
		return status("an undo is under way")
	case len(m.sh.changes) == 0:
		return status("nothing to undo")
	}
	m.sh.undoing = true
	st := m.sh.changes[len(m.sh.changes)-1]
	if len(st.changes) == 1 {
		return UndoCmd(m.sh.cfg.Dir, st.changes[0])
	}
	return undoGroupCmd(m.sh.cfg.Dir, st)
}

// undoGroupCmd undoes every file of a step, newest first, each only if
// it still holds what folio wrote.
func undoGroupCmd(root string, st undoStep) tea.Cmd {
	return func() tea.Msg {
		msg := groupUndoneMsg{what: st.what}
		var errs []error
		for i := len(st.changes) - 1; i >= 0; i-- {
			c := st.changes[i]
			rel, err := edit.Undo(root, c)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			msg.undone++
			if i == 0 && rel != "" {
				// The step's own post (a renamed one) may move back.
				msg.oldPath = filepath.Join(root, filepath.FromSlash(c.Rel))
				msg.path = filepath.Join(root, filepath.FromSlash(rel))
			}
		}
		msg.err = errors.Join(errs...)
		return msg
	}
}

// groupUndone shows what undoing a step over several files did, follows
// its post back and reads the folder again. The step is spent either
// way: the files put back are not undone twice, and those that changed
// since are the user's.
func (m *Model) groupUndone(msg groupUndoneMsg) tea.Cmd {
	m.sh.undoing = false
	if n := len(m.sh.changes); n > 0 && m.sh.changes[n-1].what == msg.what {
		m.sh.changes = m.sh.changes[:n-1]
	}
	var sel tea.Cmd
	if msg.path != "" {
		sel = m.followMove(msg.oldPath, msg.path)
	}
	if msg.err != nil {
		return tea.Batch(sel, m.sh.reload(), statusErr(fmt.Sprintf("undone in %s: %s; not undone: %s",
			plural(msg.undone, "file"), termsafe.Line(msg.what), termsafe.Line(msg.err.Error()))))
	}
	return tea.Batch(sel, m.sh.reload(), status("undone: "+termsafe.Line(msg.what)))
}
