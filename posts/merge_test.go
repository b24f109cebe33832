package posts

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// Merging sorted batches gives what sorting everything gives, for every
// key and direction.
func TestMergeMatchesSort(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	titles := []string{"apple", "Apple", "banana", "Éclair", "éclair", "zebra", "Zebra", "", "日本", "a b"}
	var all []*Post
	for i := range 300 {
		p := &Post{Path: fmt.Sprintf("p%03d.md", i), Title: titles[rng.IntN(len(titles))]}
		if rng.IntN(5) > 0 {
			p.Date = Date{Time: time.Date(2020+rng.IntN(3), time.Month(1+rng.IntN(12)), 1+rng.IntN(3), 0, 0, 0, 0, time.UTC)}
		}
		if rng.IntN(3) == 0 {
			p.ModTime = time.Date(2024, 1, 1+rng.IntN(5), 0, 0, 0, 0, time.UTC)
		}
		all = append(all, p)
	}
	for _, key := range []SortKey{SortDate, SortTitle, SortModified} {
		for _, rev := range []bool{false, true} {
			t.Run(fmt.Sprint(key, rev), func(t *testing.T) {
				want := slices.Clone(all)
				Sort(want, key, rev)
				var got []*Post
				for start := 0; start < len(all); start += 37 {
					batch := slices.Clone(all[start:min(start+37, len(all))])
					Sort(batch, key, rev)
					got = Merge(got, batch, key, rev)
				}
				for i := range want {
					if got[i] != want[i] {
						t.Fatalf("post %d: merged %s %q, sorted %s %q", i, got[i].Path, got[i].Title, want[i].Path, want[i].Title)
					}
				}
			})
		}
	}
}

func TestCompareFold(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ a, b string }{{"a", "B"}, {"Apple", "apple"}, {"", "a"}, {"éa", "Éb"}, {"z", "é"}, {"ab", "a"}} {
		want := compareStrings(toLower(tc.a), toLower(tc.b))
		if got := compareFold(tc.a, tc.b); got != want {
			t.Errorf("compareFold(%q, %q) = %d, want %d", tc.a, tc.b, got, want)
		}
	}
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
