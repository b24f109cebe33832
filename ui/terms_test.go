package ui

import "testing"

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
