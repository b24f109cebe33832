package config

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// writeSite writes files (slash paths → content) under a new temporary
// folder and returns it. A .git folder marks it as a repository root, so
// that detection never walks above it.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// loadSite detects the site at dir and loads its posts by path.
func loadSite(t *testing.T, dir string) (*Site, map[string]*posts.Post) {
	t.Helper()
	detected, err := Detect(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	ps, _, err := posts.Load(context.Background(), os.DirFS(detected.Root), posts.Options{Rules: detected.Rules})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*posts.Post{}
	for _, p := range ps {
		out[p.Path] = p
	}
	return detected, out
}

// wantPaths checks that the posts read are exactly want, by path.
func wantPaths(t *testing.T, ps map[string]*posts.Post, want ...string) {
	t.Helper()
	slices.Sort(want)
	if got := sortedKeys(ps); !slices.Equal(got, want) {
		t.Errorf("posts %v, want %v", got, want)
	}
}

// post returns the post at p or fails.
func post(t *testing.T, ps map[string]*posts.Post, p string) *posts.Post {
	t.Helper()
	got, ok := ps[p]
	if !ok {
		var paths []string
		for k := range ps {
			paths = append(paths, k)
		}
		t.Fatalf("no post %s; have %v", p, paths)
	}
	return got
}

// siteCase is one site written by writeSite, detected and loaded, and
// what to check of it.
type siteCase struct {
	name  string
	files map[string]string // slash paths under the site root → content
	check func(t *testing.T, s *Site, ps map[string]*posts.Post)
}

// runSiteCases runs each case as a subtest on a site that must be
// detected as kind.
func runSiteCases(t *testing.T, generator site.Generator, cases []siteCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			detected, ps := loadSite(t, writeSite(t, tc.files))
			if detected.Generator != generator {
				t.Fatalf("generator %s, want %s", detected.Generator, generator)
			}
			tc.check(t, detected, ps)
		})
	}
}

// frontMatter returns a post of YAML front matter fm and a short body.
func frontMatter(fm string) string { return "---\n" + fm + "\n---\nBody.\n" }
