package edit

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// An index file moves its folder only when it is a Hugo leaf bundle
// whose folder is the post's own (issue 22, item 1): anywhere else the
// file itself is renamed, or keeps its name where that name makes it
// what it is (Hugo's _index files).
func TestRenameIndexFiles(t *testing.T) {
	t.Parallel()
	pelican := posts.Rules{Generator: site.Pelican, ContentDir: "content"}
	jekyll := posts.Rules{Generator: site.Jekyll}
	hugo := posts.Rules{Generator: site.Hugo, ContentDir: "content"}
	hugoLangs := posts.Rules{Generator: site.Hugo, LangDirs: []posts.LangDir{{Dir: "content/en", Lang: "en"}, {Dir: "content/fr", Lang: "fr"}}}
	const pelicanPost, yamlPost = "Title: Old\nDate: 2020-01-01\n\nBody\n", "---\ntitle: Old\n---\nBody\n"
	tests := []struct {
		name    string
		rules   posts.Rules
		files   []string // besides rel, each holding yamlPost (or an image)
		rel     string
		in      string
		wantRel string
		moved   []Move
		kept    bool
	}{
		{"pelican content root", pelican, []string{"content/posts/a.md"}, "content/index.md", pelicanPost,
			"content/renamed.md", []Move{{From: "content/index.md", To: "content/renamed.md"}}, false},
		{"pelican folder of posts", pelican, []string{"content/posts/a.md"}, "content/posts/index.md", pelicanPost,
			"content/posts/renamed.md", []Move{{From: "content/posts/index.md", To: "content/posts/renamed.md"}}, false},
		{"pelican folder of its own", pelican, []string{"content/old/pic.png"}, "content/old/index.md", pelicanPost,
			"content/old/renamed.md", []Move{{From: "content/old/index.md", To: "content/old/renamed.md"}}, false},
		{"jekyll _posts", jekyll, []string{"_posts/2020-01-01-a.md"}, "_posts/index.md", yamlPost,
			"_posts/renamed.md", []Move{{From: "_posts/index.md", To: "_posts/renamed.md"}}, false},
		{"plain folder", posts.Rules{}, []string{"notes/a.md"}, "notes/index.md", yamlPost,
			"notes/renamed.md", []Move{{From: "notes/index.md", To: "notes/renamed.md"}}, false},
		{"hugo section page", hugo, []string{"content/posts/a.md"}, "content/posts/_index.md", yamlPost,
			"content/posts/_index.md", nil, true},
		{"hugo home page", hugo, []string{"content/posts/a.md"}, "content/_index.md", yamlPost,
			"content/_index.md", nil, true},
		{"hugo index at the content root", hugo, []string{"content/posts/a.md"}, "content/index.md", yamlPost,
			"content/index.md", nil, true},
		{"hugo index beside other posts", hugo, []string{"content/posts/a.md"}, "content/posts/index.md", yamlPost,
			"content/posts/index.md", nil, true},
		{"hugo index above other posts", hugo, []string{"content/posts/2020/a.md"}, "content/posts/index.md", yamlPost,
			"content/posts/index.md", nil, true},
		{"hugo leaf bundle", hugo, []string{"content/post/old/pic.png", "content/post/old/img/a.png", "content/post/b.md"},
			"content/post/old/index.md", yamlPost,
			"content/post/renamed/index.md", []Move{{From: "content/post/old", To: "content/post/renamed", Folder: true, Files: 3}}, false},
		{"hugo bundle with a translation", hugo, []string{"content/post/old/index.fr.md"}, "content/post/old/index.md", yamlPost,
			"content/post/renamed/index.md", []Move{{From: "content/post/old", To: "content/post/renamed", Folder: true, Files: 2}}, false},
		{"hugo top-level bundle", hugo, nil, "content/old/index.md", yamlPost,
			"content/renamed/index.md", []Move{{From: "content/old", To: "content/renamed", Folder: true, Files: 1}}, false},
		{"hugo language's content root", hugoLangs, []string{"content/en/post/a.md"}, "content/en/index.md", yamlPost,
			"content/en/index.md", nil, true},
		{"hugo language's bundle", hugoLangs, nil, "content/en/old/index.md", yamlPost,
			"content/en/renamed/index.md", []Move{{From: "content/en/old", To: "content/en/renamed", Folder: true, Files: 1}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			writeTestFile(t, root, tc.rel, tc.in, 0o644)
			for _, f := range tc.files {
				writeTestFile(t, root, f, yamlPost, 0o644)
			}
			res, err := Rename(root, tc.rel, "Renamed", RenameOptions{Rules: tc.rules})
			if err != nil {
				t.Fatal(err)
			}
			if res.Rel != tc.wantRel || !slices.Equal(res.Moved, tc.moved) || (res.NameKept != "") != tc.kept {
				t.Errorf("renamed to %s, moved %+v, name kept %q; want %s, %+v, kept %v",
					res.Rel, res.Moved, res.NameKept, tc.wantRel, tc.moved, tc.kept)
			}
			if p := posts.Parse(res.Rel, mustRead(t, root, res.Rel), posts.Options{Rules: tc.rules}); p.Title != "Renamed" {
				t.Errorf("title %q", p.Title)
			}
			// Every other file is where it was, unless it moved with
			// its bundle.
			for _, f := range tc.files {
				for _, m := range res.Moved {
					if m.Folder && filepath.Dir(f) == m.From || m.Folder && filepath.Dir(filepath.Dir(f)) == m.From {
						f = m.To + f[len(m.From):]
					}
				}
				if _, err := os.Stat(filepath.Join(root, f)); err != nil {
					t.Errorf("%s: %v", f, err)
				}
			}
		})
	}
}

