package ui

import "testing"

// TestSortOffUpdate checks that s and S sort in a Cmd, that the list
// keeps its order until the sorted posts arrive, and that a sort
// overtaken by a newer one is dropped.
func TestSortOffUpdate(t *testing.T) {
	t.Parallel()
	m := loaded(t, 100, 20)
	before := m.list().all
	next, byTitle := m.Update(keys("s")[0])
	m = next.(Model)
	if byTitle == nil || &m.list().all[0] != &before[0] {
		t.Fatal("s sorted in Update; want a Cmd")
	}
	next, reversed := m.Update(keys("S")[0])
	m = next.(Model)
	m = drive(t, m, reversed())
	m = drive(t, m, byTitle()) // overtaken: title order, not reversed
	tests := []struct {
		name, want string
		at         int
	}{
		{"title order reversed, first", "Testing Django with pytest", 0},
		{"title order reversed, last", "A post with a bad date", len(m.list().all) - 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := m.list().shown[tc.at].Title; got != tc.want {
				t.Errorf("post %d is %q, want %q", tc.at, got, tc.want)
			}
		})
	}
	if m.list().sortKey != "title" || !m.list().reverse {
		t.Errorf("sorted by %s, reverse %v; want title, reversed", m.list().sortKey, m.list().reverse)
	}
}
