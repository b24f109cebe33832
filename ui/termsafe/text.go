package termsafe

import "unicode/utf8"

// replacement is what an invalid UTF-8 byte becomes: a terminal in a legacy
// 8-bit mode would read a stray byte such as 0x9b as a control introducer.
const replacement = "\uFFFD"

// Text returns s with everything a terminal could act on removed, for text
// that is about to be rendered (Markdown fed to Glamour) or printed as
// several lines. It drops the C0 control characters other than tab and
// newline (ESC, BEL, NUL, CR and the rest, so a CRLF becomes a LF), DEL and
// the C1 control characters U+0080 to U+009F, and replaces each byte that is
// not valid UTF-8 with U+FFFD. Escape sequences lose their ESC and so show as
// plain text such as "[2J", which is harmless and tells the reader something
// odd was in the post. The Unicode bidirectional formatting characters
// (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C: the whole
// Bidi_Control set) are removed too: in a body an override such as U+202E
// makes "exe.png" of "gnp.exe" and reorders the rest of the screen line,
// and right-to-left text still reads right to left without them. The kitty
// image placeholder U+10EEEE is removed as well: in a kitty terminal it
// shows a piece of whichever image has the id its colour names, and only
// folio's own pictures may do that.
//
// When s needs no change Text returns it as is, without allocating.
func Text(s string) string {
	w := rewriter{s: s}
	for i := 0; i < len(s); {
		c := s[i]
		if c-0x20 < 0x7f-0x20 { // printable ASCII, in one comparison
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if !keepASCII(c) {
				w.replace(i, i+1, "")
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			w.replace(i, i+1, replacement)
		case isC1(r), isBidiControl(r), r == kittyPlaceholder:
			w.replace(i, i+n, "")
		}
		i += n
	}
	return w.String()
}

// Line returns s cleaned like Text and flattened to one line, for fields
// shown inside a row: titles, tags, categories, file names, warnings. Tabs,
// newlines, carriage returns, vertical tabs, form feeds and the Unicode line
// breaks U+0085, U+2028 and U+2029 become a space, and a run of them becomes
// a single space, so "a\r\n\r\nb" reads "a b". The Unicode bidirectional
// controls (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C) are
// removed so that a title cannot reverse or reorder the rest of its row,
// and so is the kitty image placeholder U+10EEEE, as Text removes it.
// Line does not trim: a field that ends in a newline ends in a space.
//
// When s needs no change Line returns it as is, without allocating.
func Line(s string) string {
	w := rewriter{s: s}
	inBreak := false // the last thing kept was a space standing for a line break
	for i := 0; i < len(s); {
		c := s[i]
		if c-0x20 < 0x7f-0x20 { // printable ASCII, in one comparison
			inBreak = false
			i++
			continue
		}
		n := 1
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isLineBreak(r):
			if inBreak {
				w.replace(i, i+n, "")
			} else {
				w.replace(i, i+n, " ")
				inBreak = true
			}
		case r < utf8.RuneSelf && !keepASCII(c), isC1(r), isBidiControl(r), r == kittyPlaceholder:
			w.replace(i, i+n, "")
		case r == utf8.RuneError && n == 1:
			w.replace(i, i+1, replacement)
			inBreak = false
		default:
			inBreak = false
		}
		i += n
	}
	return w.String()
}

// keepASCII reports whether Text keeps the ASCII byte c: printable
// characters, tab and newline.
func keepASCII(c byte) bool {
	return c >= 0x20 && c != 0x7f || c == '\t' || c == '\n'
}

// isC1 reports whether r is one of the C1 control characters.
func isC1(r rune) bool { return r >= 0x80 && r <= 0x9f }

// isLineBreak reports whether r ends a line for Line's purposes. U+0085 is a
// C1 control too, but it means "next line", so it becomes a space rather than
// vanishing and gluing two words together.
func isLineBreak(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// kittyPlaceholder is the character a kitty terminal shows as a cell of an
// image it was sent (the graphics protocol's Unicode placeholders).
const kittyPlaceholder = '\U0010EEEE'

// isBidiControl reports whether r is an explicit bidirectional formatting
// character (embeddings, overrides, isolates and directional marks).
func isBidiControl(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return r == 0x200e || r == 0x200f || r == 0x061c
}
