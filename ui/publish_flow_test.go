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
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/site"
)

// TestPublishFlowAsksAndUndoes runs the program on a site on disk: p on
// a published post asks first and n keeps it; y unpublishes it; u puts
// back the very bytes, with a status line saying what was undone.
func TestPublishFlowAsksAndUndoes(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	live := "Title: Live post\r\nDate: 2024-05-01 10:00\r\nTags: x\r\n\r\nOn the site.\r\n"
	path := filepath.Join(root, "content", "live.md")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(live), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := Config{Dir: root, Title: "On disk", Style: "dark"}
	cfg.Posts.Rules = posts.Rules{Generator: site.Pelican, ContentDir: "content"}
	tm := teatest.NewTestModel(t, probed{New(cfg)},
		teatest.WithInitialTermSize(100, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	send := func(s string) {
		for _, k := range keys(s) {
			tm.Send(k)
		}
	}
	fileIs := func(want string) bool {
		got, _ := os.ReadFile(path)
		return string(got) == want
	}
	waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded && len(m.list().shown) == 1 })

	send("p")
	m := waitModel(t, tm, "asked", func(m Model) bool { return screenName(m) == "unpublish?" })
	if v := m.screen; !strings.Contains(v, "Live post is published. Unpublish it?") {
		t.Errorf("the question is not on screen:\n%s", v)
	}
	send("n")
	waitModel(t, tm, "kept", func(m Model) bool {
		return screenName(m) == "list" && strings.Contains(m.status, "kept live.md published")
	})
	if !fileIs(live) {
		t.Fatal("n changed the file")
	}

	send("py")
	waitModel(t, tm, "unpublished", func(m Model) bool {
		return len(m.sh.changes) > 0 && len(m.list().shown) == 1 && m.list().shown[0].Status == posts.StatusDraft
	})
	if fileIs(live) {
		t.Fatal("y did not unpublish")
	}

	send("u")
	waitModel(t, tm, "undone", func(m Model) bool { return strings.HasPrefix(m.status, "undone: unpublished content/live.md") })
	if !fileIs(live) {
		got, _ := os.ReadFile(path)
		t.Errorf("u did not restore the bytes: %q", got)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v after undo", info.Mode().Perm())
	}
	send("u")
	waitModel(t, tm, "nothing left", func(m Model) bool { return m.status == "nothing to undo" })
	send("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(hangGuard))
}

// Undo refuses when the file changed after folio wrote it.
func TestUndoRefusesAChangedFile(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	path := filepath.Join(root, "a.md")
	os.WriteFile(path, []byte("Title: A\nStatus: draft\nTags: x\n\n"), 0o644)
	msg := SetStatusCmd(root, posts.Rules{Generator: site.Pelican}, path, true)().(PublishedMsg)
	if msg.Err != nil || msg.Change == nil {
		t.Fatalf("%+v", msg)
	}
	os.WriteFile(path, []byte("edited since"), 0o644)
	undone := UndoCmd(root, *msg.Change)().(UndoneMsg)
	if undone.Err == nil {
		t.Fatal("undid over an edit")
	}
	if got, _ := os.ReadFile(path); string(got) != "edited since" {
		t.Errorf("file %q", got)
	}
}

// TestWarningOpensAtItsLine: enter in the warnings panel opens the
// selected warning's file at its line in the editor.
func TestWarningOpensAtItsLine(t *testing.T) {
	root := t.TempDir()
	log := fakeEditor(t, "exit 0")
	files := map[string]string{
		"content/good.md":   "Title: Good\nDate: 2024-01-01\n\nFine.\n",
		"content/broken.md": "Title: Broken\nDate: the day after tomorrow\n\nText.\n",
	}
	cfg := Config{Dir: root, Title: "On disk", Style: "dark"}
	cfg.Posts.Rules = posts.Rules{Generator: site.Pelican, ContentDir: "content"}
	tm := runOnDisk(t, cfg, files)
	waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded && len(m.list().shown) == 2 })
	for _, k := range keys("!") {
		tm.Send(k)
	}
	waitModel(t, tm, "warnings", func(m Model) bool { return screenName(m) == "warnings" })
	// The first warning (no date) is about the whole file; the second
	// is on line 2.
	tm.Send(tea.KeyPressMsg{Code: 'j', Text: "j"})
	enterEdits(t, tm, log, "+2 "+filepath.Join(root, "content", "broken.md"))
}

// The new-post form places posts with folio new's resolver: a Jekyll
// draft goes to the _drafts beside the _posts most posts are in (the
// form once wrote drafts into _posts as published posts).
func TestFormPlacesLikeFolioNew(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	rules := posts.Rules{Generator: site.Jekyll}
	for _, name := range []string{"en/news/_posts/2015-05-01-a.md", "en/news/_posts/2015-05-02-b.md", "_posts/2015-05-03-c.md"} {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("---\ntitle: x\n---\n"), 0o644)
	}
	all, _, err := posts.Load(t.Context(), posts.DirFS(root), posts.Options{Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	opts := NewPostOptions{Root: root, Rules: rules, Posts: all}
	st, _ := edit.StyleNamed("", rules)
	for draft, want := range map[bool]string{true: "en/news/_drafts/hello.md", false: "en/news/_posts/"} {
		msg := CreatePostCmd(opts, edit.NewPost{Title: "Hello", Draft: draft}, st)().(PostSavedMsg)
		if msg.Err != nil || !strings.HasPrefix(msg.Rel, want) {
			t.Errorf("draft %v: %s (%v), want %s…", draft, msg.Rel, msg.Err, want)
			continue
		}
		data, _ := os.ReadFile(msg.Path)
		wantStatus := posts.StatusPublished
		if draft {
			wantStatus = posts.StatusDraft
		}
		if p := posts.Parse(msg.Rel, data, posts.Options{Rules: rules}); p.Status != wantStatus {
			t.Errorf("draft %v reads as %s", draft, p.Status)
		}
	}
}
