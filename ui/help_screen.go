package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
)

// helpScreen shows every binding of the screen it was opened over, and
// the query language over the list.
type helpScreen struct {
	sh            *shared
	width, height int
	of            help.KeyMap
	extra         string
	help          help.Model
	vp            viewport.Model
}

func newHelpScreen(sh *shared, over Component) *helpScreen {
	h := &helpScreen{sh: sh, of: over.KeyMap(), help: help.New(), vp: viewport.New()}
	h.help.Styles = help.DefaultStyles(sh.styles.IsDark)
	if _, ok := over.(*listScreen); ok {
		h.extra = posts.QueryHelp
	}
	return h
}

// SetSize implements Component.
func (h *helpScreen) SetSize(w, height int) {
	h.width, h.height = w, height
	h.vp.SetWidth(max(1, w))
	h.vp.SetHeight(max(1, height-1))
	h.help.SetWidth(0) // rows are packed to fit below; the help model would cut them
	// FullHelp lays its groups side by side; those that do not fit the
	// width go on the next rows, and a group wider than the terminal
	// goes one binding a line.
	var rows []string
	var row [][]key.Binding
	flush := func() {
		if len(row) > 0 {
			rows = append(rows, h.help.FullHelpView(row))
			row = nil
		}
	}
	for _, group := range h.of.FullHelp() {
		if ansi.StringWidth(firstLongest(h.help.FullHelpView(append(row, group)))) <= w {
			row = append(row, group)
			continue
		}
		flush()
		if ansi.StringWidth(firstLongest(h.help.FullHelpView([][]key.Binding{group}))) <= w {
			row = [][]key.Binding{group}
			continue
		}
		for _, b := range group {
			if b.Enabled() {
				rows = append(rows, h.help.ShortHelpView([]key.Binding{b}))
			}
		}
	}
	flush()
	body := strings.Join(rows, "\n\n")
	if h.extra != "" {
		body += "\n\n" + h.sh.styles.Muted.Render(ansi.Wrap(h.extra, max(1, w), ""))
	}
	h.vp.SetContent(body)
}

// firstLongest is the widest line of s.
func firstLongest(s string) string {
	best := ""
	for _, l := range strings.Split(s, "\n") {
		if ansi.StringWidth(l) > ansi.StringWidth(best) {
			best = l
		}
	}
	return best
}

// KeyMap implements Component.
func (h *helpScreen) KeyMap() help.KeyMap {
	k := h.sh.keys
	return helpKeys{
		short: []key.Binding{k.Back, k.Up, k.Down, k.Quit},
		full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Back, k.Help, k.Quit}},
	}
}

// Update implements Component: scrolls, g and G to either end as on
// every other screen (the viewport knows neither); esc closes (? closes
// it too, in the root).
func (h *helpScreen) Update(msg tea.Msg) (Component, tea.Cmd) {
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		k := h.sh.keys
		switch {
		case key.Matches(kp, k.Back), key.Matches(kp, k.InputHelp):
			return h, h.sh.pop(nil)
		case key.Matches(kp, k.Top):
			h.vp.GotoTop()
			return h, nil
		case key.Matches(kp, k.Bottom):
			h.vp.GotoBottom()
			return h, nil
		}
	}
	var cmd tea.Cmd
	h.vp, cmd = h.vp.Update(msg)
	return h, cmd
}

// View implements Component.
func (h *helpScreen) View() string {
	return h.sh.styles.Title.Render("Keys") + "\n" + h.vp.View()
}
