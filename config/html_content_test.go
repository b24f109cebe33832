package config

import (
	"slices"
	"testing"
)

// TestHugoHTMLBundles checks which .html files of a Hugo site are pages
// and make their folder a leaf bundle (issue 21, class 2): one that
// starts with front matter is a page, and an index.html that does makes
// the files beside it resources; one without front matter is copied by
// Hugo as it is, and the Markdown beside it stays pages (hugo 0.111).
func TestHugoHTMLBundles(t *testing.T) {
	t.Parallel()
	_, ps := loadSite(t, writeSite(t, map[string]string{
		"hugo.toml":                      "baseURL = 'https://example.org/'\n",
		"content/post/bundle/index.html": "---\ntitle: Bundle\n---\n<p>x</p>\n",
		"content/post/bundle/notes.md":   "---\ntitle: A resource\n---\n",
		"content/post/demo/index.html":   "<!DOCTYPE html>\n<html><body>a demo page</body></html>\n",
		"content/post/demo/notes.md":     "---\ntitle: A page beside a copied file\n---\n",
		"content/post/plain.html":        "<p>copied</p>\n",
	}))
	var got []string
	for p := range ps {
		got = append(got, p)
	}
	slices.Sort(got)
	want := []string{"content/post/bundle/index.html", "content/post/demo/notes.md"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
