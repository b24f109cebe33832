package markdown

import (
	"regexp"

	"github.com/yuin/goldmark/ast"
)

// A link within the blog (a post's file, an address on the site, a path
// relative to the post) shows as its text only: Glamour would print its
// destination after it, a long path on disk cut in the middle of a word
// where the screen wraps, that no terminal can open. The reader shows
// where such a link leads when it is selected. Web links keep theirs,
// as an OSC 8 hyperlink the terminal can open.

// hrefAttr keeps a local link's destination once Glamour is told to show
// none, for Result.Links.
var hrefAttr = []byte("folio-href")

// webScheme matches a destination with a URI scheme ("https:", "mailto:").
var webScheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)

// hideLocalHrefs turns the destination of every local link of doc into
// "#", which Glamour shows as the text alone, keeping it in hrefAttr.
func hideLocalHrefs(doc ast.Node) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		l, ok := n.(*ast.Link)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		d := l.Destination
		if len(d) > 0 && d[0] != '#' && !webScheme.Match(d) && !(len(d) > 1 && d[0] == '/' && d[1] == '/') {
			l.SetAttribute(hrefAttr, append([]byte(nil), d...))
			l.Destination = []byte("#")
		}
		return ast.WalkContinue, nil
	})
}

// destination is a link's destination as written, before hideLocalHrefs.
func destination(l *ast.Link) string {
	if v, ok := l.Attribute(hrefAttr); ok {
		if b, ok := v.([]byte); ok {
			return string(b)
		}
	}
	return string(l.Destination)
}
