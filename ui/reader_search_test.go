package ui

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
)

// TestTextIndexFind finds phrases in screen lines as the post's text:
// across a wrap, down a table cell or a quote, whatever the spaces.
func TestTextIndexFind(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		lines []string
		q     string
		want  string // each match's line:start-end parts
	}{
		{"one line", []string{"  the router can't be found"}, "Router", "0:6-12"},
		{"wrapped", []string{"  if the router", "  can't be found, restart"}, "router can't be found", "0:9-15 1:2-16"},
		{"spaces in query", []string{"  if the router", "  can't be found"}, "  router \t can't ", "0:9-15 1:2-7"},
		{"double space in line", []string{"a  b"}, "a b", "0:0-4"},
		{"table cell", []string{
			" Error          │ Fix",
			" the router     │ restart it now",
			" can't be found │ please",
		}, "router can't be found", "1:5-11 2:1-15"},
		{"table other column", []string{
			" the router     │ restart it now",
			" can't be found │ please",
		}, "now please", "0:29-32 1:18-24"},
		{"quote", []string{"  │ quoted text that goes", "  │ on and on"}, "goes on", "0:21-25 1:4-6"},
		{"in order of the screen", []string{" a x │ b x", " c   │ x d"}, "x", "0:3-4 0:9-10 1:7-8"},
		{"wide runes", []string{"日本 router"}, "ROUTER", "0:5-11"},
		{"wide runes wrapped", []string{" 支持有限的额外快捷  │ x", " 键                  │ y"}, "额外快捷键", "0:11-19 1:1-3"},
		{"wide then narrow wrapped", []string{"可试用", "10 天"}, "可试用 10", "0:0-6 1:0-2"},
		{"none", []string{"nothing here"}, "router", ""},
		{"blank query", []string{"anything"}, "  ", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, m := range newTextIndex(tc.lines).find(tc.q) {
				var ps []string
				for _, p := range m.parts {
					ps = append(ps, fmt.Sprintf("%d:%d-%d", p.line, p.start, p.end))
				}
				got = append(got, strings.Join(ps, " "))
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}

// searchBlog has a post whose phrase wraps in a paragraph at 40 and 80
// columns, and sits on two lines of a table cell.
func searchBlog() fstest.MapFS {
	fsys := testBlog()
	fsys["content/python/router.md"] = &fstest.MapFile{Mode: 0o644, ModTime: testTime, Data: []byte(
		"Title: Routing trouble\nDate: 2020-01-01\n\n" +
			"When the service starts before the network is up, the router can't be found and every request after that fails.\n\n" +
			"| Symptom | Fix |\n|---|---|\n| the router can't be found by the resolver | restart |\n")}
	return fsys
}

// TestReaderSearchFindsWrappedPhrases searches a phrase that wraps on
// screen, at 40, 80 and 200 columns: both places are found, and each
// line a match spans is highlighted.
func TestReaderSearchFindsWrappedPhrases(t *testing.T) {
	t.Parallel()
	for _, w := range []int{40, 80, 200} {
		name := fmt.Sprintf("reader-search-wrapped-%d", w)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			m := New(testOptions(searchBlog()))
			m = drive(t, m, tea.WindowSizeMsg{Width: w, Height: 24})
			m = runCmd(t, m, m.Init(), 0)
			m = drive(t, m, keys("/routing trouble<enter><enter>/router can't be found<enter>")...)
			r := m.reader()
			if r == nil || len(r.matches) != 2 {
				t.Fatalf("want 2 matches, screen:\n%s", plain(m))
			}
			for _, mt := range r.matches {
				var text []string
				for _, p := range mt.parts {
					text = append(text, cells(r.doc.Plain[p.line], p.start, p.end))
				}
				if got := strings.Join(strings.Fields(strings.Join(text, " ")), " "); got != "router can't be found" {
					t.Errorf("match covers %q", got)
				}
			}
			golden(t, name, plain(m))
		})
	}
}

// cells is the text of cells [from, to) of a plain line.
func cells(s string, from, to int) string {
	var b strings.Builder
	c := 0
	for _, r := range s {
		if c >= from && c < to {
			b.WriteRune(r)
		}
		c += runeCells(r)
	}
	return b.String()
}

// TestReaderSearchOpensEmpty opens the search input empty after a
// search; up recalls the searches before, down goes back.
func TestReaderSearchOpensEmpty(t *testing.T) {
	t.Parallel()
	m := drive(t, loaded(t, 80, 24), keys("/pathlib<enter><enter>/habit<enter>/slash<enter>/")...)
	r := m.reader()
	if r == nil || !r.searching || r.searchInput.Value() != "" {
		t.Fatalf("the search input opens with %q, want it empty", r.searchInput.Value())
	}
	for _, step := range []struct{ key, want string }{
		{"<up>", "slash"}, {"<up>", "habit"}, {"<up>", "habit"}, {"<down>", "slash"}, {"<down>", ""},
	} {
		m = drive(t, m, keys(step.key)...)
		if got := m.reader().searchInput.Value(); got != step.want {
			t.Errorf("after %s the input holds %q, want %q", step.key, got, step.want)
		}
	}
	m = drive(t, m, keys("<up><up>s<enter>")...)
	if got := m.reader().search; got != "habits" {
		t.Errorf("searched %q, want the recalled search with the letter typed", got)
	}
}
