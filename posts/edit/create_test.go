package edit

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

var fixedNow = func() time.Time { return time.Date(2025, 6, 7, 8, 9, 10, 0, time.FixedZone("", 2*3600)) }

func TestCreatePaths(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		rules   posts.Rules
		np      NewPost
		pattern string
		want    string
	}{
		{"pelican category folder", posts.Rules{Generator: site.Pelican, ContentDir: "content"}, NewPost{Title: "Hello World", Category: "Open Source"}, "", "content/open-source/hello-world.md"},
		{"pelican no category", posts.Rules{Generator: site.Pelican, ContentDir: "content"}, NewPost{Title: "Hello"}, "", "content/hello.md"},
		{"hugo posts section", posts.Rules{Generator: site.Hugo}, NewPost{Title: "Perché Django è fantastico!"}, "", "content/posts/perche-django-e-fantastico.md"},
		{"jekyll post", posts.Rules{Generator: site.Jekyll}, NewPost{Title: "Hello"}, "", "_posts/2025-06-07-hello.md"},
		{"jekyll draft", posts.Rules{Generator: site.Jekyll}, NewPost{Title: "Hello", Draft: true}, "", "_drafts/hello.md"},
		{"plain", posts.Rules{}, NewPost{Title: "Hello"}, "", "hello.md"},
		{"pattern with date parts", posts.Rules{}, NewPost{Title: "Hi"}, "blog/{year}/{month}/{slug}.md", "blog/2025/06/hi.md"},
		{"traversal title is a slug", posts.Rules{}, NewPost{Title: "../../etc/passwd"}, "", "etcpasswd.md"},
		{"title with no slug", posts.Rules{}, NewPost{Title: "🚀"}, "", "post.md"},
		{"explicit slug with slashes", posts.Rules{}, NewPost{Title: "x", Slug: "../a/b"}, "", "a-b.md"},
		{"category cannot climb", posts.Rules{Generator: site.Pelican}, NewPost{Title: "x", Category: "../../.."}, "", "x.md"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			c, err := Create(root, tc.rules, tc.np, CreateOptions{PathPattern: tc.pattern, Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if c.Rel != tc.want {
				t.Errorf("rel = %q, want %q", c.Rel, tc.want)
			}
			data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(tc.want)))
			if err != nil {
				t.Fatal(err)
			}
			if string(data) != string(c.Content) {
				t.Errorf("file holds %q, Created says %q", data, c.Content)
			}
			lines := strings.Count(string(data), "\n")
			if c.BodyLine != lines {
				t.Errorf("body line %d, file has %d lines", c.BodyLine, lines)
			}
		})
	}
}

func TestCreateBadPatterns(t *testing.T) {
	t.Parallel()
	for _, pattern := range []string{"/etc/{slug}.md", "../{slug}.md", "{slug}.txt", "{nope}/{slug}.md", "a/../../{slug}.md"} {
		t.Run(pattern, func(t *testing.T) {
			if _, err := Create(t.TempDir(), posts.Rules{}, NewPost{Title: "x"}, CreateOptions{PathPattern: pattern}); err == nil {
				t.Fatal("no error")
			}
		})
	}
}

