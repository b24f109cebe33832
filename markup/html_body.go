package markup

import (
	"strconv"
	"strings"

	htmltomarkdown "github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxHTMLDepth is how deep elements of a whole-HTML body may nest before
// the deeper tags are dropped (their text is kept). HTML's parser checks
// the open elements at each tag, so its work grows with depth times
// length; Markdown repeats a quote's or list's prefix on every line, so
// its size does too. Real posts nest a dozen levels.
const maxHTMLDepth = 48

// FromHTML converts a body written in HTML (a Hugo or Jekyll .html content
// file, the <body> of a file Pelican's HTML reader takes) into Markdown
// with html-to-markdown: headings, emphasis, lists, links, images, code,
// quotes and tables keep their structure. markup's own HTML pass
// (htmlText) is for HTML inside Markdown and only strips tags; this one
// replaces it for whole-HTML bodies. Generator markup written in the
// HTML ({{< shortcodes >}}, {% Liquid %}) is kept as text for the
// Markdown passes that follow.
//
// Its cost is bounded on hostile input: the nesting is cut at
// maxHTMLDepth in one pass over the tokens before the parser runs, table
// cells lose rowspan and colspan (which would repeat cells) and are not
// padded to their column's width (which would square a table's size).
func FromHTML(body string) string {
	k := newKept(body)
	doc, err := html.Parse(strings.NewReader(boundNesting(k.protect(body), maxHTMLDepth)))
	if err != nil {
		return htmlText(body)
	}
	prepareTree(doc, k)
	conv := htmltomarkdown.NewConverter(htmltomarkdown.WithPlugins(
		base.NewBasePlugin(),
		commonmark.NewCommonmarkPlugin(),
		strikethrough.NewStrikethroughPlugin(),
		table.NewTablePlugin(table.WithCellPaddingBehavior(table.CellPaddingBehaviorMinimal)),
	))
	out, err := conv.ConvertNode(doc)
	if err != nil {
		return htmlText(body)
	}
	return pelicanPlaceholders.Replace(k.restore(string(out))) + "\n"
}

// pelicanPlaceholders undo the percent-encoding of Pelican's link
// placeholders that the converter gives an address ({static} becomes
// %7Bstatic%7D), as Pelican's pandoc reader does, so that pelicanLinksMetered
// finds them.
var pelicanPlaceholders = strings.NewReplacer(
	"%7Bstatic%7D", "{static}", "%7Bfilename%7D", "{filename}", "%7Battach%7D", "{attach}",
	"%7Bindex%7D", "{index}", "%7Bcategory%7D", "{category}", "%7Btag%7D", "{tag}", "%7Bauthor%7D", "{author}",
)

// boundNesting rewrites body with its tags nested at most max deep: a
// start tag deeper than that is dropped, and so is an end tag of its name
// that follows. It reads each token once and looks at most max open
// elements per end tag, so it is linear in the body. Elements the
// parser closes by themselves (a <p> or <li> that the next one ends)
// are closed here too, so that unclosed list items do not count as
// depth.
func boundNesting(body string, max int) string {
	z := html.NewTokenizer(strings.NewReader(body))
	z.SetMaxBuf(0)
	var b strings.Builder
	b.Grow(len(body))
	open := make([]atom.Atom, 0, max)
	dropped := map[atom.Atom]int{} // start tags left out, by name
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.String()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if voidElements[a] {
				b.Write(raw)
				continue
			}
			if n := len(open); n > 0 && closedBySibling(open[n-1], a) {
				open = open[:n-1]
			}
			if len(open) >= max {
				dropped[a]++
				continue
			}
			open = append(open, a)
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if dropped[a] > 0 {
				dropped[a]--
				continue
			}
			// A stray end tag is kept: it opens nothing.
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == a {
					open = open[:i]
					break
				}
			}
		}
		b.Write(raw)
	}
}

// voidElements have no end tag and hold nothing.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Param: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// closedBySibling reports whether a start tag next closes the open element
// top, as the parser closes an unfinished paragraph, list item or cell.
func closedBySibling(top, next atom.Atom) bool {
	switch top {
	case atom.P, atom.Li, atom.Dt, atom.Dd, atom.Option, atom.Td, atom.Th, atom.Tr:
		return top == next || top == atom.Dt && next == atom.Dd || top == atom.Dd && next == atom.Dt ||
			(top == atom.Td || top == atom.Th) && (next == atom.Td || next == atom.Th || next == atom.Tr)
	}
	return false
}

