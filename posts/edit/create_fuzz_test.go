package edit

import (
	"path"
	"strings"
	"testing"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// FuzzExpandPathPattern: whatever the pattern, slug and category, an
// accepted path is relative, clean, inside the site and a post file.
func FuzzExpandPathPattern(f *testing.F) {
	f.Add("content/{category}/{slug}.md", "hello", "../../etc")
	f.Add("_posts/{date}-{slug}.md", "x", "")
	f.Add("/abs/{slug}.md", "a", "b")
	f.Add("a/../../{slug}.md", "a", "b")
	f.Add("{year}/{month}/{day}/{slug}.markdown", "..", "..")
	f.Fuzz(func(t *testing.T, pattern, slug, category string) {
		slug = safeSlug(slug)
		rel, err := ExpandPathPattern(pattern, slug, category, time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC))
		if err != nil {
			return
		}
		if path.IsAbs(rel) || path.Clean(rel) != rel || rel == ".." || strings.HasPrefix(rel, "../") || !posts.IsPostFile(rel) {
			t.Fatalf("pattern %q gave %q", pattern, rel)
		}
		for _, seg := range strings.Split(rel, "/") {
			if seg == ".." || seg == "" {
				t.Fatalf("pattern %q gave %q", pattern, rel)
			}
		}
	})
}

// FuzzExecuteArchetype: a site's archetype never panics folio, and what
// it gives either fails cleanly or carries the entered title.
func FuzzExecuteArchetype(f *testing.F) {
	f.Add("+++\ntitle = '{{ replace .Name \"-\" \" \" | title }}'\ndate = {{ .Date }}\ndraft = true\n+++\n")
	f.Add("---\ntitle: {{ .File.ContentBaseName | humanize }}\n---\n{{ range .Section }}x{{ end }}")
	f.Add("no front matter {{ .Type }}")
	f.Fuzz(func(t *testing.T, tmpl string) {
		np := NewPost{Title: "Entered: title", Tags: []string{"a"}, Date: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
		out, err := ExecuteArchetype([]byte(tmpl), ArchetypeData{Name: "entered-title", Section: "posts"}, np, Style{posts.FormatTOML, site.Hugo})
		if err != nil {
			return
		}
		if len(out) > maxArchetypeOutput+4096 {
			t.Fatalf("output of %d bytes", len(out))
		}
		if p := posts.Parse("entered-title.md", out, posts.Options{Rules: posts.Rules{Generator: site.Hugo}}); p.Title != np.Title {
			t.Fatalf("title %q, want %q, from\n%s", p.Title, np.Title, out)
		}
	})
}
