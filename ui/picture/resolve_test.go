package picture

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// site makes a site folder with an image beside a post, one in Hugo's
// static folder, one outside the site, and links out of it.
func site(t *testing.T) (dir, outside string) {
	t.Helper()
	root := t.TempDir()
	dir = filepath.Join(root, "blog")
	outside = filepath.Join(root, "secret.png")
	for _, p := range []string{"blog/content/posts/trip/index.md", "blog/content/posts/trip/a.png",
		"blog/static/images/b.png", "secret.png", "blog/content/posts/https:/example.com/c.png"} {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(outside, filepath.Join(dir, "content", "posts", "trip", "link.png")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(root, filepath.Join(dir, "static", "up")); err != nil {
		t.Fatal(err)
	}
	return dir, outside
}

// TestResolve finds images as the site would, and refuses remote ones
// and any path that leads out of the site, links resolved.
func TestResolve(t *testing.T) {
	t.Parallel()
	dir, outside := site(t)
	real, _ := filepath.EvalSymlinks(dir)
	s := Site{Dir: dir, ContentDir: "content"}
	post := "content/posts/trip/index.md"
	for _, tc := range []struct {
		name, ref string
		want      string // relative to the site, or ""
		err       error
	}{
		{"bundle resource", "a.png", "content/posts/trip/a.png", nil},
		{"bundle resource, dot", "./a.png?w=300#x", "content/posts/trip/a.png", nil},
		{"static from the root", "/images/b.png", "static/images/b.png", nil},
		{"static, relative", "images/b.png", "static/images/b.png", nil},
		{"Pelican static, as a path on disk", filepath.Join(dir, "static", "images", "b.png"), "static/images/b.png", nil},
		{"https, even with such a file", "https://example.com/c.png", "", ErrRemote},
		{"http", "http://example.com/c.png", "", ErrRemote},
		{"protocol-relative", "//example.com/c.png", "", ErrRemote},
		{"data URI", "data:image/png;base64,AAAA", "", ErrRemote},
		{"dot-dot out of the site", "../../../../secret.png", "", ErrOutsideSite},
		{"absolute path outside: read as an address on the site", outside, "", ErrNotFound},
		{"link to a file outside", "link.png", "", ErrOutsideSite},
		{"through a folder link outside", "/up/secret.png", "", ErrOutsideSite},
		{"missing", "nothing.png", "", ErrNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Resolve(post, tc.ref)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("Resolve(%q) = %q, %v; want %v", tc.ref, got, err, tc.err)
				}
				return
			}
			if err != nil || got != filepath.Join(real, filepath.FromSlash(tc.want)) {
				t.Fatalf("Resolve(%q) = %q, %v; want %s", tc.ref, got, err, tc.want)
			}
		})
	}
}

// TestRowsNeverOpensRemoteOrOutside: Rows refuses before opening, so the
// file outside the site (a valid PNG) is never drawn.
func TestRowsNeverOpensRemoteOrOutside(t *testing.T) {
	t.Parallel()
	dir, outside := site(t)
	data, err := os.ReadFile(filepath.Join("testdata", "fixture.png"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(outside, data, 0o644); err != nil {
		t.Fatal(err)
	}
	o := Options{Site: Site{Dir: dir, ContentDir: "content"}, Box: Box{Cols: 20, Rows: 5}, Ink: ink}
	for _, ref := range []string{"https://example.com/c.png", "link.png", outside, "/up/secret.png"} {
		if rows, err := Rows(context.Background(), o, "content/posts/trip/index.md", ref); err == nil || rows != nil {
			t.Errorf("Rows(%q) drew %d rows, err %v", ref, len(rows), err)
		}
	}
}