func mustRead(t *testing.T, root, rel string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// A rename that would put a post at another post's address is refused,
// naming that post, and changes nothing (issue 22, item 7).
func TestRenameRefusesTakenURL(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		rules      posts.Rules
		rel, in    string
		other, oin string
		title      string
	}{
		{"pelican slug", posts.Rules{Generator: site.Pelican}, "a.md", "Title: A\nDate: 2020-01-01\n\nBody\n",
			"b.md", "Title: B\nDate: 2020-01-01\nSlug: post-b\n\nOther\n", "Post b"},
		{"hugo bundle beside a file", posts.Rules{Generator: site.Hugo, ContentDir: "content"},
			"content/post/x/index.md", "---\ntitle: X\n---\n", "content/post/p1.md", "---\ntitle: P\n---\n", "P1"},
		{"hugo file beside a bundle", posts.Rules{Generator: site.Hugo, ContentDir: "content"},
			"content/post/x.md", "---\ntitle: X\n---\n", "content/post/p1/index.md", "---\ntitle: P\n---\n", "P1"},
		{"jekyll url key", posts.Rules{Generator: site.Jekyll}, "_posts/2020-01-01-a.md", "---\ntitle: A\n---\n",
			"about.md", "---\ntitle: About\npermalink: /2020/01/01/b.html\n---\n", "B"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			writeTestFile(t, root, tc.rel, tc.in, 0o644)
			writeTestFile(t, root, tc.other, tc.oin, 0o644)
			_, err := Rename(root, tc.rel, tc.title, RenameOptions{Rules: tc.rules})
			if !errors.Is(err, ErrURLTaken) || !strings.Contains(err.Error(), tc.other) {
				t.Fatalf("got %v, want ErrURLTaken naming %s", err, tc.other)
			}
			if got := string(mustRead(t, root, tc.rel)); got != tc.in {
				t.Errorf("%s changed: %q", tc.rel, got)
			}
		})
	}
	// The caller's posts are used when given: here they say the address
	// is free.
	root := t.TempDir()
	rules := posts.Rules{Generator: site.Pelican}
	writeTestFile(t, root, "a.md", "Title: A\nDate: 2020-01-01\n\nBody\n", 0o644)
	writeTestFile(t, root, "b.md", "Title: B\nDate: 2020-01-01\nSlug: post-b\n\nOther\n", 0o644)
	mine := []*posts.Post{{Path: "a.md", URL: "/a.html"}, {Path: "b.md", URL: "/b.html"}}
	if res, err := Rename(root, "a.md", "Post b", RenameOptions{Rules: rules, Posts: mine}); err != nil || res.NewURL != "/post-b.html" {
		t.Errorf("with the caller's posts: %v", err)
	}
}

