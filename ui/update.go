package ui

import (
	"fmt"
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

// resizeDelay is how long the width must stay put before an open post is
// wrapped again: dragging a window edge sends a burst of sizes.
const resizeDelay = 120 * time.Millisecond

// previewDelay lets the cursor run over many posts without rendering each.
const previewDelay = 60 * time.Millisecond

// resizeTickMsg fires resizeDelay after a resize; only the latest counts.
type resizeTickMsg struct{ gen int }

// previewTickMsg fires previewDelay after the selection moved.
type previewTickMsg struct{ gen int }

// Update handles the messages every screen shares (size, colours,
// loading, rendering, reloading) and hands the rest to the active screen.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, handled := writerEvent(&m, msg); handled {
		m.layout()
		return m, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		m.resizeGen++
		gen := m.resizeGen
		return m, tea.Batch(tea.Tick(resizeDelay, func(time.Time) tea.Msg { return resizeTickMsg{gen} }), m.schedulePreview())
	case tea.BackgroundColorMsg:
		if m.opts.Style == "" && msg.IsDark() != m.styles.IsDark {
			m.styles = NewStyles(msg.IsDark())
			m.applyStyles()
			return m, tea.Batch(m.rerenderReader(), m.schedulePreview())
		}
		return m, nil
	case resizeTickMsg:
		if msg.gen != m.resizeGen {
			return m, nil
		}
		return m, m.rerenderReader()
	case foundMsg:
		return m.onFound(msg)
	case batchMsg:
		return m.onBatch(msg)
	case reloadedMsg:
		return m.onReloaded(msg)
	case filteredMsg:
		if msg.gen != m.filter.gen {
			return m, nil // a newer keystroke is on its way
		}
		m.filter.remember(msg.text, msg.posts)
		m.showPosts(msg.posts)
		return m, m.schedulePreview()
	case renderedMsg:
		m.cache.put(msg.key, msg.doc)
		if m.state == stateReader && m.reader.key == msg.key {
			m.reader.setDoc(msg.key, msg.doc, &m.styles)
		}
		return m, nil
	case previewTickMsg:
		if msg.gen != m.previewGen {
			return m, nil
		}
		return m, m.previewCmd()
	case watchStartedMsg:
		m.watcher = msg.w
		return m, m.watcher.waitCmd()
	case watchErrMsg:
		m.status, m.statusErr = fmt.Sprintf("not following changes on disk: %v", msg.err), true
		return m, nil
	case fsChangedMsg:
		m.reloadGen++
		gen := m.reloadGen
		return m, tea.Batch(m.watcher.waitCmd(), tea.Tick(reloadDelay, func(time.Time) tea.Msg { return reloadTickMsg{gen} }))
	case reloadTickMsg:
		if msg.gen != m.reloadGen || !m.loaded {
			return m, nil
		}
		return m, reloadCmd(m.fsys, m.opts.Posts)
	case statusMsg:
		m.status, m.statusErr = msg.text, msg.err
		return m, nil
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
		m.status, m.statusErr = "", false
	}
	switch m.state {
	case stateReader:
		return m.updateReader(msg)
	case stateTerms:
		return m.updateTerms(msg)
	case stateWarnings:
		return m.updateWarnings(msg)
	case stateOverlay:
		if m.overlay != nil {
			var cmd tea.Cmd
			m.overlay, cmd = m.overlay.Update(msg)
			return m, cmd
		}
		m.state = stateList
	}
	return m.updateList(msg)
}

// onFound starts parsing the found files in batches.
func (m Model) onFound(msg foundMsg) (tea.Model, tea.Cmd) {
	m.folderWarns = msg.warns
	if msg.err != nil {
		m.loadErr, m.loaded, m.found = msg.err, true, 0
		return m, nil
	}
	m.found = len(msg.paths)
	if len(msg.paths) == 0 {
		m.loaded = true
		return m, nil
	}
	return m, parseBatchCmd(m.fsys, m.opts.Posts, msg.paths, 0)
}

