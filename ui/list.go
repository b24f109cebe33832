package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// postList is the scrolling list of posts. It draws only the rows on
// screen, so its cost does not grow with the number of posts (the bubbles
// list's dot paginator is quadratic in pages).
type postList struct {
	posts  []*posts.Post
	cursor int
	offset int
	height int
}

// setPosts replaces the shown posts, keeping the post at keepPath
// selected when it is still there (found) and the cursor position
// otherwise.
func (l *postList) setPosts(ps []*posts.Post, keepPath string) (found bool) {
	l.posts = ps
	if keepPath != "" {
		for i, p := range ps {
			if p.Path == keepPath {
				l.cursor = i
				l.clamp()
				return true
			}
		}
	}
	l.clamp()
	return false
}

// selected returns the post under the cursor, or nil.
func (l postList) selected() *posts.Post {
	if l.cursor < 0 || l.cursor >= len(l.posts) {
		return nil
	}
	return l.posts[l.cursor]
}

// selectedPath is the selected post's path, or "".
func (l postList) selectedPath() string {
	if p := l.selected(); p != nil {
		return p.Path
	}
	return ""
}

// move moves the cursor by delta rows.
func (l *postList) move(delta int) {
	l.cursor += delta
	l.clamp()
}

// moveTo puts the cursor on row i.
func (l *postList) moveTo(i int) {
	l.cursor = i
	l.clamp()
}

func (l *postList) setHeight(h int) {
	l.height = max(1, h)
	l.clamp()
}

// clamp keeps the cursor on a post and the cursor's row on screen.
func (l *postList) clamp() {
	l.cursor = max(0, min(l.cursor, len(l.posts)-1))
	if l.height <= 0 {
		l.height = 1
	}
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+l.height {
		l.offset = l.cursor - l.height + 1
	}
	l.offset = max(0, min(l.offset, len(l.posts)-l.height))
}

// view draws the visible rows at width; words are the filter's bare
// words, underlined where they occur in titles.
func (l postList) view(st *Styles, width int, words []string) string {
	var b strings.Builder
	end := min(len(l.posts), l.offset+l.height)
	for i := l.offset; i < end; i++ {
		if i > l.offset {
			b.WriteByte('\n')
		}
		b.WriteString(row(st, l.posts[i], width, i == l.cursor, words))
	}
	for i := end - l.offset; i < l.height; i++ {
		b.WriteByte('\n')
	}
	return b.String()
}

// row draws one post as a single line of at most width cells, in
// columns: cursor, date, title, category, then tag chips and badges.
func row(st *Styles, p *posts.Post, width int, selected bool, words []string) string {
	cursor := "  "
	titleStyle := st.Row
	if selected {
		cursor = st.Cursor.Render("▌ ")
		titleStyle = st.Selected
	}
	date := "          "
	if !p.Date.IsZero() {
		date = p.Date.Format("2006-01-02")
	}
	const leftW = 2 + 10 + 2
	catW := 0
	tagsW := 0
	if width >= 60 {
		catW = min(14, width/8)
		tagsW = width * 3 / 10
	}
	titleW := max(4, width-leftW-catW-tagsW-2)

	title := ansi.Truncate(displayTitle(p), titleW, "…")
	styled := titleStyle.Render(title)
	if len(words) > 0 {
		styled = highlightWords(title, styled, words, st.Match)
	}
	var b strings.Builder
	b.WriteString(cursor)
	b.WriteString(st.Date.Render(date))
	b.WriteString("  ")
	b.WriteString(styled)
	if catW == 0 {
		return b.String()
	}
	b.WriteString(strings.Repeat(" ", titleW-ansi.StringWidth(title)+1))
	cat := ""
	if len(p.Categories) > 0 {
		cat = ansi.Truncate(termsafe.Line(p.Categories[0]), catW, "…")
	}
	b.WriteString(st.Category.Render(cat))
	b.WriteString(strings.Repeat(" ", catW-ansi.StringWidth(cat)+1))
	b.WriteString(rowChips(st, p, tagsW))
	return b.String()
}

// displayTitle is p's title made safe to print, or its path when it has
// none, so that every post can be told apart on screen.
func displayTitle(p *posts.Post) string {
	if t := termsafe.Line(p.Title); t != "" {
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

// highlightWords underlines each case-insensitive occurrence of words in
// the plain text plain, whose styled form is styled, or the letters of a
// word that matched the title fuzzily.
func highlightWords(plain, styled string, words []string, st lipgloss.Style) string {
	ranges := matchRanges(plain, words)
	lower := strings.ToLower(plain)
	for _, w := range words {
		if !strings.Contains(lower, w) {
			ranges = append(ranges, fuzzyRanges(plain, w)...) // a fuzzy title match
		}
	}
	ranges = mergeRanges(ranges)
	if len(ranges) == 0 {
		return styled
	}
	rs := make([]lipgloss.Range, len(ranges))
	for i, r := range ranges {
		rs[i] = lipgloss.NewRange(r[0], r[1], st)
	}
	return lipgloss.StyleRanges(styled, rs...)
}

// matchRanges finds words in s, case-insensitively, as non-overlapping
// cell ranges in order.
func matchRanges(s string, words []string) [][2]int {
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		return nil // lowercasing changed byte offsets; skip highlighting
	}
	marked := make([]bool, len(s))
	any := false
	for _, w := range words {
		if w == "" {
			continue
		}
		for i := 0; ; {
			j := strings.Index(lower[i:], w)
			if j < 0 {
				break
			}
			for k := i + j; k < i+j+len(w); k++ {
				marked[k] = true
			}
			any = true
			i += j + len(w)
		}
	}
	if !any {
		return nil
	}
	var out [][2]int
	cell := 0
	start := -1
	for i, r := range s {
		if marked[i] && start < 0 {
			start = cell
		}
		if !marked[i] && start >= 0 {
			out = append(out, [2]int{start, cell})
			start = -1
		}
		cell += runeCells(r)
	}
	if start >= 0 {
		out = append(out, [2]int{start, cell})
	}
	return out
}
