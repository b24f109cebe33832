package edit

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

var (
	pelicanRules = posts.Rules{Generator: site.Pelican, ContentDir: "content"}
	hugoRules    = posts.Rules{Generator: site.Hugo, ContentDir: "content"}
	jekyllRules  = posts.Rules{Generator: site.Jekyll}
)

func TestRenameRewritesLinks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		rules      posts.Rules
		rel, title string
		files      map[string]string // the site besides the renamed post
		post       string            // the renamed post's content
		want       map[string]string // files after, by path
	}{
		{
			"pelican filename, absolute and relative, with anchors", pelicanRules, "content/dev/old.md", "New",
			map[string]string{
				"content/a.md":      "Title: A\n\n[x]({filename}/dev/old.md#part) [y]({filename}dev/old.md) [z](|filename|/dev/old.md) [s]({static}/dev/old.md)\n",
				"content/dev/b.rst": "B\n=\n\nSee `it <{filename}old.md>`_, `that <{filename}../dev/old.md>`_ and ``{filename}old.md``.\n",
			},
			"Title: Old\n\nOld.\n",
			map[string]string{
				"content/a.md":      "Title: A\n\n[x]({filename}/dev/new.md#part) [y]({filename}dev/new.md) [z](|filename|/dev/new.md) [s]({static}/dev/old.md)\n",
				"content/dev/b.rst": "B\n=\n\nSee `it <{filename}new.md>`_, `that <{filename}../dev/new.md>`_ and ``{filename}old.md``.\n",
			},
		},
		{
			"relative markdown paths, queries and reference definitions kept", posts.Rules{}, "notes/old.md", "New",
			map[string]string{
				"notes/a.md":     "---\ntitle: A\n---\n[a](old.md) [b](./old.md?v=2#x) [c](<old.md>) <a href=\"old.md\">d</a>\n\n[e]: old.md \"t\"\n",
				"other/b.md":     "---\ntitle: B\n---\n[b](../notes/old.md#top) [not](../notes/old.md.bak) `[code](../notes/old.md)`\n\n    [indented](../notes/old.md)\n",
				"notes/older.md": "---\ntitle: Older\n---\n[o](old-2.md) [p](older.md)\n",
			},
			"---\ntitle: Old\n---\nSelf: [me](old.md).\n",
			map[string]string{
				"notes/a.md":     "---\ntitle: A\n---\n[a](new.md) [b](./new.md?v=2#x) [c](<new.md>) <a href=\"new.md\">d</a>\n\n[e]: new.md \"t\"\n",
				"other/b.md":     "---\ntitle: B\n---\n[b](../notes/new.md#top) [not](../notes/old.md.bak) `[code](../notes/old.md)`\n\n    [indented](../notes/old.md)\n",
				"notes/older.md": "---\ntitle: Older\n---\n[o](old-2.md) [p](older.md)\n",
				"notes/new.md":   "---\ntitle: \"New\"\n---\nSelf: [me](new.md).\n",
			},
		},
		{
			"hugo ref and relref by name, by path, relative, and site addresses", hugoRules, "content/post/old-post.md", "New post",
			map[string]string{
				"content/post/sub/b.md": "---\ntitle: B\n---\n{{< ref \"old-post\" >}} {{< relref \"old-post.md#intro\" >}} {{< ref \"/post/old-post\" >}} {{< ref path=\"../old-post.md\" >}} {{% relref \"post/old-post\" %}}\n",
				"content/c.md":          "---\ntitle: C\n---\n[a](/post/old-post/) [b](/post/old-post) [c](/post/old-post/index.html#x) [d](/post/old-post-2/) [e](https://e.com/post/old-post/)\n",
			},
			"---\ntitle: Old post\n---\n",
			map[string]string{
				"content/post/sub/b.md": "---\ntitle: B\n---\n{{< ref \"new-post\" >}} {{< relref \"new-post.md#intro\" >}} {{< ref \"/post/new-post\" >}} {{< ref path=\"../new-post.md\" >}} {{% relref \"post/new-post\" %}}\n",
				"content/c.md":          "---\ntitle: C\n---\n[a](/post/new-post/) [b](/post/new-post) [c](/post/new-post/index.html#x) [d](/post/old-post-2/) [e](https://e.com/post/old-post/)\n",
			},
		},
		{
			"hugo bundle by its folder", hugoRules, "content/post/x/index.md", "Why Y",
			map[string]string{
				"content/a.md": "+++\ntitle = 'A'\n+++\n{{< ref \"/post/x\" >}} {{< ref \"x\" >}} {{< ref \"post/x/index.md\" >}}\n",
			},
			"---\ntitle: X\n---\n",
			map[string]string{
				"content/a.md": "+++\ntitle = 'A'\n+++\n{{< ref \"/post/why-y\" >}} {{< ref \"why-y\" >}} {{< ref \"post/why-y/index.md\" >}}\n",
			},
		},
		{
			"jekyll post_url, link and the post's address", jekyllRules, "_posts/2015-05-05-old-post.md", "Brand new",
			map[string]string{
				"_posts/2016-01-01-b.md": "---\ntitle: B\n---\n[a]({% post_url 2015-05-05-old-post %}#x) [b]({% link _posts/2015-05-05-old-post.md %}) [c](/2015/05/05/old-post.html)\n",
				"about.md":               "---\ntitle: About\n---\n{% raw %}{% post_url 2015-05-05-old-post %}{% endraw %}\n",
			},
			"---\ntitle: Old post\n---\n",
			map[string]string{
				"_posts/2016-01-01-b.md": "---\ntitle: B\n---\n[a]({% post_url 2015-05-05-brand-new %}#x) [b]({% link _posts/2015-05-05-brand-new.md %}) [c](/2015/05/05/brand-new.html)\n",
				"about.md":               "---\ntitle: About\n---\n{% raw %}{% post_url 2015-05-05-old-post %}{% endraw %}\n",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			writeTestFile(t, root, tc.rel, tc.post, 0o644)
			for rel, content := range tc.files {
				writeTestFile(t, root, rel, content, 0o644)
			}
			res, err := Rename(root, tc.rel, tc.title, RenameOptions{Rules: tc.rules, Links: LinksRewritten})
			if err != nil {
				t.Fatal(err)
			}
			for rel, want := range tc.want {
				got, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
				if err != nil {
					t.Fatal(err)
				}
				if string(got) != want {
					t.Errorf("%s:\n got %q\nwant %q", rel, got, want)
				}
			}
			for _, l := range res.Links {
				if l.Refused != "" {
					t.Errorf("%s:%d: %s refused: %s", l.Rel, l.Line, l.Old, l.Refused)
				}
			}
			// Undoing every change, last first, gives the site back.
			changes := res.Changes()
			for _, c := range slices.Backward(changes) {
				if _, err := Undo(root, c); err != nil {
					t.Fatal(err)
				}
			}
			for rel, content := range tc.files {
				if got, _ := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel))); string(got) != content {
					t.Errorf("after undo, %s = %q", rel, got)
				}
			}
		})
	}
}

