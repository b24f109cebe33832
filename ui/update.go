package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// resizeDelay is how long the width must stay put before an open post is
// wrapped again: dragging a window edge sends a burst of sizes.
const resizeDelay = 120 * time.Millisecond

// resizeTickMsg fires resizeDelay after a resize; only the latest counts.
type resizeTickMsg struct{ gen int }

// openPostMsg asks the root to open p in the reader; words are the
// list filter's bare words, which the reader highlights.
type openPostMsg struct {
	p     *posts.Post
	words []string
}

// stepPostMsg asks the root to open the post d rows away in the list.
type stepPostMsg struct{ d int }

// Update handles the messages every screen shares (size, colours,
// loading, rendering, reloading, the screen stack) and hands the rest to
// the active screen.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, handled := writerEvent(&m, msg); handled {
		m.layout()
		return m, cmd
	}
	if cmd, handled := webEvent(&m, msg); handled {
		return m, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(0, msg.Width), max(0, msg.Height)
		m.layout()
		m.resizeGen++
		gen := m.resizeGen
		return m, tea.Batch(m.sh.after(resizeDelay, func(time.Time) tea.Msg { return resizeTickMsg{gen} }), m.list.schedulePreview())
	case tea.BackgroundColorMsg:
		if m.sh.cfg.forcedStyle() == "" && msg.IsDark() != m.sh.styles.IsDark {
			m.sh.styles = NewStyles(msg.IsDark())
			m.applyStyles()
			return m, tea.Batch(m.rerenderReader(), m.list.schedulePreview())
		}
		return m, nil
	case resizeTickMsg:
		if msg.gen != m.resizeGen {
			return m, nil
		}
		return m, m.rerenderReader()
	case foundMsg, loadStartedMsg, batchMsg, indexStartedMsg, indexedMsg, sortedMsg, filteredMsg, previewTickMsg, termToggledMsg:
		_, cmd := m.list.Update(msg)
		return m, cmd
	case reloadedMsg:
		_, cmd := m.list.Update(msg)
		return m, tea.Batch(cmd, m.refreshReader())
	case termsCountedMsg:
		for i := len(m.stack) - 1; i >= 0; i-- {
			if b, ok := m.stack[i].(*termBrowser); ok {
				b.Update(msg)
				break
			}
		}
		return m, nil
	case renderedMsg:
		if msg.doc.Cancelled {
			return m, nil // another rendering was asked for since
		}
		if msg.partial {
			// The first screen: shown, not kept; the rest follows.
			if m.reader != nil && m.reader.key == msg.key && !m.reader.ready {
				m.reader.setDoc(msg.key, msg.doc)
			}
			return m, msg.next
		}
		m.sh.flight[msg.slot].done(msg.key)
		m.sh.cache.put(msg.key, msg.doc)
		if m.reader != nil && m.reader.key == msg.key {
			m.reader.setDoc(msg.key, msg.doc)
		}
		return m, nil
	case watchStartedMsg:
		m.watcher = msg.w
		return m, m.watcher.waitCmd()
	case watchErrMsg:
		m.setStatus(fmt.Sprintf("not following changes on disk: %v", msg.err), true)
		return m, nil
	case fsChangedMsg:
		m.reloadGen++
		gen := m.reloadGen
		return m, tea.Batch(m.watcher.waitCmd(), m.sh.after(reloadDelay, func(time.Time) tea.Msg { return reloadTickMsg{gen} }))
	case reloadTickMsg:
		if msg.gen != m.reloadGen || !m.list.loaded {
			return m, nil
		}
		return m, reloadCmd(m.sh.fsys, m.sh.cfg.Posts)
	case statusMsg:
		m.setStatus(msg.text, msg.err)
		return m, nil
	case tea.KeyPressMsg:
		k := m.sh.keys
		if key.Matches(msg, k.ForceQuit) {
			return m, tea.Quit
		}
		m.setStatus("", false)
		if capturing(m.active()) {
			if key.Matches(msg, k.InputHelp) {
				m.pushScreen(newHelpScreen(m.sh, m.active()))
				return m, nil
			}
			break
		}
		switch {
		case key.Matches(msg, k.Quit):
			return m, tea.Quit
		case key.Matches(msg, k.Help):
			if _, ok := m.active().(*helpScreen); ok {
				m.popScreen()
				return m, nil
			}
			m.pushScreen(newHelpScreen(m.sh, m.active()))
			return m, nil
		}
	}
	return m, m.toActive(msg)
}

