package posts

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestQueryAlternatives(t *testing.T) {
	t.Parallel()
	cases := []struct {
		query string
		want  string // matching paths of queryCorpus, space-separated
	}{
		{"tag:django,python", "a.md b.md"},
		{"tag:django|python", "a.md b.md"},
		{"tag:DJANGO|nothing", "a.md"},
		{"-tag:django,python", "c.md d.md"},
		{`tag:"django,python"`, ""}, // a quoted value is one value
		{"status:draft,published kind:page", "c.md"},
		{"category:django,thoughts tag:async", "a.md"},
	}
	ps := queryCorpus()
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			q, err := ParseQuery(tc.query)
			if err != nil {
				t.Fatalf("ParseQuery(%q): %v", tc.query, err)
			}
			if got := paths(Filter(ps, q)); got != tc.want {
				t.Errorf("%q matched %q, want %q", tc.query, got, tc.want)
			}
		})
	}
}

func TestQueryAlternativeErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ query, err string }{
		{"tag:,", `"tag:" needs a value`},
		{"status:draft,pending", "status must be published, draft, hidden, scheduled, expired or headless"},
		{"year:2023,2024", "year: takes a year"}, // periods have no alternatives
	} {
		t.Run(tc.query, func(t *testing.T) {
			if _, err := ParseQuery(tc.query); err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseQuery(%q) error = %v, want %q", tc.query, err, tc.err)
			}
		})
	}
}

func TestQuerySectionAndPath(t *testing.T) {
	t.Parallel()
	ps := []*Post{
		{Path: "content/posts/2024/a.md", Section: "posts"},
		{Path: "content/notes/b.md", Section: "notes"},
		{Path: "content/c.md"},
	}
	for _, tc := range []struct{ query, want string }{
		{"section:posts", "content/posts/2024/a.md"},
		{"section:Notes,posts", "content/posts/2024/a.md content/notes/b.md"},
		{"-section:posts", "content/notes/b.md content/c.md"},
		{"path:2024/", "content/posts/2024/a.md"},
		{"path:NOTES", "content/notes/b.md"},
		{"path:content", "content/posts/2024/a.md content/notes/b.md content/c.md"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			q, err := ParseQuery(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			if got := paths(Filter(ps, q)); got != tc.want {
				t.Errorf("%q matched %q, want %q", tc.query, got, tc.want)
			}
		})
	}
}

func TestSectionOf(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ path, contentDir, want string }{
		{"content/posts/a.md", "content", "posts"},
		{"content/posts/2024/a.md", "content/", "posts"},
		{"content/a.md", "content", ""},
		{"static/a.md", "content", ""},
		{"notes/a.md", "", "notes"},
		{"a.md", ".", ""},
	} {
		if got := sectionOf(tc.path, tc.contentDir); got != tc.want {
			t.Errorf("sectionOf(%q, %q) = %q, want %q", tc.path, tc.contentDir, got, tc.want)
		}
	}
}

func TestQueryNarrows(t *testing.T) {
	t.Parallel()
	tests := []struct {
		prev, next string
		want       bool
	}{
		{"serve", "server", true},
		{"serve", "observer", true},
		{"tag:python serve", "tag:python server", true},
		{"serve", "serve tag:x", true},
		{"serve", "serve -x", true},
		{"", "x", true},
		{"tag:go,rust", "tag:go", true},
		{"tag:go", "tag:go,rust", false},
		{"-tag:go", "-tag:go,rust", true},
		{"-tag:go,rust", "-tag:go", false},
		{"year:2024", "year:2024 x", true},
		{"date:2024", "year:2024", false}, // another key, even for one period
		{"tag:pyth", "tag:python", false},
		{"-serve", "-server", false},
		{"-server", "-serve", true},
		{"serve", "serv", false},
		{"serve", `"serve"`, false}, // a phrase is not fuzzy: it cannot stand for a bare word
		{"serve x", "serve", false},
	}
	for _, tc := range tests {
		t.Run(tc.prev+"→"+tc.next, func(t *testing.T) {
			prev, err := ParseQuery(tc.prev)
			if err != nil {
				t.Fatal(err)
			}
			next, err := ParseQuery(tc.next)
			if err != nil {
				t.Fatal(err)
			}
			if got := next.Narrows(prev); got != tc.want {
				t.Errorf("%q.Narrows(%q) = %v, want %v", tc.next, tc.prev, got, tc.want)
			}
		})
	}
}

