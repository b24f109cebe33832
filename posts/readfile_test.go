//go:build unix

package posts

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hangGuard runs f and fails the test if it has not returned after a
// minute: what it guards against is blocking for ever, not slowness.
func hangGuard(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatalf("%s did not return: it is blocked reading a file that is not a regular file", what)
	}
}

// specialBlog is a folder of posts beside files that must not be read: a
// named pipe with no writer, links to it, to /dev/zero and to /dev/tty.
func specialBlog(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "ok.md"), []byte("Title: Fine\n\nBody\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	for name, target := range map[string]string{"to-pipe.md": "pipe.md", "zero.md": "/dev/zero", "tty.md": "/dev/tty"} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadSkipsFilesThatAreNotRegular(t *testing.T) {
	t.Parallel()
	dir := specialBlog(t)
	for _, fsys := range []struct {
		name string
		open func(string) fs.FS
	}{{"DirFS", func(d string) fs.FS { return DirFS(d) }}, {"os.DirFS", func(d string) fs.FS { return os.DirFS(d) }}} {
		t.Run(fsys.name, func(t *testing.T) {
			var ps []*Post
			var warns []Warning
			var err error
			hangGuard(t, "Load", func() {
				ps, warns, err = Load(context.Background(), fsys.open(dir), Options{KeepBody: true})
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) != 1 || ps[0].Path != "ok.md" {
				t.Errorf("loaded %v, want only ok.md", pathsOf(ps))
			}
			got := map[string]string{}
			for _, w := range warns {
				got[w.Path] = w.Msg
			}
			want := map[string]string{
				"pipe.md":    "is a named pipe, not a regular file; skipped",
				"to-pipe.md": "is a named pipe, not a regular file; skipped",
				"zero.md":    "is a character device, not a regular file; skipped",
			}
			for p, msg := range want {
				if got[p] != msg {
					t.Errorf("warning for %s = %q, want %q", p, got[p], msg)
				}
			}
			// /dev/tty cannot be followed without a controlling terminal;
			// either way it must not be read as a post.
			if _, ok := got["tty.md"]; !ok {
				if _, err := os.Stat("/dev/tty"); err == nil {
					t.Errorf("no warning for tty.md: %v", warns)
				}
			}
		})
	}
}

// A post named on the command line goes straight to ParseFile: it must
// be refused there too, as a post with a warning.
func TestParseFileRefusesAPipe(t *testing.T) {
	t.Parallel()
	dir := specialBlog(t)
	for _, name := range []string{"pipe.md", "to-pipe.md", "zero.md"} {
		var p *Post
		hangGuard(t, "ParseFile "+name, func() { p = ParseFile(DirFS(dir), name, Options{KeepBody: true}) })
		if len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0].Msg, "not a regular file") {
			t.Errorf("%s: warnings %v, want one saying it is not a regular file", name, p.Warnings)
		}
		hangGuard(t, "ParseFile os.DirFS "+name, func() { p = ParseFile(os.DirFS(dir), name, Options{KeepBody: true}) })
		if len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0].Msg, "not a regular file") {
			t.Errorf("%s through os.DirFS: warnings %v, want one saying it is not a regular file", name, p.Warnings)
		}
	}
}

func TestReadRegularFile(t *testing.T) {
	t.Parallel()
	dir := specialBlog(t)
	big := filepath.Join(dir, "big.toml")
	if err := os.WriteFile(big, make([]byte, 2000), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		want error
		msg  string
	}{
		{"ok.md", nil, ""},
		{"pipe.md", ErrNotRegular, "is a named pipe, not a regular file"},
		{"to-pipe.md", ErrNotRegular, "is a named pipe, not a regular file"},
		{"zero.md", ErrNotRegular, "is a character device, not a regular file"},
		{"big.toml", ErrTooLarge, "is 2.0 KiB, larger than the 1.0 KiB folio reads"},
		{"missing.toml", os.ErrNotExist, "no such file"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			hangGuard(t, "ReadRegularFile", func() { _, err = ReadRegularFile(filepath.Join(dir, tc.name), 1<<10) })
			if !errors.Is(err, tc.want) || tc.want == nil && err != nil {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			if err != nil && !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not say %q", err, tc.msg)
			}
		})
	}
}

func pathsOf(ps []*Post) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Path)
	}
	return out
}

// os.DirFS cannot open a name that is not UTF-8; the warning names the
// file, escaped, instead of saying "invalid argument". DirFS reads it.
func TestNameNotUTF8(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "caf\xe9.md"), []byte("Title: Cafe\n\nBody\n"), 0o644); err != nil {
		t.Skipf("file system refuses the name: %v", err)
	}
	p := ParseFile(os.DirFS(dir), "caf\xe9.md", Options{})
	if len(p.Warnings) != 1 || p.Warnings[0].Msg != `cannot read: its name "caf\xe9.md" is not valid UTF-8, which this file system does not open` {
		t.Errorf("os.DirFS: warnings %v", p.Warnings)
	}
	if p := ParseFile(DirFS(dir), "caf\xe9.md", Options{}); len(p.Warnings) != 0 || p.Title != "Cafe" {
		t.Errorf("DirFS: title %q, warnings %v", p.Title, p.Warnings)
	}
}
