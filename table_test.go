package main

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

func tablePosts() []*posts.Post {
	d, _ := posts.ParseDate("2024-11-11")
	return []*posts.Post{
		{Path: "a.md", Title: "A rather long title about Django and other \x1b]0;pwned\x07 things", Date: d,
			Categories: []string{"thoughts"}, Tags: []string{"open source", "django"}, Status: posts.StatusDraft,
			Warnings: []posts.Warning{{Path: "a.md", Line: 3, Msg: "x"}}},
		{Path: "about.md", Title: "About", Kind: posts.KindPage, Status: posts.StatusPublished},
	}
}

// The table is coloured only when the style says so (a terminal without
// NO_COLOR), cut to the terminal's width, and safe either way.
func TestWriteTable(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		style tableStyle
	}{
		{"piped", tableStyle{titleCap: pipedTitleCap}},
		{"terminal", tableStyle{color: true, width: 60}},
		{"NO_COLOR terminal", tableStyle{width: 60}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			if err := writeTable(&b, tablePosts(), tc.style); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if err := termsafe.Check(out); err != nil {
				t.Fatal(err)
			}
			if hasSGR := strings.Contains(out, "\x1b["); hasSGR != tc.style.color {
				t.Errorf("colour escapes present = %v, want %v:\n%q", hasSGR, tc.style.color, out)
			}
			plain := ansi.Strip(out)
			for _, want := range []string{"! 2024-11-11", "(draft)", "(page)", "—"} {
				if !strings.Contains(plain, want) {
					t.Errorf("table lacks %q:\n%s", want, plain)
				}
			}
			for _, line := range strings.Split(strings.TrimSuffix(plain, "\n"), "\n") {
				if tc.style.width > 0 && ansi.StringWidth(line) > tc.style.width {
					t.Errorf("line wider than %d: %q", tc.style.width, line)
				}
			}
			if tc.style.width == 0 && !strings.Contains(plain, "(draft)  thoughts  open source, django") {
				t.Errorf("piped output must not be cut:\n%s", plain)
			}
		})
	}
}

// An untitled post keeps an empty title in JSON, as its generator has
// none (issue 10); the table shows a title made of its file name, in
// parentheses so that it reads as made up.
func TestWriteTableUntitled(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	ps := []*posts.Post{{Path: "notes/my-first_note.md", Status: posts.StatusPublished}}
	if err := writeTable(&b, ps, tableStyle{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "(My First Note)") {
		t.Errorf("table does not show the fallback title:\n%s", b.String())
	}
	var j strings.Builder
	if err := writeJSONLines(&j, ps); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(j.String(), `"title":""`) {
		t.Errorf("JSON title is not empty: %s", j.String())
	}
}

// Piped, one very long title is cut so that the other rows keep their
// columns near; the date follows the date_format setting.
func TestWriteTablePipedCapsTitles(t *testing.T) {
	t.Parallel()
	ps := tablePosts()
	ps[1].Title = strings.Repeat("very long title ", 20)
	var b strings.Builder
	if err := writeTable(&b, ps, tableStyle{titleCap: pipedTitleCap, dateLayout: "2 Jan 2006"}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > 2+len("11 Nov 2024")+2+pipedTitleCap+2+len("thoughts")+2+len("open source, django") {
			t.Errorf("line of %d cells: the title column is not capped:\n%s", w, l)
		}
	}
	if !strings.Contains(lines[1], "11 Nov 2024") {
		t.Errorf("the date ignores date_format: %q", lines[1])
	}
	if !strings.Contains(lines[2], "very long title very…") {
		t.Errorf("the long title is not cut with an ellipsis: %q", lines[2])
	}
}
