package ui

import (
	"fmt"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/store"
)

// openPostMsg asks for p to be shown in the reader (opened over the list
// if it is not open yet); words are the list filter's bare words, which
// the reader highlights.
type openPostMsg struct {
	p     *posts.Post
	words []string
}

// stepPostMsg asks the list for the post d rows away, to open it in the
// reader with the reader's words.
type stepPostMsg struct {
	d     int
	words []string
}

// stylesChangedMsg tells every screen that the styles were rebuilt (the
// terminal's background turned out dark or light).
type stylesChangedMsg struct{}

// returnedMsg tells a screen that the one over it was closed: it is
// active again.
type returnedMsg struct{}

// selectPathMsg asks the list to select the post at path once it is
// listed (a post the writer just created, published or moved). reveal
// clears a filter first, so that a new post is listed wherever it sorts
// and whatever the filter was.
type selectPathMsg struct {
	path   string
	reveal bool
}

// Update handles what belongs to the frame (size, colours, the status
// line, quitting, help, the store's events, the writer's results), then
// routes the message: keys, the mouse and pastes to the active screen,
// everything else to every screen, each of which ignores what is not
// its own.
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
		m.sh.pictures.height = m.height
		m.layout()
		return m, m.broadcast(msg)
	case tea.ColorProfileMsg:
		return m, m.onColorProfile(msg)
	case tea.EnvMsg:
		m.hyperlinks = followsHyperlinks(msg.Getenv)
		return m, m.onPictureEnv(msg)
	case tea.BackgroundColorMsg:
		if m.sh.cfg.forcedStyle() == "" && msg.IsDark() != m.sh.styles.IsDark {
			m.sh.styles = NewStyles(msg.IsDark())
			m.help.Styles = help.DefaultStyles(msg.IsDark())
			return m, m.broadcast(stylesChangedMsg{})
		}
		return m, nil
	case storeEventMsg:
		m.sh.pumping = false
		var cmd tea.Cmd
		if m.sh.store.Apply(msg.ev) {
			if _, ok := msg.ev.(store.Reloaded); ok {
				m.sh.commits.reset() // a commit may have been made since
			}
			if f, ok := msg.ev.(store.WatchFailed); ok {
				m.setStatus(fmt.Sprintf("not following changes on disk: %v", f.Err), true)
			}
			cmd = m.broadcast(msg)
			if siteCheckDue(msg.ev) {
				cmd = tea.Batch(cmd, m.sh.siteCheck())
			}
		}
		return m, tea.Batch(cmd, m.sh.pump())
	case siteCheckedMsg:
		if msg.gen != m.sh.checkGen {
			return m, nil // the posts were read again since
		}
		m.sh.siteProblems = msg.problems
		return m, m.broadcast(msg)
	case renderedMsg:
		// The kitty pictures a rendering drew are sent first, even
		// when it was cancelled: they are drawn, and kept.
		send := m.sh.pictures.transmits()
		if msg.doc.Cancelled {
			return m, send // another rendering was asked for since
		}
		if !msg.partial {
			// A first screen is shown, not kept; the rest follows.
			m.sh.flight[msg.slot].done(msg.key)
			m.sh.cache.put(msg.key, msg.doc)
		}
		return m, tea.Sequence(send, tea.Batch(m.broadcast(msg), msg.next))
	case lastCommitMsg:
		m.sh.keepCommit(msg)
		return m, m.broadcast(msg)
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
	case tea.KeyMsg, tea.MouseMsg, tea.PasteMsg:
	default:
		return m, m.broadcast(msg)
	}
	return m, m.toActive(msg)
}

// toActive hands msg to the active screen, then carries out what it
// asked of the root (see shared.ask).
func (m *Model) toActive(msg tea.Msg) tea.Cmd {
	n := len(m.stack) - 1
	var cmd tea.Cmd
	m.stack[n], cmd = m.stack[n].Update(msg)
	return tea.Batch(cmd, m.carryOut())
}

// broadcast hands msg to every screen, the list first, then carries out
// what they asked of the root.
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(m.stack)+1)
	for i := range m.stack {
		var cmd tea.Cmd
		m.stack[i], cmd = m.stack[i].Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(append(cmds, m.carryOut())...)
}

// carryOut carries out the requests screens made during their Update.
func (m *Model) carryOut() tea.Cmd {
	var cmds []tea.Cmd
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
		if req.then == nil {
			return m.toActive(returnedMsg{})
		}
		return m.toActive(req.then)
	case showHelpMsg:
		m.pushScreen(newHelpScreen(m.sh, m.active()))
	case openPostMsg:
		if _, ok := m.active().(*Reader); !ok {
			m.pushScreen(newReader(m.sh))
		}
		return m.toActive(req)
	case stepPostMsg:
		var cmd tea.Cmd
		m.stack[0], cmd = m.stack[0].Update(req)
		return tea.Batch(cmd, m.carryOut())
	case togglePicturesMsg:
		return m.togglePictures()
	}
	return nil
}

// pushScreen shows c over the current screen, sized to the frame.
func (m *Model) pushScreen(c Component) {
	m.stack = append(m.stack, c)
	m.layout()
}

// popScreen closes the top screen; the list is never closed. Closing the
// reader stops the rendering of its post.
func (m *Model) popScreen() {
	if len(m.stack) > 1 {
		if _, ok := m.stack[len(m.stack)-1].(*Reader); ok {
			m.sh.flight[slotReader].stop()
		}
		m.stack = m.stack[:len(m.stack)-1]
		m.layout()
	}
}

// setStatus shows a message for the user above the help line.
func (m *Model) setStatus(text string, isErr bool) {
	if m.status == text && m.statusErr == isErr {
		return
	}
	m.status, m.statusErr = text, isErr
	m.layout()
}
