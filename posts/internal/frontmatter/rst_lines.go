package frontmatter

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A reStructuredText document keeps Pelican's metadata in the field list
// (docinfo) right after its title, which docutils takes from a section
// heading. These read those lines; the document is given as its lines
// without line endings.

// HeadingStyle is a heading's overline character (0 when it has none)
// and underline character; docutils nests sections by these.
type HeadingStyle [2]byte

// RSTHeading reads a section title at lines[i]: an optional overline,
// the text, and an underline of one repeated punctuation character at
// least as long as the text (without an overline, four characters are
// enough: docutils takes a shorter underline with a warning). next is
// the line after the heading.
func RSTHeading(lines []string, i int) (title string, style HeadingStyle, next int, ok bool) {
	if i >= len(lines) {
		return "", style, i, false
	}
	if c, n := rstAdornment(lines[i]); n > 0 && i+2 < len(lines) {
		text := strings.TrimSpace(lines[i+1])
		if c2, n2 := rstAdornment(lines[i+2]); c2 == c && n2 == n && text != "" && n >= utf8.RuneCountInString(text) {
			return text, HeadingStyle{c, c}, i + 3, true
		}
	}
	if i+1 < len(lines) {
		text := lines[i]
		if c, n := rstAdornment(lines[i+1]); n > 0 && strings.TrimSpace(text) != "" &&
			text[0] != ' ' && text[0] != '\t' && n >= min(utf8.RuneCountInString(strings.TrimSpace(text)), 4) {
			return strings.TrimSpace(text), HeadingStyle{0, c}, i + 2, true
		}
	}
	return "", style, i, false
}

// rstAdornment reports the character and length of a line made of one
// repeated punctuation character, or 0, 0.
func rstAdornment(l string) (byte, int) {
	l = strings.TrimRight(l, " \t")
	if len(l) == 0 {
		return 0, 0
	}
	c := l[0]
	if c >= utf8.RuneSelf || !unicode.IsPunct(rune(c)) && !unicode.IsSymbol(rune(c)) {
		return 0, 0
	}
	for i := 1; i < len(l); i++ {
		if l[i] != c {
			return 0, 0
		}
	}
	return c, len(l)
}

// RSTField reads a ":name: value" field list line; the value is
// trimmed.
func RSTField(l string) (name, value string, ok bool) {
	if !strings.HasPrefix(l, ":") {
		return "", "", false
	}
	end := strings.Index(l[1:], ":")
	if end <= 0 {
		return "", "", false
	}
	name = l[1 : end+1]
	rest := l[end+2:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return "", "", false
	}
	return name, strings.TrimSpace(rest), true
}

// SkipBlankAndComments returns the first line from i on that is neither
// blank nor part of a ".." comment (with its indented body): docutils
// ignores them before the title.
func SkipBlankAndComments(lines []string, i int) int {
	for i < len(lines) {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
			i++
		case t == ".." || strings.HasPrefix(t, ".. ") && !strings.Contains(t, "::"):
			i++
			for i < len(lines) && len(lines[i]) > 0 && (lines[i][0] == ' ' || lines[i][0] == '\t') {
				i++
			}
		default:
			return i
		}
	}
	return i
}
