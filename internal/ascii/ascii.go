// Package ascii holds the ASCII-only text helpers that the Markdown
// readers share: markup, which converts HTML and reST, and ui/markdown,
// which guards and renders. They read tag names and link texts byte by
// byte, where Unicode's rules would change a string's length or match
// more than HTML does. It imports nothing of folio's, so that any
// package may use it; it must never grow past such helpers.
package ascii

import "strings"

// IsLetter reports whether b is an ASCII letter.
func IsLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// HasPrefixFold reports whether s starts with prefix, a lower-case ASCII
// word, in any case.
func HasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// Lower lowercases the ASCII letters of s and keeps every other byte
// where it is, so that an index into the result is one into s
// (strings.ToLower can change the length of a string).
func Lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
