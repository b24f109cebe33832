package edit

import (
	"bytes"
	"net/url"
	"path"
	"strings"

	"github.com/folio-blog/folio/markup"
	"github.com/folio-blog/folio/posts"
)

// LinkMode says what Rename does with the links other posts make to the
// renamed post.
type LinkMode int

// What Rename does with links to the renamed post.
const (
	LinksKept      LinkMode = iota // not looked for
	LinksListed                    // found and listed in Renamed.Links; no file changes
	LinksRewritten                 // rewritten to name the post where it is now
)

// LinkEdit is one link to a renamed post: where it is, how it was
// written and how it names the post now.
type LinkEdit struct {
	Rel  string // the linking file, slash-separated, relative to the site folder
	Line int
	// Old is the link's target as written (its path or address, without
	// a "#fragment" or "?query", which stay); New the same in the new form.
	Old, New string
	// Refused says why the link was not rewritten ("" when it was, or
	// when links were only listed): a file folio cannot replace safely,
	// a link it cannot write in the same form.
	Refused string

	at int // the byte offset of Old in the file as it was read
}

// relinker finds the links that name one renamed post, and says how each
// names it after the rename.
type relinker struct {
	rules          posts.Rules
	content        string
	oldRel, newRel string
	oldURL, newURL string
	before, after  *posts.Links // the site's posts, the renamed one at oldRel and at newRel
}

func newRelinker(ps []*posts.Post, rules posts.Rules, renamed *posts.Post, newRel, newURL string) *relinker {
	// Links finds posts by their paths only.
	moved := &posts.Post{Path: newRel, URL: newURL}
	after := make([]*posts.Post, 0, len(ps))
	for _, p := range ps {
		if p.Path == renamed.Path {
			p = moved
		}
		after = append(after, p)
	}
	return &relinker{rules: rules, content: strings.Trim(rules.ContentDir, "/"),
		oldRel: renamed.Path, newRel: newRel, oldURL: renamed.URL, newURL: newURL,
		before: posts.NewLinks(ps, rules), after: posts.NewLinks(after, rules)}
}

// mayLink reports whether data could hold a link to the renamed post, so
// that a file without one is not parsed.
func (r *relinker) mayLink(data []byte) bool {
	if bytes.Contains(data, []byte(postName(r.oldRel))) {
		return true
	}
	return r.oldURL != "" && bytes.Contains(bytes.ToLower(data), []byte(strings.ToLower(path.Base(posts.LinkKey(r.oldURL)))))
}

// edits finds the links to the renamed post in data, the file rel (from,
// the path its links are resolved from), and returns data with them
// rewritten and the edits; ok is false when the file's body cannot be
// found in its bytes (a file read with its line ends or encoding
// changed), and then nothing is rewritten.
func (r *relinker) edits(rel, from string, data []byte) (out []byte, found []LinkEdit, ok bool) {
	p := posts.Parse(rel, data, posts.Options{Rules: r.rules, KeepBody: true})
	if !bytes.HasSuffix(data, []byte(p.Body)) {
		return data, nil, !r.mayLink([]byte(p.Body))
	}
	start := len(data) - len(p.Body)
	syntax := markup.Markdown
	if p.Format == posts.FormatRST || path.Ext(rel) == ".rst" {
		syntax = markup.RST
	}
	out = data
	shift := 0
	for _, ref := range markup.Refs(p.Body, syntax, r.rules.Generator) {
		written := ref.Target
		if i := strings.IndexAny(written, "#?"); i >= 0 {
			written = written[:i]
		}
		if written == "" {
			continue
		}
		at := start + ref.Offset
		if ref.Kind == markup.JekyllLink || ref.Kind == markup.PostURL || ref.Kind == markup.HugoRef {
			// The offset is the tag's: find its argument in it.
			end := tagEnd(data, at)
			i := bytes.Index(data[at:end], []byte(written))
			if i < 0 {
				continue
			}
			at += i
		}
		if !bytes.HasPrefix(data[at:], []byte(written)) {
			continue
		}
		repl, ok := r.rewrite(ref.Kind, from, p.URL, written)
		if !ok {
			continue
		}
		e := LinkEdit{Rel: rel, Line: 1 + bytes.Count(data[:at], []byte("\n")), Old: written, New: repl, at: at}
		if repl == "" {
			e.Refused = "folio cannot write this link in the same form for the new name"
		} else {
			out = splice(out, at+shift, at+shift+len(written), repl)
			shift += len(repl) - len(written)
		}
		found = append(found, e)
	}
	return out, found, true
}

