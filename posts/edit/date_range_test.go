package edit

import (
	"errors"
	"testing"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// Dates whose year, where written or in UTC, leaves 1..9999 are refused:
// a Jekyll draft published at 9999-12-31T23:59:59-14:00 became
// _posts/10000-01-01-draft.md, which no generator (nor folio) reads as a
// post (issue 22, item 9).
func TestDatesOutsideYearsGeneratorsRead(t *testing.T) {
	t.Parallel()
	late := time.Date(9999, 12, 31, 23, 59, 59, 0, time.FixedZone("", -14*3600))
	early := time.Date(1, 1, 1, 1, 0, 0, 0, time.FixedZone("", 2*3600))
	for _, tc := range []struct {
		name  string
		date  time.Time
		rules posts.Rules
	}{
		{"late, site in UTC", late, posts.Rules{Generator: site.Jekyll, Location: time.UTC}},
		{"late, no site zone", late, posts.Rules{Generator: site.Jekyll}},
		{"early, site in UTC", early, posts.Rules{Generator: site.Jekyll, Location: time.UTC}},
		{"early, Pelican", early, posts.Rules{Generator: site.Pelican}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			const draft = "---\ntitle: Draft\n---\n"
			writeTestFile(t, root, "_drafts/draft.md", draft, 0o644)
			_, err := SetStatus(root, "_drafts/draft.md", true, PublishOptions{Rules: tc.rules, SetDate: true, Date: tc.date})
			if !errors.Is(err, ErrDateRange) {
				t.Errorf("publish: %v, want ErrDateRange", err)
			}
			if got := string(mustRead(t, root, "_drafts/draft.md")); got != draft {
				t.Errorf("draft changed: %q", got)
			}
			if c, err := Create(root, tc.rules, NewPost{Title: "New", Date: tc.date}, CreateOptions{}); !errors.Is(err, ErrDateRange) {
				t.Errorf("create: %v (%v), want ErrDateRange", err, c)
			}
		})
	}
	// The last and first instants every zone can write are accepted.
	root := t.TempDir()
	for _, d := range []time.Time{time.Date(9999, 12, 31, 9, 59, 0, 0, time.UTC), time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC)} {
		if _, err := Create(root, posts.Rules{Generator: site.Jekyll}, NewPost{Title: "Edge", Date: d}, CreateOptions{}); err != nil {
			t.Errorf("%v: %v", d, err)
		}
	}
}
