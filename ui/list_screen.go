package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/store"
)

// previewMinWidth is the terminal width from which the list and a preview
// of the selected post are shown side by side.
const previewMinWidth = 120

// previewDelay lets the cursor run over many posts without rendering each.
const previewDelay = 60 * time.Millisecond

// previewTickMsg fires previewDelay after the selection moved.
type previewTickMsg struct{ gen int }

// listScreen is the post list: the blog's posts (streamed in from the
// store while the folder loads), sorted and filtered, with the filter bar
// above, a status line below and, on a wide terminal, a preview beside.
type listScreen struct {
	sh            *shared
	width, height int

	all       []*posts.Post // the posts listed (read, sorted, drafts left out if hidden); replaced, never changed in place
	sortGen   int           // the latest sort asked for; older sortedMsgs are dropped
	sorting   bool          // a sort of the whole list is under way
	warnCount int           // warnings of all posts, counted once per sort
	sortKey   posts.SortKey
	reverse   bool
	// autoSort says no order was set: by date, or by title when few
	// posts have dates (fewDates), decided when the folder is read.
	autoSort bool
	fewDates bool
	// sortChosen says the user chose the order (s, r) since the filter
	// has words: it then wins over ranking by relevance.
	sortChosen bool
	loaded     bool // all holds the whole folder
	// newWanted is n pressed while the folder loads: the form opens
	// once every post is read, since they decide where the post goes.
	newWanted bool
	// withHeadless says all holds Hugo's headless content too: only
	// while the filter asks for it (status:headless).
	withHeadless bool
	textSeen     int // posts with their text indexed when the filter last ran again for it

	shown  []*posts.Post // all, through the filter
	exact  []*posts.Post // shown's posts the filter matches as written
	fuzzy  []*posts.Post // shown's posts matching only through fuzzy titles
	window listWindow
	filter filterBar
	// chosen is the post the user last put the selection on (moving to
	// it, opening it) or the writer created: every new listing (a
	// filter's result, a batch, a sort) selects it when listed, else
	// the first row. Only the user's choice counts, never where a
	// listing left the cursor: which of the results of a query being
	// typed get shown depends on timing, and the selection must not.
	chosen string

	previewGen  int
	previewOff  bool   // the user turned the preview off
	previewTop  int    // the preview's first line shown
	previewOf   string // the post previewTop is for
	selectAfter string // path to select once the posts arrive
}

func newListScreen(sh *shared) *listScreen {
	return &listScreen{
		sh:       sh,
		sortKey:  cmpOr(sh.cfg.Sort, posts.SortDate),
		reverse:  sh.cfg.Reverse,
		autoSort: sh.cfg.Sort == "",
		filter:   newFilterBar(&sh.styles),
	}
}

func cmpOr(k, def posts.SortKey) posts.SortKey {
	if k == "" {
		return def
	}
	return k
}

// SetSize implements Component.
func (l *listScreen) SetSize(width, height int) {
	l.width, l.height = width, height
	l.window.setHeight(l.bodyHeight())
	l.filter.input.SetWidth(max(1, l.listWidth()-3))
}

// bodyHeight is what is left for rows once the title, filter and status
// lines are drawn, and the filter's error if there is one.
func (l *listScreen) bodyHeight() int { return max(1, l.height-3-len(l.filterError())) }

// wide reports whether the list and a preview are side by side: the
// terminal is wide enough and the preview was not turned off.
func (l *listScreen) wide() bool { return l.width >= previewMinWidth && !l.previewOff }

// previewMaxWidth is the widest the preview pane gets: a reading width
// and its margins. Wider, its lines ended early and the list beside it,
// cut to half the terminal, cut its titles.
const previewMaxWidth = 82

// listWidth is the width of the list pane: beside a preview, half the
// terminal or what the preview leaves, whichever is more.
func (l *listScreen) listWidth() int {
	if l.wide() {
		return l.width - min(l.width/2, previewMaxWidth)
	}
	return l.width
}

// previewWidth is the width of the preview pane (0 when there is none).
func (l *listScreen) previewWidth() int {
	if !l.wide() {
		return 0
	}
	return l.width - l.listWidth() - 1
}

// Capturing implements capturer: the focused filter takes every letter.
func (l *listScreen) Capturing() bool { return l.filter.focused }

