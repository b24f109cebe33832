package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/ui/termsafe"
)

// maxStatusLines is how many lines a long status message may always wrap
// to; on a tall screen it may take half of it (statusLimit).
const maxStatusLines = 3

// statusLimit is how many lines a message may take on a screen h lines
// high: half of it, at least maxStatusLines. A message goes with the next
// key, and the error it shows (a server's) may be long.
func statusLimit(h int) int { return max(maxStatusLines, h/2) }

// layout gives every screen its size: the frame keeps its last lines for
// the status message and the help line.
func (m *Model) layout() {
	m.help.SetWidth(m.width)
	h := m.bodyHeight()
	for _, c := range m.stack {
		c.SetSize(m.width, h)
	}
}

// footerLines are the status message, wrapped, and the help line, as
// many as fit.
func (m Model) footerLines() []string {
	if m.height <= 0 {
		return nil
	}
	lines := []string{m.helpLine()}
	if m.status != "" && m.height > 2 {
		lines = append(m.statusLines(min(statusLimit(m.height), m.height-2)), lines...)
	}
	return lines
}

// bodyHeight is what the active screen gets.
func (m Model) bodyHeight() int { return max(0, m.height-len(m.footerLines())) }

// statusLines are the status message wrapped to the width, limit lines
// at most, or nil.
func (m Model) statusLines(limit int) []string {
	if m.status == "" || m.width <= 0 {
		return nil
	}
	st := m.sh.styles.Status
	if m.statusErr {
		st = m.sh.styles.StatusErr
	}
	return wrapMessage(termsafe.Line(m.status), m.width, limit, st)
}

// wrapMessage wraps a one-line message (sanitized) to width, each line
// after a space and styled st. Beyond limit lines it is cut, and the last
// line kept ends in "…".
func wrapMessage(text string, width, limit int, st lipgloss.Style) []string {
	lines := wrapLines(text, max(1, width-1), limit)
	for i, l := range lines {
		lines[i] = st.Render(" " + l)
	}
	return lines
}

// wrapLines wraps text to width; beyond limit lines it is cut, and the
// last line kept ends in "…".
func wrapLines(text string, width, limit int) []string {
	lines := strings.Split(ansi.Wrap(text, max(1, width), ""), "\n")
	if limit > 0 && len(lines) > limit {
		lines = lines[:limit]
		lines[limit-1] = ansi.Truncate(lines[limit-1], max(0, width-1), "") + "…"
	}
	return lines
}

// helpLine is the active screen's short help. When it does not fit, the
// bindings before the last ones go first, so that "? help" and "q quit"
// stay on any width that holds them.
func (m Model) helpLine() string {
	bs := slices.Clone(m.active().KeyMap().ShortHelp())
	pinned := 0
	for _, b := range bs {
		if m.pinnedHelp(b) {
			pinned++
		}
	}
	wide := m.help
	wide.SetWidth(0) // measure whole lines; the help model would cut them
	for len(bs) > 1 {
		line := wide.ShortHelpView(bs)
		if ansi.StringWidth(line) <= m.width {
			return line
		}
		// Drop the last binding that is not pinned, or the first pinned
		// one when only those are left.
		drop := len(bs) - 1
		for drop >= 0 && m.pinnedHelp(bs[drop]) && pinned < len(bs) {
			drop--
		}
		if drop < 0 {
			drop = 0
		}
		if m.pinnedHelp(bs[drop]) {
			pinned--
		}
		bs = slices.Delete(bs, drop, drop+1)
	}
	return m.help.ShortHelpView(bs)
}

// pinnedHelp reports whether b is kept in the help line longest: help
// and quit.
func (m Model) pinnedHelp(b key.Binding) bool {
	k := m.sh.keys
	h := b.Help().Key
	return h == k.Help.Help().Key || h == k.Quit.Help().Key || h == k.InputHelp.Help().Key
}

// View lays out the active screen. It only draws what Update prepared:
// no file is read and no Markdown rendered here.
func (m Model) View() tea.View {
	frame := m.screen()
	if !m.hyperlinks {
		frame = termsafe.Unlinked(frame)
	}
	v := tea.NewView(frame)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "folio — " + termsafe.Line(m.sh.cfg.Title)
	return v
}

// screen is the frame's text, for View and for tests: exactly width ×
// height cells whatever the screens draw.
func (m Model) screen() string {
	body := fit(m.active().View(), m.width, m.bodyHeight())
	footer := strings.Join(m.footerLines(), "\n")
	if m.bodyHeight() == 0 {
		return fit(footer, m.width, m.height)
	}
	return fit(body+"\n"+footer, m.width, m.height)
}

// fit pads or cuts s to exactly h lines and cuts each line to w cells.
func fit(s string, w, h int) string {
	if h <= 0 {
		return ""
	}
	lines := strings.SplitN(s, "\n", h+1)
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, max(0, w), "")
		}
	}
	return strings.Join(lines, "\n")
}

// joinColumns puts right beside left (padded to width lw), line by line.
func joinColumns(left, right string, lw int, divider string) string {
	ls := strings.Split(left, "\n")
	rs := strings.Split(right, "\n")
	var b strings.Builder
	for i, l := range ls {
		if i > 0 {
			b.WriteByte('\n')
		}
		l = ansi.Truncate(l, lw, "")
		b.WriteString(l)
		b.WriteString(strings.Repeat(" ", max(0, lw-ansi.StringWidth(l))))
		b.WriteString(divider)
		if i < len(rs) {
			b.WriteString(rs[i])
		}
	}
	return b.String()
}

// plural writes n and a noun, with an s when n is not 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// indent puts one space before every line of s.
func indent(s string) string {
	return " " + strings.ReplaceAll(s, "\n", "\n ")
}
