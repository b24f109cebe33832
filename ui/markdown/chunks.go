package markdown

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	gansi "charm.land/glamour/v2/ansi"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/internal/ascii"
	"github.com/folio-blog/folio/ui/termsafe"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// chunkBytes is how much source text a chunk holds at most (a single
// block may hold more); firstChunkBytes is smaller so that the first
// screen is ready early.
const (
	chunkBytes      = 16 << 10
	firstChunkBytes = 2 << 10
)

// chunk is a run of top-level blocks rendered together; it starts at a
// heading when one of its blocks is a top-level heading.
type chunk struct {
	nodes    []ast.Node
	headings []ast.Node // the headings in it, in order, at any depth
	links    []ast.Node // its links and autolinks, in order
}

// split groups the document's top-level blocks into chunks: each
// top-level heading starts one, so its line is the chunk's first, and a
// chunk ends once it holds chunkBytes of text.
func split(doc ast.Node, src []byte) []chunk {
	var out []chunk
	var cur chunk
	size := 0
	limit := firstChunkBytes
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if len(cur.nodes) > 0 && (n.Kind() == ast.KindHeading || size >= limit) {
			out = append(out, cur)
			cur, size, limit = chunk{}, 0, chunkBytes
		}
		cur.nodes = append(cur.nodes, n)
		size += blockSize(n)
		_ = ast.Walk(n, func(h ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch h.Kind() {
			case ast.KindHeading:
				cur.headings = append(cur.headings, h)
			case ast.KindLink, ast.KindAutoLink:
				cur.links = append(cur.links, h)
				return ast.WalkSkipChildren, nil
			}
			return ast.WalkContinue, nil
		})
	}
	if len(cur.nodes) > 0 {
		out = append(out, cur)
	}
	return out
}

