package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
)

// highlightTitleWords marks the filter's words in a row's title
// (wordMatches), else the letters of a fuzzy title match.
func highlightTitleWords(plain, styled string, words []string, st lipgloss.Style) string {
	var ranges [][2]int
	lower := strings.ToLower(plain)
	for _, w := range words {
		rs := wordMatches(plain, w)
		if len(rs) == 0 && !strings.Contains(lower, w) {
			rs = fuzzyRanges(plain, w) // a fuzzy title match
		}
		ranges = append(ranges, rs...)
	}
	ranges = mergeRanges(ranges)
	if len(ranges) == 0 {
		return styled
	}
	rs := make([]lipgloss.Range, len(ranges))
	for i, r := range ranges {
		rs[i] = lipgloss.NewRange(r[0], r[1], st)
	}
	return lipgloss.StyleRanges(styled, rs...)
}

// wordMatches finds a filter's word (lowercase) in s as the search finds
// it: whole words only ("to" in "Introduction to templating", not inside
// "$convertToLower"), else, for a word being typed, the starts of words
// ("templ" in "templating"). Cell ranges, in order.
func wordMatches(s, word string) [][2]int {
	if rs := wordRanges(s, word, true); len(rs) > 0 {
		return rs
	}
	return wordRanges(s, word, false)
}

// wordRanges finds word (lowercase) in s, case-insensitively, where it
// starts a word and, if whole, ends one, as cell ranges in order.
func wordRanges(s, word string, whole bool) [][2]int {
	lower := strings.ToLower(s)
	if len(lower) != len(s) || word == "" {
		return nil // lowercasing changed byte offsets: nothing marked
	}
	var out [][2]int
	for i := 0; ; {
		j := strings.Index(lower[i:], word)
		if j < 0 {
			return out
		}
		start, end := i+j, i+j+len(word)
		if wordEdge(lower, start) && (!whole || wordEdge(lower, end)) {
			out = append(out, [2]int{cellsOf(s[:start]), cellsOf(s[:end])})
			i = end
		} else {
			_, size := utf8.DecodeRuneInString(lower[start:])
			i = start + size
		}
	}
}

// wordEdge reports whether byte i of s is at the edge of a word: a
// letter or digit is not on both sides of it.
func wordEdge(s string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	return i == 0 || i == len(s) || !isWordRune(before) || !isWordRune(after)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// cellsOf is how many cells s takes.
func cellsOf(s string) int {
	n := 0
	for _, r := range s {
		n += runeCells(r)
	}
	return n
}
