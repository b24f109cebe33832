package ui

import (
	"slices"
	"testing"
)

// TestReaderMarksFilterWordsWhole checks that the reader marks the list
// filter's words where the search finds them, as whole words (issue 20:
// "introduction to templating" marked "To" inside $convertToLower), and
// at the start of a word while it may still be typed.
func TestReaderMarksFilterWordsWhole(t *testing.T) {
	t.Parallel()
	tests := []struct {
		line  string
		words []string
		want  []lineSpan
	}{
		{"Introduction to templating", []string{"introduction", "to", "templating"},
			[]lineSpan{{0, 0, 12}, {0, 13, 15}, {0, 16, 26}}},
		{"{{ $convertToLower := true }} to", []string{"to"}, []lineSpan{{0, 30, 32}}},
		{"Templates and templating", []string{"templ"}, []lineSpan{{0, 0, 5}, {0, 14, 19}}},
		{"stop atop", []string{"to"}, nil},
	}
	for _, tt := range tests {
		r := &Reader{doc: Document{Plain: []string{tt.line}}, words: tt.words}
		var got []lineSpan
		for _, m := range r.findAll() {
			got = append(got, m.parts...)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q %q: marked %v, want %v", tt.line, tt.words, got, tt.want)
		}
	}
}
