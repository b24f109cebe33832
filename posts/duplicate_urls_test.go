package posts

import (
	"slices"
	"strings"
	"testing"
)

// Two posts at one address (issue 22, item 7): a rename or a slug key
// can put them there, and the generator then writes one page over the
// other.
func TestDuplicateURLs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		urls map[string]string // path → URL
		want []string
	}{
		{"none", map[string]string{"a.md": "/a.html", "b.md": "/b.html", "c.md": "", "d.md": ""}, nil},
		{"index.html only as a whole name", map[string]string{"a.md": "/myindex.html", "b.md": "/my"}, nil},
		{"pelican slug clash", map[string]string{"content/a.md": "/post-b.html", "content/b.md": "/post-b.html"}, []string{
			"content/a.md: URL /post-b.html is also the address of content/b.md; one page overwrites the other",
			"content/b.md: URL /post-b.html is also the address of content/a.md; one page overwrites the other",
		}},
		{"bundle and file, index.html spelled out", map[string]string{"content/post/p1/index.md": "/post/p1/", "content/post/p1.md": "/post/p1/index.html", "content/post/p2.md": "/post/p2/"}, []string{
			"content/post/p1.md: URL /post/p1/index.html is also the address of content/post/p1/index.md; one page overwrites the other",
			"content/post/p1/index.md: URL /post/p1/ is also the address of content/post/p1.md; one page overwrites the other",
		}},
		{"three", map[string]string{"c.md": "/x/", "a.md": "/x/", "b.md": "/x/"}, []string{
			"a.md: URL /x/ is also the address of b.md, c.md; one page overwrites the other",
			"b.md: URL /x/ is also the address of a.md, c.md; one page overwrites the other",
			"c.md: URL /x/ is also the address of a.md, b.md; one page overwrites the other",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var ps []*Post
			for p, u := range tc.urls {
				ps = append(ps, &Post{Path: p, URL: u})
			}
			var got []string
			for _, w := range DuplicateURLs(ps) {
				got = append(got, w.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestAtURL(t *testing.T) {
	t.Parallel()
	ps := []*Post{{Path: "a.md", URL: "/a/"}, {Path: "b.md", URL: "/a/index.html"}, {Path: "c.md", URL: "/c/"}, {Path: "d.md"}}
	var got []string
	for _, p := range AtURL(ps, "/a/") {
		got = append(got, p.Path)
	}
	if !slices.Equal(got, []string{"a.md", "b.md"}) {
		t.Errorf("got %q", got)
	}
	if AtURL(ps, "") != nil {
		t.Error("the empty URL is no address")
	}
}

func TestWarningAppendJSON(t *testing.T) {
	t.Parallel()
	w := Warning{Path: "a\x1b.md", Line: 3, Msg: "bad \"date\"\u0085"}
	if got, want := string(w.AppendJSON(nil)), `{"file":"a\u001b.md","line":3,"message":"bad \"date\"\u0085"}`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestLinkKey: every way of writing a link to one page has one key, a
// prefix of the link, so the rest (a "#fragment" cut before) can be kept.
func TestLinkKey(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"/a/": "/a", "/a/index.html": "/a", "/a.html": "/a", "/a": "/a", "/": "/", "/index.html": "/",
		"a/b/": "a/b", "/a.htm": "/a.htm",
	} {
		if got := LinkKey(in); got != want || !strings.HasPrefix(in, got) {
			t.Errorf("LinkKey(%q) = %q, want %q", in, got, want)
		}
	}
}
