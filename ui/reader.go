package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
)

// Reader shows one rendered post in a scrolling viewport, with search
// inside the article and an outline of its headings.
type Reader struct {
	post  *posts.Post
	key   renderKey
	doc   Document
	ready bool // doc holds the rendering for key
	vp    viewport.Model

	searchInput lineInput
	searching   bool // the search input has focus
	search      string
	matches     []searchMatch
	current     int

	outlineOpen   bool
	outlineCursor int
}

// searchMatch is one occurrence of the search text: its line and cell
// columns in the rendered document.
type searchMatch struct{ line, start, end int }

func newReader(st *Styles) Reader {
	in := newLineInput("search: ", "", st)
	vp := viewport.New()
	vp.MouseWheelEnabled = true
	vp.MouseWheelDelta = 3
	return Reader{searchInput: in, vp: vp}
}

// capturing reports whether the reader wants every key (search input or
// outline open), so that the root does not act on them.
func (r Reader) capturing() bool { return r.searching || r.outlineOpen }

// open starts showing p; the document follows with setDoc.
func (r *Reader) open(p *posts.Post, k renderKey) {
	r.post, r.key, r.ready = p, k, false
	r.doc = Document{}
	r.vp.SetContent("")
	r.vp.GotoTop()
	r.search, r.matches, r.current = "", nil, 0
	r.searching, r.outlineOpen = false, false
}

// setDoc shows a finished rendering, keeping the scroll position when it
// is a re-render of the same post (a resize or a change on disk).
func (r *Reader) setDoc(k renderKey, doc Document, st *Styles) {
	same := r.ready && r.key.path == k.path
	y := r.vp.YOffset()
	r.key, r.doc, r.ready = k, doc, true
	r.matches = findMatches(doc.Plain, r.search)
	r.current = min(r.current, max(0, len(r.matches)-1))
	r.applyHighlights(st)
	if same {
		r.vp.SetYOffset(y)
	} else {
		r.vp.GotoTop()
	}
}

func (r *Reader) setSize(w, h int) {
	r.vp.SetWidth(w)
	r.vp.SetHeight(max(1, h))
}

// Update handles scrolling, search and the outline.
func (r Reader) Update(msg tea.Msg, keys *KeyMap, st *Styles) (Reader, tea.Cmd) {
	k, isKey := msg.(tea.KeyPressMsg)
	switch {
	case isKey && r.searching:
		return r.updateSearch(k, keys, st)
	case isKey && r.outlineOpen:
		return r.updateOutline(k, keys), nil
	case isKey:
		switch {
		case key.Matches(k, keys.Search):
			r.searching = true
			r.searchInput.SetValue(r.search)
			r.searchInput.Focus()
			return r, nil
		case key.Matches(k, keys.NextMatch):
			r.step(1, st)
			return r, nil
		case key.Matches(k, keys.PrevMatch):
			r.step(-1, st)
			return r, nil
		case key.Matches(k, keys.Outline):
			if len(r.doc.Headings) > 0 {
				r.outlineOpen = true
				r.outlineCursor = r.headingAt(r.vp.YOffset())
			}
			return r, nil
		case key.Matches(k, keys.Top):
			r.vp.GotoTop()
			return r, nil
		case key.Matches(k, keys.Bottom):
			r.vp.GotoBottom()
			return r, nil
		case key.Matches(k, keys.PageDown):
			r.vp.PageDown()
			return r, nil
		case key.Matches(k, keys.PageUp):
			r.vp.PageUp()
			return r, nil
		}
	}
	var cmd tea.Cmd
	r.vp, cmd = r.vp.Update(msg)
	return r, cmd
}

// updateSearch edits the search text; enter runs it, esc cancels.
func (r Reader) updateSearch(k tea.KeyPressMsg, keys *KeyMap, st *Styles) (Reader, tea.Cmd) {
	switch {
	case key.Matches(k, keys.Cancel):
		r.searching = false
		r.searchInput.Blur()
		return r, nil
	case key.Matches(k, keys.Accept):
		r.searching = false
		r.searchInput.Blur()
		r.search = r.searchInput.Value()
		r.matches = findMatches(r.doc.Plain, r.search)
		r.current = r.firstMatchFrom(r.vp.YOffset())
		r.applyHighlights(st)
		r.reveal()
		return r, nil
	}
	r.searchInput = r.searchInput.Update(k)
	return r, nil
}

// updateOutline moves through the headings; enter jumps to one.
func (r Reader) updateOutline(k tea.KeyPressMsg, keys *KeyMap) Reader {
	switch {
	case key.Matches(k, keys.Cancel), key.Matches(k, keys.Outline):
		r.outlineOpen = false
	case key.Matches(k, keys.Up):
		r.outlineCursor = max(0, r.outlineCursor-1)
	case key.Matches(k, keys.Down):
		r.outlineCursor = min(len(r.doc.Headings)-1, r.outlineCursor+1)
	case key.Matches(k, keys.Accept):
		r.outlineOpen = false
		if r.outlineCursor < len(r.doc.Headings) {
			r.vp.SetYOffset(r.doc.Headings[r.outlineCursor].Line)
		}
	}
	return r
}

