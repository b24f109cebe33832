package main

import (
	"context"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
)

// placeRow is one line of testdata/writer/place.jsonl: what a real
// generator read from a post folio placed (role "new" or "draft") or
// unpublished (role "unpublished") on a fixture site.
type placeRow struct {
	Site       string   `json:"site"`
	Role       string   `json:"role"`
	Path       string   `json:"path"`
	Error      string   `json:"error"`
	Kind       string   `json:"kind"`     // Pelican: article; Hugo: page
	Section    string   `json:"section"`  // Hugo
	Lang       *string  `json:"lang"`     // Hugo: the language it was built in
	Draft      *bool    `json:"draft"`    // Hugo, Jekyll
	Category   *string  `json:"category"` // Pelican
	Status     string   `json:"status"`   // Pelican
	Published  *bool    `json:"published"`
	Categories []string `json:"categories"` // Jekyll: from the folders above _posts
}

// placeWant is, per fixture site, what the generators must read from the
// new post: where most of the site's posts are.
var placeWant = map[string]struct {
	dir         string   // the folder of the new post
	section     string   // Hugo's section, Pelican's category, Jekyll's categories joined
	unpublished []string // the posts regen-place.sh unpublished (the second with CRLF, some with a BOM)
}{
	"hugo-post":     {"content/post", "post", []string{"content/post/first.md", "content/post/second.md"}},
	"hugo-blog":     {"content/blog", "blog", []string{"content/blog/one.md", "content/blog/two.md"}},
	"hugo-multi":    {"content/en/post", "post", []string{"content/en/post/one.md"}},
	"pelican-paths": {"content/posts", "posts", []string{"content/posts/alpha.md", "content/posts/beta.md"}},
	"pelican-cats":  {"content/Dev", "Dev", []string{"content/Dev/one.rst", "content/Sys/backup.md"}},
	"jekyll-lang":   {"en/news/_posts", "en/news", []string{"en/news/_posts/2015-05-01-release-01.md", "de/news/_posts/2015-05-02-version-02.md"}},
}

// TestPlaceAgainstGenerators checks that folio new still places posts
// where regen-place.sh saw it place them, that Pelican, Hugo and Jekyll
// read those posts as posts of the section, category or language most
// posts are in (drafts as drafts), that an unpublished post is a draft
// to each generator at the same path, and that publishing it gives back
// its bytes.
func TestPlaceAgainstGenerators(t *testing.T) {
	rows := readJSONLines[placeRow](t, "testdata/writer/place.jsonl")
	bySite := map[string]map[string]placeRow{}
	unpublished := map[string]map[string]placeRow{}
	for _, r := range rows {
		if bySite[r.Site] == nil {
			bySite[r.Site], unpublished[r.Site] = map[string]placeRow{}, map[string]placeRow{}
		}
		if r.Role == "unpublished" {
			unpublished[r.Site][r.Path] = r
			continue
		}
		bySite[r.Site][r.Role] = r
	}
	if len(bySite) != len(placeWant) {
		t.Fatalf("place.jsonl has %d sites, want %d", len(bySite), len(placeWant))
	}
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	for site, want := range placeWant {
		t.Run(site, func(t *testing.T) {
			got := bySite[site]
			for _, role := range []string{"new", "draft"} {
				r, ok := got[role]
				if !ok || r.Error != "" {
					t.Fatalf("%s: no generator row (%s)", role, r.Error)
				}
				checkPlaceRow(t, r, want.section)
			}
			if d := path.Dir(got["new"].Path); d != want.dir {
				t.Errorf("new post in %s, want %s", d, want.dir)
			}
			for _, rel := range want.unpublished {
				r, ok := unpublished[site][rel]
				if !ok || r.Error != "" {
					t.Fatalf("unpublished %s: no generator row at that path (%s)", rel, r.Error)
				}
				checkPlaceRow(t, r, unpublishedSection(site, rel, want.section))
			}

			root := copyTree(t, filepath.Join("testdata/writer/place", site))
			cfg, err := config.Load(config.LoadOptions{Dir: root})
			if err != nil {
				t.Fatal(err)
			}
			opts := cfg.PostsOptions()
			ps, _, err := posts.Load(context.Background(), posts.DirFS(root), opts)
			if err != nil {
				t.Fatal(err)
			}
			for role, np := range map[string]edit.NewPost{
				"new":   {Title: "New post", Date: writerDate},
				"draft": {Title: "New draft", Date: writerDate, Draft: true},
			} {
				c, err := edit.Create(root, opts.Rules, np, edit.CreateOptions{Posts: ps})
				if err != nil {
					t.Fatal(err)
				}
				if c.Rel != got[role].Path {
					t.Errorf("%s: folio new writes %s, the generators read %s (run testdata/writer/regen-place.sh)", role, c.Rel, got[role].Path)
				}
			}
			for _, rel := range want.unpublished {
				orig, _ := os.ReadFile(filepath.Join(root, rel))
				if _, err := edit.SetStatus(root, rel, false, edit.PublishOptions{Rules: opts.Rules}); err != nil {
					t.Fatal(err)
				}
				if _, err := edit.SetStatus(root, rel, true, edit.PublishOptions{Rules: opts.Rules}); err != nil {
					t.Fatal(err)
				}
				if back, _ := os.ReadFile(filepath.Join(root, rel)); string(back) != string(orig) {
					t.Errorf("unpublish then publish changed %s:\n%q\nwas\n%q", rel, back, orig)
				}
			}
		})
	}
}

// unpublishedSection is the section an unpublished post is in: the
// fixture's own for the posts outside the main folder.
func unpublishedSection(site, rel, section string) string {
	switch {
	case site == "pelican-cats" && strings.Contains(rel, "/Sys/"):
		return "Sys"
	case site == "jekyll-lang" && strings.HasPrefix(rel, "de/"):
		return "de/news"
	}
	return section
}

// checkPlaceRow checks what a generator read from one placed or
// unpublished post.
func checkPlaceRow(t *testing.T, r placeRow, section string) {
	t.Helper()
	live := r.Role == "new"
	switch {
	case strings.HasPrefix(r.Site, "hugo"):
		if r.Kind != "page" || r.Section != section || r.Draft == nil || *r.Draft == live {
			t.Errorf("%s: hugo read kind %q section %q draft %v", r.Role, r.Kind, r.Section, r.Draft)
		}
		if r.Lang == nil || *r.Lang != "en" {
			t.Errorf("%s: hugo built it in language %v, want the default en", r.Role, r.Lang)
		}
	case strings.HasPrefix(r.Site, "pelican"):
		status := "draft"
		if live {
			status = "published"
		}
		if r.Kind != "article" || r.Category == nil || *r.Category != section || r.Status != status {
			t.Errorf("%s: pelican read kind %q category %v status %q", r.Role, r.Kind, r.Category, r.Status)
		}
	default:
		draft := r.Role == "draft"
		published := r.Role != "unpublished"
		if r.Draft == nil || *r.Draft != draft || r.Published == nil || *r.Published != published ||
			!slices.Equal(r.Categories, strings.Split(section, "/")) {
			t.Errorf("%s: jekyll read draft %v published %v categories %v", r.Role, r.Draft, r.Published, r.Categories)
		}
	}
}

// copyTree copies a fixture folder into a temporary one.
func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}