// KeyMap implements Component.
func (l *listScreen) KeyMap() help.KeyMap {
	k := l.sh.keys
	if l.filter.focused {
		return helpKeys{
			short: []key.Binding{k.Accept, k.ClearFilter, k.ArrowUp, k.ArrowDown, k.InputHelp},
			full:  [][]key.Binding{{k.Accept, k.ClearFilter, k.ArrowUp, k.ArrowDown}, {k.InputHelp}},
		}
	}
	return helpKeys{
		short: []key.Binding{k.Open, k.Filter, k.Tags, k.Categories, k.Help, k.Quit},
		full: [][]key.Binding{
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
			{k.Open, k.Filter, k.ClearFilter, k.Sort, k.Reverse, k.OpenPage},
			{k.Tags, k.Categories, k.Calendar, k.Warnings, k.New, k.Edit, k.Publish, k.Undo},
			{k.Rename, k.EditTerms, k.CopyURL, k.CopyPath, k.Preview, k.PreviewLog},
			{k.TogglePreview, k.PreviewDown, k.PreviewUp, k.Help, k.Quit},
		},
	}
}

// selected returns the post under the cursor, or nil.
func (l *listScreen) selected() *posts.Post {
	if i := l.window.selected(); i >= 0 && i < len(l.shown) {
		return l.shown[i]
	}
	return nil
}

// selectedPath is the selected post's path, or "".
func (l *listScreen) selectedPath() string {
	if p := l.selected(); p != nil {
		return p.Path
	}
	return ""
}

// step moves the selection by d and returns the post now selected, or
// nil when there is none that way.
func (l *listScreen) step(d int) *posts.Post {
	before := l.window.cursor
	l.window.move(d)
	if l.window.cursor == before {
		return nil
	}
	l.choose()
	return l.selected()
}

// Update implements Component: loading and filtering results, then
// keys, the filter input first when it has focus.
func (l *listScreen) Update(msg tea.Msg) (Component, tea.Cmd) {
	switch msg := msg.(type) {
	case storeEventMsg:
		return l, tea.Batch(l.onStore(msg.ev), l.newPostOnceLoaded())
	case tea.WindowSizeMsg, returnedMsg, picturesChangedMsg:
		return l, l.schedulePreview()
	case stylesChangedMsg:
		styleInput(&l.filter.input, &l.sh.styles)
		return l, l.schedulePreview()
	case selectPathMsg:
		l.selectAfter = msg.path
		if msg.reveal && l.filter.active() {
			l.filter.setText("", l.sh.cfg.Taxonomies)
			return l, tea.Batch(l.refilter(), status("filter cleared to show the new post"))
		}
		return l, nil
	case stepPostMsg:
		p := l.step(msg.d)
		if p == nil {
			return l, status("no more posts this way")
		}
		return l, l.sh.ask(openPostMsg{p: p, words: msg.words})
	case sortedMsg:
		return l, tea.Batch(l.onSorted(msg), l.newPostOnceLoaded())
	case filteredMsg:
		if msg.gen != l.filter.gen {
			return l, nil // a newer keystroke is on its way
		}
		l.filter.cancel() // done: releases its context
		l.filter.remember(msg.filterResult)
		l.show(msg.filterResult)
		return l, l.schedulePreview()
	case previewTickMsg:
		if msg.gen != l.previewGen {
			return l, nil
		}
		return l, l.previewCmd()
	case termToggledMsg:
		return l, l.toggleTerm(msg)
	case periodChosenMsg:
		return l, l.choosePeriod(msg.period)
	}
	if l.filter.focused {
		return l, l.updateFilter(msg)
	}
	return l, l.updateBrowse(msg)
}

