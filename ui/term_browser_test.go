package ui

import (
	"strings"
	"testing"
)

// TestTermBrowserPaging checks that the tag browser pages with keys that
// type nothing, and that the list's letter keys for paging (b, f, space)
// are typed into its input instead.
func TestTermBrowserPaging(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		keys       string
		wantInput  string
		wantCursor int // -1: anything but the top
	}{
		{"pgdown pages", "t<pgdown>", "", -1},
		{"ctrl+d pages", "t<ctrl+d>", "", -1},
		{"pgup pages back", "t<pgdown><pgup>", "", 0},
		{"f is typed", "tf", "f", 0},
		{"b is typed", "tb", "b", 0},
		{"space is typed", "to<space>", "o ", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := drive(t, loaded(t, 100, 12), keys(tc.keys)...)
			if screenName(m) != "terms" {
				t.Fatalf("screen %s, want the tag browser", screenName(m))
			}
			if got := terms(m).input.Value(); got != tc.wantInput {
				t.Errorf("input %q, want %q", got, tc.wantInput)
			}
			if tc.wantCursor < 0 && terms(m).window.cursor == 0 || tc.wantCursor >= 0 && terms(m).window.cursor != tc.wantCursor {
				t.Errorf("cursor %d, want %d (-1: moved)", terms(m).window.cursor, tc.wantCursor)
			}
		})
	}
}

// TestTermsCountedOffUpdate checks that opening the tag browser leaves
// the counting to a Cmd, that what is typed before the counts arrive
// narrows them, and that counts for a browser since reopened are dropped.
func TestTermsCountedOffUpdate(t *testing.T) {
	t.Parallel()
	m := loaded(t, 100, 16)
	next, count := m.Update(keys("t")[0])
	m = next.(Model)
	if screenName(m) != "terms" || terms(m).counted || count == nil {
		t.Fatalf("screen %s, counted %v, cmd %v: want an open browser waiting for a Cmd", screenName(m), terms(m).counted, count != nil)
	}
	if !strings.Contains(plain(m), "counting…") {
		t.Errorf("no sign of counting:\n%s", plain(m))
	}
	m = drive(t, m, keys("ital")...)
	m = drive(t, m, count())
	if len(terms(m).shown) != 1 || terms(m).shown[0].Name != "italy" || len(terms(m).all) < 5 {
		t.Errorf("shown %v of %d terms, want italy alone", terms(m).shown, len(terms(m).all))
	}

	m = drive(t, m, keys("<esc>")...)
	next, stale := m.Update(keys("t")[0])
	m = drive(t, next.(Model), keys("<esc>c")...) // the category browser, counted by drive
	cats := terms(m).all
	m = drive(t, m, stale())
	if terms(m).taxonomy != "categories" || len(terms(m).all) != len(cats) {
		t.Errorf("a stale tag count replaced the categories: %v", terms(m).all)
	}
}

// TestTermChosenBeforeCountsArrive: t, a term and enter typed in a row,
// faster than the counting, choose the term once the counts arrive. The
// enter was dropped ("still counting"), which failed a daily flow on a
// loaded machine.
func TestTermChosenBeforeCountsArrive(t *testing.T) {
	t.Parallel()
	m := loaded(t, 100, 16)
	next, count := m.Update(keys("t")[0])
	m = drive(t, next.(Model), keys("italy<enter>")...)
	if screenName(m) != "terms" {
		t.Fatalf("screen %s before the counts arrived, want the tag browser still", screenName(m))
	}
	m = drive(t, m, count())
	if screenName(m) != "list" || m.list().filter.input.Value() != "tag:italy" || len(m.list().shown) != 2 {
		t.Errorf("screen %s, filter %q, %d shown; want the list filtered by italy", screenName(m), m.list().filter.input.Value(), len(m.list().shown))
	}
}

// TestNewPostFormCountsTermsOffUpdate checks that n leaves counting the
// blog's terms to a Cmd and opens the form with them.
func TestNewPostFormCountsTermsOffUpdate(t *testing.T) {
	t.Parallel()
	m := loaded(t, 100, 20)
	next, cmd := m.Update(keys("n")[0])
	m = next.(Model)
	if screenName(m) != "list" || cmd == nil {
		t.Fatalf("screen %s, cmd %v: want the list while the terms are counted", screenName(m), cmd != nil)
	}
	msg, ok := cmd().(newPostTermsMsg)
	if !ok || len(msg.tags) == 0 || len(msg.categories) == 0 {
		t.Fatalf("got %#v, want the blog's tags and categories", msg)
	}
	m = drive(t, m, msg)
	if screenName(m) != "form" {
		t.Errorf("screen %s, want the new-post form", screenName(m))
	}
}
