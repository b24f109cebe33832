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
// its width, which date (the modified one when sorting by it), the
// filter's words to underline, the filter whose tags come first in a
// row's chips, and the columns' widths (see fit).
type rowStyle struct {
	layout   string
	dateW    int
	modified bool
	words    []string
	query    posts.Query

	columns             bool // wide enough for category and tag columns
	titleW, catW, tagsW int
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

// minTagsW is the room a title leaves for the tags: about one chip.
const minTagsW = 12

// fit sizes the columns for the rows ps on screen, in width cells: the
// category column as wide as their widest (14 at most), the tags as
// their widest chips (3/10 of the width at most), and the title the
// rest, which may take tag room down to minTagsW when a title needs
// it. Sized to the rows rather than reserved, no column stays blank
// while titles are cut. Narrower than 80 columns there are no columns:
// the title gets the room.
func (rs *rowStyle) fit(st *Styles, ps []*posts.Post, width int) {
	rs.columns = width >= 80
	if !rs.columns {
		return
	}
	titleNeed, catNeed, tagsNeed := 0, 0, 0
	for _, p := range ps {
		titleNeed = max(titleNeed, ansi.StringWidth(displayTitle(p)))
		if len(p.Categories) > 0 {
			catNeed = max(catNeed, ansi.StringWidth(termsafe.Line(p.Categories[0])))
		}
		if chips := rowChips(st, p, width, rs.query); chips != "" {
			tagsNeed = max(tagsNeed, lipgloss.Width(chips)+1) // rowChips counts a space after each
		}
	}
	avail := width - (2 + rs.dateW + 2) - 2 // cursor, date, and a space after title and category
	rs.catW = min(catNeed, 14, width/8)
	rs.tagsW = min(tagsNeed, width*3/10)
	rs.titleW = max(avail-rs.catW-rs.tagsW, min(titleNeed, avail-rs.catW-min(rs.tagsW, minTagsW)))
	rs.tagsW = max(0, avail-rs.catW-rs.titleW)
}

// row draws one post as a single line of at most width cells, in
// columns (see fit): cursor, date, title, category, then tag chips (the
// filter's first) and badges.
func row(st *Styles, rs rowStyle, p *posts.Post, width int, selected bool) string {
	cursor := "  "
	titleStyle := st.Row
	if selected {
		cursor = st.Cursor.Render("▌ ")
		titleStyle = st.Selected
	}
	leftW := 2 + rs.dateW + 2
	catW, tagsW := rs.catW, rs.tagsW
	badges := ""
	if !rs.columns {
		// No room for columns: the badges (warnings, draft, page) follow
		// the title, which gives way to them.
		catW, tagsW = 0, 0
		badges = rowChips(st, p, 0, rs.query)
	}
	badgesW := ansi.StringWidth(badges)
	titleW := max(4, width-leftW-catW-tagsW-2-badgesW)
	if rs.columns {
		titleW = max(4, rs.titleW)
	}

	title := ansi.Truncate(displayTitle(p), titleW, "…")
	styled := titleStyle.Render(title)
	if len(rs.words) > 0 {
		styled = highlightTitleWords(title, styled, rs.words, st.Match)
	}
	var b strings.Builder
	b.WriteString(cursor)
	b.WriteString(st.Date.Render(rs.date(p)))
	b.WriteString("  ")
	b.WriteString(styled)
	if !rs.columns {
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
	b.WriteString(rowChips(st, p, tagsW, rs.query))
	return ansi.Truncate(b.String(), width, "")
}

// filteredFirst returns tags with those q filters on moved first, each
// group in its order; tags itself when q has none of them.
func filteredFirst(tags []string, q posts.Query) []string {
	if !q.Has("tags") {
		return tags
	}
	first := make([]string, 0, len(tags))
	var rest []string
	for _, t := range tags {
		if q.HasTerm("tag", t) {
			first = append(first, t)
		} else {
			rest = append(rest, t)
		}
	}
	return append(first, rest...)
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
// chips as fit in limit cells, those q filters on first: the reason a
// row is listed is shown before the others.
func rowChips(st *Styles, p *posts.Post, limit int, q posts.Query) string {
	var badges []string
	if p.HasWarnings() {
		badges = append(badges, st.WarnMark.Render("!"))
	}
	switch p.Status {
	case posts.StatusDraft:
		badges = append(badges, st.Draft.Render("DRAFT"))
	case posts.StatusHidden:
		badges = append(badges, st.Hidden.Render("HIDDEN"))
	case posts.StatusScheduled, posts.StatusExpired, posts.StatusHeadless:
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
	for _, t := range filteredFirst(p.Tags, q) {
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
