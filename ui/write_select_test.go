package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// TestNewPostIsSelected is issue 20, item 11: after n creates a post,
// the list selects it wherever it sorts. In a Jekyll site of more posts
// than one batch of the store, listed oldest first and filtered by a tag
// the new draft does not have, the draft is listed last and selected,
// and the status line says the filter was cleared to show it.
func TestNewPostIsSelected(t *testing.T) {
	fakeEditor(t, `shift; echo "Written in the editor." >> "$1"`) // t.Setenv: not parallel
	const n = 4500                                                // more than one batch of the store
	root := t.TempDir()
	dir := filepath.Join(root, "en", "news", "_posts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= n; i++ {
		name := fmt.Sprintf("2020-%02d-%02d-post-%d.md", 1+i%12, 1+i%28, i)
		body := fmt.Sprintf("---\nlayout: news_post\ntitle: Post %d\ntags: [old]\n---\nText.\n", i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := Config{Dir: root, Title: "Jekyll", Style: "dark"}
	cfg.Posts.Rules = posts.Rules{Generator: site.Jekyll}
	tm := teatest.NewTestModel(t, probed{New(cfg)},
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	send := func(s string) {
		for _, k := range keys(s) {
			tm.Send(k)
		}
	}
	waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded && len(m.list().shown) == n })
	send("S/tag:old")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitModel(t, tm, "filtered, oldest first", func(m Model) bool {
		return m.list().reverse && m.list().filter.active() && !m.list().filter.focused
	})
	send("jj")
	send("n")
	waitModel(t, tm, "form", func(m Model) bool { return screenName(m) != "list" })
	tm.Type("Ruby 9.9 test")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	want := "en/news/_drafts/ruby-9-9-test.md"
	snap := waitModel(t, tm, "the new post selected", func(m Model) bool {
		return screenName(m) == "list" && len(m.list().shown) == n+1 && m.list().selectedPath() == want
	})
	waitModel(t, tm, "listed last", func(m Model) bool {
		return slices.IndexFunc(m.list().shown, func(p *posts.Post) bool { return p.Path == want }) == n
	})
	if snap.selectedPost == nil || snap.selectedPost.Title != "Ruby 9.9 test" {
		t.Errorf("selected %+v, want the new post", snap.selectedPost)
	}
	waitModel(t, tm, "told", func(m Model) bool { return m.status == "filter cleared to show the new post" })
	send("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(hangGuard))
}
