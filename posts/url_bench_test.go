package posts

import (
	"testing"

	"github.com/folio-blog/folio/site"
)

// BenchmarkParseWithURL measures parsing a short post of each generator,
// its URL included (compare allocs/op with BenchmarkParse's plain folder).
func BenchmarkParseWithURL(b *testing.B) {
	for _, tc := range []struct {
		name  string
		rules Rules
		rel   string
		src   string
	}{
		{"pelican", Rules{Generator: site.Pelican, Lang: "en"}, "tech/a.md", "Title: Hello World\nDate: 2024-01-02\nTags: a, b\nCategory: Tech\n\nSome words here.\n"},
		{"hugo", Rules{Generator: site.Hugo, ContentDir: "content", Lang: "en"}, "content/posts/a.md", "---\ntitle: Hello World\ndate: 2024-01-02\ntags: [a, b]\n---\nSome words here.\n"},
		{"jekyll", Rules{Generator: site.Jekyll}, "_posts/2024-01-02-a.md", "---\ntitle: Hello World\ntags: [a, b]\n---\nSome words here.\n"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			data := []byte(tc.src)
			opts := Options{Rules: tc.rules}
			b.ReportAllocs()
			for b.Loop() {
				Parse(tc.rel, data, opts)
			}
		})
	}
}
