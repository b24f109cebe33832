package ui

import (
	"context"
	"fmt"
	"io/fs"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

// renderKey identifies one rendering of a post: a changed file, another
// width or another style is another rendering. So is one made before
// the folder was read whole (early): links to posts not read yet showed
// as written, and the first look once the folder is read renders again.
type renderKey struct {
	path  string
	mod   time.Time
	width int
	style string
	early bool
	git   posts.GitState // the file's git state, which the header shows
	// pictures is how many lines a picture may take; 0 draws none.
	pictures int
	// palette256 draws them in 256 colours.
	palette256 bool
	// kitty draws them as kitty placeholders.
	kitty bool
}

// renderedMsg carries a rendering back to Update: the finished one, or
// its first screen (partial), with next waiting for the rest.
type renderedMsg struct {
	slot    renderSlot
	key     renderKey
	doc     Document
	partial bool
	next    tea.Cmd
}

// renderJob is one rendering to make: which, how the post is read and
// how it is rendered.
type renderJob struct {
	slot  renderSlot
	key   renderKey
	posts posts.Options
	opts  RenderOptions
}

// renderCmd reads the post's file again (for its body, and so that what
// is shown is what is on disk) and renders it, off the Update loop.
//
// A long post comes in two messages: its first screen as soon as it is
// rendered, then the whole, so the reader shows text at once.
func renderCmd(fsys fs.FS, job renderJob) tea.Cmd {
	return func() tea.Msg {
		opts := job.posts
		opts.KeepBody, opts.Search = true, false
		p := posts.ParseFile(fsys, job.key.path, opts)
		p.Git = job.key.git
		out := make(chan renderedMsg, 2)
		ro := job.opts
		ro.Progress = func(d Document) { out <- renderedMsg{slot: job.slot, key: job.key, doc: d, partial: true} }
		go func() {
			defer func() {
				// A panic here would end the program without
				// restoring the terminal; show it as a warning.
				if r := recover(); r != nil {
					out <- renderedMsg{slot: job.slot, key: job.key, doc: Document{
						Warning: fmt.Sprintf("rendering failed (%v)", r)}}
				}
			}()
			out <- renderedMsg{slot: job.slot, key: job.key, doc: RenderPost(p, ro)}
		}()
		first := <-out
		if first.partial {
			first.next = func() tea.Msg { return <-out }
		}
		return first
	}
}

// renderCache keeps recent renderings so that opening a post again, or
// going back and forth with [ and ], costs nothing.
type renderCache struct {
	docs  map[renderKey]Document
	order []renderKey
	limit int
}

func newRenderCache(limit int) *renderCache {
	return &renderCache{docs: map[renderKey]Document{}, limit: limit}
}

func (c *renderCache) get(k renderKey) (Document, bool) {
	d, ok := c.docs[k]
	return d, ok
}

// put stores a rendering, forgetting the oldest beyond the limit.
func (c *renderCache) put(k renderKey, d Document) {
	if _, ok := c.docs[k]; !ok {
		c.order = append(c.order, k)
	}
	c.docs[k] = d
	for len(c.order) > c.limit {
		delete(c.docs, c.order[0])
		c.order = c.order[1:]
	}
}

// renderSlot is a consumer of renderings, whose renderings replace each
// other: the reader's, the list preview's.
type renderSlot int

// The consumers of renderings.
const (
	slotReader renderSlot = iota
	slotPreview
	slotCount
)

// renderFlight cancels a consumer's rendering under way when it asks for
// another one: after a burst of resizes only the last width is rendered,
// and a post left before it showed stops rendering.
type renderFlight struct {
	key    renderKey
	cancel context.CancelFunc
}

// start returns the context for rendering k, cancelling the rendering
// of any other key; ok is false when k is already under way.
func (f *renderFlight) start(k renderKey) (ctx context.Context, ok bool) {
	if f.cancel != nil {
		if f.key == k {
			return nil, false
		}
		f.cancel()
	}
	ctx, f.cancel = context.WithCancel(context.Background())
	f.key = k
	return ctx, true
}

// stop cancels the rendering under way, if any: its consumer no longer
// shows it (the reader closed, the preview hidden or moved to another
// post), and a long conversion would keep a core busy for nothing.
func (f *renderFlight) stop() {
	if f.cancel != nil {
		f.cancel()
		f.cancel = nil
	}
}

// done forgets k once its rendering arrived.
func (f *renderFlight) done(k renderKey) {
	if f.cancel != nil && f.key == k {
		f.cancel()
		f.cancel = nil
	}
}
