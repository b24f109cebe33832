package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// siteOnDisk writes files to a temporary site folder and returns the
// model on it, loaded at 100×24, and the folder.
func siteOnDisk(t *testing.T, rules posts.Rules, files map[string]string, now func() time.Time) (Model, string) {
	t.Helper()
	root := t.TempDir()
	writeFS(t, root, siteFS(files))
	cfg := Config{Dir: root, Title: "On disk", Style: "dark"}
	cfg.Posts.Rules = rules
	cfg.Posts.Now = now
	return loadedWith(t, cfg, 100, 24), root
}

// fileText is the text of the file at rel under root ("" when missing).
func fileText(root, rel string) string {
	data, _ := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	return string(data)
}

var ctrlU = tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}

// u undoes folio's writes of the session newest first, each only while
// its file holds what folio wrote (issue 20, item 10): before, undo had
// one level, and after a publish and an unpublish the second u said
// "nothing to undo".
func TestUndoStack(t *testing.T) {
	t.Parallel()
	const draft = "Title: A\nDate: 2024-05-01 10:00\nStatus: draft\n\nText.\n"
	m, root := siteOnDisk(t, posts.Rules{Generator: site.Pelican, ContentDir: "content"},
		map[string]string{"content/a.md": draft}, nil)
	m = drive(t, m, keys("pk")...)
	published := fileText(root, "content/a.md")
	if published == draft {
		t.Fatal("p k did not publish")
	}
	m = drive(t, m, keys("py")...)
	// Unpublishing undoes a publish byte for byte (edit.SetStatus).
	if got := fileText(root, "content/a.md"); got != draft {
		t.Fatalf("p y did not unpublish:\n%s", got)
	}
	unpublished := fileText(root, "content/a.md")

	// A file changed since folio wrote it is not undone; the stack stays.
	os.WriteFile(filepath.Join(root, "content", "a.md"), []byte("mine"), 0o644)
	m = drive(t, m, keys("u")...)
	if want := "not undone: the file changed since folio unpublished content/a.md"; m.status != want || len(m.sh.changes) != 2 {
		t.Errorf("status %q with %d changes kept; want %q with 2", m.status, len(m.sh.changes), want)
	}
	if got := fileText(root, "content/a.md"); got != "mine" {
		t.Fatalf("a refused undo wrote %q", got)
	}
	os.WriteFile(filepath.Join(root, "content", "a.md"), []byte(unpublished), 0o644)

	for _, step := range []struct{ status, file string }{
		{"undone: unpublished content/a.md (u undoes 1 more)", published},
		{"undone: published content/a.md", draft},
		{"nothing to undo", draft},
	} {
		m = drive(t, m, keys("u")...)
		if m.status != step.status {
			t.Errorf("u: status %q, want %q", m.status, step.status)
		}
		if got := fileText(root, "content/a.md"); got != step.file {
			t.Errorf("after %q the file holds:\n%s\nwant:\n%s", step.status, got, step.file)
		}
	}
}

// p on a draft asks whether to publish it dated now or keep its date;
// esc leaves it a draft, and other keys do nothing.
func TestPublishDraftAsksForTheDate(t *testing.T) {
	t.Parallel()
	const draft = "Title: A\nDate: 2024-05-01 10:00\nStatus: draft\n\nText.\n"
	now := func() time.Time { return time.Date(2026, 3, 4, 5, 6, 0, 0, time.UTC) }
	m, root := siteOnDisk(t, posts.Rules{Generator: site.Pelican, ContentDir: "content"},
		map[string]string{"content/a.md": draft}, now)
	m = drive(t, m, keys("p")...)
	if screenName(m) != "publish?" {
		t.Fatalf("p on a draft: screen %s", screenName(m))
	}
	for _, want := range []string{"A is a draft and is dated 2024-05-01. Publish it dated now, or keep its date?",
		"n publish dated now", "k publish with its date", "esc leave it unpublished"} {
		if !strings.Contains(plain(m), want) {
			t.Errorf("the question lacks %q:\n%s", want, plain(m))
		}
	}
	m = drive(t, m, keys("x")...)
	if screenName(m) != "publish?" || fileText(root, "content/a.md") != draft {
		t.Fatalf("x answered the question: screen %s", screenName(m))
	}
	m = drive(t, m, keys("<esc>")...)
	if screenName(m) != "list" || fileText(root, "content/a.md") != draft || m.status != "left a.md unpublished" {
		t.Fatalf("esc: screen %s, status %q, file:\n%s", screenName(m), m.status, fileText(root, "content/a.md"))
	}
	m = drive(t, m, keys("pn")...)
	got := fileText(root, "content/a.md")
	if !strings.Contains(got, "Date: 2026-03-04 05:06") || strings.Contains(got, "2024-05-01") || !strings.Contains(got, "Status: published") {
		t.Errorf("p n: want the post published dated now:\n%s", got)
	}
	if !strings.Contains(m.status, "a.md is now published") {
		t.Errorf("status %q", m.status)
	}
}