// onBatch adds a batch of posts and asks for the next one.
func (m Model) onBatch(msg batchMsg) (tea.Model, tea.Cmd) {
	all := append(append(make([]*posts.Post, 0, len(m.all)+len(msg.posts)), m.all...), msg.posts...)
	cmd := m.setAll(all)
	if msg.next < len(msg.paths) {
		return m, tea.Batch(cmd, parseBatchCmd(m.fsys, m.opts.Posts, msg.paths, msg.next))
	}
	m.loaded = true
	return m, cmd
}

// onReloaded swaps in the posts read again after a change on disk,
// keeping the selection, the filter and the open post.
func (m Model) onReloaded(msg reloadedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.status, m.statusErr = fmt.Sprintf("reading the folder again failed: %v", msg.err), true
		return m, nil
	}
	m.folderWarns = msg.warns
	m.found = len(msg.posts)
	cmd := m.setAll(msg.posts)
	if m.state == stateReader && m.reader.post != nil {
		if p := m.findPost(m.reader.post.Path); p != nil {
			m.reader.post = p
			if p.ModTime != m.reader.key.mod {
				return m, tea.Batch(cmd, m.rerenderReader())
			}
		} else {
			m.status, m.statusErr = "this post was deleted or moved on disk", true
		}
	}
	return m, cmd
}

// setAll replaces every post, sorted, and refreshes the list.
func (m *Model) setAll(ps []*posts.Post) tea.Cmd {
	if m.opts.HideDrafts {
		ps = slices.DeleteFunc(slices.Clone(ps), func(p *posts.Post) bool { return p.Status == posts.StatusDraft })
	}
	m.all = sorted(ps, m.sortKey, m.reverse)
	m.warnCount = 0
	for _, p := range ps {
		m.warnCount += len(p.Warnings)
	}
	m.filter.forget()
	return m.refilter()
}

// refilter shows m.all through the current filter: directly when there
// is none, through a Cmd when there is.
func (m *Model) refilter() tea.Cmd {
	if !m.filter.active() || m.filter.query.IsZero() {
		m.filter.gen++ // drop any filtering still in flight
		m.showPosts(m.all)
		return m.schedulePreview()
	}
	m.filter.gen++
	text := m.filter.query.String()
	if ps, ok := m.filter.results[text]; ok {
		m.showPosts(ps)
		return m.schedulePreview()
	}
	base := m.filter.base(text)
	if base == nil {
		base = m.all
	}
	return filterCmd(base, m.filter.query, m.opts.Taxonomies, m.filter.gen)
}

// showPosts puts ps in the list, keeping the selected post selected, or
// selecting the one the writer just created or moved.
func (m *Model) showPosts(ps []*posts.Post) {
	if m.selectAfterReload != "" && m.list.setPosts(ps, m.selectAfterReload) {
		m.selectAfterReload = ""
		return
	}
	m.list.setPosts(ps, m.list.selectedPath())
}

func (m Model) findPost(path string) *posts.Post {
	for _, p := range m.all {
		if p.Path == path {
			return p
		}
	}
	return nil
}

// renderKeyFor is the rendering of p at width in the current style.
func (m Model) renderKeyFor(p *posts.Post, width int) renderKey {
	return renderKey{path: p.Path, mod: p.ModTime, width: width, style: m.glamourStyle()}
}

// openPost shows p in the reader, from the cache when it was rendered
// before at this width.
func (m *Model) openPost(p *posts.Post) tea.Cmd {
	m.state = stateReader
	k := m.renderKeyFor(p, m.width)
	m.reader.open(p, k)
	m.layout()
	if doc, ok := m.cache.get(k); ok {
		m.reader.setDoc(k, doc, &m.styles)
		return nil
	}
	return renderCmd(m.fsys, m.opts.Dir, m.opts.Posts, k)
}

