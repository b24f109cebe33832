package config

import (
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// TestHugoIssue21Settings reads what issue 21's classes need from a Hugo
// site: its output formats, and its languages in file names.
func TestHugoIssue21Settings(t *testing.T) {
	t.Parallel()
	urls := func(want map[string]string) func(*testing.T, *Site, map[string]*posts.Post) {
		return func(t *testing.T, _ *Site, ps map[string]*posts.Post) {
			t.Helper()
			for p, u := range want {
				if got, ok := ps[p]; !ok {
					t.Errorf("%s not listed", p)
				} else if got.URL != u {
					t.Errorf("%s: URL %q, want %q", p, got.URL, u)
				}
			}
		}
	}
	runSiteCases(t, site.Hugo, []siteCase{
		{name: "site output formats and outputs by kind",
			files: map[string]string{"hugo.toml": "[outputs]\npage = ['Feed', 'HTML']\n" +
				"[outputFormats.Feed]\nmediaType = 'application/x-feed'\nbaseName = 'feed'\n" +
				"[outputFormats.JSON]\nbaseName = 'data'\n" +
				"[mediaTypes.'application/x-feed']\nsuffixes = ['fd']\n",
				"content/posts/a.md":      frontMatter("title: A"),
				"content/posts/b.md":      frontMatter("title: B\noutputs: [json]"),
				"content/posts/_index.md": frontMatter("title: Posts")},
			check: urls(map[string]string{"content/posts/a.md": "/posts/a/feed.fd", "content/posts/b.md": "/posts/b/data.json",
				"content/posts/_index.md": "/posts/"})},
		{name: "translations by file suffix",
			files: map[string]string{"hugo.toml": "defaultContentLanguage = 'en'\n[languages.en]\n[languages.es]\n",
				"content/posts/x/index.md":    frontMatter("title: X"),
				"content/posts/x/index.es.md": frontMatter("title: X es"),
				"content/posts/x/notes.es.md": frontMatter("title: a resource"),
				// A bundle written only in Spanish is a bundle all the same.
				"content/posts/y/index.es.md": frontMatter("title: Y"),
				"content/posts/y/notes.md":    frontMatter("title: a resource"),
				// A leaf bundle inside another is one of its resources.
				"content/posts/x/sub/index.md":        frontMatter("title: inner"),
				"content/about.pt.md":                 frontMatter("title: Sobre"),
				"content/author/Juan/_index.en.md.md": frontMatter("name: Juan"),
				"content/author/Juan/_index.es.md.md": frontMatter("name: Juan"),
				"content/author/Ana/_index.es.md":     frontMatter("name: Ana")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				wantPaths(t, ps, "content/about.pt.md", "content/author/Ana/_index.es.md", "content/author/Juan/_index.en.md.md",
					"content/posts/x/index.es.md", "content/posts/x/index.md", "content/posts/y/index.es.md")
				urls(map[string]string{"content/posts/x/index.es.md": "/es/posts/x/", "content/posts/y/index.es.md": "/es/posts/y/",
					"content/about.pt.md": "/about.pt/", "content/author/Juan/_index.en.md.md": "/author/juan/"})(t, s, ps)
				if p := ps["content/posts/x/index.es.md"]; p != nil && p.Lang != "es" {
					t.Errorf("lang %q", p.Lang)
				}
			}},
		{name: "languages from config/_default",
			files: map[string]string{"config/_default/hugo.toml": "defaultContentLanguage = 'fr'\ndefaultContentLanguageInSubdir = true\n",
				"config/_default/languages.toml": "[fr]\nweight = 1\n[de]\nweight = 2\n",
				"content/about.md":               frontMatter("title: Infos"),
				"content/about.de.md":            frontMatter("title: Über"),
				"content/about.en.md":            frontMatter("title: About")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				urls(map[string]string{"content/about.md": "/fr/about/", "content/about.de.md": "/de/about/",
					"content/about.en.md": "/fr/about.en/"})(t, s, ps)
				for p, lang := range map[string]string{"content/about.md": "fr", "content/about.de.md": "de", "content/about.en.md": "fr"} {
					if got := ps[p]; got != nil && got.Lang != lang {
						t.Errorf("%s: lang %q, want %q", p, got.Lang, lang)
					}
				}
			}},
	})
}
