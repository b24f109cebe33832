package markdown

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// PictureFunc draws the image a Markdown image names (its destination as
// written) for the screen, at most cols columns wide: its rows, each a
// line of styled text, or nil and a note saying why there is
// none ("" for an image it does not try to show, such as a remote one).
// Rows are written to the terminal as they are: they must hold nothing
// but the caller's own colour sequences.
type PictureFunc func(ref string, cols int) (rows []string, note string)

// pictureMark opens and closes the line that stands for a picture while
// Glamour renders: an object replacement character, which a post's text
// would have no reason to hold alone on a line.
const pictureMark = "\uFFFC"

// markPictures replaces each paragraph of the chunk that holds only an
// image with a one-line mark, drawn by o.Picture, and returns the source
// with the marks' text appended and the rows for each mark. An image that
// cannot be drawn keeps its line, its note added to its text.
func markPictures(c chunk, src []byte, o Options, rows map[string][]string) []byte {
	var paras []*ast.Paragraph
	for _, n := range c.nodes {
		_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if p, ok := n.(*ast.Paragraph); ok && entering {
				paras = append(paras, p)
				return ast.WalkSkipChildren, nil
			}
			return ast.WalkContinue, nil
		})
	}
	for _, p := range paras {
		img := loneImage(p, src)
		if img == nil {
			continue
		}
		got, note := o.Picture(string(img.Destination), max(1, o.Width-4-4*depth(p)))
		if len(got) == 0 {
			if note != "" {
				alt := strings.TrimSpace(inlineText(img, src))
				src = replaceText(img, src, strings.TrimSpace(alt+" ("+note+")"))
			}
			continue
		}
		mark := pictureMark + strconv.Itoa(len(rows)) + pictureMark
		rows[mark] = got
		src = replaceText(p, src, mark)
	}
	return src
}

// depth is how many lists and quotes hold n: each indents its text.
func depth(n ast.Node) int {
	d := 0
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Kind() {
		case ast.KindListItem, ast.KindBlockquote:
			d++
		}
	}
	return d
}

// loneImage is the image a paragraph holds with nothing else but spaces.
func loneImage(p *ast.Paragraph, src []byte) *ast.Image {
	var img *ast.Image
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		switch n := c.(type) {
		case *ast.Image:
			if img != nil {
				return nil
			}
			img = n
		case *ast.Text:
			if strings.TrimSpace(string(n.Segment.Value(src))) != "" {
				return nil
			}
		default:
			return nil
		}
	}
	return img
}

// replaceText makes s the only child of n, as text appended to src.
func replaceText(n ast.Node, src []byte, s string) []byte {
	n.RemoveChildren(n)
	start := len(src)
	src = append(src, s...)
	n.AppendChild(n, ast.NewTextSegment(text.NewSegment(start, len(src))))
	return src
}

// placePictures puts each picture's rows where its mark was rendered,
// indented as the mark was. Glamour may join a list item's paragraphs on
// one line ("• item ￼0￼"): the line keeps its text, and the rows follow
// it, indented as the line is.
func placePictures(lines []string, rows map[string][]string) []string {
	if len(rows) == 0 {
		return lines
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		plain := ansi.Strip(l)
		at := strings.Index(plain, pictureMark)
		if at < 0 {
			out = append(out, l)
			continue
		}
		end := strings.Index(plain[at+len(pictureMark):], pictureMark)
		if end < 0 {
			out = append(out, l)
			continue
		}
		mark := plain[at : at+2*len(pictureMark)+end]
		got, ok := rows[mark]
		if !ok {
			out = append(out, l)
			continue
		}
		indent := strings.Repeat(" ", ansi.StringWidth(plain[:at]))
		if rest := strings.Replace(l, mark, "", 1); strings.TrimSpace(ansi.Strip(rest)) != "" {
			out = append(out, rest)
			indent = strings.Repeat(" ", len(plain)-len(strings.TrimLeft(plain, " ")))
		}
		for _, r := range got {
			out = append(out, indent+r)
		}
	}
	return out
}

// inlineText is the text of n's inline children, as Glamour shows it
// (an image's alt text); goldmark's Node.Text is deprecated for this.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.Write(t.Segment.Value(src))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
