package markdown

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/folio-blog/folio/ui/termsafe"
)

// FuzzRender checks that any sanitized Markdown renders, at a narrow and
// a common width, to terminal-safe text without panicking, and that every
// heading and link it reports is on a line of that text.
func FuzzRender(f *testing.F) {
	for _, name := range constructs {
		if data, err := os.ReadFile(filepath.Join("..", "..", "posts", "markup", "testdata", name)); err == nil {
			f.Add(string(data))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		src := termsafe.Text(s)
		for _, w := range []int{20, 80} {
			r, err := Render(context.Background(), src, Options{Width: w, Style: "dark"})
			if err != nil {
				t.Fatal(err)
			}
			if err := termsafe.Check(r.Text); err != nil {
				t.Fatalf("unsafe output: %v", err)
			}
			lines := 1
			for i := 0; i < len(r.Text); i++ {
				if r.Text[i] == '\n' {
					lines++
				}
			}
			for _, h := range r.Headings {
				if h.Line < 0 || h.Line >= lines {
					t.Fatalf("heading %q on line %d of %d", h.Text, h.Line, lines)
				}
			}
			for _, l := range r.Links {
				if l.Line < 0 || l.Line >= lines || l.Start > l.End {
					t.Fatalf("link %+v outside %d lines", l, lines)
				}
			}
		}
	})
}
