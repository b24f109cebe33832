package posts

import (
	"fmt"
	"testing"
	"time"
)

// calPost is a post of the calendar tests: dated when date is not "",
// written as in front matter (RFC 3339 with a zone, or floating).
func calPost(t *testing.T, date string, status Status, tags ...string) *Post {
	t.Helper()
	p := &Post{Path: date + ".md", Kind: KindPost, Status: status, Tags: tags}
	if date == "" {
		return p
	}
	if d, err := time.Parse(time.RFC3339, date); err == nil {
		p.Date = Date{Time: d, HasZone: true}
		return p
	}
	d, err := time.Parse("2006-01-02T15:04", date)
	if err != nil {
		t.Fatalf("bad test date %q", date)
	}
	p.Date = Date{Time: d}
	return p
}

func TestNewCalendar(t *testing.T) {
	t.Parallel()
	type month struct {
		year  int
		month time.Month
		want  StatusCounts
	}
	cases := []struct {
		name    string
		posts   func(t *testing.T) []*Post
		years   []int
		months  []month
		total   StatusCounts
		undated int
		pages   int
	}{
		{
			name:  "empty",
			posts: func(*testing.T) []*Post { return nil },
		},
		{
			name: "status classes apart",
			posts: func(t *testing.T) []*Post {
				return []*Post{
					calPost(t, "2024-03-02T10:00", StatusPublished),
					calPost(t, "2024-03-05T10:00", StatusDraft),
					calPost(t, "2024-03-09T10:00", StatusScheduled),
					calPost(t, "2024-03-10T10:00", StatusExpired),
					calPost(t, "2024-03-11T10:00", StatusHidden),
					calPost(t, "2024-03-12T10:00", ""), // unknown: shown, so published
				}
			},
			years:  []int{2024},
			months: []month{{2024, time.March, StatusCounts{Total: 6, Published: 2, Draft: 1, Hidden: 1, Scheduled: 1, Expired: 1}}},
			total:  StatusCounts{Total: 6, Published: 2, Draft: 1, Hidden: 1, Scheduled: 1, Expired: 1},
		},
		{
			name: "undated posts and pages counted apart",
			posts: func(t *testing.T) []*Post {
				page := calPost(t, "2023-01-01T00:00", StatusPublished)
				page.Kind = KindPage
				return []*Post{calPost(t, "", StatusPublished), calPost(t, "", StatusDraft), page, calPost(t, "2023-06-01T00:00", StatusPublished)}
			},
			years:   []int{2023},
			months:  []month{{2023, time.June, StatusCounts{Total: 1, Published: 1}}, {2023, time.January, StatusCounts{}}},
			total:   StatusCounts{Total: 1, Published: 1},
			undated: 2,
			pages:   1,
		},
		{
			name: "a zoned date counts in its own month, not UTC's",
			posts: func(t *testing.T) []*Post {
				return []*Post{
					calPost(t, "2024-03-31T23:30:00-05:00", StatusPublished), // April in UTC
					calPost(t, "2024-04-01T00:30:00+02:00", StatusPublished), // March in UTC
					calPost(t, "2024-12-31T23:59:00-10:00", StatusPublished), // 2025 in UTC
					calPost(t, "2025-01-01T00:00:00+14:00", StatusPublished), // 2024 in UTC
				}
			},
			years: []int{2024, 2025},
			months: []month{
				{2024, time.March, StatusCounts{Total: 1, Published: 1}},
				{2024, time.April, StatusCounts{Total: 1, Published: 1}},
				{2024, time.December, StatusCounts{Total: 1, Published: 1}},
				{2025, time.January, StatusCounts{Total: 1, Published: 1}},
			},
			total: StatusCounts{Total: 4, Published: 4},
		},
		{
			name: "years without posts are left out",
			posts: func(t *testing.T) []*Post {
				return []*Post{calPost(t, "2010-05-01T00:00", StatusPublished), calPost(t, "2014-05-01T00:00", StatusPublished), calPost(t, "0202-05-01T00:00", StatusPublished)}
			},
			years: []int{202, 2010, 2014},
			total: StatusCounts{Total: 3, Published: 3},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cal := NewCalendar(tc.posts(t))
			var years []int
			for _, y := range cal.Years {
				years = append(years, y.Year)
			}
			if fmt.Sprint(years) != fmt.Sprint(tc.years) {
				t.Errorf("years %v, want %v", years, tc.years)
			}
			for _, m := range tc.months {
				for _, y := range cal.Years {
					if y.Year == m.year && y.Months[m.month-1] != m.want {
						t.Errorf("%d-%02d: %+v, want %+v", m.year, m.month, y.Months[m.month-1], m.want)
					}
				}
			}
			if cal.Total != tc.total || cal.Undated != tc.undated || cal.Pages != tc.pages {
				t.Errorf("total %+v undated %d pages %d, want %+v %d %d", cal.Total, cal.Undated, cal.Pages, tc.total, tc.undated, tc.pages)
			}
		})
	}
}

