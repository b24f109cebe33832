package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/ui/termsafe"
)

// termPlanScreen shows a term edit before it is written: each file that
// changes with its terms before and after, then the files left as they
// are and why. Like the other questions (write_confirm.go), y writes the
// files and any other key leaves them; the moving keys scroll.
type termPlanScreen struct {
	sh            *shared
	width, height int
	plan          *edit.TermPlan
	olds          []string
	name          string
	rows          []planRow
	skipFrom      int // rows from here are skipped files
	window        listWindow
}

// planRow is one file of a plan: its path and what becomes of it, both
// safe for the terminal.
type planRow struct{ path, what string }

// newTermPlanScreen shows plan, which renames olds to name.
func newTermPlanScreen(sh *shared, plan *edit.TermPlan, olds []string, name string) *termPlanScreen {
	s := &termPlanScreen{sh: sh, plan: plan, olds: olds, name: name}
	for _, e := range plan.Edits {
		s.rows = append(s.rows, planRow{termsafe.Line(e.Rel), termsList(e.Old) + " → " + termsList(e.New)})
	}
	s.skipFrom = len(s.rows)
	for _, sk := range plan.Skipped {
		s.rows = append(s.rows, planRow{termsafe.Line(sk.Rel), termsafe.Line(sk.Reason(plan.Root))})
	}
	s.window.setLen(len(s.rows))
	return s
}

// fit writes the row in width cells: a long path loses its start first
// (the file name and the change matter most), then the change its end.
func (r planRow) fit(width int) string {
	room := max(width-ansi.StringWidth(r.what)-2, 12)
	path := r.path
	if n := ansi.StringWidth(path); n > room {
		path = "…" + ansi.TruncateLeft(path, n-room+1, "")
	}
	return ansi.Truncate(path+": "+r.what, max(1, width), "…")
}

// termsList shows a post's terms, comma-separated, or "(none)".
func termsList(ts []string) string {
	if len(ts) == 0 {
		return "(none)"
	}
	return termsafe.Line(strings.Join(ts, ", "))
}

// SetSize implements Component: the title, a blank line, the rows, a
// blank line and the question.
func (s *termPlanScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.window.setHeight(h - 4)
}

// Capturing implements capturer: every key answers the question.
func (s *termPlanScreen) Capturing() bool { return true }

// KeyMap implements Component.
func (s *termPlanScreen) KeyMap() help.KeyMap {
	k := s.sh.keys
	no := key.NewBinding(key.WithKeys("n"), key.WithHelp("any other key", "leave the files"))
	if len(s.plan.Edits) == 0 {
		return helpKeys{short: []key.Binding{no, k.ArrowDown}, full: [][]key.Binding{{no}, {k.ArrowUp, k.ArrowDown, k.InputPageUp, k.InputPageDown}}}
	}
	yes := key.NewBinding(key.WithKeys(k.Yes.Keys()...), key.WithHelp("y", "change them"))
	return helpKeys{short: []key.Binding{yes, no, k.ArrowDown}, full: [][]key.Binding{{yes, no}, {k.ArrowUp, k.ArrowDown, k.InputPageUp, k.InputPageDown}}}
}

// Update implements Component.
func (s *termPlanScreen) Update(msg tea.Msg) (Component, tea.Cmd) {
	if s.window.navigate(msg, s.sh.keys.inputMoves()) {
		return s, nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return s, nil
	}
	if key.Matches(k, s.sh.keys.Yes) && len(s.plan.Edits) > 0 {
		return s, tea.Batch(applyTermPlan(s.plan, termEditWhat(s.olds, s.name, true)), s.sh.pop(nil))
	}
	return s, tea.Batch(status("nothing changed"), s.sh.pop(nil))
}

// View implements Component.
func (s *termPlanScreen) View() string {
	st := &s.sh.styles
	w := max(1, s.width-2)
	head := fmt.Sprintf("%s: %s change", termEditWhat(s.olds, s.name, false), plural(len(s.plan.Edits), "file"))
	if n := len(s.plan.Skipped); n > 0 {
		head += fmt.Sprintf(", %d left as is", n)
	}
	lines := []string{st.Title.Render(ansi.Truncate(head, w, "…")), ""}
	lines = append(lines, s.window.view(func(i int, sel bool) string {
		row := s.rows[i].fit(w - 4)
		if i >= s.skipFrom {
			row = st.Warning.Render("! " + row)
		} else {
			row = "  " + row
		}
		if sel {
			return st.Cursor.Render("▌") + row
		}
		return " " + row
	}))
	q := "Nothing can change. Any key goes back."
	if n := len(s.plan.Edits); n > 0 {
		q = fmt.Sprintf("Change %s? y changes the files, any other key leaves them.", plural(n, "file"))
	}
	lines = append(lines, "", ansi.Truncate(q, w, "…"))
	return indent(strings.Join(lines, "\n"))
}
