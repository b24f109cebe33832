package posts

import (
	"strings"
	"testing"
)

func queryCorpus() []*Post {
	v := NewVocabulary()
	mk := func(path, title, date string, tags, cats, authors []string, status Status, kind Kind, body string) *Post {
		p := &Post{Path: path, Title: title, Tags: tags, Categories: cats, Authors: authors, Status: status, Kind: kind, Format: FormatPelican}
		if date != "" {
			d, err := ParseDate(date)
			if err != nil {
				panic(err)
			}
			p.Date = d
		}
		p.search = searchText(p, body, v)
		return p
	}
	return []*Post{
		mk("a.md", "Async views in Django", "2024-03-02", []string{"Django", "async"}, []string{"django"}, []string{"Raffaella Suardini"}, StatusPublished, KindPost, "Some text about await."),
		mk("b.md", "Draft on Python", "2023-12-31 23:30 -0500", []string{"python"}, []string{"python"}, []string{"Tom"}, StatusDraft, KindPost, "Open source matters."),
		mk("c.md", "About", "", nil, nil, nil, StatusPublished, KindPage, "Who I am"),
		mk("d.md", "Open Source at 10", "2025-01-01", []string{"open source"}, []string{"thoughts"}, []string{"Raffaella"}, StatusPublished, KindPost, "Reflections."),
	}
}

func TestQuery(t *testing.T) {
	t.Parallel()
	cases := []struct {
		query string
		want  string // matching paths, space-separated
	}{
		{"", "a.md b.md c.md d.md"},
		{"tag:django", "a.md"},
		{"tag:DJANGO", "a.md"},
		{"tag:\"open source\"", "d.md"},
		{"tag:open-source", "d.md"},
		{"-tag:django", "b.md c.md d.md"},
		{"category:python", "b.md"},
		{"author:raffaella", "a.md d.md"},
		{"author:suardini", "a.md"},
		{"status:draft", "b.md"},
		{"-status:draft kind:post", "a.md d.md"},
		{"kind:page", "c.md"},
		{"year:2024", "a.md"},
		{"year:2023", "b.md"}, // the post's own calendar, not UTC
		{"after:2024-01-01", "a.md d.md"},
		{"after:2024", "d.md"},
		{"before:2024", "b.md"},
		{"date:2024-03", "a.md"},
		{"await", "a.md"},
		{"AWAIT", "a.md"},
		{"\"open source\"", "b.md d.md"},
		{"open source", "b.md d.md"},
		{"-open", "a.md c.md"},
		{"django tag:async", "a.md"},
		{"has:warnings", ""},
		{"https://example.com", ""},
	}
	ps := queryCorpus()
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			q, err := ParseQuery(tc.query)
			if err != nil {
				t.Fatalf("ParseQuery(%q): %v", tc.query, err)
			}
			var got []string
			for _, p := range Filter(ps, q) {
				got = append(got, p.Path)
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("%q matched %q, want %q", tc.query, strings.Join(got, " "), tc.want)
			}
		})
	}
}

func TestQueryErrors(t *testing.T) {
	t.Parallel()
	cases := []struct{ query, err string }{
		{`tag:"open`, "unclosed quote"},
		{"colour:red", `unknown filter "colour:"`},
		{"tag:", `"tag:" needs a value`},
		{"status:pending", "status must be published, draft, hidden, scheduled, expired or headless"},
		{"kind:article", "kind must be post or page"},
		{"year:24", "year: takes a year"},
		{"year:-999", "year: takes a year"},
		{"after:soon", "is not a year"},
		{"has:title", `has: takes "warnings"`},
	}
	for _, tc := range cases {
		t.Run(tc.query, func(t *testing.T) {
			_, err := ParseQuery(tc.query)
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseQuery(%q) error = %v, want %q", tc.query, err, tc.err)
			}
		})
	}
}

func TestQueryCustomTaxonomy(t *testing.T) {
	t.Parallel()
	p := &Post{Path: "x.md", Taxonomies: map[string][]string{"series": {"Go Basics"}}}
	q, err := ParseQuery("series:go-basics", "series")
	if err != nil {
		t.Fatal(err)
	}
	if !q.Match(p) {
		t.Error("series:go-basics should match")
	}
	if _, err := ParseQuery("series:x"); err == nil {
		t.Error("series: without the site's taxonomy should be an error")
	}
}

func TestQueryWords(t *testing.T) {
	t.Parallel()
	q, _ := ParseQuery(`tag:x Hello "big world" -nope`)
	if got := strings.Join(q.Words(), "|"); got != "hello|big world" {
		t.Errorf("Words() = %q", got)
	}
}

func TestTerms(t *testing.T) {
	t.Parallel()
	ps := []*Post{
		{Tags: []string{"Python", "go"}},
		{Tags: []string{"python"}},
		{Tags: []string{"Go", "rust"}},
		{Tags: []string{"python"}},
	}
	got := Terms(ps, "tags")
	// The spelling most posts use; of two used alike, the first seen.
	want := []Term{{"python", 3}, {"go", 2}, {"rust", 1}}
	if len(got) != len(want) {
		t.Fatalf("Terms = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Terms[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

// TestTermSpellingIsStable: one post spelling a term differently does not
// change how it is shown ("7 Python" became "8 python").
func TestTermSpellingIsStable(t *testing.T) {
	t.Parallel()
	var ps []*Post
	for range 7 {
		ps = append(ps, &Post{Tags: []string{"Python"}})
	}
	tests := []struct {
		name  string
		first []string // tags of a post listed before the seven
		want  Term
	}{
		{"no other spelling", nil, Term{"Python", 7}},
		{"one lowercase first", []string{"python"}, Term{"Python", 8}},
		{"one capitals first", []string{"PYTHON"}, Term{"Python", 8}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			all := append([]*Post{{Tags: tc.first}}, ps...)
			if got := Terms(all, "tags"); len(got) != 1 || got[0] != tc.want {
				t.Errorf("Terms = %v, want [%v]", got, tc.want)
			}
		})
	}
}

// Term keys are computed at load; a post given new terms afterwards must
// be matched on the new ones.
func TestQueryAfterTermsChange(t *testing.T) {
	t.Parallel()
	p := Parse("x.md", []byte("Title: T\nTags: go\n\n"), Options{})
	q, _ := ParseQuery("tag:rust")
	if q.Match(p) {
		t.Fatal("tag:rust matched a post tagged go")
	}
	p.Tags = []string{"Rust"}
	if !q.Match(p) {
		t.Error("tag:rust did not match after the tags changed")
	}
}