func TestCalendarTopTags(t *testing.T) {
	t.Parallel()
	var ps []*Post
	for i, tags := range [][]string{{"go", "rust"}, {"Go", "zig"}, {"rust", "go"}, {"a"}, {"b"}, {"c"}, {"d"}} {
		ps = append(ps, calPost(t, fmt.Sprintf("2024-01-%02dT00:00", i+1), StatusPublished, tags...))
	}
	ps = append(ps, calPost(t, "2023-01-01T00:00", StatusPublished))
	cal := NewCalendar(ps)
	if got := fmt.Sprint(cal.Years[1].TopTags); got != "[{go 3} {rust 2} {a 1} {b 1} {c 1}]" {
		t.Errorf("2024's top tags %s", got)
	}
	if cal.Years[0].TopTags == nil {
		t.Error("a year without tags has nil top tags: null in JSON, want []")
	}
}

// TestCalendarMatchesDateQuery checks that the calendar and the date:
// filter agree: the posts a month's bar counts are the posts choosing
// it lists, across zones and floating dates.
func TestCalendarMatchesDateQuery(t *testing.T) {
	t.Parallel()
	var ps []*Post
	zones := []string{"-11:00", "-05:00", "Z", "+02:00", "+14:00"}
	for i := range 200 {
		d := time.Date(2023, time.Month(1+i%14), 28+i%5, i%24, 30, 0, 0, time.UTC)
		if i%3 == 0 {
			ps = append(ps, calPost(t, d.Format("2006-01-02T15:04"), StatusPublished))
			continue
		}
		ps = append(ps, calPost(t, d.Format("2006-01-02T15:04:05")+zones[i%len(zones)], StatusPublished))
	}
	cal := NewCalendar(ps)
	for _, y := range cal.Years {
		for m, c := range y.Months {
			q, err := ParseQuery(fmt.Sprintf("date:%04d-%02d", y.Year, m+1))
			if err != nil {
				t.Fatal(err)
			}
			if n := len(Filter(ps, q)); n != c.Total {
				t.Errorf("%s lists %d posts, the calendar counts %d", q, n, c.Total)
			}
		}
	}
}

func TestQueryWithPeriod(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ query, period, want string }{
		{"", "2024-03", "date:2024-03"},
		{"tag:go", "2024-03", "tag:go date:2024-03"},
		{"tag:go date:2024 python", "2024-03", "tag:go python date:2024-03"},
		{"year:2023 -date:2023-02", "2023-05", "-date:2023-02 date:2023-05"},
		{"after:2020 tag:x", "2021", "after:2020 tag:x date:2021"},
	} {
		q, err := ParseQuery(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		if got := q.WithPeriod(tc.period); got != tc.want {
			t.Errorf("%q.WithPeriod(%q) = %q, want %q", tc.query, tc.period, got, tc.want)
		}
	}
}
