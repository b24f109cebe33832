package edit

import (
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// Undoing the rename of a Hugo leaf bundle moves its whole folder back
// (issue 20, item 10): before, Undo moved only the index file, leaving
// the bundle's images in the renamed folder and the post in a new one.
func TestUndoRenamedBundle(t *testing.T) {
	t.Parallel()
	rules := posts.Rules{Generator: site.Hugo, ContentDir: "content"}
	files := map[string]string{
		"content/post/old/index.md":    "---\ntitle: Old\n---\nBody\n",
		"content/post/old/pic.png":     "png",
		"content/post/old/img/a.png":   "a",
		"content/post/old/index.fr.md": "---\ntitle: Vieux\n---\nCorps\n",
		"content/post/b.md":            "---\ntitle: B\n---\n",
	}
	root := t.TempDir()
	for rel, text := range files {
		writeTestFile(t, root, rel, text, 0o644)
	}
	res, err := Rename(root, "content/post/old/index.md", "Renamed", RenameOptions{Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Change()
	if c.What != "renamed content/post/old/ to content/post/renamed/" {
		t.Errorf("What = %q", c.What)
	}
	rel, err := Undo(root, c)
	if err != nil || rel != "content/post/old/index.md" {
		t.Fatalf("Undo = %q, %v", rel, err)
	}
	if got := tree(t, root); !maps.Equal(got, files) {
		t.Errorf("after undo the site holds %v; want %v", got, files)
	}
}

// An undo that cannot move the folder back (its old name is taken
// again) changes nothing and says why.
func TestUndoRenamedBundleRefusesTakenName(t *testing.T) {
	t.Parallel()
	rules := posts.Rules{Generator: site.Hugo, ContentDir: "content"}
	root := t.TempDir()
	writeTestFile(t, root, "content/post/old/index.md", "---\ntitle: Old\n---\nBody\n", 0o644)
	writeTestFile(t, root, "content/post/old/pic.png", "png", 0o644)
	res, err := Rename(root, "content/post/old/index.md", "Renamed", RenameOptions{Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	writeTestFile(t, root, "content/post/old/other.md", "new", 0o644)
	before := tree(t, root)
	_, err = Undo(root, res.Change())
	if err == nil || !strings.Contains(err.Error(), "content/post/old exists again") {
		t.Fatalf("Undo = %v; want a refusal naming the taken folder", err)
	}
	if got := tree(t, root); !maps.Equal(got, before) {
		t.Errorf("a refused undo changed the site: %v; was %v", got, before)
	}
}

// tree is every file under root, by slash-separated path, with its text.
func tree(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
