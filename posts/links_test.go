package posts

import (
	"sync"
	"testing"
)

// linkedSite is a site's posts as a loaded list holds them.
func linkedSite(t *testing.T) *Links {
	t.Helper()
	rules := Rules{ContentDir: "content"}
	var ps []*Post
	for _, p := range []string{
		"_posts/2010-07-21-name.md",
		"_posts/2011/2011-01-01-deep.md",
		"content/posts/api-changes.md",
		"content/posts/bundle/index.md",
		"content/docs/install/_index.md",
		"content/travel/trieste.md",
		"content/travel/coffee.md",
		"content/a-b/twin.md", // listed first, walked after content/a/
		"content/a/twin.md",
		"docs/_posts/2014-03-24-a.markdown",
	} {
		ps = append(ps, Parse(p, []byte("---\ntitle: T\n---\nx\n"), Options{Rules: rules}))
	}
	return NewLinks(ps, rules)
}

// TestLinks checks each way a generator writes a link between posts.
func TestLinks(t *testing.T) {
	t.Parallel()
	l := linkedSite(t)
	const from = "content/posts/here.md"
	tests := []struct {
		name string
		find func() (*Post, bool)
		want string // the post's path; "" when none
	}{
		{"post_url", func() (*Post, bool) { return l.PostURL("2010-07-21-name") }, "_posts/2010-07-21-name.md"},
		{"post_url in a sub-folder of _posts", func() (*Post, bool) { return l.PostURL("2011-01-01-deep") }, "_posts/2011/2011-01-01-deep.md"},
		{"post_url of nothing", func() (*Post, bool) { return l.PostURL("2012-01-01-gone") }, ""},
		{"link from the site's folder", func() (*Post, bool) { return l.JekyllLink("docs/_posts/2014-03-24-a.markdown") }, "docs/_posts/2014-03-24-a.markdown"},
		{"link with a leading slash", func() (*Post, bool) { return l.JekyllLink("/_posts/2010-07-21-name.md") }, "_posts/2010-07-21-name.md"},
		{"link out of the site", func() (*Post, bool) { return l.JekyllLink("../../etc/passwd") }, ""},
		{"ref relative to the page", func() (*Post, bool) { return l.HugoRef(from, "api-changes.md") }, "content/posts/api-changes.md"},
		{"ref from the content folder, no extension", func() (*Post, bool) { return l.HugoRef(from, "/posts/api-changes") }, "content/posts/api-changes.md"},
		{"ref to a bundle", func() (*Post, bool) { return l.HugoRef(from, "bundle") }, "content/posts/bundle/index.md"},
		{"ref to a section", func() (*Post, bool) { return l.HugoRef(from, "/docs/install") }, "content/docs/install/_index.md"},
		{"ref relative, then from the content folder", func() (*Post, bool) { return l.HugoRef(from, "travel/trieste") }, "content/travel/trieste.md"},
		{"ref by name alone", func() (*Post, bool) { return l.HugoRef(from, "coffee") }, "content/travel/coffee.md"},
		{"ref by name, first in a walk", func() (*Post, bool) { return l.HugoRef(from, "twin.md") }, "content/a/twin.md"},
		{"ref to nothing", func() (*Post, bool) { return l.HugoRef(from, "nowhere") }, ""},
		{"filename from the content folder", func() (*Post, bool) { return l.PelicanFile("content/posts/x.md", "/travel/trieste.md") }, "content/travel/trieste.md"},
		{"filename from the post's folder", func() (*Post, bool) { return l.PelicanFile("content/travel/x.md", "coffee.md") }, "content/travel/coffee.md"},
		{"filename up a folder", func() (*Post, bool) { return l.PelicanFile("content/travel/x.md", "../posts/api-changes.md") }, "content/posts/api-changes.md"},
		{"filename is never by name", func() (*Post, bool) { return l.PelicanFile("content/posts/x.md", "coffee.md") }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := tc.find()
			got := ""
			if ok {
				got = p.Path
			}
			if got != tc.want {
				t.Errorf("found %q, want %q", got, tc.want)
			}
		})
	}
}

// TestLinksConcurrentReaders looks posts up from many goroutines at once,
// the first lookup among them (go test -race checks the sharing).
func TestLinksConcurrentReaders(t *testing.T) {
	t.Parallel()
	l := linkedSite(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				if p, ok := l.HugoRef("content/posts/here.md", "coffee"); !ok || p.Path != "content/travel/coffee.md" {
					t.Errorf("found %v %v", p, ok)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestWalkOrder(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b string
		want int
	}{
		{"a/b.md", "a-c.md", -1},
		{"a-c.md", "a/b.md", 1},
		{"_posts/x.md", "content/x.md", -1},
		{"a/b.md", "a/b.md", 0},
		{"a/b/c.md", "a/c.md", -1},
	}
	for _, tc := range tests {
		if got := walkOrder(tc.a, tc.b); got != tc.want {
			t.Errorf("walkOrder(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
