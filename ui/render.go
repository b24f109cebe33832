package ui

import (
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
