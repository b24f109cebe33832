package posts

import "testing"

func TestCountWords(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"one two  three", 3},
		{"- list item\n- another one\n\n***\n", 4},
		{"they’re here, don't panic", 4},
		{"**bold** and `code`", 3},
		{"café naïve", 2},
	}
	for _, tc := range cases {
		if got := countWords(tc.in); got != tc.want {
			t.Errorf("countWords(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
