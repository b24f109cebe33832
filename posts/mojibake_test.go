package posts

import "testing"

func TestRepairMojibake(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, in, want string
		count          int
	}{
		{"apostrophe", "theyâ€™re", "they’re", 1},
		{"rocket emoji", "See you there ðŸš€", "See you there 🚀", 1},
		{"e acute", "cafÃ©", "café", 1},
		{"nbsp", "aÂ\u00a0b", "a\u00a0b", 1},
		{"several", "â€œquotedâ€\u009d and didnâ€™t", "“quoted” and didn’t", 3},
		{"plain accents untouched", "Perché è già così", "Perché è già così", 0},
		{"capital A tilde alone untouched", "Ã la carte", "Ã la carte", 0},
		{"ascii", "hello", "hello", 0},
		{"lead at end", "abcÃ", "abcÃ", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, n, _ := repairMojibake(tc.in)
			if got != tc.want || n != tc.count {
				t.Errorf("repairMojibake(%q) = %q, %d; want %q, %d", tc.in, got, n, tc.want, tc.count)
			}
		})
	}
}
