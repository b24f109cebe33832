package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/store"
	"github.com/folio-blog/folio/ui/termsafe"
)

// Reader shows one rendered post in a scrolling viewport, with search
// inside the article; o opens its outline.
type Reader struct {
	sh            *shared
	width, height int

	post  *posts.Post
	key   renderKey
	doc   Document
	ready bool // doc holds the rendering for key
	vp    viewport.Model

	searchInput textinput.Model
	searching   bool // the search input has focus
	search      string
	searches    []string   // the searches run, the last one last; up recalls them
	pastSearch  int        // how many searches back up went; 0 for a new one
	text        *textIndex // the document's text, once searched
	matches     []searchMatch
	current     int // the current match; -1 before n goes to the first
	// words are the list filter's bare words, highlighted while there
	// is no search of the reader's own.
	words []string

	link    int           // the selected link, -1 for none
	history []readerPlace // where links were followed from; backspace returns
	// restore is the line to show once the document arrives (going
	// back to a post), -1 for the top.
	restore int

	// movedTo is where folio just moved the open post (a rename, a
	// publish or an undo): the reader follows it there when the folder
	// has been read again.
	movedTo string

	resizeGen int // the latest resize; only its pause rewraps the post
}

// resizeDelay is how long the width must stay put before an open post is
// wrapped again: dragging a window edge sends a burst of sizes.
const resizeDelay = 120 * time.Millisecond

// resizeTickMsg fires resizeDelay after a resize; only the latest counts.
type resizeTickMsg struct{ gen int }

// jumpToLineMsg scrolls the reader to a line of the document (an
// outline entry chosen).
type jumpToLineMsg struct{ line int }

func newReader(sh *shared) *Reader {
	vp := newScrollView()
	vp.MouseWheelDelta = 3
	return &Reader{sh: sh, searchInput: newTextInput("search: ", "", &sh.styles), vp: vp, link: -1, restore: -1}
}

// Capturing implements capturer: the search input takes every letter.
func (r *Reader) Capturing() bool { return r.searching }

// KeyMap implements Component.
func (r *Reader) KeyMap() help.KeyMap {
	k := r.sh.keys
	if r.searching {
		return helpKeys{
			short: []key.Binding{k.Accept, k.Cancel, k.InputHelp},
			full:  [][]key.Binding{{k.Accept, k.Cancel, k.ArrowUp, k.ArrowDown, k.InputHelp}},
		}
	}
	return helpKeys{
		short: []key.Binding{k.Back, k.Search, k.NextMatch, k.Outline, k.PrevPost, k.NextPost, k.Help, k.Quit},
		full: [][]key.Binding{
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
			{k.Search, k.NextMatch, k.PrevMatch, k.Outline, k.OpenPage, k.CopyURL},
			{k.PrevPost, k.NextPost, k.Edit, k.Publish, k.Undo, k.Rename, k.EditTerms},
			{k.CopyPath, k.Preview, k.PreviewLog},
			{k.NextLink, k.FollowLink, k.LinkBack, k.Pictures, k.Back, k.Help, k.Quit},
		},
	}
}

// show shows p, with the list filter's words highlighted: from the cache
// when it was rendered before at this width, else once rendered.
func (r *Reader) show(p *posts.Post, words []string) tea.Cmd {
	k := r.sh.renderKeyFor(p, r.width)
	r.open(p, k, words)
	commit := r.sh.lastCommitCmd(p)
	if doc, ok := r.sh.cache.get(k); ok {
		r.setDoc(k, doc)
		return commit
	}
	return tea.Batch(r.sh.renderCmd(k), commit)
}

// rerender renders the open post again when its width, style or file
// changed; what is on screen stays until the new rendering arrives.
func (r *Reader) rerender() tea.Cmd {
	if r.post == nil {
		return nil
	}
	k := r.sh.renderKeyFor(r.post, r.width)
	if k == r.key && r.ready {
		return nil
	}
	if doc, ok := r.sh.cache.get(k); ok {
		r.setDoc(k, doc)
		return nil
	}
	r.key = k
	return r.sh.renderCmd(k)
}

// refresh follows the open post after the folder was read again.
func (r *Reader) refresh() tea.Cmd {
	if r.post == nil {
		return nil
	}
	path := r.post.Path
	if r.movedTo != "" {
		path, r.movedTo = r.movedTo, ""
	}
	p := r.sh.store.ByPath(path)
	if p == nil {
		return statusErr("this post was deleted or moved on disk")
	}
	r.post = p
	// Its last commit was forgotten with the reload: ask again.
	return tea.Batch(r.rerender(), r.sh.lastCommitCmd(p))
}