// Narrows must be sound: whatever it allows, filtering the earlier
// results gives what filtering everything gives.
func TestQueryNarrowsIsSound(t *testing.T) {
	t.Parallel()
	ps := queryCorpus()
	queries := []string{"", "o", "op", "ope", "open", "a", "as", "tag:django", "tag:django,python", "tag:python",
		"-o", "-op", "-tag:python", "-tag:python,django", "kind:post", "kind:post a", `"open"`, "year:2024"}
	for _, a := range queries {
		for _, b := range queries {
			qa, _ := ParseQuery(a)
			qb, _ := ParseQuery(b)
			if !qb.Narrows(qa) {
				continue
			}
			if got, want := paths(FilterTitles(FilterTitles(ps, qa), qb)), paths(FilterTitles(ps, qb)); got != want {
				t.Errorf("%q narrows %q, but filtering its results gives %q, not %q", b, a, got, want)
			}
		}
	}
}

func TestQueryToggleTerm(t *testing.T) {
	t.Parallel()
	tests := []struct {
		query, key, name, want string
	}{
		{"", "tag", "Python", "tag:Python"},
		{"tag:Python", "tag", "Python", ""},
		{"tag:python", "tag", "Python", ""}, // the same term, spelt otherwise
		{"django tag:Python", "tag", "Python", "django"},
		{"tag:Python", "tag", "open source", `tag:Python tag:"open source"`},
		{`tag:"open source" x`, "tag", "open source", "x"},
		{"tag:go,rust", "tag", "go", "tag:rust"},
		{"tag:go|rust|zig", "tag", "rust", "tag:go,zig"},
		{"-tag:go", "tag", "go", "-tag:go tag:go"}, // leaving out is not choosing
		{"category:notes", "category", "notes", ""},
		{"tag:notes", "category", "notes", "tag:notes category:notes"},
	}
	for _, tc := range tests {
		t.Run(tc.query+"+"+tc.name, func(t *testing.T) {
			q, err := ParseQuery(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			got := q.ToggleTerm(tc.key, tc.name)
			if got != tc.want {
				t.Errorf("ToggleTerm(%q, %q) on %q = %q, want %q", tc.key, tc.name, tc.query, got, tc.want)
			}
			if _, err := ParseQuery(got); err != nil {
				t.Errorf("the toggled query %q does not parse: %v", got, err)
			}
		})
	}
}

func TestQueryHasTerm(t *testing.T) {
	t.Parallel()
	q, _ := ParseQuery("tag:go,Rust -tag:zig category:notes")
	for _, tc := range []struct {
		key, name string
		want      bool
	}{{"tag", "go", true}, {"tag", "rust", true}, {"tag", "zig", false}, {"category", "Notes", true}, {"tag", "notes", false}} {
		if got := q.HasTerm(tc.key, tc.name); got != tc.want {
			t.Errorf("HasTerm(%q, %q) = %v, want %v", tc.key, tc.name, got, tc.want)
		}
	}
}

func TestFilterTitles(t *testing.T) {
	t.Parallel()
	ps := []*Post{
		{Path: "a.md", Title: "Five pathlib habits", search: searchIndex{data: "five pathlib habits"}},
		{Path: "b.md", Title: "Paths that hold", search: searchIndex{data: "paths that hold\npthlb"}},
		{Path: "c.md", Title: "Nothing here", search: searchIndex{data: "nothing here"}},
	}
	q, _ := ParseQuery("pthlb")
	if got := paths(FilterTitles(ps, q)); got != "b.md a.md" {
		t.Errorf("FilterTitles(pthlb) = %q, want the exact match, then the fuzzy title", got)
	}
	q, _ = ParseQuery("-pthlb")
	if got := paths(FilterTitles(ps, q)); got != "a.md c.md" {
		t.Errorf("FilterTitles(-pthlb) = %q: a negated word is never fuzzy", got)
	}
}

func TestFormatTermReadsBack(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"go", "open source", "a,b", "x|y", `say "hi"`, "C++"} {
		text := FormatTerm("tag", name)
		q, err := ParseQuery(text)
		if err != nil {
			t.Errorf("FormatTerm(%q) = %q does not parse: %v", name, text, err)
			continue
		}
		want := strings.ReplaceAll(name, `"`, "")
		if !q.HasTerm("tag", want) {
			t.Errorf("FormatTerm(%q) = %q does not read back as the term", name, text)
		}
	}
}