// prepareTree readies the parsed body for the converter, in one walk: it
// removes rowspan and colspan from table cells (the table converter
// repeats a spanning cell's space in every row and column it spans,
// which a hostile value would make millions), and turns an embedded
// frame, video, audio or object, which the converter drops, into a line
// naming its address, as markup shows embeds in Markdown.
func prepareTree(root *html.Node, k *kept) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.DataAtom {
		case atom.Td, atom.Th:
			kept := n.Attr[:0]
			for _, a := range n.Attr {
				if a.Key != "rowspan" && a.Key != "colspan" {
					kept = append(kept, a)
				}
			}
			n.Attr = kept
		case atom.Iframe, atom.Video, atom.Audio, atom.Embed, atom.Object:
			if src := embedSource(n); src != "" && n.Parent != nil {
				p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
				p.AppendChild(&html.Node{Type: html.TextNode, Data: k.keep(embedLine(n.Data, src))})
				n.Parent.InsertBefore(p, n)
				n.Parent.RemoveChild(n)
				continue
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
}

// embedSource is the address an embed shows: its src (an object's data),
// else its first <source>'s.
func embedSource(n *html.Node) string {
	for _, a := range n.Attr {
		if a.Key == "src" || a.Key == "data" && n.DataAtom == atom.Object {
			return a.Val
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Source {
			for _, a := range c.Attr {
				if a.Key == "src" {
					return a.Val
				}
			}
		}
	}
	return ""
}

// kept holds text that must reach the Markdown as written, in place of
// which the HTML carries a placeholder the converter leaves alone
// (letters and digits): Hugo shortcodes and Liquid tags, which the
// Markdown passes convert afterwards, and the lines naming embeds.
type kept struct {
	prefix string
	texts  []string
}

// newKept makes a placeholder prefix that body does not contain.
func newKept(body string) *kept {
	prefix := "FolioKept"
	for strings.Contains(body, prefix) {
		prefix += "Q"
	}
	return &kept{prefix: prefix}
}

// keep returns the placeholder for s.
func (k *kept) keep(s string) string {
	k.texts = append(k.texts, s)
	return k.prefix + strconv.Itoa(len(k.texts)-1) + "Z"
}

// protect replaces each {{…}} and {%…%} of body with a placeholder. The
// closer is searched for once for all the openers before it, so a body
// of openers without closers is read once.
func (k *kept) protect(body string) string {
	if !strings.Contains(body, "{{") && !strings.Contains(body, "{%") {
		return body
	}
	var b strings.Builder
	next := map[string]int{"}}": -1, "%}": -1} // the closer after the last search, or len(body): none
	from := 0
	for i := 0; i+1 < len(body); i++ {
		if body[i] != '{' || body[i+1] != '{' && body[i+1] != '%' {
			continue
		}
		closer := "}}"
		if body[i+1] == '%' {
			closer = "%}"
		}
		if c := next[closer]; c < i+2 && c < len(body) {
			if j := strings.Index(body[i+2:], closer); j >= 0 {
				next[closer] = i + 2 + j
			} else {
				next[closer] = len(body)
			}
		}
		c := next[closer]
		if c >= len(body) {
			continue
		}
		b.WriteString(body[from:i])
		b.WriteString(k.keep(body[i : c+2]))
		from = c + 2
		i = from - 1
	}
	b.WriteString(body[from:])
	return b.String()
}

// restore puts the kept texts back in place of their placeholders.
func (k *kept) restore(s string) string {
	if len(k.texts) == 0 {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, k.prefix)
		if i < 0 {
			break
		}
		j := i + len(k.prefix)
		n := 0
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			n = n*10 + int(s[j]-'0')
			j++
			if n > len(k.texts) {
				break
			}
		}
		if j == i+len(k.prefix) || j >= len(s) || s[j] != 'Z' || n >= len(k.texts) {
			b.WriteString(s[:i+len(k.prefix)])
			s = s[i+len(k.prefix):]
			continue
		}
		b.WriteString(s[:i])
		b.WriteString(k.texts[n])
		s = s[j+1:]
	}
	b.WriteString(s)
	return b.String()
}
