package edit

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// TestHTMLMetadataNotEdited checks that a file Pelican's HTML reader reads
// (metadata in <meta> tags) is left as it is by publishing and renaming,
// which would write a "Key: value" header above its <html> (issue 21,
// class 2).
func TestHTMLMetadataNotEdited(t *testing.T) {
	t.Parallel()
	page := "<html><head><title>A</title><meta name=\"status\" content=\"draft\"></head><body><p>x</p></body></html>\n"
	rules := posts.Rules{Generator: site.Pelican}
	root := t.TempDir()
	abs := filepath.Join(root, "a.html")
	if err := os.WriteFile(abs, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := SetStatus(root, "a.html", true, PublishOptions{Rules: rules, Now: fixedNow}); !errors.Is(err, ErrCannotEdit) {
		t.Errorf("publish: err = %v", err)
	}
	if _, err := Rename(root, "a.html", "B", RenameOptions{Rules: rules}); !errors.Is(err, ErrCannotEdit) {
		t.Errorf("rename: err = %v", err)
	}
	if got, _ := os.ReadFile(abs); string(got) != page {
		t.Errorf("file changed: %q", got)
	}
}
