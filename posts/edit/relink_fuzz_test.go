package edit

import (
	"bytes"
	"testing"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// FuzzRelink rewrites the links to a renamed post in random bodies: the
// result is the body with some of the links' targets replaced by their
// new forms, in order, and every other byte as it was.
func FuzzRelink(f *testing.F) {
	for _, body := range []string{
		"[a](old.md) [b](../post/old.md#x) `[c](old.md)`",
		"{{< ref \"old\" >}} {{% relref \"/post/old.md\" %}} [u](/post/old/)",
		"[a]({filename}/post/old.md) [b](|filename|old.md?x)",
		"{% post_url old %} {% link content/post/old.md %}\n\n    [code](old.md)\n",
		"[x]: old.md \"t\"\n<a href=\"/post/old/index.html\">h</a>",
	} {
		for gen := range 4 {
			f.Add(uint8(gen), body)
		}
	}
	f.Fuzz(func(t *testing.T, gen uint8, body string) {
		rules := posts.Rules{Generator: []site.Generator{site.Plain, site.Pelican, site.Hugo, site.Jekyll}[gen%4], ContentDir: "content"}
		parse := func(rel, text string) *posts.Post {
			return posts.ParseModified(rel, []byte(text), time.Time{}, posts.Options{Rules: rules})
		}
		old := parse("content/post/old.md", "---\ntitle: Old\n---\n")
		if old.URL == "" {
			old.URL = "/post/old/"
		}
		linking := "content/post/a.md"
		data := []byte("---\ntitle: A\n---\n" + body)
		ps := []*posts.Post{old, parse(linking, string(data))}
		r := newRelinker(ps, rules, old, "content/post/new-name.md", "/post/new-name/")
		out, edits, ok := r.edits(linking, linking, data)
		if !ok {
			return
		}
		i, j := 0, 0
		for _, e := range edits {
			if e.Refused != "" {
				continue
			}
			k := e.at - i
			if k < 0 || !bytes.HasPrefix(data[e.at:], []byte(e.Old)) {
				t.Fatalf("edit %+v: %q not at its place, after the last edit", e, e.Old)
			}
			if !bytes.Equal(out[j:j+k], data[i:i+k]) || !bytes.HasPrefix(out[j+k:], []byte(e.New)) {
				t.Fatalf("edit %+v: bytes around it changed:\n%q\n%q", e, data, out)
			}
			i, j = i+k+len(e.Old), j+k+len(e.New)
		}
		if !bytes.Equal(out[j:], data[i:]) {
			t.Fatalf("bytes after the last edit changed:\n%q\n%q", data, out)
		}
	})
}
