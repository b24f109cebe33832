package check

import (
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

func TestPostLike(t *testing.T) {
	t.Parallel()
	ps := []*posts.Post{
		{Path: "a.md", Kind: posts.KindPost, URL: "/2024/01/02/a.html"},
		{Path: "b.md", Kind: posts.KindPost, URL: "/blog/b/"},
		{Path: "about.md", Kind: posts.KindPage, URL: "/about/"},
	}
	x := newURLIndex(ps, site.Jekyll)
	tests := []struct {
		url  string
		want bool
	}{
		{"/2019/03/04/gone.html", true},
		{"/blog/gone/", true},
		{"/blog/", false},     // a list page above posts
		{"/2024/", false},     // an archive
		{"/tags/go/", false},  // a taxonomy page
		{"/contact/", false},  // a page at the top: not shaped like a post
		{"/blog/b/x/", false}, // deeper than any post
	}
	for _, tc := range tests {
		if got := x.postLike(tc.url); got != tc.want {
			t.Errorf("postLike(%q) = %v, want %v", tc.url, got, tc.want)
		}
	}
	if p, ok := x.at("/blog/b/index.html"); !ok || p.Path != "b.md" {
		t.Errorf("at(/blog/b/index.html) = %v, %v", p, ok)
	}
}

func TestExternal(t *testing.T) {
	t.Parallel()
	for target, want := range map[string]bool{"https://x.org/a": true, "mailto:a@b": true, "//cdn/x.js": true,
		"/a/b": false, "a.md": false, "./x:y.png": false, "?q=1": false} {
		if got := external(target); got != want {
			t.Errorf("external(%q) = %v, want %v", target, got, want)
		}
	}
}
