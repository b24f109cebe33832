package ui

import (
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
)

func TestSourceLine(t *testing.T) {
	var b strings.Builder
	b.WriteString("Title: T\n\n")
	for s := 1; s <= 3; s++ {
		b.WriteString("## Section " + string(rune('A'+s-1)) + "\n\n")
		for k := 0; k < 20; k++ {
			b.WriteString("A line of text that fits.\n\n")
		}
	}
	src := b.String()
	p := posts.Parse("x.md", []byte(src), posts.Options{KeepBody: true})
	doc := RenderPost(p, RenderOptions{Width: 80, Style: "dark"})
	fileLines := strings.Split(src, "\n")
	for _, h := range doc.Headings {
		got := doc.SourceLine(h.Line)
		if got < 1 || got > len(fileLines) || !strings.Contains(fileLines[got-1], h.Text) {
			t.Errorf("heading %q on screen line %d maps to file line %d", h.Text, h.Line, got)
		}
	}
	if got := doc.SourceLine(0); got != p.BodyLine {
		t.Errorf("the header maps to line %d, want the body's first line %d", got, p.BodyLine)
	}
	// Halfway into section B on screen is about halfway into it in the
	// file.
	hb, hc := doc.Headings[1], doc.Headings[2]
	mid := doc.SourceLine((hb.Line + hc.Line) / 2)
	fb, fc := doc.SourceLine(hb.Line), doc.SourceLine(hc.Line)
	if mid <= fb || mid >= fc {
		t.Errorf("middle of section B maps to %d, not between %d and %d", mid, fb, fc)
	}
	last := doc.SourceLine(len(doc.Plain) + 10)
	if last < fc || last > len(fileLines) {
		t.Errorf("past the end maps to %d", last)
	}
}