// updateBrowse handles the keys of the list without a focused filter.
func (l *listScreen) updateBrowse(msg tea.Msg) tea.Cmd {
	k := l.sh.keys
	if w, ok := msg.(tea.MouseWheelMsg); ok && l.wide() && w.X > l.listWidth() {
		l.scrollPreview(map[tea.MouseButton]int{tea.MouseWheelUp: -3, tea.MouseWheelDown: 3}[w.Button])
		return nil
	}
	before := l.window.cursor
	if l.window.navigate(msg, k.browseMoves()) {
		l.choose()
		if l.window.cursor != before {
			return l.schedulePreview()
		}
		return nil
	}
	if click, ok := msg.(tea.MouseClickMsg); ok {
		return l.click(click)
	}
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	if cmd, ok := webKeys(l.sh, kp, l.selected()); ok {
		return cmd
	}
	switch {
	case key.Matches(kp, k.TogglePreview):
		if l.width < previewMinWidth {
			return status(fmt.Sprintf("the preview needs a terminal of %d columns or more", previewMinWidth))
		}
		l.previewOff = !l.previewOff
		l.SetSize(l.width, l.height)
		return l.schedulePreview()
	case key.Matches(kp, k.PreviewDown), key.Matches(kp, k.PreviewUp):
		if !l.wide() {
			return status("no side preview to scroll: V shows it on a wide terminal")
		}
		d := l.bodyHeight() / 2
		if key.Matches(kp, k.PreviewUp) {
			d = -d
		}
		l.scrollPreview(d)
		return nil
	case key.Matches(kp, k.Open):
		if p := l.selected(); p != nil {
			l.choose()
			return l.sh.ask(openPostMsg{p: p, words: l.filter.query.BareWords()})
		}
		return status("nothing to open")
	case key.Matches(kp, k.Filter):
		l.filter.focused = true
		return l.filter.input.Focus()
	case key.Matches(kp, k.ClearFilter):
		if l.filter.active() {
			l.choose() // the post on screen stays selected in the whole list
			l.filter.setText("", l.sh.cfg.Taxonomies)
			return l.refilter()
		}
		return nil
	case key.Matches(kp, k.Sort):
		l.choose() // a new order keeps the post on screen
		if l.byRelevance() {
			l.sortChosen = true // from relevance to the list's order
		} else {
			l.sortKey, l.autoSort = nextSortKey(l.sortKey), false
		}
		return l.resort()
	case key.Matches(kp, k.Reverse):
		l.choose()
		l.reverse, l.autoSort, l.sortChosen = !l.reverse, false, l.byRelevance() || l.sortChosen
		return l.resort()
	case key.Matches(kp, k.Tags), key.Matches(kp, k.Categories):
		tax := "tags"
		if key.Matches(kp, k.Categories) {
			tax = "categories"
		}
		t, cmd := newTermBrowser(l.sh, tax, l.shown, l.filter.query)
		return tea.Batch(l.sh.push(t), cmd)
	case key.Matches(kp, k.Calendar):
		c, cmd := newCalendarScreen(l.sh, l.shown, l.filter.query)
		return tea.Batch(l.sh.push(c), cmd)
	case key.Matches(kp, k.Warnings):
		return l.sh.push(newWarningsPanel(l.sh, l.sh.store.Warnings(), l.all))
	case key.Matches(kp, k.New):
		if !l.loaded {
			l.newWanted = true
			return status("the new post's form opens once every post is read: they decide where it goes")
		}
		return newPostCmd(l.all)
	case key.Matches(kp, k.Edit):
		if p := l.selected(); p != nil {
			return editHook(l.sh, p.Path, 1)
		}
		return status("nothing to edit")
	case key.Matches(kp, k.Publish):
		if p := l.selected(); p != nil {
			return publishHook(l.sh, p)
		}
		return status("nothing to publish")
	case key.Matches(kp, k.Undo):
		return undoHook(l.sh)
	case key.Matches(kp, k.Rename):
		return renameHook(l.sh, l.selected())
	case key.Matches(kp, k.EditTerms):
		return editTermsHook(l.sh, l.selected())
	}
	return nil
}

// listTop is the screen line of the first row: below the title and the
// filter bar.
const listTop = 2

// click selects the row clicked in the list pane.
func (l *listScreen) click(msg tea.MouseClickMsg) tea.Cmd {
	if msg.Button != tea.MouseLeft || msg.X >= l.listWidth() || len(l.shown) == 0 {
		return nil
	}
	i := l.window.rowAt(msg.Y - listTop)
	if i < 0 || i == l.window.cursor {
		return nil
	}
	l.window.moveTo(i)
	l.choose()
	return l.schedulePreview()
}

