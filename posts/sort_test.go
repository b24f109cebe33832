package posts

import (
	"strings"
	"testing"
	"time"
)

func TestSort(t *testing.T) {
	t.Parallel()
	d := func(s string) Date { x, _ := ParseDate(s); return x }
	mod := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	ps := []*Post{
		{Path: "b.md", Title: "banana", Date: d("2024-01-01")},
		{Path: "a.md", Title: "Apple", Date: d("2025-01-01")},
		{Path: "c.md", Title: "cherry"},
		{Path: "d.md", Title: "apple", Date: d("2024-01-01"), ModTime: mod},
	}
	for _, tc := range []struct {
		key     SortKey
		reverse bool
		want    string
	}{
		{SortDate, false, "a.md b.md d.md c.md"},  // newest first, undated last, ties by path
		{SortDate, true, "c.md b.md d.md a.md"},   // ties stay in path order
		{SortTitle, false, "a.md d.md b.md c.md"}, // case-insensitive, ties by path
		{SortTitle, true, "c.md b.md a.md d.md"},
		{SortModified, false, "d.md a.md b.md c.md"}, // file time when no Modified
	} {
		Sort(ps, tc.key, tc.reverse)
		var got []string
		for _, p := range ps {
			got = append(got, p.Path)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("Sort(%s, reverse=%v) = %q, want %q", tc.key, tc.reverse, got, tc.want)
		}
	}
}
