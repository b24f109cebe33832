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
)

// previewMinWidth is the terminal width from which the list and a preview
// of the selected post are shown side by side.
const previewMinWidth = 120

// previewDelay lets the cursor run over many posts without rendering each.
const previewDelay = 60 * time.Millisecond

// previewTickMsg fires previewDelay after the selection moved.
type previewTickMsg struct{ gen int }

// listScreen is the post list: the posts read (streamed in while the
// folder loads), sorted and filtered, with the filter bar above, a
// status line below and, on a wide terminal, a preview beside.
type listScreen struct {
	sh            *shared
	width, height int

	read        []*posts.Post // every post read, in reading order; replaced, never changed in place
	readDone    bool          // read holds the whole folder
	all         []*posts.Post // the posts listed (read, sorted, drafts left out if hidden); replaced, never changed in place
	sortGen     int           // the latest sort asked for; older sortedMsgs are dropped
	folderWarns []posts.Warning
	warnCount   int // warnings of all posts, counted once per sort
	sortKey     posts.SortKey
	reverse     bool
	found       int  // post files found; -1 until known
	loaded      bool // all holds the whole folder
	loadErr     error

	shown  []*posts.Post // all, through the filter
	exact  []*posts.Post // shown's posts the filter matches as written
	fuzzy  []*posts.Post // shown's posts matching only through fuzzy titles
	window listWindow
	filter filterBar
	moved  bool // the user moved the selection: keep it on its post

	previewGen  int
	previewOff  bool   // the user turned the preview off
	previewTop  int    // the preview's first line shown
	previewOf   string // the post previewTop is for
	selectAfter string // path to select once the posts arrive

	sorting    bool                 // a sort of the whole list is under way
	batches    <-chan []*posts.Post // the posts being parsed, while the folder loads
	cancelLoad func()               // stops that parsing

	// The posts' text is indexed after the stream (textPending until
	// it is): until then bare words find what titles, summaries and tags
	// say.
	textPending bool
	indexing    <-chan int
	cancelIndex func()
	indexed     int // posts whose text is indexed so far
	indexTotal  int
}

