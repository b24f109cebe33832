package ui

import (
	"strings"

	"github.com/folio-blog/folio/posts"
)

// lineAnchor ties a line of a rendered document to a line of its file.
type lineAnchor struct{ shown, file int }

// maxHeadingLookahead bounds how far the file is searched for each
// heading, so that headings the file spells differently cost a bounded
// search each rather than a pass over the rest of the file.
const maxHeadingLookahead = 500

// sourceAnchors ties the body's start, each heading found in the file and
// the body's end to lines of the file, in order, for SourceLine.
func sourceAnchors(p *posts.Post, heads []Heading, bodyStart, shownLines int) []lineAnchor {
	first := max(1, p.BodyLine)
	lines := strings.Split(p.Body, "\n")
	out := []lineAnchor{{bodyStart, first}}
	from := 0
	for _, h := range heads {
		needle := strings.ToLower(strings.TrimSpace(h.Text))
		if needle == "" {
			continue
		}
		for i := from; i < len(lines) && i < from+maxHeadingLookahead; i++ {
			if strings.Contains(strings.ToLower(lines[i]), needle) {
				if a := (lineAnchor{h.Line, first + i}); a.shown > out[len(out)-1].shown && a.file > out[len(out)-1].file {
					out = append(out, a)
				}
				from = i + 1
				break
			}
		}
	}
	if end := (lineAnchor{shownLines, first + len(lines) - 1}); end.shown > out[len(out)-1].shown && end.file >= out[len(out)-1].file {
		out = append(out, end)
	}
	return out
}

// SourceLine is the line of the post's file that shows at line of the
// document: the line of the heading above it, plus as far into the
// section as line is into the section's rendering. Lines of the header
// give the body's first line.
func (d Document) SourceLine(line int) int {
	if len(d.anchors) == 0 {
		return 1
	}
	a := d.anchors[0]
	if line <= a.shown {
		return a.file
	}
	for i := 1; i < len(d.anchors); i++ {
		b := d.anchors[i]
		if line < b.shown {
			return a.file + (line-a.shown)*(b.file-a.file)/(b.shown-a.shown)
		}
		a = b
	}
	return a.file
}
