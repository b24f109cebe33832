package ascii

import "testing"

func TestIsLetter(t *testing.T) {
	t.Parallel()
	for b := range 256 {
		want := b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
		if got := IsLetter(byte(b)); got != want {
			t.Errorf("IsLetter(%q) = %v, want %v", byte(b), got, want)
		}
	}
}

func TestHasPrefixFold(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, s, prefix string
		want            bool
	}{
		{"same case", "script src", "script", true},
		{"other case", "SCRIPT>", "script", true},
		{"mixed case", "ScRiPt", "script", true},
		{"shorter than the prefix", "scr", "script", false},
		{"another word", "span", "script", false},
		{"empty prefix", "anything", "", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := HasPrefixFold(tc.s, tc.prefix); got != tc.want {
				t.Errorf("HasPrefixFold(%q, %q) = %v, want %v", tc.s, tc.prefix, got, tc.want)
			}
		})
	}
}

func TestLower(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, s, want string }{
		{"ASCII", "Hello WORLD 42", "hello world 42"},
		{"non-ASCII letters stay", "ÀÉ Straße İ", "ÀÉ straße İ"},
		{"invalid UTF-8 keeps its length", "A\xffB\xc3", "a\xffb\xc3"},
		{"empty", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Lower(tc.s)
			if got != tc.want || len(got) != len(tc.s) {
				t.Errorf("Lower(%q) = %q, want %q of the same length", tc.s, got, tc.want)
			}
		})
	}
}
