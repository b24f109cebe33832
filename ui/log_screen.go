package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/ui/termsafe"
)

// logScreen shows what the preview server wrote, wrapped to the width
// and scrolled to its end, where the reason it stopped usually is.
type logScreen struct {
	sh            *shared
	width, height int
	lines         []string // the log's lines, sanitized
	vp            viewport.Model
}

func newLogScreen(sh *shared, text string) *logScreen {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i, l := range lines {
		lines[i] = termsafe.Line(l)
	}
	return &logScreen{sh: sh, lines: lines, vp: newScrollView()}
}

// SetSize implements Component: the log wrapped to the new width, its
// end on screen.
func (l *logScreen) SetSize(w, h int) {
	resized := w != l.width
	l.width, l.height = w, h
	l.vp.SetWidth(max(1, w))
	l.vp.SetHeight(max(1, h-1))
	if resized {
		l.vp.SetContent(ansi.Wrap(strings.Join(l.lines, "\n"), max(1, w), ""))
		l.vp.GotoBottom()
	}
}

// KeyMap implements Component.
func (l *logScreen) KeyMap() help.KeyMap {
	k := l.sh.keys
	return helpKeys{
		short: []key.Binding{k.Back, k.Up, k.Down, k.Top, k.Bottom, k.Help, k.Quit},
		full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Back, k.PreviewLog, k.Help, k.Quit}},
	}
}

// Update implements Component: scrolls; esc or L closes.
func (l *logScreen) Update(msg tea.Msg) (Component, tea.Cmd) {
	k := l.sh.keys
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, k.Back), key.Matches(kp, k.PreviewLog):
			return l, l.sh.pop(nil)
		case scrollKey(&l.vp, k, kp):
			return l, nil
		}
	}
	var cmd tea.Cmd
	l.vp, cmd = l.vp.Update(msg)
	return l, cmd
}

// View implements Component.
func (l *logScreen) View() string {
	st := &l.sh.styles
	title := st.Title.Render("Preview server log") + st.Muted.Render("  "+plural(len(l.lines), "line"))
	return title + "\n" + l.vp.View()
}