// headingAt is the index of the last heading at or above line.
func (r Reader) headingAt(line int) int {
	at := 0
	for i, h := range r.doc.Headings {
		if h.Line <= line {
			at = i
		}
	}
	return at
}

// step moves to the next (d=1) or previous (d=-1) match, wrapping.
func (r *Reader) step(d int, st *Styles) {
	if len(r.matches) == 0 {
		return
	}
	r.current = (r.current + d + len(r.matches)) % len(r.matches)
	r.applyHighlights(st)
	r.reveal()
}

// firstMatchFrom is the first match at or below line, or the first one.
func (r Reader) firstMatchFrom(line int) int {
	for i, m := range r.matches {
		if m.line >= line {
			return i
		}
	}
	return 0
}

// reveal scrolls so that the current match is on screen.
func (r *Reader) reveal() {
	if len(r.matches) == 0 {
		return
	}
	line := r.matches[r.current].line
	top := r.vp.YOffset()
	if line < top || line >= top+r.vp.Height() {
		r.vp.SetYOffset(max(0, line-r.vp.Height()/3))
	}
}

// applyHighlights puts the document in the viewport with the search
// matches styled, the current one apart.
func (r *Reader) applyHighlights(st *Styles) {
	if len(r.matches) == 0 {
		r.vp.SetContent(r.doc.Content)
		return
	}
	lines := strings.Split(r.doc.Content, "\n")
	byLine := map[int][]lipgloss.Range{}
	for i, m := range r.matches {
		s := st.SearchHit
		if i == r.current {
			s = st.SearchCur
		}
		byLine[m.line] = append(byLine[m.line], lipgloss.NewRange(m.start, m.end, s))
	}
	for ln, rs := range byLine {
		if ln < len(lines) {
			lines[ln] = lipgloss.StyleRanges(lines[ln], rs...)
		}
	}
	r.vp.SetContentLines(lines)
}

// findMatches finds every case-insensitive occurrence of q in the plain
// lines.
func findMatches(plain []string, q string) []searchMatch {
	if strings.TrimSpace(q) == "" {
		return nil
	}
	words := []string{strings.ToLower(q)}
	var out []searchMatch
	for i, line := range plain {
		for _, r := range matchRanges(line, words) {
			out = append(out, searchMatch{line: i, start: r[0], end: r[1]})
		}
	}
	return out
}

// View draws the document, or the outline over it, and the reader's
// bottom line (search input, or status, match count and scroll
// position); status is the root's message, already styled.
func (r Reader) View(st *Styles, width, height int, status string) string {
	var body string
	switch {
	case !r.ready:
		body = st.Muted.Render("  Rendering…") + strings.Repeat("\n", max(0, height-1))
	case r.outlineOpen:
		body = r.outlineView(st, width, height)
	default:
		body = r.vp.View()
	}
	return body + "\n" + r.footer(st, width, status)
}

func (r Reader) footer(st *Styles, width int, status string) string {
	if r.searching {
		return r.searchInput.View()
	}
	var parts []string
	if status != "" {
		parts = append(parts, status)
	}
	if r.search != "" {
		if len(r.matches) == 0 {
			parts = append(parts, st.StatusErr.Render(fmt.Sprintf("no match for %q", r.search)))
		} else {
			parts = append(parts, fmt.Sprintf("match %d of %d for %q", r.current+1, len(r.matches), r.search))
		}
	}
	if r.doc.Warning != "" {
		parts = append(parts, st.Warning.Render(r.doc.Warning))
	}
	if r.ready {
		parts = append(parts, fmt.Sprintf("%3.0f%%", r.vp.ScrollPercent()*100))
	}
	return st.Status.Render(ansi.Truncate(strings.Join(parts, " · "), width, "…"))
}

func (r Reader) outlineView(st *Styles, width, height int) string {
	lines := []string{st.Title.Render("Outline")}
	start := max(0, r.outlineCursor-(height-2))
	for i := start; i < len(r.doc.Headings) && len(lines) < height; i++ {
		h := r.doc.Headings[i]
		text := strings.Repeat("  ", max(0, h.Level-1)) + h.Text
		text = ansi.Truncate(text, max(4, width-3), "…")
		if i == r.outlineCursor {
			lines = append(lines, st.Cursor.Render("▌ ")+st.Selected.Render(text))
		} else {
			lines = append(lines, "  "+text)
		}
	}
	for len(lines) < height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}
