package ui

import (
	"fmt"
	"strings"
	"testing"
)

// TestScreensAtWidths snapshots every screen at 40, 80 and 140 columns:
// the help line keeps "? help" and "q quit", nothing is cut in the middle
// of a frame, and the split view appears at 140.
func TestScreensAtWidths(t *testing.T) {
	t.Parallel()
	screens := []struct{ name, keys string }{
		{"list", ""},
		{"list-filter", "/tag:italy"},
		{"list-sorted-modified", "ss"},
		{"help", "?"},
		{"tags", "t"},
		{"tags-toggled", "titaly<enter>t"},
		{"reader", "/pathlib<enter><enter>"},
		{"reader-search", "/pathlib<enter><enter>/habit<enter>n"},
		{"outline", "/pathlib<enter><enter>o"},
		{"warnings", "!"},
		{"form", "n"},
		{"status", "<esc><enter>o"}, // a long status message wraps
	}
	for _, sc := range screens {
		for _, w := range []int{40, 80, 140} {
			name := fmt.Sprintf("widths/%s-%d", sc.name, w)
			t.Run(name, func(t *testing.T) {
				m := drive(t, loaded(t, w, 18), keys(sc.keys)...)
				got := plain(m)
				if n := strings.Count(got, "\n") + 1; n != 18 {
					t.Errorf("screen has %d lines, want 18", n)
				}
				if sc.name != "form" && !strings.Contains(got, "? help") && !strings.Contains(got, "f1 help") && sc.name != "help" {
					t.Errorf("the help line lost its help key:\n%s", got)
				}
				golden(t, name, got)
			})
		}
	}
}
