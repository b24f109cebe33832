package ui

import (
	"fmt"
	"slices"
	"time"

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
	case sortedMsg:
		if msg.gen != m.sortGen {
			return m, nil // the posts or the order changed since
		}
		m.all, m.warnCount = msg.posts, msg.warns
		if msg.done {
			m.loaded = true
		}
		m.filter.forget()
		return m, m.refilter()
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
		m.loadErr, m.loaded, m.readDone, m.found = msg.err, true, true, 0
		return m, nil
	}
	m.found = len(msg.paths)
	if len(msg.paths) == 0 {
		m.loaded, m.readDone = true, true
		return m, nil
	}
	return m, parseBatchCmd(m.fsys, m.opts.Posts, msg.paths, 0)
}

// onBatch adds a batch of posts and asks for the next one.
func (m Model) onBatch(msg batchMsg) (tea.Model, tea.Cmd) {
	m.read = append(append(make([]*posts.Post, 0, len(m.read)+len(msg.posts)), m.read...), msg.posts...)
	m.readDone = msg.next >= len(msg.paths)
	cmd := m.resort()
	if !m.readDone {
		return m, tea.Batch(cmd, parseBatchCmd(m.fsys, m.opts.Posts, msg.paths, msg.next))
	}
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
	m.read, m.readDone = msg.posts, true
	cmd := m.resort()
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

// sortedMsg carries the posts to list, sorted, for the sort of
// generation gen; done says they are the whole folder.
type sortedMsg struct {
	gen   int
	posts []*posts.Post
	warns int
	done  bool
}

// resort lists the posts read in the current order, off the Update loop
// (sorting 100,000 posts by title takes about half a second); the list
// follows with sortedMsg.
func (m *Model) resort() tea.Cmd {
	m.sortGen++
	gen, ps, key, reverse, hide, done := m.sortGen, m.read, m.sortKey, m.reverse, m.opts.HideDrafts, m.readDone
	return func() tea.Msg {
		if hide {
			ps = slices.DeleteFunc(slices.Clone(ps), func(p *posts.Post) bool { return p.Status == posts.StatusDraft })
		}
		warns := 0
		for _, p := range ps {
			warns += len(p.Warnings)
		}
		return sortedMsg{gen: gen, posts: sorted(ps, key, reverse), warns: warns, done: done}
	}
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

// findPost is the post read at path, or nil.
func (m Model) findPost(path string) *posts.Post {
	for _, p := range m.read {
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
func (m Model) previewCmd() tea.Cmd {
	p := m.list.selected()
	if p == nil || !m.wide() {
		return nil
	}
	k := m.renderKeyFor(p, m.previewWidth())
	if _, ok := m.cache.get(k); ok {
		return nil
	}
	return renderCmd(m.fsys, m.opts.Dir, m.opts.Posts, k)
}
