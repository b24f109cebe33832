package ui

import (
	"cmp"
	"io/fs"
	"path/filepath"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

// state is the screen the root model routes messages to.
type state int

const (
	stateList     state = iota // the post list (with its filter bar, and a preview when wide)
	stateReader                // one post
	stateTerms                 // the tag or category browser
	stateWarnings              // the warnings panel
	stateOverlay               // a writer screen from hooks.go
)

// previewMinWidth is the terminal width from which the list and a preview
// of the selected post are shown side by side.
const previewMinWidth = 120

// Options configure the interface.
type Options struct {
	// Dir is the blog folder, absolute.
	Dir string
	// Title names the blog in the title bar; empty means Dir's base name.
	Title string
	// FS reads the folder; nil means posts.DirFS(Dir).
	FS fs.FS
	// Posts says how posts are read (site rules); KeepBody and Search are
	// set by the interface itself.
	Posts posts.Options
	// Taxonomies are the site's own taxonomies, accepted in queries.
	Taxonomies []string
	// Style forces "dark" or "light"; empty asks the terminal.
	Style string
	// Watch follows changes on disk and reloads.
	Watch bool
	// Sort and Reverse are the initial order of the list; empty Sort
	// means newest first.
	Sort    posts.SortKey
	Reverse bool
	// Editor is the configured editor, used when $VISUAL and $EDITOR
	// are unset.
	Editor string
	// Author is the default author of new posts.
	Author string
	// NewPostPath is where new posts go ("" for the site's default).
	NewPostPath string
	// NewPostStyle is the configured front matter of new posts; the zero
	// Style means the site's own.
	NewPostStyle posts.Style
	// HideDrafts leaves drafts out of the list (the show_drafts setting
	// turned off).
	HideDrafts bool
}

// Model is the root of the interface: it owns the posts, routes messages
// by state to its children and draws the frame around them.
type Model struct {
	opts   Options
	fsys   fs.FS
	state  state
	width  int
	height int
	styles Styles
	keys   KeyMap
	help   help.Model

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

	list     postList
	filter   filterBar
	terms    termBrowser
	reader   Reader
	warnings warningsPanel
	overlay  overlay

	cache      *renderCache
	previewGen int
	resizeGen  int

	watcher   *watcher
	reloadGen int

	status    string
	statusErr bool

	created           *PostSavedMsg // the post just created, until its first edit ends
	selectAfterReload string        // path to select once the folder is read again
}

// New builds the root model. Nothing is read until the program runs Init.
func New(opts Options) Model {
	fsys := opts.FS
	if fsys == nil {
		fsys = posts.DirFS(opts.Dir)
	}
	if opts.Title == "" {
		opts.Title = filepath.Base(opts.Dir)
	}
	opts.Posts.KeepBody = false // bodies are read again when a post is opened
	opts.Posts.Search = true
	st := NewStyles(opts.Style != "light")
	m := Model{
		opts:    opts,
		fsys:    fsys,
		styles:  st,
		keys:    NewKeyMap(),
		help:    help.New(),
		sortKey: cmp.Or(opts.Sort, posts.SortDate),
		reverse: opts.Reverse,
		found:   -1,
		cache:   newRenderCache(64),
		width:   80,
		height:  24,
	}
	m.filter = newFilterBar(&m.styles)
	m.reader = newReader(&m.styles)
	m.applyStyles()
	m.layout()
	return m
}

// Init asks the terminal for its background colour, starts reading the
// folder and, if asked, watching it.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{findCmd(m.fsys, m.opts.Posts)}
	if m.opts.Style == "" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.opts.Watch {
		cmds = append(cmds, startWatchCmd(m.opts.Dir))
	}
	return tea.Batch(cmds...)
}

// Close releases what the model holds outside memory (the watcher).
func (m Model) Close() error {
	if m.watcher != nil {
		return m.watcher.Close()
	}
	return nil
}

// applyStyles pushes the current styles into the children.
func (m *Model) applyStyles() {
	m.filter.setStyles(&m.styles)
	hs := help.DefaultStyles(m.styles.IsDark)
	m.help.Styles = hs
}

// glamourStyle is the Glamour style name for the current background.
func (m Model) glamourStyle() string { return m.styles.GlamourSty }