func newListScreen(sh *shared) *listScreen {
	return &listScreen{
		sh:      sh,
		sortKey: cmpOr(sh.cfg.Sort, posts.SortDate),
		reverse: sh.cfg.Reverse,
		found:   -1,
		filter:  newFilterBar(&sh.styles),
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
// lines are drawn.
func (l *listScreen) bodyHeight() int { return max(1, l.height-3) }

// wide reports whether the list and a preview are side by side: the
// terminal is wide enough and the preview was not turned off.
func (l *listScreen) wide() bool { return l.width >= previewMinWidth && !l.previewOff }

// listWidth is the width of the list pane: half the terminal beside a
// preview, where its rows show date and title only.
func (l *listScreen) listWidth() int {
	if l.wide() {
		return l.width / 2
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
			{k.Tags, k.Categories, k.Warnings, k.New, k.Edit, k.Publish, k.Undo},
			{k.CopyURL, k.CopyPath, k.Preview},
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
	l.moved = true
	return l.selected()
}

// Update implements Component: loading and filtering results, then
// keys, the filter input first when it has focus.
func (l *listScreen) Update(msg tea.Msg) (Component, tea.Cmd) {
	switch msg := msg.(type) {
	case foundMsg:
		return l, l.onFound(msg)
	case loadStartedMsg:
		l.batches, l.cancelLoad = msg.batches, msg.cancel
		return l, waitBatchCmd(l.batches, l.loadState())
	case batchMsg:
		return l, l.onBatch(msg)
	case indexStartedMsg:
		l.stopIndexing()
		l.indexing, l.cancelIndex, l.indexed, l.indexTotal = msg.progress, msg.cancel, 0, msg.total
		return l, waitIndexedCmd(l.indexing)
	case indexedMsg:
		return l, l.onIndexed(msg)
	case reloadedMsg:
		return l, l.onReloaded(msg)
	case sortedMsg:
		return l, l.onSorted(msg)
	case filteredMsg:
		if msg.gen != l.filter.gen {
			return l, nil // a newer keystroke is on its way
		}
		l.filter.cancel() // done: releases its context
		l.filter.remember(msg.query, msg.exact, msg.fuzzy)
		l.show(msg.exact, msg.fuzzy)
		return l, l.schedulePreview()
	case previewTickMsg:
		if msg.gen != l.previewGen {
			return l, nil
		}
		return l, l.previewCmd()
	case termToggledMsg:
		return l, l.toggleTerm(msg)
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
		l.moved = true
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
			return l.sh.ask(openPostMsg{p: p, words: l.filter.query.BareWords()})
		}
		return status("nothing to open")
	case key.Matches(kp, k.Filter):
		l.filter.focused = true
		return l.filter.input.Focus()
	case key.Matches(kp, k.ClearFilter):
		if l.filter.active() {
			l.filter.setText("", l.sh.cfg.Taxonomies)
			return l.refilter()
		}
		return nil
	case key.Matches(kp, k.Sort):
		l.sortKey = nextSortKey(l.sortKey)
		return l.resort()
	case key.Matches(kp, k.Reverse):
		l.reverse = !l.reverse
		return l.resort()
	case key.Matches(kp, k.Tags), key.Matches(kp, k.Categories):
		tax := "tags"
		if key.Matches(kp, k.Categories) {
			tax = "categories"
		}
		t, cmd := newTermBrowser(l.sh, tax, l.shown, l.filter.query)
		return tea.Batch(l.sh.push(t), cmd)
	case key.Matches(kp, k.Warnings):
		return l.sh.push(newWarningsPanel(l.sh, l.folderWarns, l.all))
	case key.Matches(kp, k.New):
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
	l.moved = true
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
			l.filter.setText("", l.sh.cfg.Taxonomies)
			return l.refilter()
		case key.Matches(kp, k.Accept):
			l.filter.focused = false
			l.filter.input.Blur()
			return nil
		case key.Matches(kp, k.ArrowUp):
			l.window.move(-1)
			l.moved = true
			return l.schedulePreview()
		case key.Matches(kp, k.ArrowDown):
			l.window.move(1)
			l.moved = true
			return l.schedulePreview()
		}
	}
	before := l.filter.input.Value()
	var cmd tea.Cmd
	l.filter.input, cmd = l.filter.input.Update(msg)
	if v := l.filter.input.Value(); v != before && l.filter.setQuery(v, l.sh.cfg.Taxonomies) {
		return tea.Batch(cmd, l.refilter())
	}
	return cmd
}

// toggleTerm adds or removes a term chosen in a term browser.
func (l *listScreen) toggleTerm(msg termToggledMsg) tea.Cmd {
	text := l.filter.query.ToggleTerm(msg.key, msg.name)
	if !l.filter.setText(text, l.sh.cfg.Taxonomies) {
		return nil
	}
	l.window.moveTo(0)
	return l.refilter()
}

// onFound starts parsing the found files.
func (l *listScreen) onFound(msg foundMsg) tea.Cmd {
	l.folderWarns = msg.warns
	if msg.err != nil {
		l.loadErr, l.loaded, l.readDone, l.found = msg.err, true, true, 0
		return nil
	}
	l.found = len(msg.paths)
	l.textPending, l.indexed = len(msg.paths) > 0, 0
	if len(msg.paths) == 0 {
		l.loaded, l.readDone = true, true
		return nil
	}
	return streamCmd(l.sh.fsys, l.sh.cfg.Posts, msg.paths)
}

// loadState is the order and filter the next batch is prepared for.
func (l *listScreen) loadState() loadState {
	st := loadState{sortKey: l.sortKey, reverse: l.reverse, sortGen: l.sortGen, hide: l.sh.cfg.HideDrafts, filterGen: l.filter.gen}
	if l.filter.active() {
		st.query = l.filter.query
	}
	return st
}

// stopLoading stops a stream still running, and indexing.
func (l *listScreen) stopLoading() {
	if l.cancelLoad != nil {
		l.cancelLoad()
		l.cancelLoad = nil
	}
	l.stopIndexing()
}

// stopIndexing stops indexing the posts' text, as when they are read
// again (with their text).
func (l *listScreen) stopIndexing() {
	if l.cancelIndex != nil {
		l.cancelIndex()
	}
	l.indexing, l.cancelIndex = nil, nil
}

// onIndexed takes in indexing's progress: what the filter remembered
// was found in fewer posts' text, and a filter that searches text is
// run again.
func (l *listScreen) onIndexed(msg indexedMsg) tea.Cmd {
	if l.indexing == nil {
		return nil // stopped: the posts were read again
	}
	var next tea.Cmd
	if msg.finished {
		whole := l.indexed == l.indexTotal // the last report said so
		l.indexed, l.textPending = l.indexTotal, false
		l.indexing, l.cancelIndex = nil, nil
		if whole {
			return nil
		}
	} else {
		l.indexed = msg.done
		next = waitIndexedCmd(l.indexing)
	}
	l.filter.forget()
	if l.filter.active() && l.filter.query.SearchesText() {
		return tea.Batch(next, l.refilter())
	}
	return next
}

// indexingText reports whether a filter that searches text is shown
// while the text is not all indexed, with how much of the folder is.
func (l *listScreen) indexingText() (percent int, ok bool) {
	if !l.textPending || !l.filter.active() || !l.filter.query.SearchesText() {
		return 0, false
	}
	return 100 * l.indexed / max(1, l.found), true
}

// onBatch merges a batch into the list (and into the filter's results),
// and waits for the next one. A batch prepared before the order or the
// filter changed is merged by a sort or a filter of the whole instead.
func (l *listScreen) onBatch(msg batchMsg) tea.Cmd {
	if msg.done {
		l.readDone, l.batches, l.cancelLoad = true, nil, nil
		index := indexCmd(l.sh.fsys, l.sh.cfg.Posts, l.read)
		switch {
		case l.sorting:
			return index // the sort under way lists everything, or sorts again
		case l.sortKey == posts.SortTitle || msg.state.sortGen != l.sortGen:
			// Merging compares titles rune by rune; the whole list is
			// sorted once at the end, exactly as Sort orders it.
			return tea.Batch(l.resort(), index)
		}
		l.loaded = true
		return index
	}
	l.setRead(append(l.read, msg.read...)) // Cmds hold shorter views of read: appending never changes what they see
	if l.sorting || msg.state.sortGen != l.sortGen {
		// The order changed: the sort under way (or a new one) takes
		// this batch in; merging it into the old order would be wrong.
		var sort tea.Cmd
		if !l.sorting {
			sort = l.resort()
		}
		return tea.Batch(sort, waitBatchCmd(l.batches, l.loadState()))
	}
	next := waitBatchCmd(l.batches, l.loadState())
	l.all = posts.Merge(l.all, msg.listed, l.sortKey, l.reverse)
	l.warnCount += msg.warns
	switch {
	case !l.filter.active() || l.filter.query.IsZero():
		l.filter.gen++
		l.filter.cancel()
		l.show(l.all, nil)
	case msg.state.filterGen == l.filter.gen && msg.state.query.String() == l.filter.query.String():
		exact := posts.Merge(l.exact, msg.exact, l.sortKey, l.reverse)
		fuzzy := posts.Merge(l.fuzzy, msg.fuzzy, l.sortKey, l.reverse)
		l.filter.forget()
		l.filter.remember(l.filter.query, exact, fuzzy)
		l.show(exact, fuzzy)
	default:
		l.filter.forget()
		return tea.Batch(l.refilter(), next)
	}
	return tea.Batch(next, l.previewNewSelection())
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

// onReloaded swaps in the posts read again after a change on disk,
// keeping the selection and the filter.
func (l *listScreen) onReloaded(msg reloadedMsg) tea.Cmd {
	if msg.err != nil {
		return statusErr("reading the folder again failed: " + msg.err.Error())
	}
	l.stopIndexing() // these posts come with their text
	l.textPending = false
	l.folderWarns = msg.warns
	l.found = len(msg.posts)
	l.setRead(msg.posts)
	l.readDone = true
	return l.resort()
}

// setRead replaces the posts read, and with them the lookup renderings
// find linked posts in (built on its first use, off the Update loop).
func (l *listScreen) setRead(ps []*posts.Post) {
	l.read = ps
	l.sh.links = posts.NewLinks(ps, l.sh.cfg.Posts.Rules)
}

// findPost is the post read at path, or nil.
func (l *listScreen) findPost(path string) *posts.Post {
	for _, p := range l.read {
		if p.Path == path {
			return p
		}
	}
	return nil
}

// findByURL is the post the site publishes at u (a path from the site's
// base URL, with or without its trailing slash or index.html), or nil.
func (l *listScreen) findByURL(u string) *posts.Post {
	norm := func(s string) string {
		s = strings.TrimSuffix(s, "index.html")
		return strings.TrimSuffix(s, "/")
	}
	want := norm(u)
	for _, p := range l.read {
		if p.URL != "" && norm(p.URL) == want {
			return p
		}
	}
	return nil
}

// onSorted lists the sorted posts through the filter.
func (l *listScreen) onSorted(msg sortedMsg) tea.Cmd {
	if msg.gen != l.sortGen {
		return nil // the order changed since: a newer sort is on its way
	}
	l.sorting = false
	l.all, l.warnCount = msg.posts, msg.warns
	l.filter.forget()
	if msg.read < len(l.read) {
		// Batches arrived while sorting: sort again with them (a rare
		// case: the order changed while the folder was loading).
		return tea.Batch(l.refilter(), l.resort())
	}
	l.loaded = l.readDone
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
	gen, ps, key, reverse, hide := l.sortGen, l.read, l.sortKey, l.reverse, l.sh.cfg.HideDrafts
	return func() tea.Msg {
		if hide {
			ps = slices.DeleteFunc(slices.Clone(ps), func(p *posts.Post) bool { return p.Status == posts.StatusDraft })
		}
		warns := 0
		for _, p := range ps {
			warns += len(p.Warnings)
		}
		return sortedMsg{gen: gen, posts: sorted(ps, key, reverse), warns: warns, read: len(ps)}
	}
}

// refilter shows all through the current filter: directly when there is
// none, through a Cmd when there is.
func (l *listScreen) refilter() tea.Cmd {
	l.filter.gen++ // drop any filtering still in flight
	l.filter.cancel()
	if !l.filter.active() || l.filter.query.IsZero() {
		l.show(l.all, nil)
		return l.schedulePreview()
	}
	q := l.filter.query
	if r, ok := l.filter.results[q.String()]; ok {
		l.show(r.exact, r.fuzzy)
		return l.schedulePreview()
	}
	base, ok := l.filter.base(q)
	if !ok {
		base = filterResult{exact: l.all}
	}
	return filterCmd(l.filter.start(), l.sh.cfg.Posts.Yield, base, q, l.filter.gen, l.sortKey, l.reverse)
}

// show lists the exact matches then the fuzzy ones (all posts, without
// a filter), keeping the selected post selected once the user moved or
// the folder is read (while it loads, the top row stays the top row),
// or selecting the post the writer just created or moved.
func (l *listScreen) show(exact, fuzzy []*posts.Post) {
	l.exact, l.fuzzy = exact, fuzzy
	ps := exact
	if len(fuzzy) > 0 {
		ps = append(slices.Clip(exact), fuzzy...)
	}
	keep := ""
	if l.moved || l.loaded {
		keep = l.selectedPath()
	}
	if l.selectAfter != "" && slices.ContainsFunc(ps, func(p *posts.Post) bool { return p.Path == l.selectAfter }) {
		keep, l.selectAfter = l.selectAfter, ""
	}
	l.shown = ps
	l.window.setLen(len(ps))
	if keep == "" {
		return
	}
	if i := slices.IndexFunc(ps, func(p *posts.Post) bool { return p.Path == keep }); i >= 0 {
		l.window.moveTo(i)
	}
}

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
func (l *listScreen) schedulePreview() tea.Cmd {
	if l.selectedPath() != l.previewOf {
		l.previewTop, l.previewOf = 0, l.selectedPath()
	}
	if !l.wide() || l.selected() == nil {
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