// rerenderReader renders the open post again when its width, style or
// file changed; what is on screen stays until the new rendering arrives.
func (m *Model) rerenderReader() tea.Cmd {
	if m.state != stateReader || m.reader.post == nil {
		return nil
	}
	k := m.renderKeyFor(m.reader.post, m.width)
	if k == m.reader.key && m.reader.ready {
		return nil
	}
	if doc, ok := m.cache.get(k); ok {
		m.reader.setDoc(k, doc, &m.styles)
		return nil
	}
	// The reader keeps showing the old rendering until this one arrives.
	m.reader.key = k
	return renderCmd(m.fsys, m.opts.Dir, m.opts.Posts, k)
}

// wide reports whether the list and a preview fit side by side.
func (m Model) wide() bool { return m.width >= previewMinWidth }

// schedulePreview asks for the selected post's preview after a pause.
func (m *Model) schedulePreview() tea.Cmd {
	if !m.wide() || m.state != stateList || m.list.selected() == nil {
		return nil
	}
	m.previewGen++
	gen := m.previewGen
	return tea.Tick(previewDelay, func(time.Time) tea.Msg { return previewTickMsg{gen} })
}

// previewCmd renders the selected post for the preview pane unless it
// is cached.
func (m *Model) previewCmd() tea.Cmd {
	p := m.list.selected()
	if p == nil || !m.wide() {
		return nil
	}
	k := m.renderKeyFor(p, m.previewWidth())
	m.previewKey = k
	if _, ok := m.cache.get(k); ok {
		return nil
	}
	return renderCmd(m.fsys, m.opts.Dir, m.opts.Posts, k)
}

// updateList handles the list screen: the filter bar first when it has
// focus, then browsing keys.
func (m Model) updateList(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.filter.focused {
		return m.updateFilter(msg)
	}
	if w, ok := msg.(tea.MouseWheelMsg); ok {
		switch w.Button {
		case tea.MouseWheelUp:
			m.list.move(-3)
		case tea.MouseWheelDown:
			m.list.move(3)
		}
		return m, m.schedulePreview()
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	before := m.list.cursor
	switch {
	case key.Matches(k, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(k, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.layout()
	case key.Matches(k, m.keys.Up):
		m.list.move(-1)
	case key.Matches(k, m.keys.Down):
		m.list.move(1)
	case key.Matches(k, m.keys.PageUp):
		m.list.move(-m.list.height)
	case key.Matches(k, m.keys.PageDown):
		m.list.move(m.list.height)
	case key.Matches(k, m.keys.Top):
		m.list.moveTo(0)
	case key.Matches(k, m.keys.Bottom):
		m.list.moveTo(len(m.list.posts) - 1)
	case key.Matches(k, m.keys.Open):
		if p := m.list.selected(); p != nil {
			return m, m.openPost(p)
		}
	case key.Matches(k, m.keys.Filter):
		m.filter.focused = true
		m.filter.input.Focus()
		return m, nil
	case key.Matches(k, m.keys.ClearFilter):
		if m.filter.active() {
			m.filter.input.SetValue("")
			m.filter.setQuery("", m.opts.Taxonomies)
			return m, m.refilter()
		}
	case key.Matches(k, m.keys.Sort):
		m.sortKey = nextSortKey(m.sortKey)
		return m, m.setAll(m.all)
	case key.Matches(k, m.keys.Reverse):
		m.reverse = !m.reverse
		return m, m.setAll(m.all)
	case key.Matches(k, m.keys.Tags), key.Matches(k, m.keys.Categories):
		tax := "tags"
		if key.Matches(k, m.keys.Categories) {
			tax = "categories"
		}
		m.terms = newTermBrowser(&m.styles, tax, m.list.posts, 1)
		m.state = stateTerms
		m.layout()
	case key.Matches(k, m.keys.Warnings):
		m.warnings = newWarningsPanel(&m.styles, m.folderWarns, m.all, m.width, 1)
		m.state = stateWarnings
		m.layout()
	case key.Matches(k, m.keys.New):
		return m, newPostHook(&m)
	case key.Matches(k, m.keys.Edit):
		if p := m.list.selected(); p != nil {
			return m, editHook(&m, p.Path, 1)
		}
	case key.Matches(k, m.keys.Publish):
		if p := m.list.selected(); p != nil {
			return m, publishHook(&m, p.Path)
		}
	}
	if m.list.cursor != before {
		return m, m.schedulePreview()
	}
	return m, nil
}

// updateFilter sends keys to the filter input and filters on each change.
func (m Model) updateFilter(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.keys.Cancel):
			m.filter.focused = false
			m.filter.input.Blur()
			m.filter.input.SetValue("")
			m.filter.setQuery("", m.opts.Taxonomies)
			return m, m.refilter()
		case key.Matches(k, m.keys.Accept):
			m.filter.focused = false
			m.filter.input.Blur()
			return m, nil
		case key.Matches(k, m.keys.ArrowUp):
			m.list.move(-1)
			return m, m.schedulePreview()
		case key.Matches(k, m.keys.ArrowDown):
			m.list.move(1)
			return m, m.schedulePreview()
		}
	}
	before := m.filter.input.Value()
	m.filter.input = m.filter.input.Update(msg)
	if v := m.filter.input.Value(); v != before && m.filter.setQuery(v, m.opts.Taxonomies) {
		return m, m.refilter()
	}
	return m, nil
}