// toActive hands msg to the active screen, then carries out what it
// asked of the root (see shared.ask).
func (m *Model) toActive(msg tea.Msg) tea.Cmd {
	c, cmd := m.active().Update(msg)
	if n := len(m.stack); n > 0 {
		m.stack[n-1] = c
	}
	cmds := []tea.Cmd{cmd}
	for len(m.sh.requests) > 0 {
		req := m.sh.requests[0]
		m.sh.requests = m.sh.requests[1:]
		cmds = append(cmds, m.navigate(req))
	}
	return tea.Batch(cmds...)
}

// navigate carries out a screen's request.
func (m *Model) navigate(req tea.Msg) tea.Cmd {
	switch req := req.(type) {
	case pushMsg:
		m.pushScreen(req.c)
	case popMsg:
		m.popScreen()
		switch then := req.then.(type) {
		case nil:
			return m.list.schedulePreview()
		case termToggledMsg:
			_, cmd := m.list.Update(then)
			return cmd
		case jumpToLineMsg:
			if m.reader != nil {
				m.reader.Update(then)
			}
			return nil
		default:
			return m.toActive(then)
		}
	case showHelpMsg:
		m.pushScreen(newHelpScreen(m.sh, m.active()))
	case openPostMsg:
		return m.openPost(req.p, req.words)
	case followLinkMsg:
		if req.url != "" {
			u := req.url
			if i := strings.IndexAny(u, "#?"); i >= 0 {
				u = u[:i]
			}
			p := m.list.findByURL(u)
			if p == nil {
				return status("no post of this blog is published at " + termsafe.Line(req.url))
			}
			cmd := m.openPost(p, nil)
			m.reader.history = append(m.reader.history, req.from)
			return cmd
		}
		p := m.list.findPost(req.path)
		if p == nil {
			// A post the list does not show (a page, a draft left
			// out): read it as the list would.
			p = posts.ParseFile(m.sh.fsys, req.path, m.sh.cfg.Posts)
		}
		cmd := m.openPost(p, nil)
		m.reader.history = append(m.reader.history, req.from)
		return cmd
	case linkBackMsg:
		if m.reader != nil {
			m.reader.restore = req.to.line
		}
		cmd := m.openPost(req.to.post, nil)
		if m.reader.ready {
			m.reader.vp.SetYOffset(req.to.line)
			m.reader.restore = -1
		}
		return cmd
	case stepPostMsg:
		p := m.list.step(req.d)
		if p == nil {
			return status("no more posts this way")
		}
		var words []string
		if m.reader != nil {
			words = m.reader.words
		}
		return m.openPost(p, words)
	}
	return nil
}

// pushScreen shows c over the current screen, sized to the frame.
func (m *Model) pushScreen(c Component) {
	if r, ok := c.(*Reader); ok {
		m.reader = r
	}
	m.stack = append(m.stack, c)
	m.layout()
}

// popScreen closes the top screen; the list is never closed.
func (m *Model) popScreen() {
	n := len(m.stack)
	if n == 0 {
		return
	}
	if m.stack[n-1] == Component(m.reader) {
		m.reader = nil
	}
	m.stack = m.stack[:n-1]
	m.layout()
}

// setStatus shows a message for the user above the help line.
func (m *Model) setStatus(text string, isErr bool) {
	if m.status == text && m.statusErr == isErr {
		return
	}
	m.status, m.statusErr = text, isErr
	m.layout()
}

// openPost shows p in the reader, from the cache when it was rendered
// before at this width.
func (m *Model) openPost(p *posts.Post, words []string) tea.Cmd {
	if m.reader == nil {
		m.pushScreen(newReader(m.sh))
	}
	k := m.sh.renderKeyFor(p, m.width)
	m.reader.open(p, k, words)
	if doc, ok := m.sh.cache.get(k); ok {
		m.reader.setDoc(k, doc)
		return nil
	}
	return m.sh.renderCmd(k)
}

// rerenderReader renders the open post again when its width, style or
// file changed; what is on screen stays until the new rendering arrives.
func (m *Model) rerenderReader() tea.Cmd {
	if m.reader == nil || m.reader.post == nil {
		return nil
	}
	k := m.sh.renderKeyFor(m.reader.post, m.width)
	if k == m.reader.key && m.reader.ready {
		return nil
	}
	if doc, ok := m.sh.cache.get(k); ok {
		m.reader.setDoc(k, doc)
		return nil
	}
	// The reader keeps showing the old rendering until this one arrives.
	m.reader.key = k
	return m.sh.renderCmd(k)
}

// refreshReader follows the open post after the folder was read again.
func (m *Model) refreshReader() tea.Cmd {
	if m.reader == nil || m.reader.post == nil {
		return nil
	}
	p := m.list.findPost(m.reader.post.Path)
	if p == nil {
		return statusErr("this post was deleted or moved on disk")
	}
	m.reader.post = p
	return m.rerenderReader()
}
