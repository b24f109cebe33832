package chart

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

func TestBar(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		c     posts.StatusCounts
		scale float64
		w     int
		want  string
	}{
		{"full", posts.StatusCounts{Published: 4}, 2, 8, "████████"},
		{"eighths", posts.StatusCounts{Published: 3}, 0.5, 8, "█▌"},
		{"one eighth at least", posts.StatusCounts{Published: 1}, 0.01, 8, "▏"},
		{"empty", posts.StatusCounts{}, 1, 8, ""},
		{"marks after whole cells", posts.StatusCounts{Published: 3, Draft: 1, Scheduled: 1, Expired: 1, Hidden: 1}, 0.5, 8, "██▓▒░▞"},
		{"a mark shows at any scale", posts.StatusCounts{Published: 100, Draft: 1}, 0.08, 8, "███████▒"},
		{"never wider than w", posts.StatusCounts{Published: 1, Draft: 1, Scheduled: 1, Expired: 1, Hidden: 1}, 1, 3, "█▓▒"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := bar(tc.c, tc.scale, tc.w); got != tc.want {
				t.Errorf("bar(%+v, %v, %d) = %q, want %q", tc.c, tc.scale, tc.w, got, tc.want)
			}
		})
	}
}

// TestRowsFitAnyWidth draws a calendar with a hostile tag at every width
// from 1 to 120: no line is wider, none carries a control sequence.
func TestRowsFitAnyWidth(t *testing.T) {
	t.Parallel()
	var ps []*posts.Post
	for i, tag := range []string{"go", "\x1b]52;c;aGk=\x07evil\x1b[2J", "語彙の長いタグ名", "go"} {
		ps = append(ps, &posts.Post{Kind: posts.KindPost, Status: posts.StatusPublished, Tags: []string{tag},
			Date: posts.Date{Time: time.Date(2020+2*i, time.Month(1+i), 1, 0, 0, 0, 0, time.UTC)}})
	}
	ps = append(ps, &posts.Post{Kind: posts.KindPost, Status: posts.StatusDraft, Date: posts.Date{Time: time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC)}})
	cal := posts.NewCalendar(ps)
	for w := 1; w <= 120; w++ {
		text := Text(cal, w)
		if err := termsafe.Check(text); err != nil {
			t.Fatalf("width %d: %v", w, err)
		}
		for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
			if ansi.StringWidth(line) > w {
				t.Fatalf("width %d: %q is %d columns", w, line, ansi.StringWidth(line))
			}
		}
	}
}

func TestRowPeriod(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		r    Row
		want string
	}{
		{Row{Kind: YearRow, Year: 2024}, "2024"},
		{Row{Kind: MonthRow, Year: 2024, Month: time.March}, "2024-03"},
		{Row{Kind: MonthRow, Year: 202, Month: time.December}, "0202-12"},
		{Row{Kind: TagsRow, Year: 2024}, ""},
		{Row{Kind: GapRow}, ""},
	} {
		if got := tc.r.Period(); got != tc.want {
			t.Errorf("%+v.Period() = %q, want %q", tc.r, got, tc.want)
		}
	}
}
