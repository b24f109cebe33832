package ui

import (
	"strings"
	"testing"
)

// TestScreens snapshots every screen at a fixed size, as the Ascii colour
// profile shows it (styles stripped), plus the list in true colour.
func TestScreens(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		width, height int
		keys          string
	}{
		{"list", 100, 16, ""},
		{"list-narrow", 60, 16, ""},
		{"list-filtered", 100, 16, "/tag:italy"},
		{"list-bare-words", 100, 16, "/habit"},
		{"list-no-match", 100, 16, "/zzzz"},
		{"list-bad-query", 100, 16, "/tag:italy -status:"},
		{"list-wide-preview", 140, 16, "jjj"},
		{"help", 100, 20, "?"},
		{"tags", 100, 16, "t"},
		{"tags-narrowed", 100, 16, "tit"},
		{"categories", 100, 16, "c"},
		{"reader", 80, 24, "/pathlib<enter><enter>"},
		{"reader-search", 80, 24, "/pathlib<enter><enter>/habit<enter>n"},
		{"reader-outline", 80, 24, "/pathlib<enter><enter>o"},
		{"reader-links", 80, 16, "/pytest<enter><enter>"},
		{"reader-hostile", 80, 16, "/evil<enter><enter>"},
		{"warnings", 100, 12, "!"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := drive(t, loaded(t, tc.width, tc.height), keys(tc.keys)...)
			got := plain(m)
			if n := strings.Count(got, "\n") + 1; n != tc.height {
				t.Errorf("screen has %d lines, want %d", n, tc.height)
			}
			golden(t, tc.name, got)
		})
	}
	t.Run("list-truecolor", func(t *testing.T) {
		m := loaded(t, 100, 12)
		golden(t, "list-truecolor", strings.ReplaceAll(m.screen(), "\x1b", "\\x1b"))
	})
}