// A Jekyll draft in _drafts has no date to keep: it moves to _posts
// dated now, so p offers only that.
func TestPublishJekyllDraftOffersNow(t *testing.T) {
	t.Parallel()
	now := func() time.Time { return time.Date(2026, 3, 4, 5, 6, 0, 0, time.UTC) }
	m, root := siteOnDisk(t, posts.Rules{Generator: site.Jekyll},
		map[string]string{"_drafts/hello.md": "---\ntitle: Hello\n---\nHi\n"}, now)
	m = drive(t, m, keys("p")...)
	if !strings.Contains(plain(m), "publishing moves it to _posts, dated now") || strings.Contains(plain(m), "k publish with its date") {
		t.Fatalf("the question offers what cannot be:\n%s", plain(m))
	}
	m = drive(t, m, keys("k")...)
	if screenName(m) != "publish?" {
		t.Fatalf("k answered: screen %s", screenName(m))
	}
	m = drive(t, m, keys("n")...)
	if fileText(root, "_posts/2026-03-04-hello.md") == "" || fileText(root, "_drafts/hello.md") != "" {
		t.Errorf("n did not move the draft to _posts dated now")
	}
	if sel := m.list().selected(); sel == nil || sel.Path != "_posts/2026-03-04-hello.md" {
		t.Errorf("the list selects %+v", sel)
	}
}

// R in the reader renames the post through edit.Rename: the prompt holds
// its title, a Hugo bundle's whole folder moves, the status lists what
// moved, the list selects the post and the reader shows it at its new
// path; u moves the folder back.
func TestRenameFromTheReader(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"content/post/old/index.md": "---\ntitle: Old\ndate: 2024-01-01\n---\nBody\n",
		"content/post/old/pic.png":  "png",
		"content/post/b.md":         "---\ntitle: B\ndate: 2023-01-01\n---\nSee [old]({{< ref \"post/old\" >}}).\n",
	}
	m, root := siteOnDisk(t, posts.Rules{Generator: site.Hugo, ContentDir: "content"}, files, nil)
	if sel := m.list().selected(); sel == nil || sel.Title != "Old" {
		t.Fatalf("selected %+v", sel)
	}
	m = drive(t, m, keys("<enter>R")...)
	f, ok := m.active().(*fieldsPrompt)
	if !ok || f.fields[0].input.Value() != "Old" {
		t.Fatalf("R: screen %s; want the title prompt holding Old", screenName(m))
	}
	m = drive(t, m, ctrlU, tea.PasteMsg{Content: "New name"}, namedKey("enter"))
	const moved = "content/post/new-name/index.md"
	if screenName(m) != "reader" || m.reader().post.Path != moved || m.reader().post.Title != "New name" {
		t.Fatalf("after the rename: screen %s, reader on %s", screenName(m), m.reader().post.Path)
	}
	if sel := m.list().selected(); sel == nil || sel.Path != moved {
		t.Errorf("the list selects %+v", sel)
	}
	if want := "moved content/post/old/ to content/post/new-name/ (2 files)"; !strings.Contains(m.status, want) {
		t.Errorf("status %q lacks %q", m.status, want)
	}
	if fileText(root, "content/post/new-name/pic.png") != "png" || fileText(root, "content/post/old/index.md") != "" {
		t.Fatal("the bundle's folder did not move whole")
	}
	// The link to it in b.md follows it, and one u undoes both.
	if got := fileText(root, "content/post/b.md"); !strings.Contains(got, `ref "post/new-name"`) {
		t.Errorf("b.md's link was not rewritten:\n%s", got)
	}
	if want := "rewrote its links in 1 other post"; !strings.Contains(m.status, want) {
		t.Errorf("status %q lacks %q", m.status, want)
	}

	m = drive(t, m, keys("u")...)
	for rel, text := range files {
		if got := fileText(root, rel); got != text {
			t.Errorf("after u, %s holds %q; want %q", rel, got, text)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "content", "post", "new-name")); !os.IsNotExist(err) {
		t.Errorf("the renamed folder is still there: %v", err)
	}
	if p := m.reader().post; p.Path != "content/post/old/index.md" || p.Title != "Old" {
		t.Errorf("after u the reader shows %s %q", p.Path, p.Title)
	}
}

// A rename refused by edit.Rename (another post has that URL) stays in
// the prompt with the reason and changes nothing.
func TestRenameRefusedStaysInThePrompt(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"content/post/a.md": "---\ntitle: A\ndate: 2024-01-01\n---\nA\n",
		"content/post/b.md": "---\ntitle: B\ndate: 2023-01-01\n---\nB\n",
	}
	m, root := siteOnDisk(t, posts.Rules{Generator: site.Hugo, ContentDir: "content"}, files, nil)
	m = drive(t, m, keys("R")...)
	m = drive(t, m, ctrlU, tea.PasteMsg{Content: "B"}, namedKey("enter"))
	if screenName(m) != "rename" || !strings.Contains(plain(m), "is already the address of another post") {
		t.Fatalf("screen %s:\n%s", screenName(m), plain(m))
	}
	if fileText(root, "content/post/a.md") != files["content/post/a.md"] || len(m.sh.changes) != 0 {
		t.Error("a refused rename changed the site")
	}
	m = drive(t, m, keys("<esc>")...)
	if screenName(m) != "list" {
		t.Errorf("esc: screen %s", screenName(m))
	}
	// The same title changes nothing, and leaves nothing to undo.
	m = drive(t, m, keys("R<enter>")...)
	if !strings.Contains(plain(m), "that is its title already") || len(m.sh.changes) != 0 {
		t.Errorf("R enter: screen %s, %d changes:\n%s", screenName(m), len(m.sh.changes), plain(m))
	}
}

