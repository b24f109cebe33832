package posts

import (
	"path"
	"strings"
	"sync"
)

// postURLExts are the extensions tried, in order, for the file a Jekyll
// post_url names without one; hugoRefExts those tried for a Hugo ref
// written without one (a bundle's index.md is tried after them).
var (
	postURLExts = []string{".md", ".markdown", ".mdown", ".rst"}
	hugoRefExts = []string{".md", ".markdown"}
)

// Links finds the posts of a site by the ways its generator writes a link
// from one post to another: Jekyll's {% link %} and {% post_url %}, Hugo's
// ref and relref, Pelican's {filename}. It answers from the posts it was
// made with and never reads a file. References are given without their
// "#fragment"; a reference that names no post it holds finds nothing.
//
// Each lookup costs a few map reads, after one pass over the posts made
// by the first lookup. A Links is safe for concurrent use.
type Links struct {
	posts      []*Post
	contentDir string

	once   sync.Once
	byPath map[string]*Post // by Path
	byName map[string]*Post // by base name without extension, under _posts and the content folder
}

// NewLinks makes the lookup over ps, read with rules (whose content
// folder Hugo's ref and Pelican's {filename} start from). ps must not
// change afterwards. NewLinks only keeps ps: the index is built by the
// first lookup, so that a program whose set of posts changes often (a
// list streaming in) can make one for each set and pay only for those it
// asks.
func NewLinks(ps []*Post, rules Rules) *Links {
	return &Links{posts: ps, contentDir: strings.Trim(rules.ContentDir, "/")}
}

// JekyllLink is the post {% link path %} names: path is from the site's
// folder; when no post is there, the post of that base name.
func (l *Links) JekyllLink(ref string) (*Post, bool) {
	if p, ok := l.at(strings.TrimPrefix(path.Clean(ref), "/")); ok {
		return p, true
	}
	return l.named(ref)
}

// PostURL is the post {% post_url 2010-07-21-name %} names: the file of
// that name, without its extension, in _posts or a folder under it.
func (l *Links) PostURL(name string) (*Post, bool) {
	name = strings.TrimPrefix(name, "/")
	for _, e := range postURLExts {
		if p, ok := l.at(path.Join("_posts", name+e)); ok {
			return p, true
		}
	}
	return l.named(name)
}

// HugoRef is the post Hugo's ref or relref names, written in the post at
// from: a path from the content folder when it starts with "/", else from
// the linking post's folder and then from the content folder; with or
// without its extension; a bundle by its folder (index.md or _index.md);
// else the post of that base name anywhere in the content.
func (l *Links) HugoRef(from, ref string) (*Post, bool) {
	bases := []string{path.Join(l.contentDir, ref)}
	if !strings.HasPrefix(ref, "/") {
		bases = []string{path.Join(path.Dir(from), ref), bases[0]}
	}
	for _, b := range bases {
		b = strings.TrimPrefix(b, "/")
		if p, ok := l.at(b); ok {
			return p, true
		}
		if path.Ext(b) != "" {
			continue
		}
		for _, c := range append(extended(b, hugoRefExts), path.Join(b, "index.md"), path.Join(b, "_index.md")) {
			if p, ok := l.at(c); ok {
				return p, true
			}
		}
	}
	return l.named(ref)
}

// PelicanFile is the post Pelican's {filename}target links to from the
// post at from: target is from the content folder when it starts with
// "/", else from the linking post's folder.
func (l *Links) PelicanFile(from, target string) (*Post, bool) {
	var p string
	if strings.HasPrefix(target, "/") {
		p = path.Join(l.contentDir, target)
	} else {
		p = path.Join(path.Dir(from), target)
	}
	return l.at(strings.TrimPrefix(p, "/"))
}

// extended is base with each extension.
func extended(base string, exts []string) []string {
	out := make([]string, len(exts))
	for i, e := range exts {
		out[i] = base + e
	}
	return out
}

// at is the post at path p.
func (l *Links) at(p string) (*Post, bool) {
	l.once.Do(l.build)
	post, ok := l.byPath[p]
	return post, ok
}

// named is the post whose base name is ref's, without extension (a
// bundle's index by its folder's name): in _posts, then in the content
// folder, the first in the order of a walk of the folders.
func (l *Links) named(ref string) (*Post, bool) {
	name := strings.TrimSuffix(path.Base(ref), path.Ext(ref))
	if name == "" || name == "." || name == "/" {
		return nil, false
	}
	l.once.Do(l.build)
	p, ok := l.byName[name]
	return p, ok
}

// build indexes the posts by path and, under _posts and the content
// folder, by name.
func (l *Links) build() {
	l.byPath = make(map[string]*Post, len(l.posts))
	l.byName = map[string]*Post{}
	for _, p := range l.posts {
		if _, dup := l.byPath[p.Path]; !dup {
			l.byPath[p.Path] = p
		}
		root, ok := l.nameRoot(p.Path)
		if !ok {
			continue
		}
		name := strings.TrimSuffix(path.Base(p.Path), path.Ext(p.Path))
		if name == "index" || name == "_index" {
			name = path.Base(path.Dir(p.Path))
		}
		if q, dup := l.byName[name]; dup {
			if qRoot, _ := l.nameRoot(q.Path); qRoot < root || qRoot == root && walkOrder(q.Path, p.Path) < 0 {
				continue
			}
		}
		l.byName[name] = p
	}
}

// nameRoot says which folder a post is found by its name in: 0 for
// _posts, 1 for the content folder; ok is false for neither.
func (l *Links) nameRoot(p string) (root int, ok bool) {
	switch {
	case strings.HasPrefix(p, "_posts/"):
		return 0, true
	case l.contentDir != "" && l.contentDir != "." && strings.HasPrefix(p, l.contentDir+"/"):
		return 1, true
	}
	return 0, false
}

// walkOrder compares two slash paths in the order a walk of their folders
// meets them (each folder's entries sorted by name): segment by segment,
// so that "a/b.md" comes before "a-c.md" as folder "a" does.
func walkOrder(a, b string) int {
	for a != "" && b != "" {
		sa, ra, _ := strings.Cut(a, "/")
		sb, rb, _ := strings.Cut(b, "/")
		if c := strings.Compare(sa, sb); c != 0 {
			return c
		}
		a, b = ra, rb
	}
	return strings.Compare(a, b)
}
