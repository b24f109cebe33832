package ui

import (
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

func TestSourceLine(t *testing.T) {
	t.Parallel()
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

func TestHeaderShowsDescriptionAndImage(t *testing.T) {
	t.Parallel()
	src := "---\ntitle: Pods\ndescription: How pods are scheduled onto nodes, step by step.\nheader:\n  image: /assets/pods.png\n---\nBody.\n"
	p := posts.Parse("_posts/2024-01-01-pods.md", []byte(src), posts.Options{KeepBody: true, Rules: posts.Rules{Generator: site.Jekyll}})
	doc := RenderPost(p, RenderOptions{Width: 60, Style: "dark"})
	header := strings.Join(doc.Plain[:doc.BodyStart], "\n")
	for _, want := range []string{"How pods are scheduled onto nodes", "header image: /assets/pods.png"} {
		if !strings.Contains(header, want) {
			t.Errorf("header lacks %q:\n%s", want, header)
		}
	}
	long := posts.Parse("x.md", []byte("---\ntitle: T\ndescription: "+strings.Repeat("word ", 100)+"\n---\nBody.\n"), posts.Options{KeepBody: true, Rules: posts.Rules{Generator: site.Hugo}})
	doc = RenderPost(long, RenderOptions{Width: 60, Style: "dark"})
	if n := strings.Count(strings.Join(doc.Plain[:doc.BodyStart], "\n"), "word"); n == 0 || n >= 100 {
		t.Errorf("a long description shows %d of its 100 words, want a few lines of them", n)
	}
}
