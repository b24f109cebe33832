package markup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/folio-blog/folio/site"
)

func addSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/*")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
}

// FuzzToMarkdown checks that any body converts without panicking, that
// the output stays within a constant factor of the input, and that a
// fenced code block appended to it comes out as written.
func FuzzToMarkdown(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, g := range []site.Generator{site.Jekyll, site.Hugo} {
			out := ToMarkdown(s, Options{Generator: g, Links: fakeLinks{}})
			if len(out) > 8*len(s)+4096 {
				t.Fatalf("output %d bytes from %d", len(out), len(s))
			}
			code := "\n\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n{% x %} {{< y >}} [^1] <img src=a>\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
			if strings.Contains(s, "~~~") || strings.Contains(s, "```") || strings.Contains(s, "{%") || strings.Contains(s, "{{") {
				continue // the input may open a block that takes the fence in
			}
			if out := ToMarkdown(s+code, Options{Generator: g}); !strings.Contains(out, code[2:]) {
				t.Fatalf("code block changed: %q", out)
			}
		}
	})
}

// FuzzFromHTML checks that any HTML body converts without panicking,
// within a constant factor of its size, and that kept markup after text
// comes back as written.
func FuzzFromHTML(f *testing.F) {
	addSeeds(f)
	f.Add("<p>{{< figure src=\"a_b.png\" >}}</p><ul><li>a<li>b</ul><table><tr><td rowspan=9>x</table>")
	f.Fuzz(func(t *testing.T, s string) {
		if out := FromHTML(s); len(out) > 8*len(s)+4096 {
			t.Fatalf("output %d bytes from %d", len(out), len(s))
		}
		// A tag may open raw text (<script, <iframe, <!--) that takes the
		// rest in, and a brace may open kept markup.
		if out := FromHTML("<p>" + s + "</p><p>{{< kept_x >}}</p>"); !strings.Contains(out, "{{< kept_x >}}") && !strings.ContainsAny(s, "<{") {
			t.Fatalf("kept markup lost: %q", out)
		}
	})
}

// FuzzFromRST checks that any reStructuredText converts without
// panicking, within a constant factor of its size.
func FuzzFromRST(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if out := FromRST(s); len(out) > 8*len(s)+4096 {
			t.Fatalf("output %d bytes from %d", len(out), len(s))
		}
	})
}
