package edit

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// siteFiles makes a site of empty posts: each name maps to its front
// matter (a Jekyll post needs none; others get a title and date).
func siteFiles(names ...string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for i, n := range names {
		body := "---\ntitle: P\ndate: 2020-01-01\n---\n"
		if strings.HasSuffix(n, ".rst") {
			body = "P\n=\n\n:date: 2020-01-01\n"
		}
		if i == 0 && strings.Contains(n, "newest") {
			body = "---\ntitle: P\ndate: 2024-01-01\n---\n"
		}
		fsys[n] = &fstest.MapFile{Data: []byte(body)}
	}
	return fsys
}

func many(pattern string, n int) []string {
	var out []string
	for i := range n {
		out = append(out, strings.ReplaceAll(pattern, "N", string(rune('a'+i))))
	}
	return out
}

func TestPlaceNewPost(t *testing.T) {
	t.Parallel()
	hugo := posts.Rules{Generator: site.Hugo, ContentDir: "content", Lang: "en"}
	pelican := posts.Rules{Generator: site.Pelican, ContentDir: "content"}
	jekyll := posts.Rules{Generator: site.Jekyll}
	tests := []struct {
		name        string
		rules       posts.Rules
		files       []string
		draft, page bool
		category    string
		want        string
	}{
		{"hugo section post, not posts", hugo, append(many("content/post/N.md", 5), "content/posts/x.md", "content/about.md"), false, false, "", "content/post/{slug}.md"},
		{"hugo section blog", hugo, append(many("content/blog/N.md", 3), "content/_index.md"), false, false, "", "content/blog/{slug}.md"},
		{"hugo page bundles", hugo, many("content/posts/N/index.md", 3), false, false, "", "content/posts/{slug}/index.md"},
		{"hugo year folders", hugo, append(many("content/posts/2017/N.md", 3), many("content/posts/2016/N.md", 2)...), false, false, "", "content/posts/{year}/{slug}.md"},
		{"hugo draft goes beside the posts", hugo, many("content/post/N.md", 2), true, false, "", "content/post/{slug}.md"},
		{"hugo markdown extension kept", hugo, many("content/post/N.markdown", 2), false, false, "", "content/post/{slug}.markdown"},
		{
			"hugo multilingual: the default language's folder",
			posts.Rules{Generator: site.Hugo, Lang: "en", LangDirs: []posts.LangDir{{Dir: "content/en", Lang: "en"}, {Dir: "content/fr", Lang: "fr"}}},
			append(many("content/fr/blog/N.md", 5), many("content/en/post/N.md", 2)...), false, false, "", "content/en/post/{slug}.md",
		},
		{"hugo no posts yet", hugo, nil, false, false, "", "content/posts/{slug}.md"},
		{"pelican first of ARTICLE_PATHS", posts.Rules{Generator: site.Pelican, ContentDir: "content", ArticleDirs: []string{"posts", "old"}}, append(many("content/old/N.md", 4), many("content/posts/N.md", 1)...), false, false, "", "content/posts/{slug}.md"},
		{"pelican folder categories, none given", pelican, append(many("content/Dev/N.rst", 3), many("content/Sys/N.md", 1)...), false, false, "", "content/Dev/{slug}.md"},
		{"pelican folder categories, existing folder kept", pelican, append(many("content/Dev/N.md", 3), many("content/Sys/N.md", 1)...), false, false, "sys", "content/Sys/{slug}.md"},
		{"pelican folder categories, new category", pelican, append(many("content/Dev/N.md", 3), many("content/Sys/N.md", 1)...), false, false, "Go Lang", "content/{category}/{slug}.md"},
		{"pelican one folder is not folder categories", pelican, many("content/posts/N.md", 3), false, false, "Math", "content/posts/{slug}.md"},
		{"pelican without folder categories", posts.Rules{Generator: site.Pelican, ContentDir: "content", NoFolderCategory: true}, append(many("content/a/N.md", 3), many("content/b/N.md", 2)...), false, false, "", "content/a/{slug}.md"},
		{"jekyll _posts of the language with most posts", jekyll, append(many("en/news/_posts/2020-01-01-N.md", 3), many("de/news/_posts/2020-01-01-N.md", 2)...), false, false, "", "en/news/_posts/{date}-{slug}.md"},
		{"jekyll draft beside them", jekyll, append(many("en/news/_posts/2020-01-01-N.md", 3), many("de/news/_posts/2020-01-01-N.md", 2)...), true, false, "", "en/news/_drafts/{slug}.md"},
		{"jekyll tie goes to the newest", jekyll, []string{"en/_posts/2024-01-01-newest.md", "uk/_posts/2019-01-01-x.md"}, false, false, "", "en/_posts/{date}-{slug}.md"},
		{"jekyll category folders in _posts", jekyll, append(many("src/_posts/paper/2020-01-01-N.md", 3), "src/_posts/notes/2020-01-01-x.md"), false, false, "", "src/_posts/paper/{date}-{slug}.md"},
		{"jekyll draft in category folder", jekyll, many("src/_posts/paper/2020-01-01-N.md", 2), true, false, "", "src/_drafts/paper/{slug}.md"},
		{"jekyll no posts: _drafts", jekyll, nil, true, false, "", "_drafts/{slug}.md"},
		{"plain folder of dated names", posts.Rules{}, many("_posts/2020-01-01-N.md", 3), false, false, "", "_posts/{date}-{slug}.md"},
		{"plain: the folder with most posts", posts.Rules{}, append(many("notes/N.md", 3), "readme.md"), false, false, "", "notes/{slug}.md"},
		{"pelican page", pelican, append(many("content/Dev/N.md", 2), "content/pages/about.md"), false, true, "", "content/pages/{slug}.md"},
		{"pelican page, none yet", posts.Rules{Generator: site.Pelican, ContentDir: "content", PageDirs: []string{"static-pages"}}, many("content/Dev/N.md", 2), false, true, "", "content/static-pages/{slug}.md"},
		{"jekyll page at the root", jekyll, append(many("_posts/2020-01-01-N.md", 2), "about.md", "contact.md"), false, true, "", "{slug}.md"},
		{"hugo page", hugo, append(many("content/post/N.md", 2), "content/about.md"), false, true, "", "content/{slug}.md"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ps []*posts.Post
			if len(tc.files) > 0 {
				var err error
				if ps, _, err = posts.Load(context.Background(), siteFiles(tc.files...), posts.Options{Rules: tc.rules}); err != nil {
					t.Fatal(err)
				}
			}
			pl := PlaceNewPost(tc.rules, ps, tc.draft, tc.page)
			if got := pl.PatternFor(tc.category); got != tc.want {
				t.Errorf("pattern %q, want %q (why: %s)", got, tc.want, pl.Why)
			}
			if pl.Why == "" {
				t.Error("no reason given")
			}
		})
	}
}