// tagEnd is where the Liquid tag or Hugo shortcode at i ends, or its
// line when it is not closed on it.
func tagEnd(data []byte, i int) int {
	end := len(data)
	if nl := bytes.IndexByte(data[i:], '\n'); nl >= 0 {
		end = i + nl
	}
	for _, closer := range []string{"%}", ">}}"} {
		if k := bytes.Index(data[i:end], []byte(closer)); k >= 0 {
			return i + k
		}
	}
	return end
}

// rewrite decides whether the reference written (of kind, from the post
// at from whose address is pageURL) names the renamed post; when it does,
// ok is set and repl is how it names the post after the rename ("" when
// no same form does).
func (r *relinker) rewrite(kind markup.LinkKind, from, pageURL, written string) (repl string, ok bool) {
	var (
		was     *posts.Post
		found   bool
		resolve func(*posts.Links, string) (*posts.Post, bool)
		cands   []string
	)
	dir := path.Dir(from)
	switch kind {
	case markup.PelicanFile:
		resolve = func(l *posts.Links, s string) (*posts.Post, bool) { return l.PelicanFile(from, s) }
		cands = r.paths(written, dir, r.content)
	case markup.HugoRef:
		resolve = func(l *posts.Links, s string) (*posts.Post, bool) { return l.HugoRef(from, s) }
		cands = r.paths(written, dir, r.content)
		if !strings.HasPrefix(written, "/") {
			cands = append(cands, r.paths(written, r.content, r.content)...)
		}
		cands = append(cands, r.base(written)...)
	case markup.JekyllLink:
		resolve = (*posts.Links).JekyllLink
		cands = append(r.paths(written, "", ""), r.base(written)...)
	case markup.PostURL:
		resolve = (*posts.Links).PostURL
		cands = append(r.paths(written, "_posts", "_posts"), r.base(written)...)
	case markup.URLLink:
		return r.rewriteURL(from, written)
	default:
		return "", false
	}
	if was, found = resolve(r.before, written); !found || was.Path != r.oldRel {
		return "", false
	}
	for _, c := range cands {
		if now, found := resolve(r.after, c); found && now.Path == r.newRel {
			return c, true
		}
	}
	return "", true
}

// paths is the new form of written as a path from dir (or root, when it
// starts with "/"), if it names the renamed post that way.
func (r *relinker) paths(written, dir, root string) []string {
	if s, ok := rewritePath(written, dir, root, r.oldRel, r.newRel); ok {
		return []string{s}
	}
	return nil
}

// base is the new form of written as a post's name, if it names the
// renamed post by its name.
func (r *relinker) base(written string) []string {
	if s, ok := renameBase(written, r.oldRel, r.newRel); ok {
		return []string{s}
	}
	return nil
}

// rewriteURL handles a Markdown or HTML link: a relative or
// content-absolute path to the post's source file, or the post's own
// site-absolute address (with or without a final "/" or "index.html").
func (r *relinker) rewriteURL(from, written string) (string, bool) {
	target := written
	if t, err := url.PathUnescape(written); err == nil {
		target = t
	}
	if sourceExt(target) {
		dir := path.Dir(from)
		if strings.HasPrefix(target, "/") {
			for _, root := range []string{r.content, ""} {
				if s, ok := rewritePath(target, dir, root, r.oldRel, r.newRel); ok {
					return s, true
				}
			}
			return "", false
		}
		return rewritePath(target, dir, "", r.oldRel, r.newRel)
	}
	if r.oldURL == "" || !strings.HasPrefix(target, "/") || strings.HasPrefix(target, "//") {
		return "", false
	}
	if !strings.EqualFold(posts.LinkKey(target), posts.LinkKey(r.oldURL)) {
		return "", false
	}
	if r.newURL == "" {
		return "", true
	}
	// The same ending as written: "/", "index.html", ".html" or none.
	suffix := target[len(posts.LinkKey(target)):]
	if suffix == r.oldURL[len(posts.LinkKey(r.oldURL)):] {
		return r.newURL, true
	}
	return posts.LinkKey(r.newURL) + suffix, true
}

// sourceExt reports whether target ends as a post's source file does.
func sourceExt(target string) bool {
	switch strings.ToLower(path.Ext(target)) {
	case ".md", ".markdown", ".mdown", ".mkd", ".rst":
		return true
	}
	return false
}
