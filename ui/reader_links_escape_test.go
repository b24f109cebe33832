package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// TestLinksStayInsideWhatTheLoaderLists: content/out is a link to a
// folder outside the site, which the loader does not enter. No way of
// writing a link reaches the file there: the reader refuses it, so
// neither it nor the editor ever opens it.
func TestLinksStayInsideWhatTheLoaderLists(t *testing.T) {
	t.Parallel()
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret.md"), []byte("Title: Outside secret\nDate: 2020-01-01\n\nSECRET BODY\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		generator  site.Generator
		from, link string
	}{
		{"relative", site.Pelican, "content/posts/a.md", "[it](../out/secret.md)"},
		{"pelican filename", site.Pelican, "content/posts/a.md", "[it]({filename}/out/secret.md)"},
		{"from the site root", site.Pelican, "content/posts/a.md", "[it](/content/out/secret.md)"},
		{"absolute path", site.Pelican, "content/posts/a.md", "[it](" + "DIR/content/out/secret.md)"},
		{"hugo ref", site.Hugo, "content/a.md", `[it]({{< ref "out/secret.md" >}})`},
		{"hugo relref from a section", site.Hugo, "content/posts/a.md", `[it]({{< relref "../out/secret.md" >}})`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			writeFS(t, dir, fstest.MapFS{
				tc.from:               {Data: []byte("---\ntitle: Linking out\ndate: 2020-01-02\n---\n\nSee " + strings.ReplaceAll(tc.link, "DIR", dir) + ".\n")},
				"content/posts/in.md": {Data: []byte("---\ntitle: Inside\ndate: 2020-01-01\n---\n\nInside.\n")},
			})
			if err := os.Symlink(outside, filepath.Join(dir, "content", "out")); err != nil {
				t.Skip("no symlinks here:", err)
			}
			cfg := Config{Dir: dir, FS: posts.DirFS(dir), Style: "dark"}
			cfg.Posts.Rules.ContentDir = "content"
			cfg.Posts.Rules.Generator = tc.generator
			m := New(cfg)
			m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
			m = runCmd(t, m, m.Init(), 0)
			if n := len(m.sh.store.Posts()); n != 2 {
				t.Fatalf("the loader lists %d posts, want the 2 inside", n)
			}
			m = drive(t, m, keys("/linking<enter><enter>")...)
			if screenName(m) != "reader" || m.reader().post.Path != tc.from {
				t.Fatalf("screen %s, want the reader on %s", screenName(m), tc.from)
			}
			if len(m.reader().doc.Links) != 1 {
				t.Fatalf("links %+v, want one", m.reader().doc.Links)
			}
			link := m.reader().doc.Links[0].URL
			m = drive(t, m, keys("<tab><enter>")...)
			if r := m.reader(); r == nil || r.post.Path != tc.from || len(r.history) != 0 {
				t.Fatalf("the link %q was followed (screen %s)", link, screenName(m))
			}
			if !strings.Contains(m.status, "not a post of this blog") && !strings.Contains(m.status, "no post of this blog") {
				t.Errorf("status %q, want the link refused", m.status)
			}
			if strings.Contains(m.View().Content, "SECRET BODY") {
				t.Error("the outside file is on screen")
			}
		})
	}
}

// writeFS writes the files of fsys under root.
func writeFS(t *testing.T, root string, fsys fstest.MapFS) {
	t.Helper()
	for name, f := range fsys {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
