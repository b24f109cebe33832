package ui

import (
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/markdown"
	"github.com/folio-blog/folio/ui/termsafe"
)

func TestRenderPostIsTerminalSafe(t *testing.T) {
	body := "Para \x1b]52;c;aGk=\x07 and &#27;[2J and <a href=\"javascript:alert(1)\">x</a>\n\n```\ncode \x1b[2J\n```\n\n# Head \x1b[H\n"
	p := posts.Parse("content/x.md", []byte("Title: T \x1b[31mred\nTags: a\x1b]0;pwn\x07\n\n"+body), posts.Options{KeepBody: true})
	for _, style := range []string{"dark", "light"} {
		doc := RenderPost(p, RenderOptions{Dir: "/b", Width: 60, Style: style})
		if err := termsafe.Check(doc.Content); err != nil {
			t.Errorf("%s: %v in %q", style, err, doc.Content)
		}
	}
}

func TestResolveLinks(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"static from the content root", "![a]({static}/images/c.jpg)", "![a](/blog/content/images/c.jpg)"},
		{"filename relative to the post", "[b]({filename}other.md)", "[b](/blog/content/thoughts/other.md)"},
		{"attach with a fragment", "[c]({attach}/files/x.pdf#page=2)", "[c](/blog/content/files/x.pdf#page=2)"},
		{"old bar syntax", "[d](|filename|/a/b.md)", "[d](/blog/content/a/b.md)"},
		{"dot-dot", "[e]({filename}../python/p.md)", "[e](/blog/content/python/p.md)"},
		{"plain links untouched", "[f](https://x.org/{static})", "[f](https://x.org/{static})"},
		{"no links", "just text {braces}", "just text {braces}"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := resolveLinks(tc.body, "content/thoughts/post.md", "/blog", "content"); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDeepNestingIsPlain(t *testing.T) {
	p := posts.Parse("x.md", []byte("Title: x\n\n"+strings.Repeat(">", 10000)+"\n"), posts.Options{KeepBody: true})
	doc := RenderPost(p, RenderOptions{Width: 80, Style: "dark"})
	if !strings.Contains(doc.Warning, "nested") {
		t.Errorf("warning %q, want one about nesting", doc.Warning)
	}
}

func TestLongBodyIsPlain(t *testing.T) {
	body := strings.Repeat("All work and no play makes Jack a dull boy. ", markdown.MaxRenderBytes/44+10)
	p := posts.Parse("x.md", []byte("Title: x\n\n"+body+"\n"), posts.Options{KeepBody: true})
	doc := RenderPost(p, RenderOptions{Width: 80, Style: "dark"})
	if !strings.Contains(doc.Warning, "too long to render") {
		t.Errorf("warning %q, want one about length", doc.Warning)
	}
	short := posts.Parse("x.md", []byte("Title: x\n\n> > quoted\n"), posts.Options{KeepBody: true})
	if doc := RenderPost(short, RenderOptions{Width: 80, Style: "dark"}); doc.Warning != "" {
		t.Errorf("a short, shallow post was not rendered: %q", doc.Warning)
	}
}
