package posts

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// DirFS's direct reads must load exactly what os.DirFS's files load,
// including the awkward cases: a file over the size limit, a folder named
// like a post, a symlink loop, an empty file and real sites.
func TestDirFSMatchesOSDirFS(t *testing.T) {
	t.Parallel()
	tmp := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(tmp, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("small.md", []byte("Title: Small\nTags: a\n\nBody text.\n"))
	write("empty.md", nil)
	write("big.md", append([]byte("Title: Big\n\n"), bytes.Repeat([]byte("word "), 3<<20/5)...))
	if err := os.Mkdir(filepath.Join(tmp, "folder.md"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("loop.md", filepath.Join(tmp, "loop.md")); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{tmp, "../testdata/hostile", "../testdata/sites/hugo-jessfraz/content", "../examples/blog/content"} {
		t.Run(dir, func(t *testing.T) {
			opts := Options{KeepBody: true, MaxFileSize: 1 << 20}
			want := loadAll(t, os.DirFS(dir), opts)
			got := loadAll(t, DirFS(dir), opts)
			if len(got) != len(want) {
				t.Fatalf("DirFS loaded %d posts, os.DirFS %d", len(got), len(want))
			}
			for i := range want {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Errorf("%s differs:\nDirFS    %+v\nos.DirFS %+v", want[i].Path, got[i], want[i])
				}
			}
		})
	}
}

func loadAll(t *testing.T, fsys fs.FS, opts Options) []*Post {
	t.Helper()
	ps, _, err := Load(context.Background(), fsys, opts)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}
