package ui

import (
	"context"
	"io/fs"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

// renderKey identifies one rendering of a post: a changed file, another
// width or another style is another rendering.
type renderKey struct {
	path  string
	mod   time.Time
	width int
	style string
}

// renderedMsg carries a finished rendering back to Update.
type renderedMsg struct {
	key renderKey
	doc Document
}

// renderJob is one rendering to make: which, how the post is read and
// how it is rendered.
type renderJob struct {
	key   renderKey
	posts posts.Options
	opts  RenderOptions
}

// renderCmd reads the post's file again (for its body, and so that what
// is shown is what is on disk) and renders it, off the Update loop.
func renderCmd(fsys fs.FS, job renderJob) tea.Cmd {
	return func() tea.Msg {
		opts := job.posts
		opts.KeepBody, opts.Search = true, false
		p := posts.ParseFile(fsys, job.key.path, opts)
		return renderedMsg{key: job.key, doc: RenderPost(p, job.opts)}
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

// renderFlight cancels the rendering under way when another one is
// asked for: after a burst of resizes only the last width is rendered,
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

// done forgets k once its rendering arrived.
func (f *renderFlight) done(k renderKey) {
	if f.cancel != nil && f.key == k {
		f.cancel()
		f.cancel = nil
	}
}