// blockSize is the source text a block holds, roughly.
func blockSize(n ast.Node) int {
	size := 0
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && c.Type() == ast.TypeBlock {
			lines := c.Lines()
			for k := 0; k < lines.Len(); k++ {
				seg := lines.At(k)
				size += seg.Len()
			}
		}
		if c.Type() == ast.TypeInline {
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return size + 1
}

// renderChunks renders each chunk as a document of its own with Glamour's
// renderer, checking ctx between chunks, and finds the headings' lines.
func renderChunks(ctx context.Context, doc ast.Node, src []byte, o Options) (Result, error) {
	chunks := split(doc, src)
	style, err := styleConfig(o)
	if err != nil {
		return plainResult(string(src), o.Width, fmt.Sprintf("the Markdown renderer failed (%v); showing plain text", err)), nil
	}
	var out strings.Builder
	var heads []Heading
	var links []Link
	lines := 0
	padWidth := 0
	first := o.FirstScreen
	if first <= 0 {
		first = 60
	}
	sentProgress := o.Progress == nil
	var buf bytes.Buffer
	pictures := map[string][]string{}
	for k, c := range chunks {
		if err := ctx.Err(); err != nil {
			return Result{}, err
		}
		if o.Picture != nil {
			src = markPictures(c, src, o, pictures)
		}
		part := ast.NewDocument()
		for _, n := range c.nodes {
			part.AppendChild(part, n)
		}
		buf.Reset()
		render := o.renderChunk
		if render == nil {
			render = glamourChunk
		}
		if err := render(&buf, src, part, o.Width, style); err != nil {
			return plainResult(string(src), o.Width, fmt.Sprintf("the Markdown renderer failed (%v); showing plain text", err)), nil
		}
		text := trimBlankLines(safe(buf.String()))
		if text == "" {
			continue
		}
		if lines > 0 {
			// Glamour separates blocks with a line of spaces as wide
			// as its text lines; chunks are joined the same way.
			out.WriteString("\n" + strings.Repeat(" ", padWidth) + "\n")
			lines++
		} else {
			out.WriteString("\n")
			lines++
		}
		body := placePictures(strings.Split(text, "\n"), pictures)
		text = strings.Join(body, "\n")
		if padWidth == 0 {
			padWidth = ansi.StringWidth(body[0])
		}
		heads = append(heads, locate(c, src, body, lines)...)
		links = append(links, locateLinks(c, src, body, lines)...)
		out.WriteString(text)
		lines += len(body)
		if !sentProgress && lines >= first && k+1 < len(chunks) {
			sentProgress = true
			o.Progress(Result{Text: out.String(), Headings: append([]Heading(nil), heads...)})
		}
	}
	out.WriteString("\n")
	return Result{Text: out.String(), Headings: heads, Links: links}, nil
}

// locate finds the chunk's headings in its rendered lines, which start at
// line offset of the whole text. A chunk that starts with a top-level
// heading has it on its first line; the others are searched forward,
// within the chunk only, so a heading that cannot be found costs one pass
// over one chunk.
func locate(c chunk, src []byte, body []string, offset int) []Heading {
	var out []Heading
	from := 0
	for k, h := range c.headings {
		level := h.(*ast.Heading).Level
		txt := termsafe.Line(headingText(h, src))
		if k == 0 && h == c.nodes[0] {
			out = append(out, Heading{Level: level, Text: txt, Line: offset})
			from = 1
			continue
		}
		needle := strings.ToLower(txt)
		if needle == "" {
			continue
		}
		for i := from; i < len(body); i++ {
			if strings.Contains(strings.ToLower(ansi.Strip(body[i])), needle) {
				out = append(out, Heading{Level: level, Text: txt, Line: offset + i})
				from = i + 1
				break
			}
		}
	}
	return out
}

// headingText is a heading's text without inline markup.
func headingText(h ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(h, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.CodeSpan:
			for c := t.FirstChild(); c != nil; c = c.NextSibling() {
				if s, ok := c.(*ast.Text); ok {
					b.Write(s.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

// glamourChunk renders a document with Glamour's terminal renderer, as
// glamour.TermRenderer does, at width.
func glamourChunk(w io.Writer, src []byte, doc ast.Node, width int, style gansi.StyleConfig) error {
	r := renderer.NewRenderer(renderer.WithNodeRenderers(util.Prioritized(gansi.NewRenderer(gansi.Options{
		WordWrap: max(10, width-2),
		Styles:   style,
	}), 1000)))
	return r.Render(w, src, doc)
}

// trimBlankLines removes the lines at both ends that show nothing (Glamour
// pads them with spaces and styles), so that chunks join with exactly one
// blank line, as Glamour separates blocks.
func trimBlankLines(s string) string {
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			i = len(s)
		}
		if strings.TrimSpace(ansi.Strip(s[:i])) != "" {
			break
		}
		s = s[min(i+1, len(s)):]
	}
	for s != "" {
		i := strings.LastIndexByte(s, '\n')
		if strings.TrimSpace(ansi.Strip(s[i+1:])) != "" {
			break
		}
		s = s[:max(i, 0)]
	}
	return s
}

// locateLinks finds the chunk's links' texts in its rendered lines, in
// order, each after the one before.
func locateLinks(c chunk, src []byte, body []string, offset int) []Link {
	var out []Link
	line, col := 0, 0
	plain := make([]string, len(body))
	lower := make([]string, len(body))
	for i, l := range body {
		plain[i] = ansi.Strip(l)
		lower[i] = ascii.Lower(plain[i]) // same length, so indexes fit plain
	}
	for _, n := range c.links {
		url, text := linkTarget(n, src)
		needle := ascii.Lower(strings.TrimSpace(text))
		if url == "" || needle == "" {
			continue
		}
		if k := strings.IndexAny(needle, "\n"); k >= 0 {
			needle = needle[:k] // a text wrapped over lines: its first line
		}
		for i := line; i < len(lower); i++ {
			from := 0
			if i == line {
				from = min(col, len(lower[i]))
			}
			if j := strings.Index(lower[i][from:], needle); j >= 0 {
				start, end := from+j, from+j+len(needle)
				// Columns on screen, for styling the link.
				out = append(out, Link{URL: url, Line: offset + i,
					Start: ansi.StringWidth(plain[i][:start]), End: ansi.StringWidth(plain[i][:end])})
				line, col = i, end
				break
			}
		}
	}
	return out
}

// linkTarget is a link's destination and text.
func linkTarget(n ast.Node, src []byte) (url, text string) {
	switch l := n.(type) {
	case *ast.Link:
		return destination(l), headingText(l, src)
	case *ast.AutoLink:
		u := string(l.URL(src))
		return u, string(l.Label(src))
	}
	return "", ""
}
