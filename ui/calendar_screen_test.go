package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestCalendarFlow opens the posting calendar from the list (C), moves
// from the newest month to another (a year back with h, then a month
// up with k), chooses it with enter, and finds the list filtered to
// that month.
func TestCalendarFlow(t *testing.T) {
	t.Parallel()
	tm := teatest.NewTestModel(t, probed{New(testOptions(testBlog()))},
		teatest.WithInitialTermSize(80, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	send := func(s string) {
		for _, k := range keys(s) {
			tm.Send(k)
		}
	}
	waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded && len(m.list().shown) == 7 })

	send("C")
	calendar := func(m Model) *calendarScreen { c, _ := m.active().(*calendarScreen); return c }
	m := waitModel(t, tm, "calendar counted", func(m Model) bool { return calendar(m) != nil && calendar(m).counted })
	golden(t, "calendar-1-open", m.screen)

	// The cursor starts on the newest month with posts, January 2026
	// (the draft); h goes to January 2024, k up to 2024's own row and
	// j j down to February 2024.
	send("hkjj")
	m = waitModel(t, tm, "on February 2024", func(m Model) bool {
		c := calendar(m)
		i := c.window.selected()
		return i >= 0 && c.rows[i].Period() == "2024-02"
	})
	golden(t, "calendar-2-moved", m.screen)

	send("<enter>")
	m = waitModel(t, tm, "filtered to the month", func(m Model) bool {
		return screenName(m) == "list" && m.list().filter.query.String() == "date:2024-02" && len(m.list().shown) == 1
	})
	if m.selected != "Testing Django with pytest" {
		t.Errorf("filtered to 2024-02, selected %q", m.selected)
	}
	send("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(hangGuard))
}

// TestCalendarReplacesPeriod chooses a month in the calendar of a list
// filtered to a year: the month takes the year's place in the filter,
// the other terms stay.
func TestCalendarReplacesPeriod(t *testing.T) {
	t.Parallel()
	m := loaded(t, 100, 30)
	m.sh.after = immediately
	m = drive(t, m, keys("/date:2023 -tag:x<enter>C")...)
	if screenName(m) != "calendar" {
		t.Fatalf("C opened %s", screenName(m))
	}
	m = drive(t, m, keys("<enter>")...)
	if got := m.list().filter.query.String(); got != "-tag:x date:2023-05" {
		t.Errorf("filter %q, want %q", got, "-tag:x date:2023-05")
	}
	if len(m.list().shown) != 1 || m.list().shown[0].Title != "A weekend in Trieste" {
		t.Errorf("listed %d posts", len(m.list().shown))
	}
}