// onRendered shows a rendering of the post on screen: the first screen
// of a long post while the rest renders, then the whole.
func (r *Reader) onRendered(msg renderedMsg) {
	if r.key == msg.key && (!msg.partial || !r.ready) {
		r.setDoc(msg.key, msg.doc)
	}
}

// open starts showing p, with the list filter's words highlighted; the
// document follows with setDoc.
func (r *Reader) open(p *posts.Post, k renderKey, words []string) {
	r.post, r.key, r.ready = p, k, false
	r.doc, r.text = Document{}, nil
	r.vp.SetContent("")
	r.vp.GotoTop()
	r.search, r.matches, r.current = "", nil, -1
	r.words = words
	r.link = -1
	r.searching = false
	r.searchInput.Blur()
}

// setDoc shows a finished rendering, keeping the scroll position when it
// is a re-render of the same post (a resize or a change on disk).
func (r *Reader) setDoc(k renderKey, doc Document) {
	same := r.ready && r.key.path == k.path
	y := r.vp.YOffset()
	doc = r.sh.withGitLine(doc, r.post, k.width)
	r.key, r.doc, r.ready = k, doc, true
	r.text = nil
	r.matches = r.findAll()
	r.current = min(r.current, len(r.matches)-1)
	r.applyHighlights()
	switch {
	case same:
		r.vp.SetYOffset(y)
	case r.restore >= 0:
		r.vp.SetYOffset(r.restore)
		r.restore = -1
	default:
		r.vp.GotoTop()
	}
}

// SetSize implements Component; the last line is the reader's footer.
func (r *Reader) SetSize(w, h int) {
	r.width, r.height = w, h
	r.vp.SetWidth(max(1, w))
	r.fitFooter()
	// A status message that names the selected link takes lines from
	// the screen: the link stays above it.
	if r.link >= 0 && r.link < len(r.doc.Links) {
		if l := r.doc.Links[r.link].Line; l >= r.vp.YOffset()+r.vp.Height() {
			r.vp.SetYOffset(l - r.vp.Height() + 1)
		}
	}
	r.searchInput.SetWidth(max(1, w-len("search: ")-1))
}

// Update implements Component: scrolling, search, the outline, leaving.
// The document gets what the footer, wrapped, leaves.
func (r *Reader) Update(msg tea.Msg) (Component, tea.Cmd) {
	c, cmd := r.update(msg)
	r.fitFooter()
	return c, cmd
}

// fitFooter gives the viewport the lines the footer leaves.
func (r *Reader) fitFooter() {
	r.vp.SetHeight(max(1, r.height-len(r.footerLines())))
}

