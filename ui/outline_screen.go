package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// outlineScreen lists the open post's headings; enter scrolls the reader
// to one.
type outlineScreen struct {
	sh            *shared
	width, height int
	headings      []Heading
	window        listWindow
}

func newOutline(sh *shared, hs []Heading, at int) *outlineScreen {
	o := &outlineScreen{sh: sh, headings: hs}
	o.window.setLen(len(hs))
	o.window.moveTo(at)
	return o
}

// SetSize implements Component; the first line is the title.
func (o *outlineScreen) SetSize(w, h int) {
	o.width, o.height = w, h
	o.window.setHeight(h - 1)
}

// KeyMap implements Component.
func (o *outlineScreen) KeyMap() help.KeyMap {
	k := o.sh.keys
	return helpKeys{
		short: []key.Binding{k.Accept, k.Back, k.Up, k.Down, k.Help, k.Quit},
		full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Accept, k.Back, k.Outline}, {k.Help, k.Quit}},
	}
}

// Update implements Component.
func (o *outlineScreen) Update(msg tea.Msg) (Component, tea.Cmd) {
	if o.window.navigate(msg, o.sh.keys.browseMoves()) {
		return o, nil
	}
	k := o.sh.keys
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, k.Back), key.Matches(kp, k.Outline):
			return o, o.sh.pop(nil)
		case key.Matches(kp, k.Accept):
			if i := o.window.selected(); i >= 0 {
				return o, o.sh.pop(jumpToLineMsg{o.headings[i].Line})
			}
			return o, o.sh.pop(nil)
		}
	}
	return o, nil
}

// View implements Component.
func (o *outlineScreen) View() string {
	st := &o.sh.styles
	rows := o.window.view(func(i int, sel bool) string {
		h := o.headings[i]
		text := ansi.Truncate(strings.Repeat("  ", max(0, h.Level-1))+h.Text, max(1, o.width-3), "…")
		if sel {
			return st.Cursor.Render("▌ ") + st.Selected.Render(text)
		}
		return "  " + text
	})
	return st.Title.Render("Outline") + "\n" + rows
}