// Renaming any post of a tree full of index files, on every generator,
// moves no other post: each stays at its path with its bytes, and only
// the renamed post's own file (or its bundle's folder) moves.
func TestRenameMovesNoOtherPost(t *testing.T) {
	t.Parallel()
	tree := map[string]string{
		"content/index.md": "", "content/_index.md": "", "content/a.md": "",
		"content/posts/index.md": "", "content/posts/_index.md": "", "content/posts/b.md": "", "content/posts/2020/c.md": "",
		"content/post/x/index.md": "", "content/post/x/pic.png": "png",
		"content/post/y/index.md": "", "content/post/y/sub/index.md": "",
		"_posts/index.md": "", "_posts/2020-01-01-d.md": "", "_drafts/e.md": "", "notes/index.md": "",
	}
	for _, rules := range []posts.Rules{
		{Generator: site.Pelican, ContentDir: "content"}, {Generator: site.Hugo, ContentDir: "content"},
		{Generator: site.Jekyll}, {Generator: site.Plain},
	} {
		for rel := range tree {
			if !posts.IsPostFile(rel) {
				continue
			}
			t.Run(string(rules.Generator)+"/"+rel, func(t *testing.T) {
				t.Parallel()
				root := t.TempDir()
				files := map[string]string{}
				for f, content := range tree {
					if content == "" {
						content = "---\ntitle: " + f + "\ndate: 2020-01-02\n---\n"
					}
					files[f] = content
					writeTestFile(t, root, f, content, 0o644)
				}
				res, err := Rename(root, rel, "Renamed", RenameOptions{Rules: rules})
				if err != nil {
					t.Fatal(err)
				}
				for f, content := range files {
					want := f
					if f == rel {
						want, content = res.Rel, string(res.After)
					}
					for _, m := range res.Moved {
						if m.Folder && strings.HasPrefix(f, m.From+"/") {
							if f != rel && posts.IsPostFile(f) {
								t.Errorf("%s moved with %s", f, rel)
							}
							want = m.To + f[len(m.From):]
						}
					}
					if got, err := os.ReadFile(filepath.Join(root, want)); err != nil || string(got) != content {
						t.Errorf("%s: %q, %v", want, got, err)
					}
				}
			})
		}
	}
}

// A Hugo post renamed "Index" would become content/post/index.md, and
// turn its section into a page bundle whose other posts are no longer
// pages: refused, as the reverse of moving a folder that is not the
// post's own.
func TestRenameRefusesHugoIndexName(t *testing.T) {
	t.Parallel()
	rules := posts.Rules{Generator: site.Hugo, ContentDir: "content"}
	for _, title := range []string{"Index", "_index"} {
		root := t.TempDir()
		const a = "---\ntitle: A\n---\n"
		writeTestFile(t, root, "content/post/a.md", a, 0o644)
		writeTestFile(t, root, "content/post/b.md", a, 0o644)
		if _, err := Rename(root, "content/post/a.md", title, RenameOptions{Rules: rules}); !errors.Is(err, ErrIndexName) {
			t.Errorf("%q: %v, want ErrIndexName", title, err)
		}
		if got := string(mustRead(t, root, "content/post/a.md")); got != a {
			t.Errorf("%q: a.md changed: %q", title, got)
		}
	}
	// Elsewhere index is a name like any other.
	root := t.TempDir()
	writeTestFile(t, root, "posts/a.md", "Title: A\n\n", 0o644)
	if res, err := Rename(root, "posts/a.md", "Index", RenameOptions{Rules: posts.Rules{Generator: site.Pelican}}); err != nil || res.Rel != "posts/index.md" {
		t.Errorf("pelican: %v", err)
	}
}
