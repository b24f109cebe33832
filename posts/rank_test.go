package posts

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// hugoDocsTitles reads the page titles of Hugo's documentation, copied
// into testdata/rank (the file says from which commit).
func hugoDocsTitles(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("testdata/rank/hugo-docs-titles.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var titles []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			titles = append(titles, line)
		}
	}
	return titles
}

// TestRankHugoDocsTitles ranks the 948 titles of Hugo's documentation
// (each a post with only its title) for queries a reader of it types:
// the page named by the words comes first. By date (path order here)
// "introduction to templating" listed that page 5th of 6.
func TestRankHugoDocsTitles(t *testing.T) {
	t.Parallel()
	titles := hugoDocsTitles(t)
	tests := []struct{ query, first string }{
		{"introduction to templating", "Introduction to templating"},
		{"Introduction to templ", "Introduction to templating"}, // being typed
		{"image processing", "Image processing"},
		{"template lookup", "Template lookup order"},
		{"templates", "Templates"},
		{"menus", "Menus"},
		{"page bundles", "Page bundles"},
		{"shortcode templates", "Shortcode templates"},
		{"taxonomies", "Taxonomies"},
		{"images.filter", "images.Filter"},
		{`"lookup order"`, "Template lookup order"},
	}
	for _, compact := range []bool{true, false} {
		opts := Options{Search: true, CompactSearch: compact}
		opts.withVocabulary()
		ps := make([]*Post, len(titles))
		for i, title := range titles {
			ps[i] = Parse(fmt.Sprintf("content/en/p%04d.md", i), []byte("---\ntitle: \""+strings.ReplaceAll(title, `"`, `\"`)+"\"\n---\n"), opts)
		}
		for _, tc := range tests {
			t.Run(fmt.Sprintf("%s/compact=%v", tc.query, compact), func(t *testing.T) {
				q, err := ParseQuery(tc.query)
				if err != nil {
					t.Fatal(err)
				}
				got := Rank(Filter(ps, q), q)
				if len(got) == 0 || got[0].Title != tc.first {
					var top []string
					for _, p := range got[:min(5, len(got))] {
						top = append(top, p.Title)
					}
					t.Errorf("%d matches, first %q; want %q first", len(got), top, tc.first)
				}
			})
		}
	}
}

// TestRankWholeWords ranks posts matching the words only inside other
// words ("to" in "$convertToLower") after those matching whole words,
// and keeps the given order between posts that rank alike.
func TestRankWholeWords(t *testing.T) {
	t.Parallel()
	src := []struct{ path, title, body string }{
		{"a.md", "strings.ToLower", "Returns the string in lower case: {{ $convertToLower := \"templating\" }} is an introduction."},
		{"b.md", "Partial templates", "An introduction: partial templating pays off when you go to it."},
		{"c.md", "Introduction to templating", "Hugo uses Go's templates."},
		{"d.md", "Menus", "Templating menus needs an introduction to the menu methods."},
		{"e.md", "Lists one", "lists"},
		{"f.md", "Lists two", "lists"},
	}
	opts := Options{Search: true, CompactSearch: true}
	opts.withVocabulary()
	var ps []*Post
	for _, s := range src {
		ps = append(ps, Parse(s.path, []byte("---\ntitle: \""+s.title+"\"\n---\n"+s.body+"\n"), opts))
	}
	q, _ := ParseQuery("introduction to templating")
	got := Rank(Filter(ps, q), q)
	var order []string
	for _, p := range got {
		order = append(order, p.Path)
	}
	if len(order) != 4 || order[0] != "c.md" || order[3] != "a.md" {
		t.Errorf("ranked %q, want c.md first and a.md, without the word \"to\", last", order)
	}
	q, _ = ParseQuery("lists")
	if got := Rank(ps[4:], q); got[0].Path != "e.md" || got[1].Path != "f.md" {
		t.Errorf("a tie changed the order: %s, %s", got[0].Path, got[1].Path)
	}
	if q, _ := ParseQuery("tag:x"); len(Rank(ps, q)) != len(ps) || Rank(ps, q)[0] != ps[0] {
		t.Error("a query without words changed the order")
	}
}
