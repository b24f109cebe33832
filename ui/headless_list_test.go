package ui

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/folio-blog/folio/site"
)

// docsSite is a Hugo documentation site as gohugoio/hugoDocs is: no page
// has a date, and the snippets under content/en/_common, a section that
// cascades build options rendering them never, come first in path order.
func docsSite() fstest.MapFS {
	files := map[string]string{
		"content/en/_common/_index.md":                "---\ncascade:\n  build:\n    list: never\n    render: never\n---\n",
		"content/en/_common/content-format-table.md":  "---\n---\n| Format | Ext |\n",
		"content/en/_common/filter-sort-group.md":     "---\n---\nFilter, sort, group.\n",
		"content/en/_common/glob-patterns.md":         "---\n---\nGlobs.\n",
		"content/en/about/introduction.md":            "---\ntitle: Introduction\n---\nHugo is a static site generator.\n",
		"content/en/templates/introduction.md":        "---\ntitle: Introduction to templating\n---\nTemplates.\n",
		"content/en/functions/strings/ToLower.md":     "---\ntitle: strings.ToLower\n---\nLowers.\n",
		"content/en/news/release.md":                  "---\ntitle: Hugo 0.150 released\ndate: 2025-09-01\n---\nNews.\n",
		"content/en/getting-started/quick-start.md":   "---\ntitle: Quick start\n---\nStart.\n",
		"content/en/content-management/archetypes.md": "---\ntitle: Archetypes\n---\nArchetypes.\n",
		"content/en/content-management/bundles.md":    "---\ntitle: Page bundles\n---\nBundles.\n",
		"content/en/hosting/github.md":                "---\ntitle: Host on GitHub Pages\n---\nHost.\n",
		"content/en/troubleshooting/faq.md":           "---\ntitle: Frequently asked questions\n---\nFAQ.\n",
		"content/en/tools/editors.md":                 "---\ntitle: Editor plugins\n---\nEditors.\n",
		"content/en/tools/search.md":                  "---\ntitle: Search tools\n---\nSearch.\n",
	}
	return siteFS(files)
}

// TestHugoDocsList opens a Hugo documentation site at 40, 80 and 200
// columns: the headless snippets are left out until status:headless
// asks for them, and with few posts dated the list is by title and says
// why. It opened on a screen of snippets in path order.
func TestHugoDocsList(t *testing.T) {
	t.Parallel()
	for _, filter := range []string{"", "/status:headless<enter>"} {
		for _, w := range []int{40, 80, 200} {
			name := fmt.Sprintf("hugo-docs/list-%d", w)
			if filter != "" {
				name = fmt.Sprintf("hugo-docs/headless-%d", w)
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				o := testOptions(docsSite())
				o.Posts.Rules.Generator = site.Hugo
				m := drive(t, loadedWith(t, o, w, 16), keys(filter)...)
				got := plain(m)
				golden(t, name, got)
				l := m.list()
				snippets := 0
				for _, p := range l.shown {
					if strings.Contains(p.Path, "_common") {
						snippets++
					}
				}
				switch {
				case filter == "" && (snippets > 0 || len(l.shown) != 11):
					t.Errorf("%d posts listed, %d of them snippets; want the 11 pages", len(l.shown), snippets)
				case filter != "" && (snippets != 4 || len(l.shown) != 4):
					t.Errorf("status:headless lists %d posts, %d of them snippets; want the 4", len(l.shown), snippets)
				}
				if filter == "" && (l.sortKey != "title" || l.shown[0].Title != "Archetypes") {
					t.Errorf("sorted by %s, first %q; want by title", l.sortKey, l.shown[0].Title)
				}
				if filter == "" && w >= 80 && !strings.Contains(got, "few posts have dates") {
					t.Errorf("the status line does not say why the order is by title:\n%s", got)
				}
				if filter == "" {
					m = drive(t, m, keys("/introduction<enter>")...)
					if got := plain(m); !strings.Contains(got, "by relevance") || strings.Contains(got, "few") {
						t.Errorf("words rank by relevance, and say only that:\n%s", got)
					}
				}
			})
		}
	}
}

// TestDatedSiteStaysByDate: a site whose posts mostly have dates is
// listed newest first, and an order the user set is kept.
func TestDatedSiteStaysByDate(t *testing.T) {
	t.Parallel()
	m := loaded(t, 80, 16)
	if m.list().sortKey != "date" || m.list().fewDates {
		t.Errorf("the test blog is sorted by %s", m.list().sortKey)
	}
	o := testOptions(docsSite())
	o.Sort = "modified"
	m = loadedWith(t, o, 80, 16)
	if m.list().sortKey != "modified" {
		t.Errorf("the order set was replaced by %s", m.list().sortKey)
	}
}
