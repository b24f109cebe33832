package edit

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

func TestRename(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		rules     posts.Rules
		rel, in   string
		title     string
		wantRel   string
		want      string
		wantSlugs [2]string
	}{
		{
			"pelican header, CRLF", posts.Rules{Generator: site.Pelican}, "content/dev/old-title.md",
			"Title: Old title\r\nDate: 2020-01-01\r\n\r\nBody\r\n", "New: title",
			"content/dev/new-title.md", "Title: New: title\r\nDate: 2020-01-01\r\n\r\nBody\r\n", [2]string{"old-title", "new-title"},
		},
		{
			"jekyll keeps its date, BOM", posts.Rules{Generator: site.Jekyll}, "_posts/2015-05-05-old-post.md",
			"\ufeff---\nlayout: post\ntitle: Old post # was\n---\nBody\n", "Brand \"new\" post",
			"_posts/2015-05-05-brand-new-post.md", "\ufeff---\nlayout: post\ntitle: \"Brand \\\"new\\\" post\" # was\n---\nBody\n", [2]string{"old-post", "brand-new-post"},
		},
		{
			"hugo toml with a slug key", posts.Rules{Generator: site.Hugo, ContentDir: "content"}, "content/post/x.md",
			"+++\ntitle = 'X'\nslug = 'x'\n+++\n", "Why Y",
			"content/post/why-y.md", "+++\ntitle = \"Why Y\"\nslug = \"why-y\"\n+++\n", [2]string{"x", "why-y"},
		},
		{
			"hugo page bundle folder", posts.Rules{Generator: site.Hugo, ContentDir: "content"}, "content/post/x/index.md",
			"---\ntitle: X\n---\n", "Why Y",
			"content/post/why-y/index.md", "---\ntitle: \"Why Y\"\n---\n", [2]string{"x", "why-y"},
		},
		{
			"reST heading lengthened", posts.Rules{Generator: site.Pelican}, "content/a.rst",
			"Old\n===\n\n:date: 2020-01-01\n\nBody\n", "A longer title",
			"content/a-longer-title.rst", "A longer title\n==============\n\n:date: 2020-01-01\n\nBody\n", [2]string{"old", "a-longer-title"},
		},
		{
			"reST overlined heading", posts.Rules{Generator: site.Pelican}, "content/a.rst",
			"#####\nOld\n#####\n\nBody\n", "New",
			"content/new.rst", "#####\nNew\n#####\n\nBody\n", [2]string{"old", "new"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			old := writeTestFile(t, root, tc.rel, tc.in, 0o600)
			res, err := Rename(root, tc.rel, tc.title, RenameOptions{Rules: tc.rules})
			if err != nil {
				t.Fatal(err)
			}
			if res.Rel != tc.wantRel || res.OldSlug != tc.wantSlugs[0] || res.NewSlug != tc.wantSlugs[1] {
				t.Errorf("%s (%s → %s), want %s %v", res.Rel, res.OldSlug, res.NewSlug, tc.wantRel, tc.wantSlugs)
			}
			got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(tc.wantRel)))
			if err != nil || string(got) != tc.want {
				t.Errorf("got %q (%v)\nwant %q", got, err, tc.want)
			}
			if _, err := os.Stat(old); !os.IsNotExist(err) {
				t.Errorf("old file still there: %v", err)
			}
			if info, err := os.Stat(res.Path); err != nil || info.Mode().Perm() != 0o600 {
				t.Errorf("mode not kept: %v %v", info, err)
			}
		})
	}
}

func TestRenameNeverOverwrites(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	rules := posts.Rules{Generator: site.Pelican}
	writeTestFile(t, root, "a.md", "Title: A\n\nBody\n", 0o644)
	writeTestFile(t, root, "b.md", "Title: B\n\nOther\n", 0o644)
	if _, err := Rename(root, "a.md", "B", RenameOptions{Rules: rules}); err == nil {
		t.Fatal("no error")
	}
	for name, want := range map[string]string{"a.md": "Title: A\n\nBody\n", "b.md": "Title: B\n\nOther\n"} {
		if got, _ := os.ReadFile(filepath.Join(root, name)); string(got) != want {
			t.Errorf("%s = %q", name, got)
		}
	}
	if _, err := Rename(root, "a.md", " ", RenameOptions{Rules: rules}); !errors.Is(err, ErrNoTitle) {
		t.Errorf("empty title: %v", err)
	}
}

// An undated Jekyll draft is dated by its file, as loading the folder
// does, so the URLs a rename reports are the ones `jekyll serve --drafts`
// gives, not year 1.
func TestRenameDraftURLsDatedByFile(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	abs := writeTestFile(t, root, "_drafts/idea.md", "---\ntitle: Idea\n---\n", 0o644)
	mod := time.Date(2024, 3, 9, 12, 0, 0, 0, time.UTC)
	if err := os.Chtimes(abs, mod, mod); err != nil {
		t.Fatal(err)
	}
	res, err := Rename(root, "_drafts/idea.md", "Better idea", RenameOptions{Rules: posts.Rules{Generator: site.Jekyll, Location: time.UTC}})
	if err != nil {
		t.Fatal(err)
	}
	if res.OldURL != "/2024/03/09/idea.html" || res.NewURL != "/2024/03/09/better-idea.html" {
		t.Errorf("URLs %q → %q, want the file's date in both", res.OldURL, res.NewURL)
	}
}
