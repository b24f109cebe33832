package markdown

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/folio-blog/folio/markup"
	"github.com/folio-blog/folio/site"
	"github.com/folio-blog/folio/ui/termsafe"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// constructs are markup's construct files: reproductions of what
// real Jekyll, Hugo and Pelican posts write.
var constructs = []string{"jekyll.md", "hugo.md", "rst.rst", "footnotes.md", "alerts.md", "html.md"}

// TestGoldenConstructs renders each construct, converted by
// markup.ToMarkdown, at two widths in both styles, and compares it with
// testdata/golden (go test -update rewrites them).
func TestGoldenConstructs(t *testing.T) {
	t.Parallel()
	for _, name := range constructs {
		src, err := os.ReadFile(filepath.Join("..", "..", "markup", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		o := markup.Options{Generator: site.Plain,
			Page: map[string]string{"title": "Jekyll 1.5.1 Released", "version": "1.29"},
			Site: map[string]string{"title": "Jekyll", "product": "Kubernetes"}}
		switch {
		case strings.HasPrefix(name, "jekyll"):
			o.Generator = site.Jekyll
		case strings.HasPrefix(name, "hugo"):
			o.Generator = site.Hugo
		case strings.HasSuffix(name, ".rst"):
			o.Syntax = markup.RST
		}
		md := termsafe.Text(markup.ToMarkdown(string(src), o))
		for _, width := range []int{40, 100} {
			for _, style := range []string{"dark", "light"} {
				t.Run(fmt.Sprintf("%s/%d/%s", name, width, style), func(t *testing.T) {
					r, err := Render(context.Background(), md, Options{Width: width, Style: style})
					if err != nil || r.Warning != "" {
						t.Fatalf("render: %v %q", err, r.Warning)
					}
					golden := filepath.Join("testdata", "golden", fmt.Sprintf("%s.w%d.%s.golden", name, width, style))
					if *update {
						if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
							t.Fatal(err)
						}
						if err := os.WriteFile(golden, []byte(r.Text), 0o644); err != nil {
							t.Fatal(err)
						}
						return
					}
					want, err := os.ReadFile(golden)
					if err != nil {
						t.Fatal(err)
					}
					if r.Text != string(want) {
						t.Errorf("render differs from %s:\n%s", golden, r.Text)
					}
				})
			}
		}
	}
}