func TestRenameListsLinks(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	writeTestFile(t, root, "content/post/old.md", "---\ntitle: Old\n---\n", 0o644)
	b := "---\ntitle: B\n---\nOne.\n\n{{< ref \"old\" >}} and [a](/post/old/)\n"
	writeTestFile(t, root, "content/b.md", b, 0o644)
	res, err := Rename(root, "content/post/old.md", "New", RenameOptions{Rules: hugoRules, Links: LinksListed})
	if err != nil {
		t.Fatal(err)
	}
	want := []LinkEdit{
		{Rel: "content/b.md", Line: 6, Old: "old", New: "new", at: strings.Index(b, `"old"`) + 1},
		{Rel: "content/b.md", Line: 6, Old: "/post/old/", New: "/post/new/", at: strings.Index(b, "/post/old/")},
	}
	if !slices.Equal(res.Links, want) {
		t.Errorf("links = %+v, want %+v", res.Links, want)
	}
	if got, _ := os.ReadFile(filepath.Join(root, "content/b.md")); string(got) != b || len(res.LinkChanges) != 0 {
		t.Errorf("listing changed b.md: %q, %d changes", got, len(res.LinkChanges))
	}
}

func TestRenameRefusesHardLinkedLinkingPost(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	writeTestFile(t, root, "content/post/old.md", "---\ntitle: Old\n---\n", 0o644)
	b := "---\ntitle: B\n---\n{{< ref \"old\" >}}\n"
	abs := writeTestFile(t, root, "content/b.md", b, 0o644)
	if err := os.Link(abs, filepath.Join(root, "b-copy.txt")); err != nil {
		t.Skip(err)
	}
	res, err := Rename(root, "content/post/old.md", "New", RenameOptions{Rules: hugoRules, Links: LinksRewritten})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Links) != 1 || res.Links[0].Refused == "" || len(res.LinkChanges) != 0 {
		t.Fatalf("links = %+v, changes %d; want the link refused", res.Links, len(res.LinkChanges))
	}
	if got, _ := os.ReadFile(abs); string(got) != b {
		t.Errorf("b.md changed: %q", got)
	}
}

func TestRenameAddsHugoAlias(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"new key", "---\ntitle: Old\n---\nBody\n", "---\ntitle: \"New\"\naliases: [\"/post/old/\"]\n---\nBody\n"},
		{"block list", "---\ntitle: Old\naliases:\n  - /x/\n---\n", "---\ntitle: \"New\"\naliases:\n  - /x/\n  - /post/old/\n---\n"},
		{"toml array", "+++\ntitle = \"Old\"\naliases = [\"/x/\"]\n+++\n", "+++\ntitle = \"New\"\naliases = [\"/x/\", \"/post/old/\"]\n+++\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			writeTestFile(t, root, "content/post/old.md", tc.in, 0o644)
			res, err := Rename(root, "content/post/old.md", "New", RenameOptions{Rules: hugoRules, Alias: true})
			if err != nil {
				t.Fatal(err)
			}
			if string(res.After) != tc.want || !res.Aliased {
				t.Errorf("got %q (aliased %v)\nwant %q", res.After, res.Aliased, tc.want)
			}
		})
	}
}

func TestRenameLeavesLinksItCannotPlace(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	writeTestFile(t, root, "content/post/old.md", "---\ntitle: Old\n---\n", 0o644)
	crlf := "---\r\ntitle: B\r\n---\r\n{{< ref \"old\" >}}\r\n"
	writeTestFile(t, root, "content/b.md", crlf, 0o644)
	writeTestFile(t, root, "content/c.md", "---\r\ntitle: C\r\n---\r\nNothing here.\r\n", 0o644)
	writeTestFile(t, root, "content/_index.md", "---\ntitle: Home\nmenu: old\n---\n", 0o644)
	res, err := Rename(root, "content/post/old.md", "New", RenameOptions{Rules: hugoRules, Links: LinksRewritten})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Links) != 1 || res.Links[0].Rel != "content/b.md" || res.Links[0].Refused == "" {
		t.Fatalf("links = %+v, want b.md's refused only", res.Links)
	}
	if got, _ := os.ReadFile(filepath.Join(root, "content/b.md")); string(got) != crlf {
		t.Errorf("b.md changed: %q", got)
	}
}
