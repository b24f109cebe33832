//go:build unix

package config

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hangGuard runs f and fails the test if it has not returned after a
// minute: what it guards against is blocking for ever, not slowness.
func hangGuard(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("Load did not return: it is blocked reading a settings file that is not a regular file")
	}
}

// replaceWith turns the file at rel under root into a named pipe, a link
// to /dev/zero or a file over the size limit.
func replaceWith(t *testing.T, file, what string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	os.Remove(file)
	var err error
	switch what {
	case "fifo":
		err = syscall.Mkfifo(file, 0o644)
	case "zero":
		err = os.Symlink("/dev/zero", file)
	case "big":
		err = os.WriteFile(file, []byte(strings.Repeat("# a comment line\n", MaxSettingsFileSize/16)), 0o644)
	}
	if err != nil {
		t.Skipf("cannot make %s: %v", what, err)
	}
}

// TestLoadSettingsFilesThatAreNotRegular replaces each settings file
// folio reads with a named pipe, a link to /dev/zero and an oversized
// file: Load must return (no hang, no memory blow-up) and say which file
// and why.
func TestLoadSettingsFilesThatAreNotRegular(t *testing.T) {
	t.Parallel()
	sites := map[string]map[string]string{
		"plain":   {".folio.toml": "sort = \"title\"\n", "a.md": "Title: A\n\nBody\n"},
		"hugo":    {"hugo.toml": "title = \"x\"\n", "content/a.md": "+++\ntitle = \"A\"\n+++\n"},
		"jekyll":  {"_config.yml": "title: x\n", "_posts/2024-01-01-a.md": "---\ntitle: A\n---\n"},
		"pelican": {"pelicanconf.py": "from base import *\nPATH = 'content'\n", "base.py": "AUTHOR = 'x'\n", "content/a.md": "Title: A\n\nBody\n"},
	}
	cases := []struct {
		site, file, what string
		wantErr          string // "" when Load must succeed
		wantWarning      string // in Config.Warnings or Site notes
	}{
		{"plain", ".folio.toml", "fifo", "", ".folio.toml: is a named pipe, not a regular file; skipped"},
		{"plain", ".folio.toml", "zero", "", ".folio.toml: is a character device, not a regular file; skipped"},
		{"plain", ".folio.toml", "big", ".folio.toml: cannot read: is 1.1 MiB, larger than the 1.0 MiB folio reads", ""},
		{"plain", "USER", "fifo", "", "config.toml: is a named pipe, not a regular file; skipped"},
		{"plain", "USER", "zero", "", "config.toml: is a character device, not a regular file; skipped"},
		{"plain", "USER", "big", "config.toml: cannot read: is 1.1 MiB, larger than the 1.0 MiB folio reads", ""},
		// A generator's settings file that is not a regular file does not
		// mark a site root; the folder is then read as a plain one.
		{"hugo", "hugo.toml", "fifo", "", ""},
		{"hugo", "hugo.toml", "zero", "", ""},
		{"hugo", "hugo.toml", "big", "hugo.toml: cannot read: is 1.1 MiB, larger than the 1.0 MiB folio reads", ""},
		{"hugo", "config/_default/params.toml", "fifo", "config/_default/params.toml: cannot read: is a named pipe, not a regular file", ""},
		{"hugo", "config/_default/params.toml", "zero", "config/_default/params.toml: cannot read: is a character device, not a regular file", ""},
		{"jekyll", "_config.yml", "fifo", "", ""},
		{"jekyll", "_config.yml", "big", "_config.yml: cannot read: is 1.1 MiB, larger than the 1.0 MiB folio reads", ""},
		{"jekyll", "_posts/2024-01-01-b.md", "fifo", "", ""},
		{"jekyll", "about.md", "fifo", "", ""},
		{"pelican", "pelicanconf.py", "fifo", "", ""},
		{"pelican", "pelicanconf.py", "zero", "", ""},
		{"pelican", "pelicanconf.py", "big", "pelicanconf.py: cannot read: is 1.1 MiB, larger than the 1.0 MiB folio reads", ""},
		{"pelican", "base.py", "fifo", "", "base.py not read (is a named pipe, not a regular file)"},
		{"pelican", "base.py", "big", "", "base.py not read (is 1.1 MiB, larger than the 1.0 MiB folio reads)"},
		{"plain", "style.json", "fifo", "", "style file"},
	}
	for _, tc := range cases {
		t.Run(tc.site+"/"+tc.file+"/"+tc.what, func(t *testing.T) {
			files := map[string]string{}
			for k, v := range sites[tc.site] {
				files[k] = v
			}
			if tc.file == "style.json" {
				files[".folio.toml"] = "style = \"style.json\"\n"
			}
			root := writeSite(t, files)
			userFile := filepath.Join(t.TempDir(), "folio", "config.toml")
			file := filepath.Join(root, filepath.FromSlash(tc.file))
			if tc.file == "USER" {
				file = userFile
			}
			replaceWith(t, file, tc.what)
			var c *Config
			var err error
			hangGuard(t, func() {
				c, err = Load(LoadOptions{Dir: root, Getenv: func(string) string { return "" }, UserFile: userFile})
			})
			if tc.wantErr != "" {
				if err == nil || !strings.HasSuffix(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one ending %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("error %v", err)
			}
			hangGuard(t, func() { loadSite(t, root) })
			if tc.wantWarning == "" {
				return
			}
			all := strings.Join(append(c.Warnings, notesOf(c.Site)...), "\n")
			if !strings.Contains(all, tc.wantWarning) {
				t.Errorf("warnings:\n%s\nwant one with %q", all, tc.wantWarning)
			}
		})
	}
}

func notesOf(s *Site) []string {
	var out []string
	for _, n := range s.NotUnderstood {
		out = append(out, n.String())
	}
	return out
}