func (r *Reader) update(msg tea.Msg) (Component, tea.Cmd) {
	k := r.sh.keys
	switch msg := msg.(type) {
	case openPostMsg:
		return r, r.show(msg.p, msg.words)
	case renderedMsg:
		r.onRendered(msg)
		return r, nil
	case lastCommitMsg:
		if r.ready && r.post != nil && r.post.Path == msg.path {
			r.setDoc(r.key, r.doc)
		}
		return r, nil
	case tea.WindowSizeMsg:
		r.resizeGen++
		gen := r.resizeGen
		return r, r.sh.after(resizeDelay, func(time.Time) tea.Msg { return resizeTickMsg{gen} })
	case resizeTickMsg:
		if msg.gen != r.resizeGen {
			return r, nil
		}
		return r, r.rerender()
	case stylesChangedMsg:
		styleInput(&r.searchInput, &r.sh.styles)
		return r, r.rerender()
	case picturesChangedMsg:
		return r, r.rerender()
	case storeEventMsg:
		switch ev := msg.ev.(type) {
		case store.Reloaded:
			if ev.Err == nil {
				return r, r.refresh()
			}
		case store.Batch:
			if ev.Done {
				// Rendered while the folder loaded, its links to posts
				// not read then showed as written.
				return r, r.rerender()
			}
		}
		return r, nil
	case postMovedMsg:
		if r.post != nil && r.post.Path == msg.from {
			r.movedTo = msg.to
		}
		return r, nil
	case linkedPostMsg:
		return r, r.openLinked(msg)
	case jumpToLineMsg:
		r.vp.SetYOffset(msg.line)
		return r, nil
	case tea.KeyPressMsg:
		if r.searching {
			return r, r.updateSearch(msg)
		}
		if cmd, ok := webKeys(r.sh, msg, r.post); ok {
			return r, cmd
		}
		switch {
		case key.Matches(msg, k.Back):
			return r, r.sh.pop(nil)
		case key.Matches(msg, k.NextLink):
			return r, r.nextLink()
		case key.Matches(msg, k.FollowLink) && r.link >= 0:
			return r, r.followLink()
		case key.Matches(msg, k.LinkBack):
			return r, r.linkBack()
		case key.Matches(msg, k.PrevPost):
			return r, r.sh.ask(stepPostMsg{-1, r.words})
		case key.Matches(msg, k.NextPost):
			return r, r.sh.ask(stepPostMsg{1, r.words})
		case key.Matches(msg, k.Edit):
			if r.post != nil {
				// At the line on top of the screen, as glow does.
				line := r.post.BodyLine
				if r.ready {
					line = r.doc.SourceLine(r.vp.YOffset())
				}
				return r, editHook(r.sh, r.post.Path, line)
			}
			return r, nil
		case key.Matches(msg, k.Publish):
			if r.post != nil {
				return r, publishHook(r.sh, r.post)
			}
			return r, nil
		case key.Matches(msg, k.Undo):
			return r, undoHook(r.sh)
		case key.Matches(msg, k.Rename):
			return r, renameHook(r.sh, r.post)
		case key.Matches(msg, k.EditTerms):
			return r, editTermsHook(r.sh, r.post)
		case key.Matches(msg, k.Search):
			// A new search each time; up recalls the ones before.
			r.searching, r.pastSearch = true, 0
			r.searchInput.SetValue("")
			return r, r.searchInput.Focus()
		case key.Matches(msg, k.NextMatch), key.Matches(msg, k.PrevMatch):
			if len(r.matches) == 0 {
				if r.search == "" && len(r.words) > 0 {
					return r, status("the filter's words are not in this post")
				}
				return r, status("no search: / searches in the post")
			}
			d := 1
			if key.Matches(msg, k.PrevMatch) {
				d = -1
			}
			r.step(d)
			return r, nil
		case key.Matches(msg, k.Pictures):
			return r, r.sh.ask(togglePicturesMsg{})
		case key.Matches(msg, k.Outline):
			if !r.ready {
				return r, status("the post is still rendering")
			}
			if len(r.doc.Headings) == 0 {
				return r, status("this post has no headings to outline")
			}
			return r, r.sh.push(newOutline(r.sh, r.doc.Headings, r.headingAt(r.vp.YOffset())))
		case scrollKey(&r.vp, k, msg):
			return r, nil
		}
	}
	var cmd tea.Cmd
	r.vp, cmd = r.vp.Update(msg)
	return r, cmd
}

