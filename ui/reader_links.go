package ui

import (
	"net/url"
	"path"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// readerPlace is where the reader was when a link was followed.
type readerPlace struct {
	post *posts.Post
	line int
}

// linkedPostMsg carries the post a followed link leads to, read from
// its file (p), or the address on the site it names (url), with the
// reader's place to go back to.
type linkedPostMsg struct {
	p    *posts.Post
	url  string
	from readerPlace
}

// nextLink selects the next link after the selected one, or the first on
// screen or below it, wrapping.
func (r *Reader) nextLink() tea.Cmd {
	if len(r.doc.Links) == 0 {
		return status("this post has no links")
	}
	if r.link < 0 {
		r.link = len(r.doc.Links) - 1
		for i, l := range r.doc.Links {
			if l.Line >= r.vp.YOffset() {
				r.link = i - 1
				break
			}
		}
	}
	r.link = (r.link + 1) % len(r.doc.Links)
	l := r.doc.Links[r.link]
	if top := r.vp.YOffset(); l.Line < top || l.Line >= top+r.vp.Height() {
		r.vp.SetYOffset(max(0, l.Line-r.vp.Height()/3))
	}
	r.applyHighlights()
	return status("link: " + r.linkLabel(l.URL) + " · enter follows")
}

// followLink opens the selected link's post in the reader. A link out of
// the blog is only shown: folio reads posts, a browser reads the web.
// A link reaches only a post the store lists, never a file by its path:
// what the loader leaves out (a file behind a symlinked folder, outside
// the content folder, excluded by the site) is no post of this blog.
func (r *Reader) followLink() tea.Cmd {
	if r.link < 0 || r.link >= len(r.doc.Links) || r.post == nil {
		return nil
	}
	target := r.doc.Links[r.link].URL
	from := readerPlace{r.post, r.vp.YOffset()}
	if p := linkedPost(r.sh.store.ByPath, r.sh.cfg.Dir, r.post.Path, target); p != nil {
		return func() tea.Msg { return linkedPostMsg{p: p, from: from} }
	}
	if strings.HasPrefix(target, "/") && !strings.HasPrefix(target, "//") {
		// An address on the site ("/2014/03/24/release.html"):
		// the store knows where each post is published.
		return func() tea.Msg { return linkedPostMsg{url: target, from: from} }
	}
	if !r.sh.store.Loaded() {
		return status("the blog is still being read: " + termsafe.Line(target) + " may be a post not read yet")
	}
	return status("not a post of this blog: " + termsafe.Line(target))
}

// openLinked shows the post a followed link leads to, the list's own
// copy when it has one, and remembers where the link was.
func (r *Reader) openLinked(msg linkedPostMsg) tea.Cmd {
	p := msg.p
	if msg.url != "" {
		u := msg.url
		if i := strings.IndexAny(u, "#?"); i >= 0 {
			u = u[:i]
		}
		if p = r.sh.store.ByURL(u); p == nil {
			return status("no post of this blog is published at " + termsafe.Line(msg.url))
		}
	} else if listed := r.sh.store.ByPath(p.Path); listed != nil {
		p = listed
	}
	cmd := r.show(p, nil)
	r.history = append(r.history, msg.from)
	return cmd
}

// linkBack goes back to the post the last link was followed from, at
// the line it showed.
func (r *Reader) linkBack() tea.Cmd {
	if len(r.history) == 0 {
		return status("no link was followed to this post")
	}
	to := r.history[len(r.history)-1]
	r.history = r.history[:len(r.history)-1]
	r.restore = to.line
	cmd := r.show(to.post, nil)
	if r.ready {
		r.vp.SetYOffset(to.line)
		r.restore = -1
	}
	return cmd
}

// linkedPost resolves a link target to a post of the blog that listed
// finds by its path: an absolute path inside dir (what folio writes for
// links between posts), or a path relative to the linking post. Hugo's
// pretty addresses ("../other/") find the folder's index or the file of
// that name. It reads no file.
func linkedPost(listed func(path string) *posts.Post, dir, from, target string) *posts.Post {
	if i := strings.IndexAny(target, "#?"); i >= 0 {
		target = target[:i]
	}
	if u, err := url.PathUnescape(target); err == nil {
		target = u
	}
	if target == "" || strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
		return nil
	}
	var rel string
	switch {
	case dir != "" && strings.HasPrefix(filepath.FromSlash(target), dir+string(filepath.Separator)):
		r, err := filepath.Rel(dir, filepath.FromSlash(target))
		if err != nil {
			return nil
		}
		rel = filepath.ToSlash(r)
	case strings.HasPrefix(target, "/"):
		rel = strings.TrimPrefix(path.Clean(target), "/")
	default:
		rel = path.Join(path.Dir(from), target)
	}
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return nil
	}
	cands := []string{rel}
	if !posts.IsPostFile(rel) {
		trimmed := strings.TrimSuffix(rel, "/")
		cands = []string{trimmed + ".md", path.Join(trimmed, "index.md"), trimmed + ".rst"}
	}
	for _, c := range cands {
		if p := listed(c); p != nil {
			return p
		}
	}
	return nil
}
