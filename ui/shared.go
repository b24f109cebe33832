package ui

import (
	"io/fs"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/store"
)

// shared is what every screen reads: the settings, the folder, the
// blog's posts (the store), the styles, the key bindings and the cache
// of renderings. The root owns it and replaces Styles when the
// background changes; screens keep a pointer and never change it.
type shared struct {
	cfg    Config
	fsys   fs.FS
	store  *store.Store
	styles Styles
	keys   KeyMap
	cache  *renderCache
	flight [slotCount]renderFlight

	termsGen    int // the latest term browser opened
	calendarGen int // the latest calendar opened

	// commits are the last commits of posts opened (git_state.go).
	commits commitCache

	// changes are the changes folio made to files this session, oldest
	// first, one step an action (a tag renamed across posts is one): u
	// undoes the newest and takes it off (undo_steps.go). undoing says an
	// undo is under way, so that a second u waits for its result.
	changes []undoStep
	undoing bool

	// after is tea.Tick: the pauses that let a burst of resizes, cursor
	// moves or changes on disk settle. Tests make it immediate.
	after func(time.Duration, func(time.Time) tea.Msg) tea.Cmd

	// requests are what the active screen asked of the root during its
	// Update (push, pop, open a post); see ask.
	requests []tea.Msg

	// web opens pages and runs the preview server (web.go).
	web *web

	// pictures say whether and how large the reader draws images.
	pictures pictureSettings

	// pumping says a Cmd is waiting for the store's next event (pump).
	pumping bool

	// checkGen numbers the site-wide checks started (siteCheck), and
	// siteProblems are the latest one's, shown in the warnings panel.
	checkGen     int
	siteProblems []posts.Warning
}

// renderKeyFor is the rendering of p at width in the current style.
func (s *shared) renderKeyFor(p *posts.Post, width int) renderKey {
	if s.cfg.Width > 0 {
		width = min(width, s.cfg.Width)
	}
	return renderKey{path: p.Path, mod: p.ModTime, width: width, style: s.styles.GlamourSty, early: !s.store.Loaded(), git: p.Git,
		pictures: s.pictures.rows(), palette256: s.pictures.palette256(), kitty: s.pictures.kitty()}
}

// renderCmd renders the post of k for the reader unless it is cached.
func (s *shared) renderCmd(k renderKey) tea.Cmd { return s.renderCmdFor(slotReader, k) }

// renderCmdFor renders the post of k for one consumer of renderings (the
// reader, the list's preview) unless it is cached; it cancels that
// consumer's rendering under way, never another's.
func (s *shared) renderCmdFor(slot renderSlot, k renderKey) tea.Cmd {
	if _, ok := s.cache.get(k); ok {
		return nil
	}
	ctx, ok := s.flight[slot].start(k)
	if !ok {
		return nil
	}
	job := s.renderOptions(k)
	job.slot = slot
	job.opts.Context = ctx
	return renderCmd(s.fsys, job)
}

// renderOptions are the options a rendering of k is made with.
func (s *shared) renderOptions(k renderKey) renderJob {
	return renderJob{key: k, posts: s.cfg.Posts, opts: RenderOptions{
		Dir: s.cfg.Dir, ContentDir: s.cfg.Posts.Rules.ContentDir, Width: k.width, Style: k.style,
		StyleJSON: s.cfg.StyleJSON, DateFormat: s.cfg.dateLayout(),
		Generator: s.cfg.Posts.Rules.Generator, SiteValues: s.cfg.SiteValues, JekyllFiles: s.cfg.JekyllFiles, Emoji: s.cfg.Emoji, Links: s.store.Links(),
		PictureRows: k.pictures, PicturePalette256: k.palette256, PictureCache: s.pictures.cache,
		PictureKitty: k.kitty,
	}}
}
