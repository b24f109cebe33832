package ui

import (
	"image/color"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestForcedStyleIgnoresBackground checks that a style set by config or
// flag wins over the terminal's background, and that only an unset one
// asks the terminal.
func TestForcedStyleIgnoresBackground(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, style string
		background  color.Color
		wantDark    bool
	}{
		{"dark forced on a white terminal", "dark", color.White, true},
		{"light forced on a black terminal", "light", color.Black, false},
		{"unset follows a white terminal", "", color.White, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := testOptions(testBlog())
			o.Style = tc.style
			m := drive(t, New(o), tea.WindowSizeMsg{Width: 80, Height: 20}, tea.BackgroundColorMsg{Color: tc.background})
			if m.sh.styles.IsDark != tc.wantDark {
				t.Errorf("dark %v, want %v", m.sh.styles.IsDark, tc.wantDark)
			}
		})
	}
}
