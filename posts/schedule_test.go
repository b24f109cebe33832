package posts

import (
	"context"
	"testing"
	"testing/fstest"
	"time"

	"github.com/folio-blog/folio/site"
)

// Issue 10, class 8: Hugo and Jekyll do not publish a post dated later
// (nor, Hugo, one past its expiryDate) unless the site says so; Pelican
// publishes future dates unless WITH_FUTURE_DATES is off, and then makes
// them drafts; a plain folder publishes everything.
func TestSchedule(t *testing.T) {
	t.Parallel()
	now := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	yaml := func(fields string) string { return "---\ntitle: T\n" + fields + "---\n" }
	tests := []struct {
		name   string
		rules  Rules
		path   string
		src    string
		status Status
	}{
		{"hugo future date", Rules{Generator: site.Hugo}, "posts/a.md", yaml("date: 2024-06-02\n"), StatusScheduled},
		{"hugo past date", Rules{Generator: site.Hugo}, "posts/a.md", yaml("date: 2024-05-31\n"), StatusPublished},
		{"hugo later today in the site's zone", Rules{Generator: site.Hugo, Location: time.FixedZone("W", -5*3600)}, "posts/a.md", yaml("date: 2024-06-01T08:00:00\n"), StatusScheduled},
		{"hugo publishDate wins over date", Rules{Generator: site.Hugo}, "posts/a.md", yaml("date: 2024-01-01\npublishDate: 2025-01-01\n"), StatusScheduled},
		{"hugo pubdate alias", Rules{Generator: site.Hugo}, "posts/a.md", yaml("date: 2025-01-01\npubdate: 2024-01-01\n"), StatusPublished},
		{"hugo expired", Rules{Generator: site.Hugo}, "posts/a.md", yaml("date: 2020-01-01\nexpiryDate: 2024-05-01\n"), StatusExpired},
		{"hugo unpublishdate alias", Rules{Generator: site.Hugo}, "posts/a.md", yaml("unpublishdate: 2024-05-01\n"), StatusExpired},
		{"hugo not yet expired", Rules{Generator: site.Hugo}, "posts/a.md", yaml("expiryDate: 2024-07-01\n"), StatusPublished},
		{"hugo buildFuture", Rules{Generator: site.Hugo, PublishFuture: true}, "posts/a.md", yaml("date: 2030-01-01\n"), StatusPublished},
		{"hugo buildExpired", Rules{Generator: site.Hugo, PublishExpired: true}, "posts/a.md", yaml("expiryDate: 2020-01-01\n"), StatusPublished},
		{"hugo a draft stays a draft", Rules{Generator: site.Hugo}, "posts/a.md", yaml("draft: true\ndate: 2030-01-01\n"), StatusDraft},
		{"jekyll future post by its name", Rules{Generator: site.Jekyll}, "_posts/2030-01-01-a.md", yaml(""), StatusScheduled},
		{"jekyll future: true", Rules{Generator: site.Jekyll, PublishFuture: true}, "_posts/2030-01-01-a.md", yaml(""), StatusPublished},
		{"jekyll past post", Rules{Generator: site.Jekyll}, "_posts/2020-01-01-a.md", yaml(""), StatusPublished},
		{"jekyll a page with a future date", Rules{Generator: site.Jekyll}, "about.md", yaml("date: 2030-01-01\n"), StatusPublished},
		{"pelican publishes future dates", Rules{Generator: site.Pelican, PublishFuture: true}, "a.md", "Title: T\nDate: 2030-01-01\n\n", StatusPublished},
		{"pelican WITH_FUTURE_DATES off", Rules{Generator: site.Pelican}, "a.md", "Title: T\nDate: 2030-01-01\n\n", StatusDraft},
		{"plain folder publishes everything", Rules{Generator: site.Plain}, "a.md", yaml("date: 2030-01-01\nexpiryDate: 2020-01-01\n"), StatusPublished},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := Parse(tc.path, []byte(tc.src), Options{Rules: tc.rules, Now: func() time.Time { return now }})
			if p.Status != tc.status {
				t.Errorf("status %s, want %s (warnings %v)", p.Status, tc.status, p.Warnings)
			}
		})
	}
}

// A query finds scheduled and expired posts by their status.
func TestQueryScheduled(t *testing.T) {
	t.Parallel()
	ps := []*Post{{Path: "a.md", Status: StatusScheduled}, {Path: "b.md", Status: StatusExpired}, {Path: "c.md", Status: StatusPublished}}
	for _, st := range []Status{StatusScheduled, StatusExpired} {
		q, err := ParseQuery("status:" + string(st))
		if err != nil {
			t.Fatal(err)
		}
		got := Filter(ps, q)
		if len(got) != 1 || got[0].Status != st {
			t.Errorf("status:%s found %v", st, got)
		}
	}
}

// Pelican's DEFAULT_DATE = 'fs' reads a file's modification time as this
// machine's wall clock and places it in TIMEZONE (found on a real site
// whose TIMEZONE was not the machine's: Pelican said 07:04+02:00 where
// folio had said 07:04Z).
func TestDateFromFileIsLocalWallTime(t *testing.T) {
	defer func(l *time.Location) { time.Local = l }(time.Local)
	time.Local = time.FixedZone("machine", 3*3600)
	mod := time.Date(2017, 11, 16, 4, 4, 8, 0, time.UTC) // 07:04:08 on the machine
	fsys := fstest.MapFS{"a.rst": {Data: []byte("A\n#\n\nBody\n"), ModTime: mod}}
	loc, err := time.LoadLocation("Africa/Johannesburg")
	if err != nil {
		t.Skip(err)
	}
	ps, _, err := Load(context.Background(), fsys, Options{Rules: Rules{Generator: site.Pelican, DateFromFile: true, Location: loc}})
	if err != nil || len(ps) != 1 {
		t.Fatal(ps, err)
	}
	if got := ps[0].Date.Format(time.RFC3339); got != "2017-11-16T07:04:08+02:00" {
		t.Errorf("date %s, want 2017-11-16T07:04:08+02:00", got)
	}
}