// updateFilter sends keys to the filter input and filters on each change.
func (l *listScreen) updateFilter(msg tea.Msg) tea.Cmd {
	k := l.sh.keys
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, k.Cancel):
			l.filter.focused = false
			l.filter.input.Blur()
			l.choose()
			l.filter.setText("", l.sh.cfg.Taxonomies)
			return l.refilter()
		case key.Matches(kp, k.Accept):
			l.filter.focused = false
			l.filter.input.Blur()
			return nil
		case key.Matches(kp, k.ArrowUp):
			l.window.move(-1)
			l.choose()
			return l.schedulePreview()
		case key.Matches(kp, k.ArrowDown):
			l.window.move(1)
			l.choose()
			return l.schedulePreview()
		}
	}
	before := l.filter.input.Value()
	var cmd tea.Cmd
	l.filter.input, cmd = l.filter.input.Update(msg)
	if v := l.filter.input.Value(); v != before && l.filter.setQuery(v, l.sh.cfg.Taxonomies) {
		l.window.setHeight(l.bodyHeight()) // the error's lines are gone
		return tea.Batch(cmd, l.refilter())
	}
	l.window.setHeight(l.bodyHeight())
	return cmd
}

// toggleTerm adds or removes a term chosen in a term browser.
func (l *listScreen) toggleTerm(msg termToggledMsg) tea.Cmd {
	text := l.filter.query.ToggleTerm(msg.key, msg.name)
	if !l.filter.setText(text, l.sh.cfg.Taxonomies) {
		return nil
	}
	l.chosen = "" // the term's posts, from the first
	l.window.moveTo(0)
	return l.refilter()
}

// newPostOnceLoaded opens the new-post form asked for while the folder
// loaded, now that it is whole.
func (l *listScreen) newPostOnceLoaded() tea.Cmd {
	if !l.newWanted || !l.loaded {
		return nil
	}
	l.newWanted = false
	return newPostCmd(l.all)
}

// choosePeriod narrows the filter to a year or month chosen in the
// calendar, in place of the period it had.
func (l *listScreen) choosePeriod(period string) tea.Cmd {
	if !l.filter.setText(l.filter.query.WithPeriod(period), l.sh.cfg.Taxonomies) {
		return nil
	}
	l.window.moveTo(0)
	return l.refilter()
}

// onStore follows the store: posts found, batches of posts parsed
// (merged into the list as they come, in its order and through its
// filter), their text indexed, everything read again.
func (l *listScreen) onStore(ev store.Event) tea.Cmd {
	st := l.sh.store
	switch ev := ev.(type) {
	case store.Found:
		l.loaded = st.Loaded() // nothing to read, or the folder cannot be read
	case store.Batch:
		if ev.Done && l.chooseSort() {
			return l.resort()
		}
		switch {
		case l.sorting:
			// The sort under way lists everything read, or sorts again
			// when more came meanwhile (onSorted).
		case ev.Done && l.sortKey == posts.SortTitle:
			// Merging compares titles rune by rune; the whole list is
			// sorted once at the end, exactly as Sort orders it.
			return l.resort()
		case ev.Done:
			l.loaded = true
			// Renderings made while the folder loaded may lack links
			// to posts read since: the preview is made again.
			return l.schedulePreview()
		default:
			return l.merge(ev.Posts)
		}
	case store.Indexed:
		return l.onIndexed(ev)
	case store.Reloaded:
		if ev.Err != nil {
			return statusErr("reading the folder again failed: " + ev.Err.Error())
		}
		l.chooseSort()
		return l.resort()
	}
	return nil
}

// chooseSort picks the order when none was set, once the folder is
// read: by title when few posts have dates, else by date. It reports
// whether the order changed.
func (l *listScreen) chooseSort() bool {
	if !l.autoSort {
		return false
	}
	l.fewDates = posts.FewDated(l.sh.store.Posts())
	key := posts.SortDate
	if l.fewDates {
		key = posts.SortTitle
	}
	changed := key != l.sortKey
	l.sortKey = key
	return changed
}

// merge adds posts just read to the list, and to the filter's results:
// sorted by themselves, then merged in linear time, so that the whole
// list is never sorted again while the folder loads.
func (l *listScreen) merge(read []*posts.Post) tea.Cmd {
	listed := slices.DeleteFunc(slices.Clone(read), unlisted(l.sh.cfg.HideDrafts, l.withHeadless))
	for _, p := range listed {
		l.warnCount += len(p.Warnings)
	}
	posts.Sort(listed, l.sortKey, l.reverse)
	l.all = posts.Merge(l.all, listed, l.sortKey, l.reverse)
	switch {
	case !l.filter.active() || l.filter.query.IsZero():
		l.filter.gen++
		l.filter.cancel()
		l.show(filterResult{exact: l.all})
	case l.filter.running() || l.byRelevance():
		// The filter under way has not seen these posts, or they need
		// ranking with the others: run it again over the whole list.
		l.filter.forget()
		return l.refilter()
	default:
		exact, fuzzy := posts.FilterTitlesSplit(listed, l.filter.query)
		r := filterResult{query: l.filter.query,
			exact: posts.Merge(l.exact, exact, l.sortKey, l.reverse),
			fuzzy: posts.Merge(l.fuzzy, fuzzy, l.sortKey, l.reverse)}
		l.filter.forget()
		l.filter.remember(r)
		l.show(r)
	}
	return l.previewNewSelection()
}