func paths(ps []*Post) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Path
	}
	return strings.Join(slices.Clip(out), " ")
}

// The search text made straight from the file's bytes is the one made
// from the kept body, and it stays compact: blanks collapse, case folds.
func TestSearchTextFromBytes(t *testing.T) {
	t.Parallel()
	data := []byte("Title: Straße IN Köln\nTags: Go, İzmir\n\nSome   TEXT\n\n\twith  ÜBER lines.\n")
	a := Parse("a.md", data, Options{Search: true})
	b := Parse("a.md", data, Options{Search: true, KeepBody: true})
	if a.search.String() != b.search.String() {
		t.Errorf("search from bytes %q, from the kept body %q", a.search, b.search)
	}
	if want := "straße in köln\n\ngo\nizmir\nsome text with über lines. "; a.search.String() != want {
		t.Errorf("search text %q, want %q", a.search, want)
	}
	q, _ := ParseQuery(`"some text with" İZMİR`)
	if !q.Match(a) {
		t.Errorf("%q does not match its own text %q", q, a.search)
	}
}

// lowerCompact is strings.Map(unicode.ToLower) with blanks collapsed.
func FuzzLowerCompact(f *testing.F) {
	for _, s := range []string{"", "Hello  World\n\tX", "ÄÖÜ straße İ", "\xff\xfeA", "a\r\n\r\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.FieldsFunc(strings.Map(unicode.ToLower, s), func(r rune) bool {
			return r == ' ' || r == '\t' || r == '\n' || r == '\r'
		}), " ")
		got := strings.Trim(string(lowerCompact(nil, s)), " ")
		if got != want {
			t.Errorf("lowerCompact(%q) = %q, want %q", s, got, want)
		}
	})
}

// A filter given up returns its context's error and no posts, never a
// partial result that could be taken for the answer.
func TestFilterTitlesSplitContextCancelled(t *testing.T) {
	t.Parallel()
	var ps []*Post
	for i := range 5000 {
		ps = append(ps, &Post{Path: fmt.Sprintf("p%d.md", i), Title: fmt.Sprintf("Post %d about pathlib", i)})
	}
	for _, query := range []string{"pathlib", "tag:x", "pthlb", "tag:x pathlib"} {
		q, err := ParseQuery(query)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		exact, fuzzy, err := FilterTitlesSplitContext(ctx, ps, q)
		if err == nil || exact != nil || fuzzy != nil {
			t.Errorf("%s, cancelled: %d exact, %d fuzzy, error %v; want none and the context's error", query, len(exact), len(fuzzy), err)
		}
		exact, fuzzy, err = FilterTitlesSplitContext(context.Background(), ps, q)
		wantExact, wantFuzzy := FilterTitlesSplit(ps, q)
		if err != nil || len(exact) != len(wantExact) || len(fuzzy) != len(wantFuzzy) {
			t.Errorf("%s: %d exact, %d fuzzy, error %v; want %d, %d as FilterTitlesSplit", query, len(exact), len(fuzzy), err, len(wantExact), len(wantFuzzy))
		}
	}
}
