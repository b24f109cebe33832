package ui

import (
	"path/filepath"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/store"
	"github.com/folio-blog/folio/ui/picture"
)

// Model is the root of the interface: a stack of screens with the post
// list at the bottom (see Component). It sizes the screens, routes
// messages to them, draws the frame with the status and help lines, and
// keeps the blog's posts in a store that the screens read. It never
// reaches into a screen: a screen's state changes only through its
// Update.
type Model struct {
	sh     *shared
	width  int
	height int
	help   help.Model

	stack []Component // stack[0] is the post list, never closed; the last is active

	status    string
	statusErr bool

	// hyperlinks says that the terminal follows OSC 8 links, so that web
	// links in posts are left in the frame for a click to open.
	hyperlinks bool

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
	opts := cfg.Posts
	opts.KeepBody = false // bodies are read again when a post is opened
	opts.Search, opts.CompactSearch = true, true
	sh := &shared{cfg: cfg, fsys: fsys, store: store.New(fsys, opts), styles: NewStyles(cfg.forcedStyle() != "light"),
		keys: NewKeyMap(), cache: newRenderCache(64), after: tea.Tick, web: newWeb(),
		pictures: pictureSettings{height: 24, cache: picture.NewCache(64)}}
	if cfg.FS == nil {
		// The posts are the folder's on disk, whose git state they
		// carry; a file system handed in (a test's) has none.
		sh.store.ReadGit(cfg.Dir)
	}
	m := Model{sh: sh, width: 80, height: 24, help: help.New(), stack: []Component{newListScreen(sh)}}
	m.help.Styles = help.DefaultStyles(sh.styles.IsDark)
	m.layout()
	return m
}

// Init asks the terminal for its background colour, starts reading the
// folder and, if asked, watching it.
func (m Model) Init() tea.Cmd {
	m.sh.store.Start()
	if m.sh.cfg.Watch {
		m.sh.store.Watch(m.sh.cfg.Dir)
	}
	cmds := []tea.Cmd{m.sh.pump()}
	if m.sh.cfg.forcedStyle() == "" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// Close releases what the model holds outside memory: the store's work
// (loading, the watcher) and the preview servers it started (only
// those).
func (m Model) Close() error {
	err := m.sh.web.stopPreview()
	if serr := m.sh.store.Close(); serr != nil {
		return serr
	}
	return err
}

// active is the screen keys go to.
func (m Model) active() Component { return m.stack[len(m.stack)-1] }
