package ui

import (
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// rowStyle is how the rows of one frame are drawn: the date layout and
// its width, which date (the modified one when sorting by it) and the
// filter's words to underline.
type rowStyle struct {
	layout   string
	dateW    int
	modified bool
	words    []string
}

// newRowStyle measures layout once per frame.
func newRowStyle(layout string, modified bool, words []string) rowStyle {
	// The widest month and day names make the widest date.
	w := ansi.StringWidth(time.Date(2006, 9, 27, 23, 59, 59, 0, time.UTC).Format(layout))
	return rowStyle{layout: layout, dateW: w, modified: modified, words: words}
}

// date is the date shown for p, padded to the column.
func (rs rowStyle) date(p *posts.Post) string {
	d := p.Date
	if rs.modified {
		d = p.LastChange()
	}
	s := ""
	if !d.IsZero() {
		s = termsafe.Line(d.Format(rs.layout))
	}
	s = ansi.Truncate(s, rs.dateW, "")
	return s + strings.Repeat(" ", rs.dateW-ansi.StringWidth(s))
}

// row draws one post as a single line of at most width cells, in
// columns: cursor, date, title, category, then tag chips and badges.
func row(st *Styles, rs rowStyle, p *posts.Post, width int, selected bool) string {
	cursor := "  "
	titleStyle := st.Row
	if selected {
		cursor = st.Cursor.Render("▌ ")
		titleStyle = st.Selected
	}
	cursor = gitCursor(st, p, selected, cursor)
	leftW := 2 + rs.dateW + 2
	catW := 0
	tagsW := 0
	if width >= 80 { // narrower, the title gets the room
		catW = min(14, width/8)
		tagsW = width * 3 / 10
	}
	badges := ""
	if catW == 0 {
		// No room for columns: the badges (warnings, draft, page) follow
		// the title, which gives way to them.
		badges = rowChips(st, p, 0)
	}
	badgesW := ansi.StringWidth(badges)
	titleW := max(4, width-leftW-catW-tagsW-2-badgesW)

	title := ansi.Truncate(displayTitle(p), titleW, "…")
	styled := titleStyle.Render(title)
	if len(rs.words) > 0 {
		styled = highlightWords(title, styled, rs.words, st.Match)
	}
	var b strings.Builder
	b.WriteString(cursor)
	b.WriteString(st.Date.Render(rs.date(p)))
	b.WriteString("  ")
	b.WriteString(styled)
	if catW == 0 {
		if badges != "" {
			b.WriteByte(' ')
			b.WriteString(badges)
		}
		return ansi.Truncate(b.String(), width, "")
	}
	b.WriteString(strings.Repeat(" ", titleW-ansi.StringWidth(title)+1))
	cat := ""
	if len(p.Categories) > 0 {
		cat = ansi.Truncate(termsafe.Line(p.Categories[0]), catW, "…")
	}
	b.WriteString(st.Category.Render(cat))
	b.WriteString(strings.Repeat(" ", catW-ansi.StringWidth(cat)+1))
	b.WriteString(rowChips(st, p, tagsW))
	return ansi.Truncate(b.String(), width, "")
}

// displayTitle is p's title made safe to print; without one, its first
// heading marked as made up (posts.DerivedTitle), or its path, so that
// every post can be told apart on screen.
func displayTitle(p *posts.Post) string {
	if t := termsafe.Line(p.Title); t != "" {
		return t
	}
	if t := termsafe.Line(p.DerivedTitle()); t != "" {
		return t
	}
	return termsafe.Line(p.Path)
}

// rowChips draws the badges (warnings, status, page) and as many tag
// chips as fit in limit cells.
func rowChips(st *Styles, p *posts.Post, limit int) string {
	var badges []string
	if p.HasWarnings() {
		badges = append(badges, st.WarnMark.Render("!"))
	}
	switch p.Status {
	case posts.StatusDraft:
		badges = append(badges, st.Draft.Render("DRAFT"))
	case posts.StatusHidden:
		badges = append(badges, st.Hidden.Render("HIDDEN"))
	case posts.StatusScheduled, posts.StatusExpired:
		badges = append(badges, st.Hidden.Render(strings.ToUpper(string(p.Status))))
	}
	if p.Kind == posts.KindPage {
		badges = append(badges, st.Page.Render("page"))
	}
	used := 0
	for _, x := range badges {
		used += lipgloss.Width(x) + 1
	}
	var parts []string
	for _, t := range p.Tags {
		chip := st.Tag.Render(ansi.Truncate(termsafe.Line(t), 18, "…"))
		w := lipgloss.Width(chip) + 1
		if used+w > limit {
			break
		}
		parts = append(parts, chip)
		used += w
	}
	return strings.Join(append(parts, badges...), " ")
}
