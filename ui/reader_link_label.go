package ui

import (
	"path/filepath"
	"strings"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// linkLabel says where a link leads, for the status line once it is
// selected: a post of the blog by its title and its address on the site,
// anything else as written. It only looks the post up among those the
// list holds, so it reads no file.
func (r *Reader) linkLabel(target string) string {
	p := r.listedTarget(target)
	if p == nil {
		return termsafe.Line(target)
	}
	label := displayTitle(p)
	if u := r.sh.cfg.Posts.Rules.URLs.FullURL(p); u != "" {
		label += " · " + termsafe.Line(u)
	}
	return label
}

// listedTarget is the listed post a link leads to when the link names
// its file under the blog's folder (what links between posts become) or
// its address on the site, else nil.
func (r *Reader) listedTarget(target string) *posts.Post {
	if i := strings.IndexAny(target, "#?"); i >= 0 {
		target = target[:i]
	}
	dir := r.sh.cfg.Dir
	if file := filepath.FromSlash(target); dir != "" && strings.HasPrefix(file, dir+string(filepath.Separator)) {
		if rel, err := filepath.Rel(dir, file); err == nil {
			return r.sh.store.ByPath(filepath.ToSlash(rel))
		}
	}
	if strings.HasPrefix(target, "/") && !strings.HasPrefix(target, "//") {
		return r.sh.store.ByURL(target)
	}
	return nil
}
