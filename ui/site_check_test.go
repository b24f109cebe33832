package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// TestSiteProblemOpensAtItsLine: once the list is loaded, the site-wide
// check runs in a Cmd; the warnings panel then lists its problems (here a
// ref to no post, and a missing image) with the others, and enter opens
// the linking post in the editor at the line of the link.
func TestSiteProblemOpensAtItsLine(t *testing.T) {
	root := t.TempDir()
	log := fakeEditor(t, "exit 0")
	files := map[string]string{
		"hugo.toml":              "title = 'x'\n",
		"content/posts/a.md":     "+++\ntitle = 'A'\ndate = 2024-01-01\n+++\n## Top\n",
		"content/posts/links.md": "+++\ntitle = 'Links'\ndate = 2024-01-02\n+++\nText.\n\n[a]({{< ref \"a#top\" >}})\n[gone]({{< ref \"gone\" >}})\n![x](/images/x.png)\n",
	}
	cfg := Config{Dir: root, Title: "Site", Style: "dark", StaticDirs: []posts.StaticDir{{Dir: "static", URL: "/"}}}
	cfg.Posts.Rules = posts.Rules{Generator: site.Hugo, ContentDir: "content"}
	tm := runOnDisk(t, cfg, files)
	waitModel(t, tm, "checked", func(m Model) bool { return m.list().loaded && len(m.sh.siteProblems) == 2 })
	for _, k := range keys("!") {
		tm.Send(k)
	}
	snap := waitModel(t, tm, "warnings", func(m Model) bool { return screenName(m) == "warnings" })
	for _, want := range []string{`content/posts/links.md:8: broken link: ref "gone" names no post`, "content/posts/links.md:9: missing file: /images/x.png"} {
		if !strings.Contains(snap.screen, want) {
			t.Errorf("panel lacks %q:\n%s", want, snap.screen)
		}
	}
	enterEdits(t, tm, log, "+8 "+filepath.Join(root, "content", "posts", "links.md"))
}

// runOnDisk writes files (slash paths → text) under cfg.Dir and runs the
// interface on them in a teatest program, 100×20, in the Ascii profile.
func runOnDisk(t *testing.T, cfg Config, files map[string]string) *teatest.TestModel {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(cfg.Dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(text), 0o644)
	}
	return teatest.NewTestModel(t, probed{New(cfg)}, teatest.WithInitialTermSize(100, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
}

// enterEdits presses enter in the warnings panel, waits for the editor
// (fakeEditor, logging to log) to have run and the list to be back, checks
// the editor's arguments, and quits.
func enterEdits(t *testing.T, tm *teatest.TestModel, log, wantArgs string) {
	t.Helper()
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitModel(t, tm, "edited", func(m Model) bool {
		args, _ := os.ReadFile(log)
		return len(args) > 0 && screenName(m) == "list"
	})
	if args, _ := os.ReadFile(log); string(args) != wantArgs+"\n" {
		t.Errorf("editor args %q, want %q", args, wantArgs)
	}
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	tm.WaitFinished(t, teatest.WithFinalTimeout(hangGuard))
}
