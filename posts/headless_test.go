package posts

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/folio-blog/folio/site"
)

// TestHugoHeadless marks what Hugo makes no page of: headless bundles,
// content built never, and everything below a section cascading that
// (hugoDocs' content/en/_common, whose 47 snippets opened its list).
func TestHugoHeadless(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"content/en/_common/_index.md":          "---\ncascade:\n  build:\n    list: never\n    publishResources: false\n    render: never\n---\n",
		"content/en/_common/snippet.md":         "---\n---\nA snippet.\n",
		"content/en/_common/functions/deep.md":  "---\ntitle: Deep\n---\nText.\n",
		"content/en/docs/_index.md":             "---\ntitle: Docs\n---\n",
		"content/en/docs/page.md":               "---\ntitle: A page\n---\n",
		"content/en/bundle/index.md":            "---\ntitle: B\nheadless: true\n---\n",
		"content/en/never.md":                   "---\ntitle: N\nbuild:\n  list: never\n  render: never\n---\n",
		"content/en/underscore.md":              "+++\ntitle = 'U'\n[_build]\nlist = 'never'\nrender = false\n+++\n",
		"content/en/unlisted.md":                "---\ntitle: Hidden only\nbuild:\n  list: never\n---\n",
		"content/en/targeted/_index.md":         "---\ncascade:\n- _target:\n    path: '**'\n  build:\n    list: never\n    render: never\n---\n",
		"content/en/targeted/snippet.md":        "---\ntitle: T\n---\n",
		"content/en/listed/_index.md":           "---\ncascade:\n  build:\n    list: always\n---\n",
		"content/en/listed/page.md":             "---\ntitle: L\n---\n",
		"content/en/_common-not/_index.md.keep": "x",
	}
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	opts := Options{Rules: Rules{Generator: site.Hugo, ContentDir: "content"}}
	ps, _, err := Load(context.Background(), fsys, opts)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Status{
		"content/en/_common/_index.md":         StatusHeadless,
		"content/en/_common/snippet.md":        StatusHeadless,
		"content/en/_common/functions/deep.md": StatusHeadless,
		"content/en/docs/_index.md":            StatusPublished,
		"content/en/docs/page.md":              StatusPublished,
		"content/en/bundle/index.md":           StatusHeadless,
		"content/en/never.md":                  StatusHeadless,
		"content/en/underscore.md":             StatusHeadless,
		"content/en/unlisted.md":               StatusHidden,
		"content/en/targeted/_index.md":        StatusHeadless,
		"content/en/targeted/snippet.md":       StatusHeadless,
		"content/en/listed/_index.md":          StatusPublished,
		"content/en/listed/page.md":            StatusPublished,
	}
	if len(ps) != len(want) {
		t.Errorf("%d posts read, want %d", len(ps), len(want))
	}
	q, err := ParseQuery("status:headless")
	if err != nil || !q.AsksHeadless() {
		t.Fatalf("status:headless: %v, asks %v", err, q.AsksHeadless())
	}
	for _, p := range ps {
		t.Run(p.Path, func(t *testing.T) {
			if p.Status != want[p.Path] {
				t.Errorf("status %q, want %q", p.Status, want[p.Path])
			}
			if p.Status == StatusHeadless && p.URL != "" {
				t.Errorf("headless content has the URL %q", p.URL)
			}
			if q.Match(p) != (p.Status == StatusHeadless) {
				t.Errorf("status:headless matches it: %v", q.Match(p))
			}
		})
	}
	// One file read again alone is judged alike.
	if p := ParseFile(fsys, "content/en/_common/functions/deep.md", opts); p.Status != StatusHeadless {
		t.Errorf("ParseFile: status %q", p.Status)
	}
	for _, s := range []string{"status:draft", "-status:headless", "tag:x"} {
		if q, _ := ParseQuery(s); q.AsksHeadless() {
			t.Errorf("%s asks for headless content", s)
		}
	}
}
