package ui

import (
	"io/fs"
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

// followLinkMsg asks the root to open the post at path (relative to the
// blog folder), or the one the site publishes at url, remembering the
// reader's place for backspace.
type followLinkMsg struct {
	path string
	url  string
	from readerPlace
}

// linkBackMsg asks the root to go back to the post a link was followed
// from.
type linkBackMsg struct{ to readerPlace }

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
	return status("link: " + termsafe.Line(l.URL) + " · enter follows")
}

// followLink opens the selected link's post in the reader. A link out of
// the blog is only shown: folio reads posts, a browser reads the web.
func (r *Reader) followLink() tea.Cmd {
	if r.link < 0 || r.link >= len(r.doc.Links) || r.post == nil {
		return nil
	}
	target := r.doc.Links[r.link].URL
	from := readerPlace{r.post, r.vp.YOffset()}
	if rel, ok := linkedPost(r.sh.fsys, r.sh.cfg.Dir, r.post.Path, target); ok {
		return r.sh.ask(followLinkMsg{path: rel, from: from})
	}
	if strings.HasPrefix(target, "/") && !strings.HasPrefix(target, "//") {
		// An address on the site ("/2014/03/24/release.html"): the
		// root knows where each post is published.
		return r.sh.ask(followLinkMsg{url: target, from: from})
	}
	return status("not a post of this blog: " + termsafe.Line(target))
}

// linkedPost resolves a link target to a post file of the blog: an
// absolute path inside dir (what folio writes for links between posts),
// or a path relative to the linking post. Hugo's pretty addresses
// ("../other/") find the folder's index or the file of that name.
func linkedPost(fsys fs.FS, dir, from, target string) (string, bool) {
	if i := strings.IndexAny(target, "#?"); i >= 0 {
		target = target[:i]
	}
	if u, err := url.PathUnescape(target); err == nil {
		target = u
	}
	if target == "" || strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
		return "", false
	}
	var rel string
	switch {
	case dir != "" && strings.HasPrefix(filepath.FromSlash(target), dir+string(filepath.Separator)):
		r, err := filepath.Rel(dir, filepath.FromSlash(target))
		if err != nil {
			return "", false
		}
		rel = filepath.ToSlash(r)
	case strings.HasPrefix(target, "/"):
		rel = strings.TrimPrefix(path.Clean(target), "/")
	default:
		rel = path.Join(path.Dir(from), target)
	}
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return "", false
	}
	cands := []string{rel}
	if !posts.IsPostFile(rel) {
		trimmed := strings.TrimSuffix(rel, "/")
		cands = []string{trimmed + ".md", path.Join(trimmed, "index.md"), trimmed + ".rst"}
	}
	for _, c := range cands {
		if info, err := fs.Stat(fsys, c); err == nil && info.Mode().IsRegular() {
			return c, true
		}
	}
	return "", false
}
