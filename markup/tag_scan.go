package markup

import (
	"unicode"
	"unicode/utf8"
)

// The tag parsers trim, cut and split a tag's text, which may run to
// maxTagLen bytes. Before they do, these scans check the start of the
// text, the only part that can make it no tag: they stop at the first
// byte that settles it, so an opener that is no tag costs its own few
// bytes, not a pass over the window up to the next closing delimiter.

// skipSpace returns the first position from k, before end, that is not
// white space as strings.TrimSpace reads it.
func skipSpace(s string, k, end int) int {
	for k < end {
		r, n := utf8.DecodeRuneInString(s[k:end])
		if !unicode.IsSpace(r) {
			break
		}
		k += n
	}
	return k
}

// trimSpaceEnd returns end moved back over the white space ending
// s[from:end].
func trimSpaceEnd(s string, from, end int) int {
	for end > from {
		r, n := utf8.DecodeLastRuneInString(s[from:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return end
}

// identEnd returns the end of the identifier bytes (isIdent) at s[k:end].
func identEnd(s string, k, end int) int {
	for k < end && isIdentByte(s[k]) {
		k++
	}
	return k
}

// liquidNameAt reports whether the text s[from:at] of a Liquid tag
// starts as parseLiquidTag accepts it: after an optional "-" and blanks,
// an identifier followed by a blank, or by nothing but blanks and an
// optional "-". It also returns how far it looked.
func liquidNameAt(s string, from, at int) (int, bool) {
	k := from
	if k < at && s[k] == '-' {
		k++
	}
	k = skipSpace(s, k, at)
	n := identEnd(s, k, at)
	switch {
	case n == k:
		return n, false
	case n == at:
		return n, true
	case s[n] == ' ' || s[n] == '\n' || s[n] == '\t':
		return n, true
	}
	p := skipSpace(s, n, at)
	return p, p == at || p == at-1 && s[p] == '-'
}

// liquidHeadAt reports whether the text s[from:at] of a Liquid output
// ({{ }}) has a head as liquidOutput accepts it: not empty, without "{",
// "}" or a line break before its first "|". It also returns how far it
// looked.
func liquidHeadAt(s string, from, at int) (int, bool) {
	k := from
	for k < at && s[k] == '-' {
		k++
	}
	k = skipSpace(s, k, at)
	if k == at || s[k] == '|' {
		return k, false
	}
	for p := k; p < at; p++ {
		switch s[p] {
		case '|':
			return p, true
		case '{', '}':
			return p, false
		case '\n':
			// Blanks after the head are trimmed, a line break with them.
			q := skipSpace(s, p, at)
			for q < at && s[q] == '-' {
				q++
			}
			return q, q == at || s[q] == '|'
		}
	}
	return at, true
}

// shortcodeEnds are where a shortcode's text ends once trimmed, and,
// when it ends with "/", where it ends before the "/"; both depend only
// on the closing delimiter, so they are worked out once for it.
type shortcodeEnds struct {
	at, end, beforeSlash int
	valid                bool
}

// shortcodeAt reports whether the text c.src[from:at] of a shortcode
// starts as parseShortcode accepts it: a comment ("/* */"), a closing
// tag ("/name") or a name followed by a blank or by the end. It also
// returns how far it looked.
func (c *converter) shortcodeAt(from, at int) (int, bool) {
	s := c.src
	if e := &c.scEnds; !e.valid || e.at != at {
		lo := max(0, at-maxTagLen-3)
		e.at, e.end, e.valid = at, trimSpaceEnd(s, lo, at), true
		e.beforeSlash = e.end
		if e.end > lo && s[e.end-1] == '/' {
			e.beforeSlash = trimSpaceEnd(s, lo, e.end-1)
		}
		c.m.add(at - e.beforeSlash)
	}
	k := skipSpace(s, from, at)
	end := c.scEnds.end
	if k >= end {
		return k, false
	}
	switch {
	case end-k >= len("/**/") && s[k:k+2] == "/*" && s[end-2:end] == "*/":
		return k + 2, true
	case s[k] == '/':
		k2 := skipSpace(s, k+1, end)
		n := identEnd(s, k2, end)
		return n, n > k2 && n == end
	}
	if s[end-1] == '/' {
		end = max(c.scEnds.beforeSlash, k)
	}
	n := identEnd(s, k, end)
	if n == k {
		return n, false
	}
	return n, n == end || s[n] == ' ' || s[n] == '\t' || s[n] == '\n' || s[n] == '\r'
}
