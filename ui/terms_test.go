package ui

import (
	"strings"
	"testing"
)

// TestTermBrowserPaging checks that the tag browser pages with keys that
// type nothing, and that the list's letter keys for paging (b, f, space)
// are typed into its input instead.
func TestTermBrowserPaging(t *testing.T) {
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
			if m.state != stateTerms {
				t.Fatalf("state %d, want the tag browser", m.state)
			}
			if got := m.terms.input.Value(); got != tc.wantInput {
				t.Errorf("input %q, want %q", got, tc.wantInput)
			}
			if tc.wantCursor < 0 && m.terms.cursor == 0 || tc.wantCursor >= 0 && m.terms.cursor != tc.wantCursor {
				t.Errorf("cursor %d, want %d (-1: moved)", m.terms.cursor, tc.wantCursor)
			}
		})
	}
}

// TestTermsCountedOffUpdate checks that opening the tag browser leaves
// the counting to a Cmd, that what is typed before the counts arrive
// narrows them, and that counts for a browser since reopened are dropped.
func TestTermsCountedOffUpdate(t *testing.T) {
	m := loaded(t, 100, 16)
	next, count := m.Update(keys("t")[0])
	m = next.(Model)
	if m.state != stateTerms || m.terms.counted || count == nil {
		t.Fatalf("state %d, counted %v, cmd %v: want an open browser waiting for a Cmd", m.state, m.terms.counted, count != nil)
	}
	if !strings.Contains(plain(m), "counting…") {
		t.Errorf("no sign of counting:\n%s", plain(m))
	}
	m = drive(t, m, keys("ital")...)
	m = drive(t, m, count())
	if len(m.terms.shown) != 1 || m.terms.shown[0].Name != "italy" || len(m.terms.all) < 5 {
		t.Errorf("shown %v of %d terms, want italy alone", m.terms.shown, len(m.terms.all))
	}

	m = drive(t, m, keys("<esc>")...)
	next, stale := m.Update(keys("t")[0])
	m = drive(t, next.(Model), keys("<esc>c")...) // the category browser, counted by drive
	cats := m.terms.all
	m = drive(t, m, stale())
	if m.terms.taxonomy != "categories" || len(m.terms.all) != len(cats) {
		t.Errorf("a stale tag count replaced the categories: %v", m.terms.all)
	}
}

// TestNewPostFormCountsTermsOffUpdate checks that n leaves counting the
// blog's terms to a Cmd and opens the form with them.
func TestNewPostFormCountsTermsOffUpdate(t *testing.T) {
	m := loaded(t, 100, 20)
	next, cmd := m.Update(keys("n")[0])
	m = next.(Model)
	if m.state != stateList || cmd == nil {
		t.Fatalf("state %d, cmd %v: want the list while the terms are counted", m.state, cmd != nil)
	}
	msg, ok := cmd().(newPostTermsMsg)
	if !ok || len(msg.tags) == 0 || len(msg.categories) == 0 {
		t.Fatalf("got %#v, want the blog's tags and categories", msg)
	}
	m = drive(t, m, msg)
	if m.state != stateOverlay {
		t.Errorf("state %d, want the new-post form", m.state)
	}
}
