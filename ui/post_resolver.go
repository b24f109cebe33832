package ui

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/folio-blog/folio/markup"
	"github.com/folio-blog/folio/posts"
)

// postResolver finds the posts a body links to for markup, among the
// blog's posts (posts.Links), from the post at from. A post's location is
// its file's path under dir, which following the link opens.
type postResolver struct {
	links     *posts.Links
	dir, from string
}

// Post implements markup.Resolver.
func (r postResolver) Post(kind markup.LinkKind, ref string) (title, location string, ok bool) {
	var p *posts.Post
	switch kind {
	case markup.JekyllLink:
		p, ok = r.links.JekyllLink(ref)
	case markup.PostURL:
		p, ok = r.links.PostURL(ref)
	case markup.HugoRef:
		p, ok = r.links.HugoRef(r.from, ref)
	case markup.PelicanFile:
		p, ok = r.links.PelicanFile(r.from, ref)
	}
	if !ok {
		return "", "", false
	}
	title = p.Title
	if title == "" {
		title = strings.TrimSuffix(path.Base(p.Path), path.Ext(p.Path))
	}
	return title, filepath.ToSlash(filepath.Join(r.dir, filepath.FromSlash(p.Path))), true
}