func TestPlaceNewPageInPlainFolder(t *testing.T) {
	t.Parallel()
	_, err := Create(t.TempDir(), posts.Rules{}, NewPost{Title: "About", Page: true}, CreateOptions{Now: fixedNow})
	if !errors.Is(err, ErrNoPages) {
		t.Errorf("err = %v", err)
	}
}

// Create places the post where PlaceNewPost says and uses that
// section's archetype.
func TestCreateInDerivedPlace(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	rules := posts.Rules{Generator: site.Hugo, ContentDir: "content"}
	for _, f := range many("content/post/N.md", 3) {
		writeTestFile(t, root, f, "+++\ntitle = 'x'\n+++\n", 0o644)
	}
	writeTestFile(t, root, "archetypes/post.md", "+++\ntitle = '{{ .Name }}'\ndate = {{ .Date }}\ndraft = true\nsection = 'post'\n+++\n", 0o644)
	ps, _, err := posts.Load(context.Background(), posts.DirFS(root), posts.Options{Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Create(root, rules, NewPost{Title: "Hello there", Draft: true}, CreateOptions{Now: fixedNow, Posts: ps})
	if err != nil {
		t.Fatal(err)
	}
	if c.Rel != "content/post/hello-there.md" || c.Archetype != "archetypes/post.md" {
		t.Errorf("rel %q archetype %q", c.Rel, c.Archetype)
	}
}

// A Jekyll draft that a pattern puts in _posts is kept a draft with
// "published: false" (the reader's form once wrote it as published).
func TestCreateJekyllDraftOutsideDrafts(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	rules := posts.Rules{Generator: site.Jekyll}
	c, err := Create(root, rules, NewPost{Title: "Hello", Draft: true}, CreateOptions{Now: fixedNow, PathPattern: "_posts/{date}-{slug}.md"})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(c.Path)
	if p := posts.Parse(c.Rel, data, posts.Options{Rules: rules}); p.Status != posts.StatusDraft {
		t.Errorf("reads as %s:\n%s", p.Status, data)
	}
	page, err := Create(root, rules, NewPost{Title: "About", Page: true}, CreateOptions{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	data, _ = os.ReadFile(page.Path)
	if page.Rel != "about.md" || !strings.Contains(string(data), "layout: page\n") {
		t.Errorf("%s:\n%s", page.Rel, data)
	}
}

func TestShortSlug(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("word-", 60) + "end" // 303 bytes
	got := shortSlug(long, maxSlugBytes)
	if len(got) > maxSlugBytes || strings.HasSuffix(got, "-") || !strings.HasPrefix(long, got) || !strings.HasPrefix(long[len(got):], "-") {
		t.Errorf("cut at %d: %q", len(got), got)
	}
	one := strings.Repeat("é", 150) // one 300-byte word
	if got := shortSlug(one, maxSlugBytes); len(got) > maxSlugBytes || !strings.HasPrefix(one, got) || strings.ToValidUTF8(got, "?") != got {
		t.Errorf("one long word: %d bytes", len(got))
	}
	root := t.TempDir()
	title := strings.Repeat("A very long title ", 20)
	for _, rules := range []posts.Rules{{Generator: site.Jekyll}, {Generator: site.Pelican}, {Generator: site.Hugo}} {
		c, err := Create(root, rules, NewPost{Title: title}, CreateOptions{Now: fixedNow})
		if err != nil {
			t.Fatalf("%s: %v", rules.Generator, err)
		}
		if n := len(filepath.Base(c.Path)); n > 255 {
			t.Errorf("%s: file name of %d bytes", rules.Generator, n)
		}
		data, _ := os.ReadFile(c.Path)
		if p := posts.Parse(c.Rel, data, posts.Options{Rules: rules}); len(p.Slug) > maxSlugBytes || p.Title != strings.TrimSpace(title) {
			t.Errorf("%s: slug of %d bytes, title %q", rules.Generator, len(p.Slug), p.Title)
		}
	}
}

// FuzzPlaceNewPost: whatever files a site holds, the derived pattern is
// one ExpandPathPattern accepts, inside the site.
func FuzzPlaceNewPost(f *testing.F) {
	f.Add("content/post/a.md\ncontent/post/b.md\ncontent/about.md", uint8(1), false)
	f.Add("en/news/_posts/2020-01-01-a.md\nde/news/_posts/2020-01-02-b.md", uint8(2), true)
	f.Add("content/Dev/a.rst\ncontent/Sys/b.md\ncontent/{x}/c.md", uint8(0), false)
	f.Add("content/posts/2017/a/index.md\ncontent/posts/2017/05/b.markdown", uint8(1), false)
	generators := []posts.Rules{
		{Generator: site.Pelican, ContentDir: "content"},
		{Generator: site.Hugo, ContentDir: "content"},
		{Generator: site.Jekyll},
		{},
	}
	f.Fuzz(func(t *testing.T, files string, which uint8, draft bool) {
		rules := generators[int(which)%len(generators)]
		var ps []*posts.Post
		for _, name := range strings.Split(files, "\n") {
			if !fs.ValidPath(name) || name == "." || !posts.IsPostFile(name) {
				continue
			}
			kind := posts.KindPost
			if which&4 != 0 {
				kind = posts.KindPage
			}
			ps = append(ps, &posts.Post{Path: name, Kind: kind, Categories: []string{path.Base(path.Dir(name))}})
		}
		for _, page := range []bool{false, true} {
			pl := PlaceNewPost(rules, ps, draft, page)
			if pl.Pattern == "" {
				continue
			}
			for _, cat := range []string{"", "Dev", "../x"} {
				rel, err := ExpandPathPattern(pl.PatternFor(cat), "slug", cat, fixedNow())
				if err != nil {
					t.Fatalf("pattern %q (category %q) from %q: %v", pl.PatternFor(cat), cat, files, err)
				}
				if strings.HasPrefix(rel, "../") || strings.Contains(rel, "/../") {
					t.Fatalf("%q leaves the site", rel)
				}
			}
		}
	})
}

// On a multilingual Hugo site the archetype is the section's, not the
// language folder's.
func TestCreateMultilingualArchetype(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	rules := posts.Rules{Generator: site.Hugo, Lang: "en", LangDirs: []posts.LangDir{{Dir: "content/en", Lang: "en"}, {Dir: "content/fr", Lang: "fr"}}}
	writeTestFile(t, root, "content/en/post/a.md", "+++\ntitle = 'a'\n+++\n", 0o644)
	writeTestFile(t, root, "archetypes/post.md", "+++\ntitle = '{{ .Name }}'\ndate = {{ .Date }}\ndraft = true\n+++\n", 0o644)
	ps, _, err := posts.Load(context.Background(), posts.DirFS(root), posts.Options{Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Create(root, rules, NewPost{Title: "B", Draft: true}, CreateOptions{Now: fixedNow, Posts: ps})
	if err != nil {
		t.Fatal(err)
	}
	if c.Rel != "content/en/post/b.md" || c.Archetype != "archetypes/post.md" {
		t.Errorf("rel %q archetype %q", c.Rel, c.Archetype)
	}
	if a := PlaceNewPost(rules, ps, false, false).Archetype(root, rules); a != "archetypes/post.md" {
		t.Errorf("Place.Archetype = %q", a)
	}
}
