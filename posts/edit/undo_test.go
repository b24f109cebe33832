package edit

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

func TestUndo(t *testing.T) {
	t.Parallel()
	t.Run("publish in place", func(t *testing.T) {
		root := t.TempDir()
		in := "Title: A\r\nStatus: draft\r\nTags: x\r\n\r\nBody\r\n"
		abs := writeTestFile(t, root, "a.md", in, 0o640)
		res, err := SetStatus(root, "a.md", true, PublishOptions{Rules: posts.Rules{Generator: site.Pelican}})
		if err != nil {
			t.Fatal(err)
		}
		c, ok := res.Change()
		if !ok || c.What != "published a.md" {
			t.Fatalf("%+v %v", c, ok)
		}
		rel, err := Undo(root, c)
		if err != nil || rel != "a.md" {
			t.Fatalf("%q %v", rel, err)
		}
		if got, _ := os.ReadFile(abs); string(got) != in {
			t.Errorf("got %q", got)
		}
		if info, _ := os.Stat(abs); info.Mode().Perm() != 0o640 {
			t.Errorf("mode %v", info.Mode())
		}
	})
	t.Run("jekyll draft moved back", func(t *testing.T) {
		root := t.TempDir()
		in := "---\ntitle: Hello\n---\n"
		writeTestFile(t, root, "_drafts/hello.md", in, 0o644)
		res, err := SetStatus(root, "_drafts/hello.md", true, PublishOptions{Rules: posts.Rules{Generator: site.Jekyll}, Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		c, _ := res.Change()
		rel, err := Undo(root, c)
		if err != nil || rel != "_drafts/hello.md" {
			t.Fatalf("%q %v", rel, err)
		}
		if got, _ := os.ReadFile(filepath.Join(root, "_drafts/hello.md")); string(got) != in {
			t.Errorf("got %q", got)
		}
		if _, err := os.Stat(res.Path); !os.IsNotExist(err) {
			t.Errorf("published copy still there: %v", err)
		}
	})
	t.Run("changed since: left alone", func(t *testing.T) {
		root := t.TempDir()
		abs := writeTestFile(t, root, "a.md", "Title: A\nStatus: draft\nTags: x\n\n", 0o644)
		res, _ := SetStatus(root, "a.md", true, PublishOptions{Rules: posts.Rules{Generator: site.Pelican}})
		c, _ := res.Change()
		os.WriteFile(abs, []byte("edited"), 0o644)
		if _, err := Undo(root, c); !errors.Is(err, ErrChanged) {
			t.Fatalf("err = %v", err)
		}
		if got, _ := os.ReadFile(abs); string(got) != "edited" {
			t.Errorf("got %q", got)
		}
	})
	t.Run("rename and create", func(t *testing.T) {
		root := t.TempDir()
		writeTestFile(t, root, "old.md", "Title: Old\n\nBody\n", 0o644)
		r, err := Rename(root, "old.md", "New", RenameOptions{Rules: posts.Rules{Generator: site.Pelican}})
		if err != nil {
			t.Fatal(err)
		}
		if rel, err := Undo(root, r.Change()); err != nil || rel != "old.md" {
			t.Fatalf("%q %v", rel, err)
		}
		created, err := Create(root, posts.Rules{Generator: site.Pelican}, NewPost{Title: "Fresh"}, CreateOptions{Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		if rel, err := Undo(root, created.Change()); err != nil || rel != "" {
			t.Fatalf("%q %v", rel, err)
		}
		if _, err := os.Stat(created.Path); !os.IsNotExist(err) {
			t.Errorf("created post still there: %v", err)
		}
	})
}
