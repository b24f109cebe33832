package config

import (
	"slices"
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// TestHugoSettings checks that each Hugo setting changes what posts.Load
// reports, the way Hugo would.
func TestHugoSettings(t *testing.T) {
	t.Parallel()
	runSiteCases(t, site.Hugo, []siteCase{
		{name: "config file names in Hugo's order",
			files: map[string]string{"hugo.yaml": "timeZone: Asia/Tokyo\n", "config.toml": "timeZone = 'Europe/Rome'\n",
				"content/posts/a.md": frontMatter("title: A\ndate: 2024-01-01T10:00:00")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if !slices.Equal(s.Files, []string{"hugo.yaml"}) {
					t.Errorf("files %v, want hugo.yaml only", s.Files)
				}
				if got := ps["content/posts/a.md"].Date.String(); got != "2024-01-01T10:00:00+09:00" {
					t.Errorf("date %s", got)
				}
			}},
		{name: "contentDir",
			files: map[string]string{"hugo.toml": "contentDir = 'site/content'\n",
				"site/content/posts/a.md": frontMatter("title: A"), "content/posts/b.md": frontMatter("title: B")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				wantPaths(t, ps, "site/content/posts/a.md")
			}},
		{name: "timeZone",
			files: map[string]string{"hugo.json": `{"timeZone": "America/New_York"}`,
				"content/posts/a.md": frontMatter("date: 2024-03-01T10:00:00"), "content/posts/b.md": frontMatter("date: 2024-03-01T10:00:00Z")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["content/posts/a.md"].Date.String(); got != "2024-03-01T10:00:00-05:00" {
					t.Errorf("naive date %s, want it read in New York", got)
				}
				if got := ps["content/posts/b.md"].Date.String(); got != "2024-03-01T10:00:00Z" {
					t.Errorf("UTC date %s, want it kept", got)
				}
			}},
		{name: "no timeZone is UTC",
			files: map[string]string{"hugo.toml": "title = 'x'\n", "content/posts/a.md": frontMatter("date: 2024-03-01T10:00:00")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["content/posts/a.md"].Date.String(); got != "2024-03-01T10:00:00Z" {
					t.Errorf("date %s", got)
				}
			}},
		{name: "custom taxonomy, removed default",
			files: map[string]string{"hugo.toml": "[taxonomies]\ntag = 'tags'\nseries = 'series'\n",
				"content/posts/a.md": frontMatter("tags: [go]\ncategories: [notes]\nseries: [Advent]")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				p := ps["content/posts/a.md"]
				if !slices.Equal(p.Tags, []string{"go"}) || p.Categories != nil {
					t.Errorf("tags %v categories %v, want categories gone", p.Tags, p.Categories)
				}
				if got := p.Taxonomies["series"]; !slices.Equal(got, []string{"Advent"}) {
					t.Errorf("series %v", got)
				}
				if _, has := p.Taxonomies["categories"]; has {
					t.Errorf("categories still a taxonomy: %v", p.Taxonomies)
				}
			}},
		{name: "frontmatter date precedence",
			files: map[string]string{"hugo.toml": "[frontmatter]\ndate = ['publishDate', ':filename', ':default']\n",
				"content/posts/a.md":            frontMatter("date: 2024-01-01\npublishDate: 2024-02-02"),
				"content/posts/2023-05-06-b.md": frontMatter("title: B"),
				"content/posts/c.md":            frontMatter("lastmod: 2022-01-01")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["content/posts/a.md"].Date.String(); !strings.HasPrefix(got, "2024-02-02") {
					t.Errorf("a date %s, want publishDate first", got)
				}
				b := ps["content/posts/2023-05-06-b.md"]
				if !strings.HasPrefix(b.Date.String(), "2023-05-06") || b.Slug != "b" {
					t.Errorf("b date %s slug %q, want the file name's", b.Date, b.Slug)
				}
				if got := ps["content/posts/c.md"].Date.String(); !strings.HasPrefix(got, "2022-01-01") {
					t.Errorf("c date %s, want lastmod through :default", got)
				}
			}},
		{name: "default date falls back to lastmod",
			files: map[string]string{"hugo.toml": "", "content/posts/a.md": frontMatter("lastmod: 2022-01-01")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["content/posts/a.md"].Date.String(); !strings.HasPrefix(got, "2022-01-01") {
					t.Errorf("date %s", got)
				}
			}},
		{name: "languages with their own content dirs",
			files: map[string]string{"hugo.toml": "defaultContentLanguage = 'en'\n[languages.en]\ncontentDir = 'content/en'\n[languages.it]\ncontentDir = 'content/it'\n",
				"content/en/posts/a.md": frontMatter("title: A"), "content/it/posts/b.md": frontMatter("title: B"), "content/it/_index.md": frontMatter("title: Home")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				a, b, home := ps["content/en/posts/a.md"], ps["content/it/posts/b.md"], ps["content/it/_index.md"]
				if a == nil || b == nil || home == nil {
					t.Fatalf("posts %v", sortedKeys(ps))
				}
				if a.Lang != "en" || b.Lang != "it" {
					t.Errorf("langs %q %q", a.Lang, b.Lang)
				}
				if b.Kind != posts.KindPost || home.Kind != posts.KindPage {
					t.Errorf("kinds %s %s, want the language folder to count as the content root", b.Kind, home.Kind)
				}
			}},
		{name: "ignoreFiles",
			files: map[string]string{"hugo.toml": "ignoreFiles = ['\\.draft\\.md$']\n",
				"content/posts/a.md": frontMatter("title: A"), "content/posts/b.draft.md": frontMatter("title: B")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				wantPaths(t, ps, "content/posts/a.md")
			}},
		{name: "config/_default",
			files: map[string]string{"config/_default/hugo.toml": "timeZone = 'Asia/Tokyo'\n", "config/_default/taxonomies.toml": "tag = 'tags'\n",
				"content/posts/a.md": frontMatter("date: 2024-01-01T10:00:00\ncategories: [x]")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				p := ps["content/posts/a.md"]
				if p.Date.String() != "2024-01-01T10:00:00+09:00" || p.Categories != nil {
					t.Errorf("date %s categories %v", p.Date, p.Categories)
				}
			}},
		{name: "bundles, extensions and same names",
			files: map[string]string{"hugo.toml": "",
				"content/posts/bundle/index.md": frontMatter("title: Bundle"), "content/posts/bundle/notes.md": frontMatter("title: Notes"),
				"content/posts/x.md": frontMatter("title: X"), "content/posts/x.markdown": frontMatter("title: X2"),
				"content/posts/y.MD": frontMatter("title: Y"), "content/posts/z.mkd": frontMatter("title: Z")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				wantPaths(t, ps, "content/posts/bundle/index.md", "content/posts/x.md")
				if got := ps["content/posts/bundle/index.md"].Slug; got != "bundle" {
					t.Errorf("bundle slug %q", got)
				}
			}},
		{name: "bad time zone is not understood",
			files: map[string]string{"hugo.toml": "timeZone = 'Mars/Olympus'\n", "content/posts/a.md": frontMatter("title: A")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if len(s.NotUnderstood) != 1 || s.NotUnderstood[0].Key != "timeZone" || s.NotUnderstood[0].Line != 1 {
					t.Errorf("not understood %v", s.NotUnderstood)
				}
			}},
	})
}
