package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// warningsPanel lists every problem found while reading the folder, as
// file:line: message, wrapped to the width.
type warningsPanel struct {
	sh            *shared
	width, height int
	warnings      []string // sanitized, one per problem
	vp            viewport.Model
}

func newWarningsPanel(sh *shared, folder []posts.Warning, ps []*posts.Post) *warningsPanel {
	var ws []string
	for _, w := range folder {
		ws = append(ws, termsafe.Line(w.String()))
	}
	for _, p := range ps {
		for _, w := range p.Warnings {
			ws = append(ws, termsafe.Line(w.String()))
		}
	}
	vp := viewport.New()
	vp.MouseWheelEnabled = true
	return &warningsPanel{sh: sh, warnings: ws, vp: vp}
}

// SetSize implements Component: the title, then the warnings wrapped to
// the new width.
func (w *warningsPanel) SetSize(width, height int) {
	w.width, w.height = width, height
	w.vp.SetWidth(max(1, width))
	w.vp.SetHeight(max(1, height-1))
	st := &w.sh.styles
	lines := make([]string, 0, len(w.warnings))
	for _, x := range w.warnings {
		lines = append(lines, st.Warning.Render(ansi.Wrap(x, max(1, width), "")))
	}
	if len(lines) == 0 {
		lines = []string{st.Muted.Render(ansi.Wrap("No problems: every post was read cleanly.", max(1, width), ""))}
	}
	w.vp.SetContent(strings.Join(lines, "\n"))
}

// KeyMap implements Component.
func (w *warningsPanel) KeyMap() help.KeyMap {
	k := w.sh.keys
	return helpKeys{
		short: []key.Binding{k.Back, k.Up, k.Down, k.Help, k.Quit},
		full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Back, k.Warnings, k.Help, k.Quit}},
	}
}

// Update implements Component: scrolls; esc or ! closes.
func (w *warningsPanel) Update(msg tea.Msg) (Component, tea.Cmd) {
	k := w.sh.keys
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, k.Back), key.Matches(kp, k.Warnings):
			return w, w.sh.pop(nil)
		case key.Matches(kp, k.Top):
			w.vp.GotoTop()
			return w, nil
		case key.Matches(kp, k.Bottom):
			w.vp.GotoBottom()
			return w, nil
		}
	}
	var cmd tea.Cmd
	w.vp, cmd = w.vp.Update(msg)
	return w, cmd
}

// View implements Component.
func (w *warningsPanel) View() string {
	st := &w.sh.styles
	title := st.Title.Render("Warnings") + st.Muted.Render(fmt.Sprintf("  %d", len(w.warnings)))
	return title + "\n" + w.vp.View()
}
