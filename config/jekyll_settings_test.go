package config

import (
	"slices"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// TestJekyllSettings checks that each Jekyll setting changes what
// posts.Load reports, the way Jekyll would.
func TestJekyllSettings(t *testing.T) {
	t.Parallel()
	runSiteCases(t, site.Jekyll, []siteCase{
		{name: "source",
			files: map[string]string{"_config.yml": "source: site\n",
				"site/_posts/2024-01-02-a.md": frontMatter("title: A"), "_posts/2024-01-03-b.md": frontMatter("title: B")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				wantPaths(t, ps, "site/_posts/2024-01-02-a.md")
			}},
		{name: "collections_dir",
			files: map[string]string{"_config.yml": "collections_dir: my_collections\n",
				"my_collections/_posts/2024-01-02-a.md": frontMatter("title: A")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				p := post(t, ps, "my_collections/_posts/2024-01-02-a.md")
				if p.Kind != posts.KindPost || p.Categories != nil || p.Slug != "a" {
					t.Errorf("kind %s categories %v slug %q; the collections folder is not a category", p.Kind, p.Categories, p.Slug)
				}
			}},
		{name: "timezone converts every date",
			files: map[string]string{"_config.yml": "timezone: America/Los_Angeles\n",
				"_posts/2024-01-02-a.md": frontMatter("title: A"),
				"_posts/2024-01-03-b.md": frontMatter("title: B\ndate: 2024-01-03 10:00:00 +0200"),
				"_posts/2024-01-04-c.md": frontMatter("title: C\ndate: 2024-01-04 10:00:00")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				for p, want := range map[string]string{
					"_posts/2024-01-02-a.md": "2024-01-02T00:00:00-08:00", // the name's date is local midnight
					"_posts/2024-01-03-b.md": "2024-01-03T00:00:00-08:00", // an offset is converted
					"_posts/2024-01-04-c.md": "2024-01-04T02:00:00-08:00", // a YAML time without offset is UTC
				} {
					if got := post(t, ps, p).Date.String(); got != want {
						t.Errorf("%s: date %s, want %s", p, got, want)
					}
				}
			}},
		{name: "exclude",
			files: map[string]string{"_config.yml": "exclude: [drafts-old, '*.wip.md']\n",
				"drafts-old/x.md": frontMatter("title: X"), "page.wip.md": frontMatter("title: W"), "about.md": frontMatter("title: About")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				wantPaths(t, ps, "about.md")
			}},
		{name: "show_drafts",
			files: map[string]string{"_config.yml": "show_drafts: false\n", "_drafts/d.md": frontMatter("title: D")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if s.ShowDrafts == nil || *s.ShowDrafts {
					t.Errorf("ShowDrafts %v", s.ShowDrafts)
				}
				if p := post(t, ps, "_drafts/d.md"); p.Status != posts.StatusDraft {
					t.Errorf("status %s", p.Status)
				}
			}},
		{name: "defaults for posts",
			files: map[string]string{"_config.yml": `defaults:
  - scope: {path: ""}
    values: {author: Site Author, layout: default}
  - scope: {path: "", type: posts}
    values: {tags: [news]}
  - scope: {path: "team"}
    values: {author: Team, category: team-stuff}
`,
				"_posts/2024-01-02-a.md":      frontMatter("title: A"),
				"_posts/2024-01-03-b.md":      frontMatter("title: B\nauthor: Guest\ntags: [own]"),
				"team/_posts/2024-01-04-c.md": frontMatter("title: C"),
				"about.md":                    frontMatter("title: About")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				a, b, c, about := post(t, ps, "_posts/2024-01-02-a.md"), post(t, ps, "_posts/2024-01-03-b.md"),
					post(t, ps, "team/_posts/2024-01-04-c.md"), post(t, ps, "about.md")
				if !slices.Equal(a.Authors, []string{"Site Author"}) || !slices.Equal(a.Tags, []string{"news"}) {
					t.Errorf("a: authors %v tags %v", a.Authors, a.Tags)
				}
				if !slices.Equal(b.Authors, []string{"Guest"}) || !slices.Equal(b.Tags, []string{"own"}) {
					t.Errorf("b: authors %v tags %v; the file's own values win", b.Authors, b.Tags)
				}
				if !slices.Equal(c.Authors, []string{"Team"}) || !slices.Equal(c.Categories, []string{"team", "team-stuff"}) {
					t.Errorf("c: authors %v categories %v; the longer path wins", c.Authors, c.Categories)
				}
				if about.Tags != nil {
					t.Errorf("about: tags %v; type posts does not apply to pages", about.Tags)
				}
			}},
		{name: "what Jekyll does not read",
			files: map[string]string{"_config.yml": "title: x\n",
				"_posts/no-date.md": frontMatter("title: N"), "_posts/2014-1-5-short.md": frontMatter("title: S"),
				"_underscore.md": frontMatter("title: U"), "plain.md": "no front matter\n", "page.md": frontMatter("title: P"),
				"_layouts/l.md": frontMatter("title: L"), "node_modules/m.md": frontMatter("title: M")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				wantPaths(t, ps, "_posts/2014-1-5-short.md", "page.md")
				if p := post(t, ps, "_posts/2014-1-5-short.md"); p.Date.Format("2006-01-02T15:04:05") != "2014-01-05T00:00:00" || p.Slug != "short" {
					t.Errorf("short date: %s %q", p.Date, p.Slug)
				}
			}},
	})
}
