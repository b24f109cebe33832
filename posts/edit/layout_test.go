package edit

import (
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// Issue 20, item 11: a new Jekyll post's file is named by Jekyll's
// Utils.slugify (values from the installed jekyll 4.3.1 gem), other
// generators' by Pelican's rules.
func TestTitleSlug(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		gen         site.Generator
		title, want string
	}{
		{site.Jekyll, "Ruby 9.9 test", "ruby-9-9-test"},
		{site.Jekyll, "Hello, World!", "hello-world"},
		{site.Jekyll, "Café crème", "café-crème"},
		{site.Jekyll, "../../etc/passwd", "etc-passwd"},
		{site.Jekyll, "日本語のタイトル", "日本語のタイトル"},
		{site.Jekyll, "C++ & Go: 2024", "c-go-2024"},
		{site.Jekyll, "  --x--  ", "x"},
		{site.Pelican, "Ruby 9.9 test", "ruby-99-test"},
		{site.Hugo, "Café crème", "cafe-creme"},
	} {
		if got := titleSlug(tc.title, posts.Rules{Generator: tc.gen}, tc.gen); got != tc.want {
			t.Errorf("%s: titleSlug(%q) = %q, want %q", tc.gen, tc.title, got, tc.want)
		}
	}
}

func TestValidLayout(t *testing.T) {
	t.Parallel()
	for l, want := range map[string]bool{
		"news_post": true, "post": true, "docs/page": true, "": false, "null": false,
		"a b": false, "x\ny": false, "{{ bad }}": false,
	} {
		if got := validLayout(l); got != want {
			t.Errorf("validLayout(%q) = %v, want %v", l, got, want)
		}
	}
}
