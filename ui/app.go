package ui

import (
	"path/filepath"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

// Model is the root of the interface: the post list at the bottom of a
// stack of screens (see Component). It handles what every screen shares
// (size, colours, rendering, reloading, status messages, the writer's
// results) and hands keys and the mouse to the top screen.
type Model struct {
	sh     *shared
	width  int
	height int
	help   help.Model

	list   *listScreen
	stack  []Component // screens over the list; the last one is active
	reader *Reader     // the open post, when the reader is on the stack

	resizeGen int
	watcher   *watcher
	reloadGen int

	status    string
	statusErr bool

	created *PostSavedMsg // the post just created, until its first edit ends
}

// New builds the root model. Nothing is read until the program runs Init.
func New(cfg Config) Model {
	fsys := cfg.FS
	if fsys == nil {
		fsys = posts.DirFS(cfg.Dir)
	}
	if cfg.Title == "" {
		cfg.Title = filepath.Base(cfg.Dir)
	}
	cfg.Posts.KeepBody = false // bodies are read again when a post is opened
	cfg.Posts.Search, cfg.Posts.CompactSearch = true, true
	cfg.Posts.Yield = &posts.Yield{} // loading pauses while a keystroke filters
	sh := &shared{cfg: cfg, fsys: fsys, styles: NewStyles(cfg.forcedStyle() != "light"), keys: NewKeyMap(), cache: newRenderCache(64), after: tea.Tick, web: newWeb()}
	m := Model{sh: sh, width: 80, height: 24, help: help.New()}
	m.list = newListScreen(sh)
	m.applyStyles()
	m.layout()
	return m
}

// Init asks the terminal for its background colour, starts reading the
// folder and, if asked, watching it.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{findCmd(m.sh.fsys, m.sh.cfg.Posts)}
	if m.sh.cfg.forcedStyle() == "" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.sh.cfg.Watch {
		cmds = append(cmds, startWatchCmd(m.sh.cfg.Dir))
	}
	return tea.Batch(cmds...)
}

// Close releases what the model holds outside memory: the watcher, and
// the preview servers it started (only those), and the parsing of a
// folder still loading.
func (m Model) Close() error {
	m.list.stopLoading()
	err := m.sh.web.stopPreview()
	if m.watcher != nil {
		if werr := m.watcher.Close(); werr != nil {
			return werr
		}
	}
	return err
}

// active is the screen keys go to.
func (m Model) active() Component {
	if n := len(m.stack); n > 0 {
		return m.stack[n-1]
	}
	return m.list
}

// applyStyles pushes the current styles into what keeps its own copy.
func (m *Model) applyStyles() {
	m.help.Styles = help.DefaultStyles(m.sh.styles.IsDark)
	styleInput(&m.list.filter.input, &m.sh.styles)
	if m.reader != nil {
		styleInput(&m.reader.searchInput, &m.sh.styles)
	}
}
