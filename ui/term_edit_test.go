package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/site"
)

// tagSite is a Hugo site on disk whose posts write their tags in several
// forms.
var tagSite = map[string]string{
	"content/a.md": "---\ntitle: A\ntags: [PHP, web]\n---\nA.\n",
	"content/b.md": "---\ntitle: B\ntags:\n  - php\n---\nB.\n",
	"content/c.md": "+++\ntitle = \"C\"\ntags = [\"PHP\", \"go\"]\n+++\nC.\n",
	"content/d.md": "---\ntitle: D\ntags: golang\n---\nD.\n",
	"content/e.md": "---\ntitle: E\ntags: [golang, go]\n---\nE.\n",
}

// writeTagSite writes tagSite into a new folder and returns it and its
// configuration.
func writeTagSite(t *testing.T) (string, Config) {
	t.Helper()
	root := t.TempDir()
	for name, s := range tagSite {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := Config{Dir: root, Title: "Tags", Style: "dark"}
	cfg.Posts.Rules = posts.Rules{Generator: site.Hugo, ContentDir: "content"}
	return root, cfg
}

// readSite reads every file of tagSite back from root.
func readSite(t *testing.T, root string) map[string]string {
	t.Helper()
	got := map[string]string{}
	for name := range tagSite {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		got[name] = string(data)
	}
	return got
}

// count is the browser's count of the term named name, 0 when absent.
func count(b *termBrowser, name string) int {
	for _, t := range b.all {
		if t.Name == name {
			return t.Count
		}
	}
	return 0
}

// TestTermRenameFlow runs the program: in the tag browser, tab then r
// on PHP asks for the name, the plan of three files is shown and asked
// for, y writes them, the browser counts the new name, and u puts every
// file back as one change.
func TestTermRenameFlow(t *testing.T) {
	t.Parallel()
	root, cfg := writeTagSite(t)
	tm := teatest.NewTestModel(t, probed{New(cfg)},
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	send := func(s string) {
		for _, k := range keys(s) {
			tm.Send(k)
		}
	}
	waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded && len(m.list().shown) == 5 })
	send("tPHP<tab>")
	waitModel(t, tm, "browsing", func(m Model) bool {
		b := terms(m)
		return b != nil && b.browsing && len(b.shown) == 1 && b.shown[0].Count == 3
	})
	send("r")
	snap := waitModel(t, tm, "asked the name", func(m Model) bool {
		p, ok := m.active().(*termNamePrompt)
		return ok && p.input.Value() == "PHP"
	})
	if !strings.Contains(snap.screen, "Rename the tag PHP") {
		t.Errorf("no title:\n%s", snap.screen)
	}
	send("<backspace><backspace><backspace>Hac<tab>k<enter>")
	snap = waitModel(t, tm, "plan shown", func(m Model) bool { _, ok := m.active().(*termPlanScreen); return ok })
	for _, want := range []string{"Rename PHP → Hack: 3 files change", "content/a.md: PHP, web → Hack, web", "content/b.md: php → Hack", "Change 3 files?"} {
		if !strings.Contains(snap.screen, want) {
			t.Errorf("plan lacks %q:\n%s", want, snap.screen)
		}
	}
	if got := readSite(t, root); got["content/a.md"] != tagSite["content/a.md"] {
		t.Fatal("a file changed before y")
	}
	send("y")
	waitModel(t, tm, "renamed and counted", func(m Model) bool {
		b := terms(m)
		// Renamed out of what was typed: every term shown, Hack selected.
		return b != nil && count(b, "Hack") == 3 && count(b, "PHP") == 0 &&
			b.input.Value() == "" && b.shown[b.window.selected()].Name == "Hack"
	})
	waitModel(t, tm, "status", func(m Model) bool { return m.status == "renamed PHP → Hack in 3 posts" })
	got := readSite(t, root)
	want := map[string]string{
		"content/a.md": "---\ntitle: A\ntags: [Hack, web]\n---\nA.\n",
		"content/b.md": "---\ntitle: B\ntags:\n  - Hack\n---\nB.\n",
		"content/c.md": "+++\ntitle = \"C\"\ntags = [\"Hack\", \"go\"]\n+++\nC.\n",
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s:\n%s\nwant\n%s", name, got[name], w)
		}
	}

	send("u")
	waitModel(t, tm, "undone", func(m Model) bool {
		b := terms(m)
		return b != nil && count(b, "PHP") == 3 && strings.HasPrefix(m.status, "undone: renamed PHP → Hack in 3 posts")
	})
	for name, w := range tagSite {
		if got := readSite(t, root)[name]; got != w {
			t.Errorf("after undo %s:\n%s\nwant\n%s", name, got, w)
		}
	}
	send("u")
	waitModel(t, tm, "nothing left", func(m Model) bool { return m.status == "nothing to undo" })
	send("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(hangGuard))
}

// diskModel loads the site of cfg in full, at 80×24.
func diskModel(t *testing.T, cfg Config) Model {
	t.Helper()
	m := drive(t, New(cfg), tea.WindowSizeMsg{Width: 80, Height: 24})
	m = runCmd(t, m, m.Init(), 0)
	if !m.list().loaded {
		t.Fatal("the site did not load")
	}
	return m
}