// onIndexed takes in indexing's progress: what the filter remembered
// was found in fewer posts' text, and a filter that searches text is
// run again.
func (l *listScreen) onIndexed(ev store.Indexed) tea.Cmd {
	if ev.Done == l.textSeen {
		return nil // the last report said as much
	}
	l.textSeen = ev.Done
	l.filter.forget()
	if l.filter.active() && l.filter.query.SearchesText() {
		return l.refilter()
	}
	return nil
}

// indexingText reports whether a filter that searches text is shown
// while the text is not all indexed, with how much of the folder is.
func (l *listScreen) indexingText() (percent int, ok bool) {
	st := l.sh.store
	if !st.TextPending() || !l.filter.active() || !l.filter.query.SearchesText() {
		return 0, false
	}
	return 100 * st.Indexed() / max(1, st.Found()), true
}

// previewNewSelection asks for the preview when the selected post is not
// the one previewed, as when the first posts of the folder arrive after
// the terminal's size; nil otherwise, so that batches streaming in do
// not keep putting off the preview of a selection that stays.
func (l *listScreen) previewNewSelection() tea.Cmd {
	if l.selectedPath() == l.previewOf {
		return nil
	}
	return l.schedulePreview()
}

// onSorted lists the sorted posts through the filter.
func (l *listScreen) onSorted(msg sortedMsg) tea.Cmd {
	if msg.gen != l.sortGen {
		return nil // the order changed since: a newer sort is on its way
	}
	l.sorting = false
	l.all, l.warnCount = msg.posts, msg.warns
	l.filter.forget()
	if msg.read < len(l.sh.store.Posts()) {
		// Batches arrived while sorting: sort again with them (a rare
		// case: the order changed while the folder was loading).
		return tea.Batch(l.refilter(), l.resort())
	}
	l.loaded = l.sh.store.Loaded()
	return l.refilter()
}

// sortedMsg carries the posts to list, sorted, for the sort of
// generation gen; done says they are the whole folder.
type sortedMsg struct {
	gen   int
	posts []*posts.Post
	warns int
	read  int // how many of the posts read were sorted
}

// resort lists the posts read in the current order, off the Update loop
// (sorting 100,000 posts by title takes tens of milliseconds); the list
// follows with sortedMsg.
func (l *listScreen) resort() tea.Cmd {
	l.sortGen++
	l.sorting = true
	gen, ps, key, reverse := l.sortGen, l.sh.store.Posts(), l.sortKey, l.reverse
	leftOut := unlisted(l.sh.cfg.HideDrafts, l.withHeadless)
	return func() tea.Msg {
		read := len(ps)
		ps = slices.DeleteFunc(slices.Clone(ps), leftOut)
		warns := 0
		for _, p := range ps {
			warns += len(p.Warnings)
		}
		return sortedMsg{gen: gen, posts: sorted(ps, key, reverse), warns: warns, read: read}
	}
}

// byRelevance reports whether the filter's results are listed by
// relevance: its query has words, and no order was chosen since. A
// query in error lists nothing, so no order is claimed for it.
func (l *listScreen) byRelevance() bool {
	return l.filter.active() && l.filter.err == nil && len(l.filter.query.Words()) > 0 && !l.sortChosen
}

// unlisted says which posts the list leaves out: drafts when hidden,
// Hugo's headless content unless the filter asks for it.
func unlisted(hideDrafts, withHeadless bool) func(*posts.Post) bool {
	return func(p *posts.Post) bool {
		return hideDrafts && p.Status == posts.StatusDraft || !withHeadless && p.Status == posts.StatusHeadless
	}
}

