package termsafe

import "testing"

func TestUnlinked(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, in, want string }{
		{"no link", "\x1b[1mbold\x1b[m", "\x1b[1mbold\x1b[m"},
		{"BEL", "see \x1b]8;id=1;https://example.com/\x07\x1b[4mhere\x1b[m\x1b]8;;\x07.", "see \x1b[4mhere\x1b[m."},
		{"ST", "\x1b]8;;mailto:a@b.c\x1b\\mail\x1b]8;;\x1b\\", "mail"},
		{"other OSC left to Output", "\x1b]0;title\x07x", "\x1b]0;title\x07x"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Unlinked(tc.in); got != tc.want {
				t.Errorf("Unlinked(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