// TestTermMergeFlow marks golang and go and merges them with m: the
// name offered is the most used, and the post with both gets one edit.
func TestTermMergeFlow(t *testing.T) {
	t.Parallel()
	root, cfg := writeTagSite(t)
	m := diskModel(t, cfg)
	m = drive(t, m, keys("tgo<tab>")...)
	if b := terms(m); len(b.shown) != 2 {
		t.Fatalf("shown %v, want go and golang", b.shown)
	}
	m = drive(t, m, keys("<space>m")...)
	p, ok := m.active().(*termNamePrompt)
	if !ok || p.input.Value() != "go" || !strings.Contains(plain(m), "Merge the tags") {
		t.Fatalf("screen %s, want the merge prompt offering go:\n%s", screenName(m), plain(m))
	}
	m = drive(t, m, keys("<enter>")...)
	s, ok := m.active().(*termPlanScreen)
	if !ok || len(s.plan.Edits) != 2 {
		t.Fatalf("screen %s, want the plan of d and e:\n%s", screenName(m), plain(m))
	}
	m = drive(t, m, keys("y")...)
	got := readSite(t, root)
	if want := "---\ntitle: E\ntags: [go]\n---\nE.\n"; got["content/e.md"] != want {
		t.Errorf("e.md:\n%s\nwant\n%s", got["content/e.md"], want)
	}
	if want := "---\ntitle: D\ntags: go\n---\nD.\n"; got["content/d.md"] != want {
		t.Errorf("d.md:\n%s\nwant\n%s", got["content/d.md"], want)
	}
	if b := terms(m); b == nil || count(b, "go") != 3 || count(b, "golang") != 0 || len(b.marked) != 0 {
		t.Errorf("after the merge: %+v, marked %v", b, b.marked)
	}
	if m.status != "merged go, golang → go in 2 posts" {
		t.Errorf("status %q", m.status)
	}
	m = drive(t, m, keys("<esc>u")...)
	for name, w := range tagSite {
		if got := readSite(t, root)[name]; got != w {
			t.Errorf("after undo %s:\n%s\nwant\n%s", name, got, w)
		}
	}
}

// TestTermRenameSkipsAndRefuses: a read-only post is listed with why and
// left; n leaves every file; a name taken back to itself is refused.
func TestTermRenameSkipsAndRefuses(t *testing.T) {
	t.Parallel()
	root, cfg := writeTagSite(t)
	if err := os.Chmod(filepath.Join(root, "content", "b.md"), 0o444); err != nil {
		t.Fatal(err)
	}
	m := diskModel(t, cfg)
	m = drive(t, m, keys("tPHP<tab>r<backspace><backspace><backspace><enter>")...)
	if screenName(m) != "terms" || !m.statusErr || m.status != "a name cannot be empty" {
		t.Errorf("renaming PHP to nothing: screen %s, status %q", screenName(m), m.status)
	}
	m = drive(t, m, keys("r<backspace><backspace><backspace>we<tab><enter>")...)
	s, ok := m.active().(*termPlanScreen)
	if !ok || len(s.plan.Edits) != 2 || len(s.plan.Skipped) != 1 {
		t.Fatalf("screen %s, want a plan of two edits and one skip:\n%s", screenName(m), plain(m))
	}
	screen := plain(m)
	for _, want := range []string{"2 files change, 1 left as is", "! content/b.md: ", "read-only"} {
		if !strings.Contains(screen, want) {
			t.Errorf("plan lacks %q:\n%s", want, screen)
		}
	}
	m = drive(t, m, keys("n")...)
	if got := readSite(t, root); got["content/a.md"] != tagSite["content/a.md"] || m.status != "nothing changed" || screenName(m) != "terms" {
		t.Errorf("n: screen %s, status %q, a.md %q", screenName(m), m.status, got["content/a.md"])
	}
}

// TestTermPlanScreenGolden draws the question before a term edit at 80
// columns: the files that change, those left and why, the question.
func TestTermPlanScreenGolden(t *testing.T) {
	t.Parallel()
	m := loaded(t, 80, 16)
	plan := &edit.TermPlan{Root: "/site", Taxonomy: "tags", Edits: []edit.TermEdit{
		{Rel: "content/posts/2019-06-01-composer.md", Old: []string{"PHP", "tools"}, New: []string{"php", "tools"}},
		{Rel: "content/posts/2020-01-12-laravel-queues-with-a-long-name-that-goes-on.md", Old: []string{"Laravel", "PHP"}, New: []string{"Laravel", "php"}},
		{Rel: "content/posts/php-8.md", Old: []string{"php", "PHP"}, New: []string{"php"}},
	}, Skipped: []edit.TermSkip{
		{Rel: "content/posts/old.md", Err: errors.New("/site/content/posts/old.md (mode 0444) is read-only")},
	}}
	m.pushScreen(newTermPlanScreen(m.sh, plan, []string{"PHP"}, "php"))
	golden(t, "term-plan-80", plain(m))
}
