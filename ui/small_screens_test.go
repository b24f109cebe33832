package ui

import (
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
)

// TestHelpGoesToEnds: G and g on the help screen go to its end and back,
// as on every other screen (G did nothing).
func TestHelpGoesToEnds(t *testing.T) {
	t.Parallel()
	for _, width := range []int{40, 80, 200} {
		m := drive(t, loaded(t, width, 10), keys("?G")...)
		h, ok := m.active().(*helpScreen)
		if !ok {
			t.Fatalf("at %d columns, ? opened %s", width, screenName(m))
		}
		if !h.vp.AtBottom() || h.vp.YOffset() == 0 {
			t.Errorf("at %d columns, G left the help at line %d:\n%s", width, h.vp.YOffset(), plain(m))
		}
		drive(t, m, keys("g")...)
		if h.vp.YOffset() != 0 {
			t.Errorf("at %d columns, g left the help at line %d", width, h.vp.YOffset())
		}
	}
}

// TestEmptyPostSaysEmpty: a post without words is "empty", not "0 words ·
// 1 min read".
func TestEmptyPostSaysEmpty(t *testing.T) {
	t.Parallel()
	for _, src := range []string{"Title: Nothing yet\nDate: 2024-01-01\n\n", "Title: One word\n\nhello\n"} {
		p := posts.Parse("content/x.md", []byte(src), posts.Options{KeepBody: true})
		doc := RenderPost(p, RenderOptions{Width: 80, Style: "notty"})
		header := strings.SplitN(doc.Content, "\n", 4)
		got := strings.Join(header[:min(3, len(header))], "\n")
		switch {
		case p.Words == 0 && (!strings.Contains(got, "empty") || strings.Contains(got, "min read")):
			t.Errorf("empty post's header:\n%s", got)
		case p.Words > 0 && !strings.Contains(got, "1 words · 1 min read") && !strings.Contains(got, "1 word"):
			t.Errorf("one-word post's header:\n%s", got)
		}
	}
}

// TestTagBrowserWithoutTags says the posts have no tags, instead of
// "0 of 0 … nothing matches".
func TestTagBrowserWithoutTags(t *testing.T) {
	t.Parallel()
	fsys := siteFS(map[string]string{
		"content/a.md": "Title: A\nDate: 2024-01-01\n\nText.\n",
		"content/b.md": "Title: B\nDate: 2024-01-02\n\nText.\n",
	})
	for _, width := range []int{40, 80, 200} {
		m := drive(t, loadedWith(t, testOptions(fsys), width, 12), keys("t")...)
		got := plain(m)
		if strings.Contains(got, "nothing matches") || strings.Contains(got, "0 of 0") || !strings.Contains(got, "None of the posts") {
			t.Errorf("tag browser without tags at %d columns:\n%s", width, got)
		}
	}
}
