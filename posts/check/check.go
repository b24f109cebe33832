// Package check looks at a whole site at once for the problems no single
// post shows: links between posts that lead nowhere, images and files
// that are not there, links from published posts to drafts, and anchors
// that name no heading of their target.
//
// It is pure: it reads the posts it is given (loaded with their bodies)
// and stats static files through an fs.FS, and never writes. External
// http(s) links are never followed.
package check

import (
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/folio-blog/folio/markup"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// Kind names what a problem is about, for counting and filtering.
type Kind string

// Kinds of site-wide problems.
const (
	BrokenLink   Kind = "broken-link"   // a link to a post or page that is not there
	MissingFile  Kind = "missing-file"  // an image or static file that is not there
	DraftLink    Kind = "draft-link"    // a published post links to an unpublished one
	BrokenAnchor Kind = "broken-anchor" // a #fragment names no heading of its target
)

// Problem is one site-wide problem, as a warning on the linking post at
// the line of the link.
type Problem struct {
	Kind Kind
	posts.Warning
}

// Site is what Links looks at.
type Site struct {
	// Posts are every post and page of the site, loaded with
	// Options.KeepBody.
	Posts []*posts.Post
	// Rules are the rules the posts were loaded with.
	Rules posts.Rules
	// Static are the folders the generator copies as they are.
	Static []posts.StaticDir
	// FS is the site's root folder, where static files are looked up.
	FS fs.FS
	// DefinitionTermIDs says definition list terms have ids too
	// (config.Site.DefinitionTermIDs).
	DefinitionTermIDs bool
}

// Links checks every reference of every post's body (markup.Refs) and
// returns the problems in path and line order. It reads each body once
// and stats each linked file once (or once per processor, when two ask
// at the same time).
func Links(s Site) []Problem {
	c := newChecker(s)
	// The posts are checked in as many parts as there are processors,
	// since listing is parallel too; the caches are shared.
	parts := min(runtime.GOMAXPROCS(0), max(1, len(s.Posts)/256))
	found := make([][]Problem, parts)
	var wg sync.WaitGroup
	for k := range parts {
		wg.Go(func() {
			for i := k; i < len(s.Posts); i += parts {
				found[k] = c.post(s.Posts[i], found[k])
			}
		})
	}
	wg.Wait()
	out := slices.Concat(found...)
	slices.SortStableFunc(out, func(a, b Problem) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	return out
}

// checker holds the lookups Links builds once for the whole site.
type checker struct {
	site    Site
	gen     site.Generator
	content string
	// langContents are a multilingual Hugo site's content folders, one
	// a language (Rules.LangDirs), where content is empty.
	langContents []string
	links        *posts.Links
	byPath       map[string]*posts.Post
	urls         *urlIndex

	mu      sync.Mutex            // guards files and anchors
	files   map[string]bool       // slash path → is a file
	anchors map[*posts.Post]idSet // headings' ids, by target, made when first asked
}

func newChecker(s Site) *checker {
	c := &checker{
		site:    s,
		gen:     s.Rules.Generator,
		content: strings.Trim(s.Rules.ContentDir, "/"),
		links:   posts.NewLinks(s.Posts, s.Rules),
		byPath:  make(map[string]*posts.Post, len(s.Posts)),
		urls:    newURLIndex(s.Posts, s.Rules.Generator),
		files:   map[string]bool{},
		anchors: map[*posts.Post]idSet{},
	}
	for _, ld := range s.Rules.LangDirs {
		c.langContents = append(c.langContents, strings.Trim(ld.Dir, "/"))
	}
	for _, p := range s.Posts {
		c.byPath[p.Path] = p
	}
	return c
}

// post checks the references of p's body, appending problems to out.
func (c *checker) post(p *posts.Post, out []Problem) []Problem {
	if p.Body == "" {
		return out
	}
	syntax := syntaxOf(p)
	lines := lineCounter{body: p.Body, line: max(1, p.BodyLine)}
	for _, r := range markup.Refs(p.Body, syntax, c.gen) {
		kind, msg := c.ref(p, r)
		if msg == "" {
			continue
		}
		out = append(out, Problem{Kind: kind, Warning: posts.Warning{Path: p.Path, Line: lines.at(r.Offset), Msg: msg}})
	}
	return out
}

// lineCounter tells the file line of increasing body offsets in one pass.
type lineCounter struct {
	body string
	pos  int
	line int
}

func (l *lineCounter) at(off int) int {
	if off < l.pos { // offsets come in order; be safe if not
		l.pos, l.line = 0, l.line-strings.Count(l.body[:l.pos], "\n")
	}
	l.line += strings.Count(l.body[l.pos:off], "\n")
	l.pos = off
	return l.line
}

// ref checks one reference from p: the problem's kind and message, or ""
// when it is fine (or not something folio can check).
func (c *checker) ref(p *posts.Post, r markup.Ref) (Kind, string) {
	target, frag := cutFragment(r.Target)
	var (
		to    *posts.Post
		found bool
	)
	switch r.Kind {
	case markup.JekyllLink:
		if to, found = c.links.JekyllLink(target); !found && c.isFile(path.Join(c.content, strings.TrimPrefix(target, "/"))) {
			return "", ""
		}
	case markup.PostURL:
		to, found = c.links.PostURL(target)
	case markup.HugoRef:
		if target == "" {
			to, found = p, true
		} else {
			to, found = c.links.HugoRef(p.Path, target)
		}
	case markup.PelicanFile:
		if to, found = c.links.PelicanFile(p.Path, target); !found && c.isFile(c.pelicanPath(p, target)) {
			return "", ""
		}
	case markup.PelicanStatic:
		if c.isFile(c.pelicanPath(p, target)) {
			return "", ""
		}
		return MissingFile, fmt.Sprintf("missing file: %s", describe(r))
	case markup.URLLink:
		return c.url(p, r, target, frag)
	}
	if !found {
		if ext := strings.ToLower(path.Ext(target)); ext != "" && !sourceExts[ext] && r.Kind != markup.PostURL {
			return MissingFile, fmt.Sprintf("missing file: %s", describe(r))
		}
		return BrokenLink, fmt.Sprintf("broken link: %s names no post", describe(r))
	}
	return c.linked(p, to, r, frag)
}

// linked checks a link from p that found the post to: its status, then
// its #fragment.
func (c *checker) linked(p, to *posts.Post, r markup.Ref, frag string) (Kind, string) {
	if p.Status == posts.StatusPublished && unpublished(to.Status) {
		return DraftLink, fmt.Sprintf("link to %s %s (%s) from a published post", to.Status, to.Path, describe(r))
	}
	if frag != "" && !c.hasAnchor(to, frag) {
		return BrokenAnchor, fmt.Sprintf("broken anchor: %s has no heading #%s", to.Path, frag)
	}
	return "", ""
}

// unpublished reports whether the generator leaves a post of status st
// out of the built site, so that a link to it leads nowhere there.
func unpublished(st posts.Status) bool {
	return st == posts.StatusDraft || st == posts.StatusScheduled || st == posts.StatusExpired
}

// describe says how a reference was written, for messages.
func describe(r markup.Ref) string {
	target, frag, _ := strings.Cut(r.Target, "#")
	if frag != "" {
		frag = "#" + frag
	}
	switch r.Kind {
	case markup.JekyllLink:
		return "{% link " + target + " %}" + frag
	case markup.PostURL:
		return "{% post_url " + target + " %}" + frag
	case markup.HugoRef:
		return `ref "` + r.Target + `"`
	case markup.PelicanFile:
		return "{filename}" + r.Target
	case markup.PelicanStatic:
		return "{static}" + r.Target
	}
	return r.Target
}

// pelicanPath is the file a Pelican {filename} or {static} target names
// from p: from the content folder when it starts with "/", else from p's
// folder.
func (c *checker) pelicanPath(p *posts.Post, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Join(c.content, target), "/")
	}
	return path.Join(path.Dir(p.Path), target)
}

// isFile reports whether a regular file (or a folder, which a server
// answers with its index) is at the slash path p, asking FS once per
// path.
func (c *checker) isFile(p string) bool {
	p = strings.TrimPrefix(path.Clean("/"+p), "/")
	if p == "" || c.site.FS == nil {
		return false
	}
	c.mu.Lock()
	ok, seen := c.files[p]
	c.mu.Unlock()
	if seen {
		return ok
	}
	_, err := fs.Stat(c.site.FS, p)
	c.mu.Lock()
	c.files[p] = err == nil
	c.mu.Unlock()
	return err == nil
}

// cutFragment splits a target before its "#fragment" (returned without
// the "#"), dropping a "?query".
func cutFragment(target string) (ref, frag string) {
	ref, frag, _ = strings.Cut(target, "#")
	if i := strings.IndexByte(ref, '?'); i >= 0 {
		ref = ref[:i]
	}
	return ref, frag
}