// updateReader handles the keys that leave or change the open post, and
// hands the rest to the reader.
func (m Model) updateReader(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && !m.reader.capturing() {
		switch {
		case key.Matches(k, m.keys.Back):
			m.state = stateList
			m.layout()
			return m, m.schedulePreview()
		case key.Matches(k, m.keys.Quit):
			return m, tea.Quit
		case key.Matches(k, m.keys.Help):
			m.help.ShowAll = !m.help.ShowAll
			m.layout()
			return m, nil
		case key.Matches(k, m.keys.PrevPost), key.Matches(k, m.keys.NextPost):
			d := 1
			if key.Matches(k, m.keys.PrevPost) {
				d = -1
			}
			before := m.list.cursor
			m.list.move(d)
			if m.list.cursor == before {
				return m, status("no more posts this way")
			}
			return m, m.openPost(m.list.selected())
		case key.Matches(k, m.keys.Edit):
			return m, editHook(&m, m.reader.post.Path, m.reader.post.BodyLine)
		case key.Matches(k, m.keys.Publish):
			return m, publishHook(&m, m.reader.post.Path)
		}
	}
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(msg, &m.keys, &m.styles)
	return m, cmd
}

// updateTerms hands keys to the term browser and applies its choice.
func (m Model) updateTerms(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case termsClosedMsg:
		m.state = stateList
		m.layout()
		return m, nil
	case termChosenMsg:
		m.state = stateList
		q := m.filter.input.Value()
		if q != "" && q[len(q)-1] != ' ' {
			q += " "
		}
		q += msg.filter
		m.filter.input.SetValue(q)
		m.filter.setQuery(q, m.opts.Taxonomies)
		m.list.moveTo(0)
		m.layout()
		return m, m.refilter()
	}
	var cmd tea.Cmd
	m.terms, cmd = m.terms.Update(msg, &m.keys)
	return m, cmd
}

// updateWarnings scrolls the warnings panel; esc or ! closes it.
func (m Model) updateWarnings(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.keys.Back), key.Matches(k, m.keys.Warnings):
			m.state = stateList
			m.layout()
			return m, nil
		case key.Matches(k, m.keys.Quit):
			return m, tea.Quit
		}
	}
	var cmd tea.Cmd
	m.warnings, cmd = m.warnings.Update(msg)
	return m, cmd
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
