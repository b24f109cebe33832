//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runGuarded is runFolio that fails the test, instead of hanging it, when
// folio has not returned after a minute (it would be blocked reading a
// named pipe or a terminal).
func runGuarded(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, out, errOut := runFolio(args...)
		done <- result{code, out, errOut}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(time.Minute):
		t.Fatalf("folio %s did not return", strings.Join(args, " "))
	}
	return 0, "", ""
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestPostsThatAreNotRegularFiles: a post that is a named pipe, or a link
// to one, to /dev/zero or to /dev/tty, is skipped with a warning naming it
// by every command, and never read.
func TestPostsThatAreNotRegularFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{".folio.toml": "", "ok.md": "Title: Fine\nDate: 2024-01-01\n\nBody\n"})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Skipf("no named pipes: %v", err)
	}
	for name, target := range map[string]string{"to-pipe.md": "pipe.md", "zero.md": "/dev/zero", "tty.md": "/dev/tty"} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := runGuarded(t, "list", "--dir", dir, "--json")
	if code != 0 || strings.Count(stdout, "\n") != 1 || !strings.Contains(stdout, `"path":"ok.md"`) {
		t.Errorf("list: exit %d, stdout %q, want only ok.md", code, stdout)
	}
	for _, want := range []string{
		"folio: warning: pipe.md: is a named pipe, not a regular file; skipped\n",
		"folio: warning: to-pipe.md: is a named pipe, not a regular file; skipped\n",
		"folio: warning: zero.md: is a character device, not a regular file; skipped\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("list: stderr %q lacks %q", stderr, want)
		}
	}
	code, stdout, _ = runGuarded(t, "check", "--dir", dir)
	if code != 1 || !strings.Contains(stdout, "to-pipe.md: is a named pipe, not a regular file; skipped") {
		t.Errorf("check: exit %d, stdout %q", code, stdout)
	}
	code, stdout, _ = runGuarded(t, "show", "--dir", dir, filepath.Join(dir, "to-pipe.md"))
	if code != 0 || !strings.Contains(stdout, "cannot read: is a named pipe, not a regular file") {
		t.Errorf("show: exit %d, stdout %q", code, stdout)
	}
	code, _, stderr = runGuarded(t, "edit", "--dir", dir, "--editor", "true", filepath.Join(dir, "pipe.md"))
	if code != 2 || !strings.Contains(stderr, "is a named pipe, not a regular file") {
		t.Errorf("edit: exit %d, stderr %q", code, stderr)
	}
}

// TestContentFolderProblems: a content folder that does not exist or is
// outside the site is a settings problem (exit status 2, one line), and an
// absolute Pelican PATH inside the site is read.
func TestContentFolderProblems(t *testing.T) {
	t.Parallel()
	missing := t.TempDir()
	writeFiles(t, missing, map[string]string{".folio.toml": "content_dir = \"posts\"\n", "a.md": "Title: A\n\nBody\n"})
	for _, cmd := range []string{"list", "check", "tags"} {
		code, stdout, stderr := runGuarded(t, cmd, "--dir", missing)
		if code != 2 || stdout != "" || stderr != "folio: content folder posts does not exist\n" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 2 and one line", cmd, code, stdout, stderr)
		}
	}
	code, _, stderr := runGuarded(t, "show", "--dir", missing, "anything")
	if code != 2 || stderr != "folio: content folder posts does not exist\n" {
		t.Errorf("show: exit %d, stderr %q", code, stderr)
	}

	site := t.TempDir()
	content := filepath.Join(site, "content")
	writeFiles(t, site, map[string]string{
		"pelicanconf.py": "PATH = " + pyString(content) + "\n",
		"content/a.md":   "Title: Absolute\nDate: 2024-01-01\n\nBody\n",
	})
	code, stdout, stderr := runGuarded(t, "list", "--dir", site, "--json")
	if code != 0 || !strings.Contains(stdout, `"path":"content/a.md"`) {
		t.Errorf("absolute PATH inside the site: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	outside := t.TempDir()
	writeFiles(t, site, map[string]string{"pelicanconf.py": "PATH = " + pyString(outside) + "\n"})
	code, _, stderr = runGuarded(t, "list", "--dir", site)
	if want := "folio: content folder " + filepath.ToSlash(outside) + " is outside the site folder\n"; code != 2 || stderr != want {
		t.Errorf("absolute PATH outside the site: exit %d, stderr %q, want %q", code, stderr, want)
	}
}

func pyString(s string) string { return "'" + strings.ReplaceAll(s, `\`, `\\`) + "'" }

// TestFileNamesNotUTF8: a post or folder whose name is not valid UTF-8 is
// read like any other (it used to be "invalid argument") and named safely.
func TestFileNamesNotUTF8(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{".folio.toml": ""})
	for _, name := range []string{"caf\xe9.md", "d\xff/inside.md"} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Skipf("file system refuses the name: %v", err)
		}
		if err := os.WriteFile(p, []byte("Title: Latin-1 "+name[:1]+"\nDate: 2024-01-01\n\nBody\n"), 0o644); err != nil {
			t.Skipf("file system refuses the name: %v", err)
		}
	}
	code, stdout, stderr := runGuarded(t, "check", "--dir", dir)
	if code != 0 || stdout != "" {
		t.Errorf("check: exit %d, stdout %q, stderr %q; want no problem", code, stdout, stderr)
	}
	code, stdout, _ = runGuarded(t, "list", "--dir", dir)
	if code != 0 || !strings.Contains(stdout, "Latin-1 c") || !strings.Contains(stdout, "Latin-1 d") {
		t.Errorf("list: exit %d, stdout %q", code, stdout)
	}
	code, stdout, _ = runGuarded(t, "show", "--dir", dir, filepath.Join(dir, "caf\xe9.md"))
	if code != 0 || !strings.Contains(stdout, "File: caf\uFFFD.md") || strings.Contains(stdout, "invalid argument") {
		t.Errorf("show: exit %d, stdout %q", code, stdout)
	}
}