func TestCreateNeverOverwrites(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	existing := filepath.Join(root, "hello.md")
	os.WriteFile(existing, []byte("mine\n"), 0o644)
	os.WriteFile(filepath.Join(root, "hello-2.md"), []byte("mine too\n"), 0o644)
	c, err := Create(root, posts.Rules{}, NewPost{Title: "Hello"}, CreateOptions{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if c.Rel != "hello-3.md" || !c.Clashed() || c.Wanted != "hello.md" {
		t.Errorf("rel %q wanted %q clashed %v", c.Rel, c.Wanted, c.Clashed())
	}
	if p := posts.Parse(c.Rel, c.Content, posts.Options{}); p.Slug != "hello-3" {
		t.Errorf("slug %q: the renamed post must not share its URL", p.Slug)
	}
	for name, want := range map[string]string{"hello.md": "mine\n", "hello-2.md": "mine too\n"} {
		if got, _ := os.ReadFile(filepath.Join(root, name)); string(got) != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

func TestCreateRefusesLinksOutside(t *testing.T) {
	t.Parallel()
	root, outside := t.TempDir(), t.TempDir()
	if err := os.Symlink(outside, filepath.Join(root, "content")); err != nil {
		t.Skip(err)
	}
	_, err := Create(root, posts.Rules{Generator: site.Pelican, ContentDir: "content"}, NewPost{Title: "x"}, CreateOptions{})
	if !errors.Is(err, ErrOutsideSite) {
		t.Fatalf("err = %v, want ErrOutsideSite", err)
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 0 {
		t.Errorf("wrote outside the site: %v", entries)
	}
	// A dangling link where the file would go is never written through.
	root2 := t.TempDir()
	target := filepath.Join(outside, "victim.md")
	os.Symlink(target, filepath.Join(root2, "x.md"))
	c, err := Create(root2, posts.Rules{}, NewPost{Title: "x"}, CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Rel != "x-2.md" {
		t.Errorf("rel = %q", c.Rel)
	}
	if _, err := os.Lstat(target); err == nil {
		t.Error("created the link's target outside the site")
	}
}

func TestCreateReadOnlyFolder(t *testing.T) {
	t.Parallel()
	if os.Geteuid() == 0 {
		t.Skip("root ignores permissions")
	}
	root := t.TempDir()
	os.Chmod(root, 0o555)
	defer os.Chmod(root, 0o755)
	if _, err := Create(root, posts.Rules{}, NewPost{Title: "x"}, CreateOptions{}); err == nil {
		t.Fatal("no error")
	}
}

func TestRemoveIfUntouched(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	c, err := Create(root, posts.Rules{}, NewPost{Title: "x"}, CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(c.Path, append(c.Content, "my words\n"...), 0o644)
	if removed, err := RemoveIfUntouched(c.Path, c.Content); removed || err != nil {
		t.Fatalf("removed an edited file: %v %v", removed, err)
	}
	os.WriteFile(c.Path, c.Content, 0o644)
	if removed, err := RemoveIfUntouched(c.Path, c.Content); !removed || err != nil {
		t.Fatalf("kept an untouched file: %v %v", removed, err)
	}
}

func TestCreateHugoArchetype(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "archetypes"), 0o755)
	os.WriteFile(filepath.Join(root, "archetypes/default.md"), []byte(`+++
title = '{{ replace .File.ContentBaseName "-" " " | title }}'
date = {{ .Date }}
draft = true # until it is ready
section = "{{ .Section }}"
type = "{{ .Type }}"
[params]
  name = "{{ .Name }}"
+++

Write here.
`), 0o644)
	c, err := Create(root, posts.Rules{Generator: site.Hugo}, NewPost{Title: `He said "hi"`, Tags: []string{"a"}, Draft: false}, CreateOptions{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	want := `+++
title = "He said \"hi\""
date = 2025-06-07T08:09:10+02:00
draft = false # until it is ready
section = "posts"
type = "posts"
tags = ["a"]
[params]
  name = "he-said-hi"
+++

Write here.
`
	if string(c.Content) != want {
		t.Errorf("got\n%s\nwant\n%s", c.Content, want)
	}
	if c.Archetype != "archetypes/default.md" || c.BodyLine != 11 {
		t.Errorf("archetype %q body line %d", c.Archetype, c.BodyLine)
	}

	// A template folio cannot run falls back to folio's front matter.
	os.WriteFile(filepath.Join(root, "archetypes/posts.md"), []byte("---\ntitle: {{ .Site.Title }}\n---\n"), 0o644)
	c, err = Create(root, posts.Rules{Generator: site.Hugo}, NewPost{Title: "Other"}, CreateOptions{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if c.ArchetypeErr == nil || !strings.HasPrefix(string(c.Content), "+++\ntitle = \"Other\"") {
		t.Errorf("err %v content %q", c.ArchetypeErr, c.Content)
	}
}

func TestCreateWritesSiteTime(t *testing.T) {
	t.Parallel()
	rome, err := time.LoadLocation("Europe/Rome")
	if err != nil {
		t.Skip(err)
	}
	rules := posts.Rules{Generator: site.Pelican, Location: rome}
	utc := func() time.Time { return time.Date(2025, 1, 2, 12, 0, 0, 0, time.UTC) }
	c, err := Create(t.TempDir(), rules, NewPost{Title: "x"}, CreateOptions{Now: utc})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(c.Content), "Date: 2025-01-02 13:00\n") {
		t.Errorf("not in the site's time zone:\n%s", c.Content)
	}
	if p := posts.Parse(c.Rel, c.Content, posts.Options{Rules: rules}); !p.Date.Equal(utc()) {
		t.Errorf("reads back as %v", p.Date)
	}
}

func TestStyleNamed(t *testing.T) {
	t.Parallel()
	hugo := posts.Rules{Generator: site.Hugo}
	jekyll := posts.Rules{Generator: site.Jekyll}
	cases := []struct {
		name  string
		style string
		rules posts.Rules
		want  Style
	}{
		{"empty is the site's", "", hugo, Style{posts.FormatTOML, site.Hugo}},
		{"pelican", "pelican", hugo, Style{posts.FormatPelican, site.Pelican}},
		{"pelican yaml", "pelican-yaml", jekyll, Style{posts.FormatYAML, site.Pelican}},
		{"yaml keeps the site's keys", "yaml", hugo, Style{posts.FormatYAML, site.Hugo}},
		{"toml keeps the site's keys", "TOML", jekyll, Style{posts.FormatTOML, site.Jekyll}},
		{"hugo", "hugo", jekyll, Style{posts.FormatTOML, site.Hugo}},
		{"hugo yaml", "Hugo-YAML", posts.Rules{}, Style{posts.FormatYAML, site.Hugo}},
		{"jekyll", "jekyll", hugo, Style{posts.FormatYAML, site.Jekyll}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := StyleNamed(tc.style, tc.rules)
			if err != nil || got != tc.want {
				t.Errorf("StyleNamed(%q) = %v, %v; want %v", tc.style, got, err, tc.want)
			}
		})
	}
	for _, name := range StyleNames {
		if _, err := StyleNamed(name, posts.Rules{}); err != nil {
			t.Errorf("listed name %q: %v", name, err)
		}
	}
	if _, err := StyleNamed("markdown", posts.Rules{}); err == nil {
		t.Error(`StyleNamed("markdown") is not an error`)
	}
}

// TestExecuteArchetypeRefusesRange: a range can only count over a number
// in an archetype, and a huge count would hang `folio new` (issue 6,
// bounded work); the post then gets folio's own front matter.
func TestExecuteArchetypeRefusesRange(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, tmpl string }{
		{"top level", "{{ range 2000000000 }}{{ end }}"},
		{"inside if and with", "{{ if true }}{{ with 1 }}{{ range 2000000000 }}{{ end }}{{ end }}{{ end }}"},
		{"in an else", "{{ if false }}{{ else }}{{ range 2000000000 }}{{ end }}{{ end }}"},
		{"in a defined template", `{{ define "x" }}{{ range 2000000000 }}{{ end }}{{ end }}+++
+++
`},
	}
	np := NewPost{Title: "A", Date: fixedNow()}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ExecuteArchetype([]byte(tc.tmpl), ArchetypeData{Name: "a"}, np, Style{posts.FormatTOML, site.Hugo}); err == nil {
				t.Error("ran a template with range")
			}
		})
	}
}

// TestExecuteArchetypeReadsBack: an archetype whose own lines would hide
// the entered title is not used.
func TestExecuteArchetypeReadsBack(t *testing.T) {
	t.Parallel()
	tmpl := "+++\ntitle = 'archetype'\n[params]\ntitle = 'x'\n+++\n"
	out, err := ExecuteArchetype([]byte(tmpl), ArchetypeData{Name: "a"}, NewPost{Title: "Entered", Date: fixedNow()}, Style{posts.FormatTOML, site.Hugo})
	if err != nil {
		t.Fatal(err)
	}
	if p := posts.Parse("a.md", out, posts.Options{Rules: posts.Rules{Generator: site.Hugo}}); p.Title != "Entered" {
		t.Errorf("title %q from\n%s", p.Title, out)
	}
	dup := "---\ntitle: a\ntitle: b\n---\n"
	if out, err := ExecuteArchetype([]byte(dup), ArchetypeData{Name: "a"}, NewPost{Title: "Entered", Date: fixedNow()}, Style{posts.FormatTOML, site.Hugo}); err == nil {
		if p := posts.Parse("a.md", out, posts.Options{Rules: posts.Rules{Generator: site.Hugo}}); p.Title != "Entered" {
			t.Errorf("used an archetype that reads back as %q:\n%s", p.Title, out)
		}
	}
}

// TestRemoveIfUntouchedLeavesLinks: a new post replaced by a link (to a
// file holding the very bytes folio wrote) is neither removed nor
// followed (issue 6: symlinked posts are never written through).
func TestRemoveIfUntouchedLeavesLinks(t *testing.T) {
	t.Parallel()
	root, outside := t.TempDir(), t.TempDir()
	c, err := Create(root, posts.Rules{}, NewPost{Title: "x"}, CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(outside, "x.md")
	if err := os.WriteFile(target, c.Content, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(c.Path)
	if err := os.Symlink(target, c.Path); err != nil {
		t.Skip(err)
	}
	if removed, err := RemoveIfUntouched(c.Path, c.Content); removed || !errors.Is(err, ErrSymlink) {
		t.Errorf("removed %v, err %v; want ErrSymlink", removed, err)
	}
	if _, err := os.Lstat(c.Path); err != nil {
		t.Errorf("link gone: %v", err)
	}
	if got, _ := os.ReadFile(target); string(got) != string(c.Content) {
		t.Errorf("target changed: %q", got)
	}
}
