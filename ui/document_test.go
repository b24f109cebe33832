package ui

import (
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
	"github.com/folio-blog/folio/ui/markdown"
	"github.com/folio-blog/folio/ui/termsafe"
)

func TestRenderPostIsTerminalSafe(t *testing.T) {
	t.Parallel()
	body := "Para \x1b]52;c;aGk=\x07 and &#27;[2J and <a href=\"javascript:alert(1)\">x</a>\n\n```\ncode \x1b[2J\n```\n\n# Head \x1b[H\n"
	p := posts.Parse("content/x.md", []byte("Title: T \x1b[31mred\nTags: a\x1b]0;pwn\x07\n\n"+body), posts.Options{KeepBody: true})
	for _, style := range []string{"dark", "light"} {
		doc := RenderPost(p, RenderOptions{Dir: "/b", Width: 60, Style: style})
		if err := termsafe.Check(doc.Content); err != nil {
			t.Errorf("%s: %v in %q", style, err, doc.Content)
		}
	}
}

func TestDeepNestingIsPlain(t *testing.T) {
	t.Parallel()
	p := posts.Parse("x.md", []byte("Title: x\n\n"+strings.Repeat(">", 10000)+"\n"), posts.Options{KeepBody: true})
	doc := RenderPost(p, RenderOptions{Width: 80, Style: "dark"})
	if !strings.Contains(doc.Warning, "nested") {
		t.Errorf("warning %q, want one about nesting", doc.Warning)
	}
}

func TestLongBodyIsPlain(t *testing.T) {
	t.Parallel()
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

// TestRenderPostFillsWhatBodiesReferTo renders a post that names other
// posts and the site's and its own values: from RenderOptions and the
// post alone, reading no file.
func TestRenderPostFillsWhatBodiesReferTo(t *testing.T) {
	t.Parallel()
	rules := posts.Rules{Generator: site.Jekyll}
	linked := posts.Parse("_posts/2010-07-21-release.md", []byte("---\ntitle: Release notes\n---\nx\n"), posts.Options{Rules: rules})
	untitled := posts.Parse("about.md", []byte("---\nlayout: page\n---\nx\n"), posts.Options{Rules: rules})
	p := posts.Parse("_posts/2011-01-01-here.md", []byte("---\ntitle: Here\nimage: /i.png\n---\n"+
		"See {% post_url 2010-07-21-release %}, [about]({% link about.md %}#team), "+
		"{% link about.md %}, {% link gone.md %}, {{ site.title }}, {{ page.image }} and {{ page.title }}.\n"), posts.Options{Rules: rules, KeepBody: true})
	o := RenderOptions{Dir: "/blog", Generator: site.Jekyll, SiteValues: map[string]string{"title": "My Site"},
		Links: posts.NewLinks([]*posts.Post{linked, untitled, p}, rules)}
	want := "See [Release notes](/blog/_posts/2010-07-21-release.md), [about](/blog/about.md#team), " +
		"[about](/blog/about.md), [gone.md](gone.md), My Site, /i.png and Here.\n"
	if got := PlainPost(p, o); !strings.HasSuffix(got, "\n\n"+want) {
		t.Errorf("body:\n%s\nwant it to end with:\n%s", got, want)
	}
	o.Links, o.SiteValues = nil, nil
	want = "See [2010-07-21-release](2010-07-21-release), [about](about.md#team), " +
		"[about.md](about.md), [gone.md](gone.md), ⟨site.title⟩, /i.png and Here.\n"
	if got := PlainPost(p, o); !strings.HasSuffix(got, "\n\n"+want) {
		t.Errorf("without links or site values:\n%s\nwant it to end with:\n%s", got, want)
	}
}