// refilter shows all through the current filter: directly when there is
// none, through a Cmd when there is. A filter that starts or stops
// asking for headless content lists the posts again first, with or
// without it; the sort's end filters.
func (l *listScreen) refilter() tea.Cmd {
	l.filter.gen++ // drop any filtering still in flight
	l.filter.cancel()
	if asks := l.filter.active() && l.filter.query.AsksHeadless(); asks != l.withHeadless {
		l.withHeadless = asks
		return l.resort()
	}
	if !l.filter.active() || len(l.filter.query.Words()) == 0 {
		l.sortChosen = false // the next words are ranked again
	}
	if !l.filter.active() || l.filter.query.IsZero() {
		l.show(filterResult{exact: l.all})
		return l.schedulePreview()
	}
	q, rank := l.filter.query, l.byRelevance()
	if r, ok := l.filter.results[q.String()]; ok && (!rank || r.ranked != nil) {
		l.show(r)
		return l.schedulePreview()
	}
	base, ok := l.filter.base(q)
	if !ok {
		base = filterResult{exact: l.all}
	}
	return filterCmd(l.filter.start(), l.sh.store.Yield(), base, q, l.filter.gen, l.sortKey, l.reverse, rank)
}

// show lists the exact matches (ranked, when the list is by relevance)
// then the fuzzy ones (all posts, without a filter), selecting the post the user chose if it is listed, else
// the first row; the post the writer just created or moved becomes the
// choice once it is listed.
func (l *listScreen) show(r filterResult) {
	l.exact, l.fuzzy = r.exact, r.fuzzy
	ps := r.exact
	if r.ranked != nil && l.byRelevance() {
		ps = r.ranked
	}
	if len(r.fuzzy) > 0 {
		ps = append(slices.Clip(ps), r.fuzzy...)
	}
	if l.selectAfter != "" && slices.ContainsFunc(ps, func(p *posts.Post) bool { return p.Path == l.selectAfter }) {
		l.chosen, l.selectAfter = l.selectAfter, ""
	}
	l.shown = ps
	l.window.setLen(len(ps))
	i := -1
	if l.chosen != "" {
		i = slices.IndexFunc(ps, func(p *posts.Post) bool { return p.Path == l.chosen })
	}
	l.window.moveTo(max(i, 0))
}

// choose makes the selected post the user's choice (see chosen).
func (l *listScreen) choose() { l.chosen = l.selectedPath() }

// scrollPreview moves the preview by d lines, within its document.
func (l *listScreen) scrollPreview(d int) {
	p := l.selected()
	if p == nil {
		return
	}
	lines := 0
	if doc, ok := l.sh.cache.get(l.sh.renderKeyFor(p, l.previewWidth())); ok {
		lines = strings.Count(doc.Content, "\n") + 1
	}
	l.previewTop = max(0, min(l.previewTop+d, lines-l.bodyHeight()))
}

// schedulePreview asks for the selected post's preview after a pause.
// The preview's rendering under way stops when the selection moves on or
// the preview is hidden.
func (l *listScreen) schedulePreview() tea.Cmd {
	if l.selectedPath() != l.previewOf {
		l.previewTop, l.previewOf = 0, l.selectedPath()
		l.sh.flight[slotPreview].stop()
	}
	if !l.wide() || l.selected() == nil {
		l.sh.flight[slotPreview].stop()
		return nil
	}
	l.previewGen++
	gen := l.previewGen
	return l.sh.after(previewDelay, func(time.Time) tea.Msg { return previewTickMsg{gen} })
}

// previewCmd renders the selected post for the preview pane unless it
// is cached.
func (l *listScreen) previewCmd() tea.Cmd {
	p := l.selected()
	if p == nil || !l.wide() {
		return nil
	}
	return l.sh.renderCmdFor(slotPreview, l.sh.renderKeyFor(p, l.previewWidth()))
}

// nextSortKey cycles date → title → modified.
func nextSortKey(k posts.SortKey) posts.SortKey {
	switch k {
	case posts.SortDate:
		return posts.SortTitle
	case posts.SortTitle:
		return posts.SortModified
	}
	return posts.SortDate
}

// sorted returns a sorted copy of ps: the slices the model shares with
// running Cmds are never changed in place.
func sorted(ps []*posts.Post, key posts.SortKey, reverse bool) []*posts.Post {
	out := slices.Clone(ps)
	posts.Sort(out, key, reverse)
	return out
}
