package termsafe

import (
	"strings"
	"testing"
)

// TestKittyPlaceholderRemoved: a post cannot show a piece of an image
// in a kitty terminal: U+10EEEE (with its row and column diacritics and
// an image id as colour) is removed from its text by Text, Line and
// Output, the diacritics alone staying as harmless combining marks;
// Check accepts it, for folio's own pictures are drawn with it.
func TestKittyPlaceholderRemoved(t *testing.T) {
	t.Parallel()
	cell := "\U0010EEEE\u0305\u030D"
	for name, clean := range map[string]func(string) string{"Text": Text, "Line": Line, "Output": Output} {
		for _, in := range []string{cell, "a" + cell + "b", "\x1b[38;2;0;0;7m" + cell + cell + "\x1b[39m"} {
			if got := clean(in); strings.ContainsRune(got, '\U0010EEEE') {
				t.Errorf("%s(%q) = %q keeps the placeholder", name, in, got)
			}
		}
	}
	if got := Output("a" + cell + "b"); got != "a\u0305\u030Db" {
		t.Errorf("Output = %q, want the text around it kept", got)
	}
	if err := Check("\x1b[38;2;0;0;7m" + cell + "\x1b[39m"); err != nil {
		t.Errorf("Check refuses a placeholder row: %v", err)
	}
}
