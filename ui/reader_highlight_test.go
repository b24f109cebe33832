package ui

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/ui/termsafe"
)

// linkBlog is the test blog with a post whose link shares its line with
// the words searched for.
func linkBlog() fstest.MapFS {
	fsys := testBlog()
	fsys["content/django/space.md"] = &fstest.MapFile{Mode: 0o644, ModTime: testTime, Data: []byte(
		"Title: Mentoring in space\nDate: 2020-01-01\n\n" +
			"Mentoring, the [Djangonaut Space](https://djangonaut.space/) way.\n")}
	return fsys
}

// TestReaderHighlightsComposeWithTheLink searches for words on the line
// of the selected link, one inside the link's text and one before it:
// the line keeps its text whatever the highlights over it.
func TestReaderHighlightsComposeWithTheLink(t *testing.T) {
	t.Parallel()
	for _, search := range []string{"space", "mentoring,"} {
		for _, w := range []int{40, 80, 200} {
			name := fmt.Sprintf("reader-link-search-%s-%d", strings.Trim(search, ","), w)
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				m := New(testOptions(linkBlog()))
				m = drive(t, m, tea.WindowSizeMsg{Width: w, Height: 16})
				m = runCmd(t, m, m.Init(), 0)
				m = drive(t, m, keys("/mentoring in space<enter><enter>/"+search+"<enter><tab>")...)
				if m.reader() == nil || m.reader().link < 0 || len(m.reader().matches) == 0 {
					t.Fatalf("want a selected link and a match, screen:\n%s", plain(m))
				}
				got := plain(m)
				if !strings.Contains(got, "Djangonaut Space") || strings.Contains(got, "SpaceSpace") || strings.Contains(got, "Spacementoring") {
					t.Errorf("the link's line is garbled:\n%s", got)
				}
				golden(t, name, got)
			})
		}
	}
}

// TestFlattenRanges cuts overlapping ranges into disjoint ones, the
// later over the earlier.
func TestFlattenRanges(t *testing.T) {
	t.Parallel()
	a := lipgloss.NewStyle().Underline(true)
	b := lipgloss.NewStyle().Bold(true)
	cases := []struct {
		name   string
		layers []lipgloss.Range
		want   string // start-end:style letters, topmost first
	}{
		{"none", nil, ""},
		{"disjoint out of order", []lipgloss.Range{lipgloss.NewRange(10, 12, a), lipgloss.NewRange(0, 3, b)}, "0-3:b 10-12:a"},
		{"inside", []lipgloss.Range{lipgloss.NewRange(0, 10, a), lipgloss.NewRange(4, 6, b)}, "0-4:a 4-6:ba 6-10:a"},
		{"overlapping", []lipgloss.Range{lipgloss.NewRange(0, 5, a), lipgloss.NewRange(3, 8, b)}, "0-3:a 3-5:ba 5-8:b"},
		{"same", []lipgloss.Range{lipgloss.NewRange(2, 4, a), lipgloss.NewRange(2, 4, b)}, "2-4:ba"},
		{"empty", []lipgloss.Range{lipgloss.NewRange(3, 3, a)}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range flattenRanges(tc.layers) {
				s := ""
				if r.Style.GetBold() {
					s += "b"
				}
				if r.Style.GetUnderline() {
					s += "a"
				}
				got = append(got, fmt.Sprintf("%d-%d:%s", r.Start, r.End, s))
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}

// TestStyleLineKeepsText styles overlapping ranges of a styled line: the
// text is the same after, cell for cell.
func TestStyleLineKeepsText(t *testing.T) {
	t.Parallel()
	line := "  \x1b[38;5;252mthe \x1b[m\x1b[1mDjangonaut Space\x1b[m\x1b[38;5;252m way\x1b[m"
	hit := lipgloss.NewStyle().Bold(true)
	got := styleLine(line, []lipgloss.Range{
		lipgloss.NewRange(6, 22, lipgloss.NewStyle().Underline(true)),
		lipgloss.NewRange(17, 22, hit),
		lipgloss.NewRange(2, 5, hit),
	})
	if ansi.Strip(got) != ansi.Strip(line) {
		t.Errorf("text changed: %q, want %q", ansi.Strip(got), ansi.Strip(line))
	}
}

// TestSelectedLinkStaysAboveStatus selects a link on a post's last line:
// the status line that names it does not hide it.
func TestSelectedLinkStaysAboveStatus(t *testing.T) {
	t.Parallel()
	fsys := testBlog()
	fsys["content/django/long.md"] = &fstest.MapFile{Mode: 0o644, ModTime: testTime, Data: []byte(
		"Title: A long post\nDate: 2020-01-01\n\n" + strings.Repeat("A paragraph.\n\n", 30) + "Read [the last link](https://example.com/last).\n")}
	m := New(testOptions(fsys))
	m = drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	m = runCmd(t, m, m.Init(), 0)
	m = drive(t, m, keys("/a long post<enter><enter>G<tab>")...)
	if got := plain(m); !strings.Contains(got, "the last link") || !strings.Contains(got, "link: https://example.com/last") {
		t.Errorf("the selected link is hidden:\n%s", got)
	}
}

// TestStyleLineKeepsHyperlinks highlights a word of a link: the word is
// still inside the link, and the line after the range has its colours.
func TestStyleLineKeepsHyperlinks(t *testing.T) {
	t.Parallel()
	open, end := "\x1b]8;;https://djangonaut.space/\x07", "\x1b]8;;\x07"
	line := "the \x1b[1m" + open + "Djangonaut Space" + end + "\x1b[m\x1b[31m way\x1b[m"
	got := styleLine(line, []lipgloss.Range{lipgloss.NewRange(15, 20, lipgloss.NewStyle().Underline(true))})
	if ansi.Strip(got) != ansi.Strip(line) {
		t.Errorf("text changed: %q", ansi.Strip(got))
	}
	i, j, k := strings.Index(got, open), strings.Index(got, "Space"), strings.Index(got, end)
	if i < 0 || !(i < j && j < k) {
		t.Errorf("the highlighted word left the link: %q", got)
	}
	if !strings.Contains(got[j:], "\x1b[31m way") {
		t.Errorf("the colour after the range is lost: %q", got)
	}
	if err := termsafe.Check(got); err != nil {
		t.Error(err)
	}
}