// T in the reader edits the post's tags and categories through
// edit.SetTerms: tab completes a term from the site's, only the tags
// line changes, and u puts the bytes back.
func TestEditTermsFromTheReader(t *testing.T) {
	t.Parallel()
	const a = "Title: A\nDate: 2024-05-01\nTags: python, web\nCategory: notes\n\nText.\n"
	files := map[string]string{
		"content/a.md": a,
		"content/b.md": "Title: B\nDate: 2023-05-01\nTags: django, databases\nCategory: code\n\nB.\n",
	}
	m, root := siteOnDisk(t, posts.Rules{Generator: site.Pelican, ContentDir: "content"}, files, nil)
	m = drive(t, m, keys("<enter>T")...)
	f, ok := m.active().(*fieldsPrompt)
	if !ok || f.fields[0].input.Value() != "python, web" || f.fields[1].input.Value() != "notes" {
		t.Fatalf("T: screen %s; want the term editor holding the post's terms", screenName(m))
	}
	m = drive(t, m, keys(", dj")...)
	if !strings.Contains(plain(m), "django (1)") {
		t.Errorf("no completion on screen:\n%s", plain(m))
	}
	m = drive(t, m, keys("<tab>")...)
	if v := f.fields[0].input.Value(); v != "python, web, django, " {
		t.Errorf("tab made %q", v)
	}
	m = drive(t, m, keys("<enter>")...)
	if want := strings.Replace(a, "Tags: python, web\n", "Tags: python, web, django\n", 1); fileText(root, "content/a.md") != want {
		t.Errorf("the file holds:\n%s\nwant:\n%s", fileText(root, "content/a.md"), want)
	}
	if screenName(m) != "reader" || m.status != "changed the tags of content/a.md; u undoes it" {
		t.Errorf("screen %s, status %q", screenName(m), m.status)
	}
	if tags := m.reader().post.Tags; len(tags) != 3 {
		t.Errorf("the reader shows tags %q", tags)
	}
	m = drive(t, m, keys("u")...)
	if fileText(root, "content/a.md") != a {
		t.Errorf("u left:\n%s", fileText(root, "content/a.md"))
	}
}

// A new post removed because the user left it untouched leaves the
// stack: u then undoes the change before it, instead of stopping at a
// file that is gone.
func TestUndoAfterAnUntouchedPostIsRemoved(t *testing.T) {
	t.Parallel()
	m, dir := diskBlog(t)
	burnout := filepath.Join(dir, "content", "thoughts", "burnout.md")
	draft := string(mustRead(t, burnout))
	m = drive(t, m, keys("pk")...)
	m = drive(t, m, keys("n")...)
	m = drive(t, m, tea.PasteMsg{Content: "Untouched"}, namedKey("enter"))
	created := foundPath(dir, "untouched")
	m = drive(t, m, EditorDoneMsg{Path: created})
	m = drive(t, m, keys("y")...)
	if _, err := os.Stat(created); !os.IsNotExist(err) {
		t.Fatalf("the untouched post is still there: %v", err)
	}
	m = drive(t, m, keys("u")...)
	if got := string(mustRead(t, burnout)); got != draft || !strings.HasPrefix(m.status, "undone: published content/thoughts/burnout.md") {
		t.Errorf("u: status %q, file:\n%s", m.status, got)
	}
}

// The writer's prompts at 40, 80 and 200 columns: the publish question
// with its keys, and the term editor with a completion under its field,
// wrap inside the screen.
func TestWritePromptsAtWidths(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"content/a.md": "Title: A draft with a title long enough to wrap at forty\nDate: 2024-05-01 10:00\nStatus: draft\nTags: python, web\nCategory: notes\n\nText.\n",
		"content/b.md": "Title: B\nDate: 2023-05-01\nTags: django, databases\nCategory: code\n\nB.\n",
	}
	for _, w := range []int{40, 80, 200} {
		for name, typed := range map[string]string{"publish": "p", "terms": "T, d"} {
			m, _ := siteOnDisk(t, posts.Rules{Generator: site.Pelican, ContentDir: "content"}, files, nil)
			m = drive(t, m, tea.WindowSizeMsg{Width: w, Height: 14})
			golden(t, fmt.Sprintf("write-%s-%d", name, w), plain(drive(t, m, keys(typed)...)))
		}
	}
}
