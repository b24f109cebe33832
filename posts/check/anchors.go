package check

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/folio-blog/folio/markup"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// idSet holds the anchors of a page; nil means they cannot be known
// (Pelican without the toc extension gives headings no ids, a reST body),
// and then every fragment passes.
type idSet map[string]bool

// hasAnchor reports whether the page of post to has the anchor frag. The
// anchors of each post are found once, when a link first asks.
func (c *checker) hasAnchor(to *posts.Post, frag string) bool {
	c.mu.Lock()
	ids, seen := c.anchors[to]
	c.mu.Unlock()
	if !seen {
		ids = anchors(to, c.gen, c.site.DefinitionTermIDs)
		c.mu.Lock()
		c.anchors[to] = ids
		c.mu.Unlock()
	}
	if ids == nil || strings.HasPrefix(frag, "fn") {
		return true // footnotes' ids differ between renderers
	}
	if ids[frag] {
		return true
	}
	f, err := url.PathUnescape(frag)
	return err == nil && ids[f]
}

// anchors are the ids of a post's headings as its generator makes them,
// and the ids written by hand ({#id} after a heading, id= and name=
// attributes in HTML). Hugo (goldmark's "github" ids) and Jekyll
// (kramdown with GFM input, Jekyll's default) make the same: the heading's
// text, lowercased, with letters, digits, "_" and "-" kept, each space a
// "-", and everything else dropped (kramdown keeps combining marks too,
// such as an emoji's variation selector); a repeated id gets "-1", "-2".
// Checked against Hugo 0.131 and kramdown-parser-gfm's output.
// Pelican gives ids only with Python-Markdown's toc extension, which its
// default settings leave out, so a Pelican post's anchors are not known;
// nor are those of a post that includes text folio does not see. With
// termIDs (Hugo's autoDefinitionTermID) definition terms get ids too.
func anchors(p *posts.Post, gen site.Generator, termIDs bool) idSet {
	if gen == site.Pelican || syntaxOf(p) == markup.RST || includes(p.Body) {
		return nil
	}
	ids := idSet{}
	count := map[string]int{}
	for _, h := range markup.Headings(p.Body) {
		if h.Term && !termIDs {
			continue
		}
		id := h.ID
		if id == "" {
			id = githubID(h.Text, gen == site.Jekyll)
			if n := count[id]; n > 0 {
				count[id]++
				id += "-" + strconv.Itoa(n)
			} else {
				count[id] = 1
			}
		}
		ids[id] = true
	}
	for _, id := range markup.HTMLIDs(p.Body) {
		ids[id] = true
	}
	return ids
}

// includes reports whether body has the generator insert Markdown that
// folio does not see, which may hold headings: Hugo's {{% %}}
// shortcodes (their output is Markdown), an include shortcode, Jekyll's
// {% include %}.
func includes(body string) bool {
	return strings.Contains(body, "{{%") || strings.Contains(body, "{{< include") || strings.Contains(body, "{% include")
}

// githubID is the id goldmark's "github" rule (and, with keepMarks,
// kramdown's GFM parser: \p{Word} holds marks and connectors) give a
// heading's text.
func githubID(text string, keepMarks bool) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(text) {
		switch {
		case r == ' ' || r == '\t' || r == '-':
			b.WriteByte('-')
		case r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r):
			b.WriteRune(unicode.ToLower(r))
		case keepMarks && (unicode.IsMark(r) || unicode.Is(unicode.Pc, r)):
			b.WriteRune(r)
		}
	}
	return b.String()
}
