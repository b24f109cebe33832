package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/ui/termsafe"
)

// layout gives each child its size from the terminal size and the help
// lines shown; called whenever either changes.
func (m *Model) layout() {
	body := m.bodyHeight()
	m.list.setHeight(body)
	m.help.SetWidth(m.width)
	m.terms.setHeight(body - 2)
	m.warnings.setSize(m.width, body-1)
	m.reader.setSize(m.width, m.height-1-m.helpHeight())
	m.filter.input.SetWidth(max(10, m.listWidth()-4))
	m.reader.searchInput.SetWidth(max(10, m.width-12))
}

// helpHeight is how many lines the help takes at the bottom.
func (m Model) helpHeight() int {
	if !m.help.ShowAll {
		return 1
	}
	return strings.Count(m.help.View(m.helpKeys()), "\n") + 1
}

// bodyHeight is what is left for the list once the title, filter,
// status and help lines are drawn.
func (m Model) bodyHeight() int {
	return max(1, m.height-3-m.helpHeight())
}

// listWidth is the width of the list pane.
func (m Model) listWidth() int {
	if m.wide() {
		return m.width * 9 / 20
	}
	return m.width
}

// previewWidth is the width of the preview pane (0 when there is none).
func (m Model) previewWidth() int {
	if !m.wide() {
		return 0
	}
	return m.width - m.listWidth() - 1
}

// helpKeys are the bindings of the active screen.
func (m Model) helpKeys() helpKeys {
	switch m.state {
	case stateReader:
		return m.keys.readerHelp()
	case stateTerms:
		return m.keys.termsHelp()
	case stateWarnings:
		return m.keys.panelHelp()
	}
	return m.keys.listHelp()
}

// View lays out the active screen. It only draws what Update prepared:
// no file is read and no Markdown rendered here.
func (m Model) View() tea.View {
	v := tea.NewView(m.screen())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "folio — " + termsafe.Line(m.opts.Title)
	return v
}

// screen is the frame's text, for View and for tests.
func (m Model) screen() string {
	var body string
	switch m.state {
	case stateReader:
		return m.reader.View(&m.styles, m.width, m.height-1-m.helpHeight(), m.statusText()) + "\n" + m.help.View(m.helpKeys())
	case stateTerms:
		body = m.terms.View(&m.styles, m.width)
	case stateWarnings:
		body = m.warnings.View(&m.styles)
	case stateOverlay:
		if m.overlay != nil {
			return m.overlay.View()
		}
		fallthrough
	default:
		return m.listScreen()
	}
	return fit(body, m.height-m.helpHeight()) + "\n" + m.help.View(m.helpKeys())
}

// listScreen draws the title, the filter bar, the list (and the preview
// when wide), the status line and help.
func (m Model) listScreen() string {
	var b strings.Builder
	b.WriteString(m.titleLine())
	b.WriteByte('\n')
	b.WriteString(m.filterLine())
	b.WriteByte('\n')
	b.WriteString(m.listBody())
	b.WriteByte('\n')
	b.WriteString(m.statusLine())
	b.WriteByte('\n')
	b.WriteString(m.help.View(m.helpKeys()))
	return b.String()
}

func (m Model) titleLine() string {
	return ansi.Truncate(m.styles.Title.Render(" "+termsafe.Line(m.opts.Title)), m.width, "…")
}

func (m Model) filterLine() string {
	switch {
	case m.filter.focused:
		return m.filter.input.View()
	case m.filter.active():
		return m.styles.Muted.Render("/ ") + ansi.Truncate(termsafe.Line(m.filter.input.Value()), max(1, m.width-2), "…")
	}
	return m.styles.Muted.Render("/ to filter · t tags · c categories")
}

// listBody is the list, or a message when there is nothing to list, with
// the preview beside it on a wide terminal.
func (m Model) listBody() string {
	h := m.bodyHeight()
	lw := m.listWidth()
	var left string
	switch {
	case m.loadErr != nil:
		left = m.styles.StatusErr.Render(indent(ansi.Wrap("Cannot read "+termsafe.Line(m.opts.Dir)+": "+termsafe.Line(m.loadErr.Error()), lw-2, "")))
	case len(m.all) == 0 && !m.loaded:
		left = m.styles.Muted.Render(" Reading posts…")
	case len(m.all) == 0:
		left = m.styles.Muted.Render(indent(ansi.Wrap("No posts in "+termsafe.Line(m.opts.Dir)+".\nfolio reads .md, .markdown, .mkd, .mdown, .mkdn and .rst files in this folder and the folders below it.", lw-2, "")))
	case len(m.list.posts) == 0:
		left = m.styles.Muted.Render(" No post matches this filter. esc clears it.")
	default:
		left = m.list.view(&m.styles, lw, m.filter.words())
	}
	left = fit(left, h)
	if !m.wide() {
		return left
	}
	return joinColumns(left, m.preview(h), lw, m.styles.Divider.Render("│"))
}

// preview is the selected post's rendering cut to the pane, or a
// placeholder while it renders.
func (m Model) preview(h int) string {
	p := m.list.selected()
	if p == nil {
		return ""
	}
	doc, ok := m.cache.get(m.renderKeyFor(p, m.previewWidth()))
	if !ok {
		return m.styles.Muted.Render(" …")
	}
	lines := strings.SplitN(doc.Content, "\n", h+1)
	if len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(lines, "\n")
}

// statusLine says how many posts are shown, the filter's state, the sort
// order and any message.
func (m Model) statusLine() string {
	var parts []string
	switch {
	case !m.loaded && m.found < 0:
		parts = append(parts, "reading…")
	case !m.loaded:
		parts = append(parts, fmt.Sprintf("loading %d of %d posts", len(m.all), m.found))
	case m.filter.active():
		parts = append(parts, fmt.Sprintf("%d of %d posts", len(m.list.posts), len(m.all)))
	default:
		parts = append(parts, fmt.Sprintf("%d posts", len(m.all)))
	}
	arrow := "↓"
	if m.reverse {
		arrow = "↑"
	}
	parts = append(parts, "by "+string(m.sortKey)+" "+arrow)
	if n := m.warnCount + len(m.folderWarns); n > 0 {
		parts = append(parts, m.styles.Warning.Render(plural(n, "warning")+" (!)"))
	}
	if m.filter.err != nil {
		parts = append(parts, m.styles.StatusErr.Render(termsafe.Line(m.filter.err.Error())))
	}
	if s := m.statusText(); s != "" {
		parts = append(parts, s)
	}
	return ansi.Truncate(" "+strings.Join(parts, m.styles.Muted.Render(" · ")), m.width, "…")
}

// statusText is the last message for the user, styled, or "".
func (m Model) statusText() string {
	if m.status == "" {
		return ""
	}
	st := m.styles.Status
	if m.statusErr {
		st = m.styles.StatusErr
	}
	return st.Render(termsafe.Line(m.status))
}

// fit pads or cuts s to exactly h lines.
func fit(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
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
