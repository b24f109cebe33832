package check

import (
	"fmt"
	"net/url"
	"path"
	"strings"

	"github.com/folio-blog/folio/markup"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// sourceExts are the endings of post source files: a link to one is a
// link to a post by its file (a relative ".md" link).
var sourceExts = map[string]bool{".md": true, ".markdown": true, ".mdown": true, ".mkd": true, ".rst": true}

// pageExts are the endings of pages the generator makes, which are no
// static file to look for.
var pageExts = map[string]bool{"": true, ".html": true, ".htm": true, ".xml": true, ".json": true, ".txt": true,
	".css": true, ".js": true, ".rss": true, ".atom": true, ".php": true}

// url checks a Markdown or HTML link or image from p, whose target
// (without its fragment frag) is a path or URL as written.
func (c *checker) url(p *posts.Post, r markup.Ref, target, frag string) (Kind, string) {
	if external(target) {
		return "", ""
	}
	if target == "" {
		if frag == "" || syntaxOf(p) == markup.RST {
			return "", ""
		}
		return c.linked(p, p, r, frag)
	}
	if t, err := url.PathUnescape(target); err == nil {
		target = t
	}
	if sourceExts[strings.ToLower(path.Ext(target))] {
		return c.sourceLink(p, r, target, frag)
	}
	abs := target
	if !strings.HasPrefix(target, "/") {
		if c.isFile(path.Join(path.Dir(p.Path), target)) {
			return "", "" // beside the post: a bundle's resource, an image next to it
		}
		if p.URL == "" {
			return c.missing(r, target)
		}
		abs = path.Join(urlDir(p.URL), target)
		if strings.HasSuffix(target, "/") {
			abs += "/"
		}
	}
	if to, ok := c.urls.at(abs); ok {
		return c.linked(p, to, r, frag)
	}
	if c.isStatic(abs) {
		return "", ""
	}
	if kind, msg := c.missing(r, target); msg != "" {
		return kind, msg
	}
	if c.urls.postLike(abs) {
		return BrokenLink, fmt.Sprintf("broken link: %s is the address of no post", r.Target)
	}
	return "", ""
}

// missing is the problem of a link to a file that is not there, when
// its ending says it is a file and not a page the generator makes.
func (c *checker) missing(r markup.Ref, target string) (Kind, string) {
	if !r.Image && pageExts[strings.ToLower(path.Ext(strings.TrimSuffix(target, "/")))] {
		return "", ""
	}
	return MissingFile, fmt.Sprintf("missing file: %s", r.Target)
}

// sourceLink checks a link to a post's source file: from p's folder, or
// from the content folder and then the site root when it starts with
// "/".
func (c *checker) sourceLink(p *posts.Post, r markup.Ref, target, frag string) (Kind, string) {
	var cands []string
	if strings.HasPrefix(target, "/") {
		cands = []string{path.Join(c.content, target), target}
	} else {
		cands = []string{path.Join(path.Dir(p.Path), target)}
	}
	for _, cand := range cands {
		cand = strings.TrimPrefix(cand, "/")
		if to, ok := c.byPath[cand]; ok {
			return c.linked(p, to, r, frag)
		}
	}
	for _, cand := range cands {
		if c.isFile(cand) {
			return "", ""
		}
	}
	return BrokenLink, fmt.Sprintf("broken link: %s names no post or file", r.Target)
}

// isStatic reports whether the site-absolute address abs is a file of a
// static folder, or a file under the content folder at that path (a Hugo
// bundle's resources, Jekyll's and plain folders' own files).
func (c *checker) isStatic(abs string) bool {
	for _, sd := range c.site.Static {
		if rest, ok := strings.CutPrefix(abs, sd.URL); ok && c.isFile(path.Join(sd.Dir, rest)) {
			return true
		}
		if abs+"/" == sd.URL && c.isFile(sd.Dir) {
			return true
		}
	}
	if c.isFile(path.Join(c.content, abs)) {
		return true
	}
	// Hugo publishes a language's content folder at the site's root (or
	// under the language's prefix, which abs then holds).
	for _, dir := range c.langContents {
		if c.isFile(path.Join(dir, abs)) {
			return true
		}
	}
	return false
}

// syntaxOf is the markup p's body is written in.
func syntaxOf(p *posts.Post) markup.Syntax {
	if p.Format == posts.FormatRST || path.Ext(p.Path) == ".rst" {
		return markup.RST
	}
	return markup.Markdown
}

// external reports whether target is an address folio does not check:
// one with a scheme (https:, mailto:, data:) or a host ("//host/x").
func external(target string) bool {
	if strings.HasPrefix(target, "//") {
		return true
	}
	colon := strings.IndexByte(target, ':')
	return colon > 0 && !strings.ContainsAny(target[:colon], "/.?#")
}

// urlDir is the folder a relative link on the page at u is resolved
// from, as a browser does: u itself when it ends with "/".
func urlDir(u string) string {
	if strings.HasSuffix(u, "/") {
		return u
	}
	return path.Dir(u)
}

// urlIndex finds posts by address, and tells the addresses that have the
// shape of a post's from the others (tag pages, archives, feeds).
type urlIndex struct {
	gen      site.Generator
	byKey    map[string]*posts.Post
	shapes   map[string]bool // the shapes of posts' parent folders
	prefixes map[string]bool // every folder above a post's address: list pages
}

func newURLIndex(ps []*posts.Post, gen site.Generator) *urlIndex {
	x := &urlIndex{gen: gen, byKey: make(map[string]*posts.Post, len(ps)), shapes: map[string]bool{}, prefixes: map[string]bool{}}
	for _, p := range ps {
		if p.URL == "" {
			continue
		}
		k := urlKey(p.URL)
		for _, key := range []string{k, strings.ToLower(k)} {
			if q, dup := x.byKey[key]; !dup || q.Status != posts.StatusPublished && p.Status == posts.StatusPublished {
				x.byKey[key] = p
			}
		}
		if p.Kind == posts.KindPost {
			x.shapes[shape(path.Dir(k))] = true
		}
		for d := path.Dir(k); d != "/" && d != "." && !x.prefixes[d]; d = path.Dir(d) {
			x.prefixes[d] = true
		}
	}
	return x
}

// at is the post at address u, or at u in lower case: Hugo lowercases
// addresses, and its sites' link render hooks (and case-insensitive
// hosts) take "/x/PathEscape/" to "/x/pathescape/".
func (x *urlIndex) at(u string) (*posts.Post, bool) {
	k := urlKey(u)
	if p, ok := x.byKey[k]; ok {
		return p, true
	}
	p, ok := x.byKey[strings.ToLower(k)]
	return p, ok
}

// postLike reports whether u has the shape of a post's address on this
// site: its folder is shaped like a post's folder (numbers matching
// numbers, so /2019/03/x/ is like /2024/01/y/), and it is no list page
// above posts. An address at the site's top is only a Pelican page
// (name.html) and not one of the pages Pelican makes itself.
func (x *urlIndex) postLike(u string) bool {
	k := urlKey(u)
	if x.prefixes[k] || x.prefixes[strings.ToLower(k)] {
		return false
	}
	dir := path.Dir(k)
	if dir == "/" {
		name := strings.TrimPrefix(k, "/")
		return x.gen == site.Pelican && strings.HasSuffix(u, ".html") && !pelicanPages[name] && x.shapes["/"]
	}
	return x.shapes[shape(dir)]
}

// pelicanPages are the pages Pelican writes at the site's top besides
// posts (its DIRECT_TEMPLATES and feeds).
var pelicanPages = map[string]bool{"index": true, "archives": true, "tags": true, "categories": true,
	"authors": true, "search": true, "404": true, "sitemap": true, "period_archives": true}

// urlKey is the form of an address two links to one page share: without
// a final "index.html", ".html" or "/".
func urlKey(u string) string {
	u = posts.LinkKey(u)
	if !strings.HasPrefix(u, "/") {
		u = "/" + u
	}
	return u
}

// shape is a folder's address with every all-digit segment as "#".
func shape(dir string) string {
	segs := strings.Split(dir, "/")
	for i, s := range segs {
		if s != "" && strings.Trim(s, "0123456789") == "" {
			segs[i] = "#"
		}
	}
	return strings.Join(segs, "/")
}