// updateSearch edits the search text; enter runs it, esc cancels.
func (r *Reader) updateSearch(msg tea.KeyPressMsg) tea.Cmd {
	k := r.sh.keys
	switch {
	case key.Matches(msg, k.Cancel):
		r.searching = false
		r.searchInput.Blur()
		return nil
	case key.Matches(msg, k.Accept):
		r.searching = false
		r.searchInput.Blur()
		r.search = r.searchInput.Value()
		if n := len(r.searches); r.search != "" && (n == 0 || r.searches[n-1] != r.search) {
			r.searches = append(r.searches, r.search)
		}
		r.matches = r.findAll()
		r.current = r.firstMatchFrom(r.vp.YOffset())
		r.applyHighlights()
		r.reveal()
		return nil
	case key.Matches(msg, k.ArrowUp), key.Matches(msg, k.ArrowDown):
		d := 1
		if key.Matches(msg, k.ArrowDown) {
			d = -1
		}
		r.pastSearch = max(0, min(len(r.searches), r.pastSearch+d))
		text := ""
		if r.pastSearch > 0 {
			text = r.searches[len(r.searches)-r.pastSearch]
		}
		r.searchInput.SetValue(text)
		r.searchInput.CursorEnd()
		return nil
	}
	var cmd tea.Cmd
	r.searchInput, cmd = r.searchInput.Update(msg)
	return cmd
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
func (r *Reader) step(d int) {
	if len(r.matches) == 0 {
		return
	}
	if r.current < 0 && d < 0 {
		r.current = 0 // N before any n goes to the last
	}
	r.current = (r.current + d + len(r.matches)) % len(r.matches)
	r.applyHighlights()
	r.reveal()
}

// firstMatchFrom is the first match at or below line, or the first one.
func (r Reader) firstMatchFrom(line int) int {
	for i, m := range r.matches {
		if m.line() >= line {
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
	line := r.matches[r.current].line()
	top := r.vp.YOffset()
	if line < top || line >= top+r.vp.Height() {
		r.vp.SetYOffset(max(0, line-r.vp.Height()/3))
	}
}

// applyHighlights puts the document in the viewport with the search
// matches styled, the current one apart.
func (r *Reader) applyHighlights() {
	st := &r.sh.styles
	if len(r.matches) == 0 && r.link < 0 {
		r.vp.SetContent(r.doc.Content)
		return
	}
	lines := strings.Split(r.doc.Content, "\n")
	byLine := map[int][]lipgloss.Range{}
	if r.link >= 0 && r.link < len(r.doc.Links) {
		l := r.doc.Links[r.link]
		byLine[l.Line] = append(byLine[l.Line], lipgloss.NewRange(l.Start, l.End, st.LinkSel))
	}
	for i, m := range r.matches {
		s := st.SearchHit
		if i == r.current {
			s = st.SearchCur
		}
		for _, p := range m.parts {
			byLine[p.line] = append(byLine[p.line], lipgloss.NewRange(p.start, p.end, s))
		}
	}
	for ln, rs := range byLine {
		if ln < len(lines) {
			lines[ln] = styleLine(lines[ln], rs)
		}
	}
	r.vp.SetContentLines(lines)
}

// findAll finds the reader's search in the document's text, or when
// there is none the list filter's words, below the header.
func (r *Reader) findAll() []searchMatch {
	if r.search != "" || len(r.words) == 0 {
		if normalizeQuery(r.search) == "" {
			return nil
		}
		if r.text == nil {
			r.text = newTextIndex(r.doc.Plain)
		}
		return r.text.find(r.search)
	}
	words := make([]string, 0, len(r.words))
	for _, w := range r.words {
		if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
			words = append(words, w)
		}
	}
	var out []searchMatch
	for i := r.doc.BodyStart; i < len(r.doc.Plain); i++ {
		var rs [][2]int
		for _, w := range words {
			rs = append(rs, wordMatches(r.doc.Plain[i], w)...)
		}
		for _, rg := range mergeRanges(rs) {
			out = append(out, searchMatch{[]lineSpan{{line: i, start: rg[0], end: rg[1]}}})
		}
	}
	return out
}

// View implements Component: the document and the reader's bottom line
// (search input, or match count, warning and scroll position).
func (r *Reader) View() string {
	var body string
	if !r.ready {
		body = r.sh.styles.Muted.Render("  Rendering…")
	} else {
		body = r.vp.View()
	}
	footer := r.footerLines()
	return fit(body, r.width, max(0, r.height-len(footer))) + "\n" + strings.Join(footer, "\n")
}

// footerLines are the search input, or the match count, the warning
// and the scroll position wrapped to the width (maxStatusLines at most).
func (r *Reader) footerLines() []string {
	st := &r.sh.styles
	if r.searching {
		return []string{ansi.Truncate(termsafe.Output(r.searchInput.View()), r.width, "")}
	}
	var parts []string
	if r.search == "" && len(r.matches) > 0 {
		if r.current < 0 {
			parts = append(parts, fmt.Sprintf("%s of the filter · n goes to the first", matchCount(len(r.matches))))
		} else {
			parts = append(parts, fmt.Sprintf("match %d of %d of the filter", r.current+1, len(r.matches)))
		}
	}
	if r.search != "" {
		if len(r.matches) == 0 {
			parts = append(parts, st.StatusErr.Render(fmt.Sprintf("no match for %q", termsafe.Line(r.search))))
		} else {
			parts = append(parts, fmt.Sprintf("match %d of %d for %q", r.current+1, len(r.matches), termsafe.Line(r.search)))
		}
	}
	if r.doc.Warning != "" {
		parts = append(parts, st.Warning.Render(r.doc.Warning))
	}
	if r.ready {
		parts = append(parts, fmt.Sprintf("%3.0f%%", r.vp.ScrollPercent()*100))
	}
	lines := wrapLines(strings.Join(parts, " · "), r.width, maxStatusLines)
	for i, l := range lines {
		lines[i] = st.Status.Render(l)
	}
	return lines
}

// matchCount is "1 match" or "3 matches".
func matchCount(n int) string {
	if n == 1 {
		return "1 match"
	}
	return fmt.Sprintf("%d matches", n)
}
