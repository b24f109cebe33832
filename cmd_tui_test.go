package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
)

// The TUI's Config comes from the settings as the commands read them:
// the date format, a JSON style file's content, and the new-post
// settings of folio new.
func TestUIConfigFromSettings(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	write := func(name, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("style.json", `{"h1": {"prefix": "# "}}`)
	write(".folio.toml", "date_format = \"2 Jan 2006\"\nstyle = \"style.json\"\nnew_post_format = \"yaml\"\nauthor = \"Ann\"\n")
	write("content/a.md", "Title: A\n\nText.\n")
	cmd := newRootCommand(streams{})
	cmd.SetArgs([]string{"--dir", dir})
	if err := cmd.ParseFlags([]string{"--dir", dir}); err != nil {
		t.Fatal(err)
	}
	b, err := openBlog(cmd, "")
	if err != nil {
		t.Fatal(err)
	}
	c, err := b.uiConfig()
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "" {
		t.Errorf("Title %q for a site without a name: want the folder's (empty here)", c.Title)
	}
	if c.DateFormat != "2 Jan 2006" {
		t.Errorf("DateFormat %q", c.DateFormat)
	}
	if string(c.StyleJSON) != `{"h1": {"prefix": "# "}}` {
		t.Errorf("StyleJSON %q, want the style file's content", c.StyleJSON)
	}
	if c.NewPost.Style.Format != posts.FormatYAML || c.NewPost.Author != "Ann" {
		t.Errorf("NewPost %+v, want YAML front matter by Ann", c.NewPost)
	}
	format, pattern, author, _ := b.newPostSettings()
	if c.NewPost.PathPattern != pattern || c.NewPost.Author != author || format != "yaml" {
		t.Errorf("the form's settings %+v differ from folio new's (%q, %q, %q)", c.NewPost, format, pattern, author)
	}
}

// The title bar names the site as its settings do.
func TestUIConfigTitle(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	if err := os.WriteFile(filepath.Join(dir, "hugo.toml"), []byte("title = \"Lagoon Notes\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := newRootCommand(streams{})
	if err := cmd.ParseFlags([]string{"--dir", dir}); err != nil {
		t.Fatal(err)
	}
	b, err := openBlog(cmd, "")
	if err != nil {
		t.Fatal(err)
	}
	c, err := b.uiConfig()
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "Lagoon Notes" {
		t.Errorf("Title %q, want the site's title", c.Title)
	}
}

// On a Jekyll site without a new_post_path setting the form leaves the
// path to edit.Create, which puts drafts in _drafts (the TUI used to
// pass the default pattern, which put them in _posts).
func TestUIConfigJekyllDraftPath(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	if err := os.WriteFile(filepath.Join(dir, "_config.yml"), []byte("title: J\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "_posts"), 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := newRootCommand(streams{})
	if err := cmd.ParseFlags([]string{"--dir", dir}); err != nil {
		t.Fatal(err)
	}
	b, err := openBlog(cmd, "")
	if err != nil {
		t.Fatal(err)
	}
	c, err := b.uiConfig()
	if err != nil {
		t.Fatal(err)
	}
	if c.NewPost.PathPattern != "" {
		t.Fatalf("PathPattern %q: the form would not choose _drafts for a draft", c.NewPost.PathPattern)
	}
	made, err := edit.Create(dir, c.Posts.Rules, edit.NewPost{Title: "A draft", Draft: true}, edit.CreateOptions{Style: c.NewPost.Style, PathPattern: c.NewPost.PathPattern})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(made.Rel, "_drafts/") {
		t.Errorf("a draft from the form's settings went to %s, want _drafts/", made.Rel)
	}
}
