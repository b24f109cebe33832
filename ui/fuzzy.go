package ui

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
)

// titleFuzz extends a query's bare words to fuzzy matches on titles:
// "pthlb" finds "Five pathlib habits". A post that the query matches as
// written comes first; one whose title holds each bare word's letters in
// order, and that matches every other term, comes after.
type titleFuzz struct {
	rest      posts.Query // the query without its bare words
	wordQuery posts.Query // the bare words alone
	words     []string    // the bare words, lowercased
}

// newTitleFuzz splits text into its bare words and the rest. ok is false
// when there is nothing to do fuzzily (no bare word, or a query the
// split cannot rebuild).
func newTitleFuzz(text string, taxonomies []string) (f titleFuzz, ok bool) {
	var rest []string
	for _, tok := range splitQueryTerms(text) {
		if isBareWord(tok) {
			f.words = append(f.words, strings.ToLower(tok))
		} else {
			rest = append(rest, tok)
		}
	}
	if len(f.words) == 0 {
		return f, false
	}
	q, err := posts.ParseQuery(strings.Join(rest, " "), taxonomies...)
	if err != nil {
		return f, false
	}
	wq, err := posts.ParseQuery(strings.Join(f.words, " "))
	if err != nil {
		return f, false
	}
	f.rest, f.wordQuery = q, wq
	return f, true
}

// splitQueryTerms splits a query on spaces outside double quotes.
func splitQueryTerms(s string) []string {
	var out []string
	start, quoted := -1, false
	for i, r := range s {
		switch {
		case r == '"':
			quoted = !quoted
			if start < 0 {
				start = i
			}
		case (r == ' ' || r == '\t') && !quoted:
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// isBareWord reports whether a term is an unquoted, unnegated word
// without a key.
func isBareWord(tok string) bool {
	return tok != "" && !strings.ContainsAny(tok, ":\"") && tok[0] != '-'
}

// fuzzyTitle reports whether p's title holds every bare word as a
// subsequence.
func (f titleFuzz) fuzzyTitle(p *posts.Post) bool {
	for _, w := range f.words {
		if !isSubsequence(w, p.Title) {
			return false
		}
	}
	return true
}

// isSubsequence reports whether the runes of the lowercase w appear in s
// in order, ignoring case, without allocating.
func isSubsequence(w, s string) bool {
	i := 0
	for _, r := range w {
		for {
			if i >= len(s) {
				return false
			}
			c, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if c == r || unicode.ToLower(c) == r {
				break
			}
		}
	}
	return true
}

// filterFuzzy returns the posts of base matching q, then those matching
// only through fuzzy titles, each group in base order.
//
// The other terms are matched once: the posts they keep are then split
// into those the bare words match as written and those matching only
// fuzzily, which gives the same exact matches as q (terms are ANDed).
func filterFuzzy(base []*posts.Post, q posts.Query, taxonomies []string) []*posts.Post {
	f, ok := newTitleFuzz(q.String(), taxonomies)
	if !ok {
		return posts.Filter(base, q)
	}
	kept := base
	if !f.rest.IsZero() {
		kept = posts.Filter(base, f.rest)
	}
	exact := posts.Filter(kept, f.wordQuery)
	seen := make(map[*posts.Post]bool, len(exact))
	for _, p := range exact {
		seen[p] = true
	}
	out := exact
	for _, p := range kept {
		if !seen[p] && f.fuzzyTitle(p) {
			out = append(out, p)
		}
	}
	return out
}

// fuzzyRanges finds the cells of s that hold the letters of word in
// order, as ranges, or nil when they are not all there.
func fuzzyRanges(s, word string) [][2]int {
	lower := strings.ToLower(s)
	if len(lower) != len(s) || word == "" {
		return nil
	}
	var out [][2]int
	want := []rune(word)
	k, cell := 0, 0
	for _, r := range lower {
		w := runeCells(r)
		if k < len(want) && r == want[k] {
			if n := len(out); n > 0 && out[n-1][1] == cell {
				out[n-1][1] += w
			} else {
				out = append(out, [2]int{cell, cell + w})
			}
			k++
		}
		cell += w
	}
	if k < len(want) {
		return nil
	}
	return out
}

// runeCells is how many cells r takes on screen.
func runeCells(r rune) int { return ansi.StringWidth(string(r)) }

// mergeRanges sorts cell ranges and joins those that overlap or touch.
func mergeRanges(rs [][2]int) [][2]int {
	slices.SortFunc(rs, func(a, b [2]int) int { return a[0] - b[0] })
	var out [][2]int
	for _, r := range rs {
		if n := len(out); n > 0 && r[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}
