package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// warningsPanel lists every problem found while reading the folder, as
// file:line: message, one per line.
type warningsPanel struct {
	vp    viewport.Model
	count int
}

func newWarningsPanel(st *Styles, folder []posts.Warning, ps []*posts.Post, width, height int) warningsPanel {
	var lines []string
	add := func(w posts.Warning) {
		lines = append(lines, st.Warning.Render(ansi.Wrap(termsafe.Line(w.String()), max(10, width), "")))
	}
	for _, w := range folder {
		add(w)
	}
	for _, p := range ps {
		for _, w := range p.Warnings {
			add(w)
		}
	}
	count := len(lines)
	if count == 0 {
		lines = []string{st.Muted.Render("No problems: every post was read cleanly.")}
	}
	vp := viewport.New(viewport.WithWidth(width), viewport.WithHeight(max(1, height)))
	vp.MouseWheelEnabled = true
	vp.SetContent(strings.Join(lines, "\n"))
	return warningsPanel{vp: vp, count: count}
}

// Update scrolls the panel.
func (w warningsPanel) Update(msg tea.Msg) (warningsPanel, tea.Cmd) {
	var cmd tea.Cmd
	w.vp, cmd = w.vp.Update(msg)
	return w, cmd
}

func (w *warningsPanel) setSize(width, height int) {
	w.vp.SetWidth(width)
	w.vp.SetHeight(max(1, height))
}

// View draws the title and the visible warnings.
func (w warningsPanel) View(st *Styles) string {
	title := st.Title.Render("Warnings") + st.Muted.Render(fmt.Sprintf("  %d", w.count))
	return strings.Join([]string{title, w.vp.View()}, "\n")
}
