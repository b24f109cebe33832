package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/site"
)

// foundPath is the path of a file under dir whose path holds part, or
// "" (the post the form created, whose folder the site decides).
func foundPath(dir, part string) string {
	var found string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if strings.Contains(p, part) {
			found = p
		}
		return nil
	})
	return found
}

// diskBlog writes the test blog to a temporary folder, for the writer,
// which works on real files.
func diskBlog(t *testing.T) (Model, string) {
	t.Helper()
	dir := t.TempDir()
	writeFS(t, dir, testBlog())
	o := testOptions(nil)
	o.FS, o.Dir = nil, dir
	m := New(o)
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 20})
	return runCmd(t, m, m.Init(), 0), dir
}

func TestNewPostFromTheList(t *testing.T) {
	t.Parallel()
	m, dir := diskBlog(t)
	m = drive(t, m, keys("n")...)
	if screenName(m) != "form" {
		t.Fatalf("n: screen %s, want the new-post form", screenName(m))
	}
	// A paste is one message: typed keys would each wait for the form's
	// cursor blink timer.
	m = drive(t, m, tea.PasteMsg{Content: "Lagoon at dawn"}, namedKey("enter"))
	// The editor runs through tea.ExecProcess, which drive cannot; say it
	// ended with the file changed.
	created := foundPath(dir, "lagoon-at-dawn")
	if created == "" {
		t.Fatal("no file was created")
	}
	if err := os.WriteFile(created, append(mustRead(t, created), []byte("\nWords of mine.\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	m = drive(t, m, EditorDoneMsg{Path: created})
	if screenName(m) != "list" {
		t.Fatalf("after the editor: screen %s, want the list", screenName(m))
	}
	if got := m.list().selected().Title; got != "Lagoon at dawn" {
		t.Errorf("selected %q, want the new post", got)
	}
	if len(m.list().all) != 8 {
		t.Errorf("%d posts after creating one, want 8", len(m.list().all))
	}
}

func TestUntouchedNewPostCanBeRemoved(t *testing.T) {
	t.Parallel()
	m, dir := diskBlog(t)
	m = drive(t, m, keys("n")...)
	m = drive(t, m, tea.PasteMsg{Content: "Untouched"}, namedKey("enter"))
	created := foundPath(dir, "untouched")
	m = drive(t, m, EditorDoneMsg{Path: created})
	if screenName(m) != "untouched" || !strings.Contains(plain(m), "Remove it?") {
		t.Fatalf("no question about the untouched post:\n%s", plain(m))
	}
	// f1 shows the help and the question stays: it is no answer.
	m = drive(t, m, namedKey("f1"))
	if screenName(m) != "help" {
		t.Fatalf("f1 on the question: screen %s, want the help", screenName(m))
	}
	m = drive(t, m, namedKey("esc"))
	if screenName(m) != "untouched" {
		t.Fatalf("back from the help: screen %s, want the question again", screenName(m))
	}
	if _, err := os.Stat(created); err != nil {
		t.Fatalf("the post went while the help was shown: %v", err)
	}
	m = drive(t, m, keys("y")...)
	if _, err := os.Stat(created); !os.IsNotExist(err) {
		t.Errorf("untouched post still there: %v", err)
	}
	if screenName(m) != "list" || len(m.list().all) != 7 {
		t.Errorf("screen %s, %d posts; want the list of 7", screenName(m), len(m.list().all))
	}
}

func TestPublishFromTheList(t *testing.T) {
	t.Parallel()
	m, dir := diskBlog(t)
	if m.list().selected().Title != "Notes on burnout" {
		t.Fatalf("selected %q", m.list().selected().Title)
	}
	m = drive(t, m, keys("pk")...)
	data := mustRead(t, filepath.Join(dir, "content", "thoughts", "burnout.md"))
	if strings.Contains(string(data), "draft") {
		t.Errorf("still a draft:\n%s", data)
	}
	if !strings.Contains(plain(m), "is now published") {
		t.Errorf("no status after publishing:\n%s", plain(m))
	}
	if got := m.list().selected(); got == nil || got.Status != "published" {
		t.Errorf("selected post after publishing: %+v", got)
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The new_post_format setting reaches the form the n key opens.
func TestNewPostFormTakesConfiguredStyle(t *testing.T) {
	t.Parallel()
	o := testOptions(nil)
	o.NewPost.Style = edit.Style{Format: posts.FormatYAML, Generator: site.Pelican}
	m := New(o)
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 20})
	m = runCmd(t, m, m.Init(), 0)
	m = drive(t, m, keys("n")...)
	f, ok := m.active().(*NewPostForm)
	if !ok {
		t.Fatalf("n opened %T, want the new-post form", m.active())
	}
	if f.opts.Style != o.NewPost.Style {
		t.Errorf("form style %+v, want %+v", f.opts.Style, o.NewPost.Style)
	}
}
