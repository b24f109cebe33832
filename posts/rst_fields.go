package posts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseRST reads a reStructuredText document the way docutils hands it to
// Pelican: the title is the document's single top-level section title, and
// the metadata is the field list right after it (docinfo).
func parseRST(data []byte) *header {
	h := &header{format: FormatRST}
	lines := strings.Split(string(data), "\n")
	i := skipBlankAndComments(lines, 0)
	var titleField *field
	j := i
	if title, style, next, ok := rstHeading(lines, i); ok {
		titleLine := i + 1
		if style[0] != 0 {
			titleLine++
		}
		if rstHasSiblingSection(lines, next, style) {
			// docutils promotes a title only when it heads the one
			// top-level section; otherwise the document has no title.
			h.warn(titleLine, "reStructuredText title %q is not the only top-level section, so it is not the document title", title)
		} else {
			titleField = &field{key: "title", value: title, line: titleLine}
		}
		j = next
	}
	for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
		j++
	}
	// The field list right after the title, or at the very top when there
	// is none, is the docinfo Pelican reads metadata from.
	for j < len(lines) {
		name, value, ok := rstField(lines[j])
		if !ok {
			break
		}
		start := j
		j++
		for j < len(lines) && len(lines[j]) > 0 && (lines[j][0] == ' ' || lines[j][0] == '\t') {
			value += "\n" + strings.TrimSpace(lines[j])
			j++
		}
		value = strings.TrimSpace(value)
		key := strings.ToLower(name)
		if key != "summary" {
			value = strings.Join(strings.Fields(value), " ")
		}
		h.fields = append(h.fields, field{key: key, value: value, line: start + 1})
	}
	if titleField != nil {
		// A ":title:" field wins over the section title, as in Pelican
		// (metadata.setdefault("title", …)); fields keep their first value.
		h.fields = append(h.fields, *titleField)
	}
	if len(h.fields) == 0 {
		j = 0
	}
	offset := 0
	for _, l := range lines[:j] {
		offset += len(l) + 1
	}
	h.body = data[min(offset, len(data)):]
	h.bodyLine = j + 1
	return h
}

// headingStyle is a heading's overline character (0 when none) and
// underline character; docutils nests sections by these.
type headingStyle [2]byte

// rstHeading reads a section title at lines[i]: an optional overline, the
// text, and an underline of one repeated punctuation character at least
// as long as the text.
func rstHeading(lines []string, i int) (title string, style headingStyle, next int, ok bool) {
	if i >= len(lines) {
		return "", style, i, false
	}
	if c, n := rstAdornment(lines[i]); n > 0 && i+2 < len(lines) {
		text := strings.TrimSpace(lines[i+1])
		if c2, n2 := rstAdornment(lines[i+2]); c2 == c && n2 == n && text != "" && n >= utf8.RuneCountInString(text) {
			return text, headingStyle{c, c}, i + 3, true
		}
	}
	if i+1 < len(lines) {
		text := lines[i]
		if c, n := rstAdornment(lines[i+1]); n > 0 && strings.TrimSpace(text) != "" &&
			text[0] != ' ' && text[0] != '\t' && n >= min(utf8.RuneCountInString(strings.TrimSpace(text)), 4) {
			return strings.TrimSpace(text), headingStyle{0, c}, i + 2, true
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

// rstHasSiblingSection reports whether a later heading uses the same style
// as the first one, making it a second top-level section.
func rstHasSiblingSection(lines []string, from int, style headingStyle) bool {
	inLiteral := false
	for i := from; i < len(lines); i++ {
		l := lines[i]
		if strings.HasSuffix(strings.TrimRight(l, " "), "::") {
			inLiteral = true
			continue
		}
		if inLiteral {
			if strings.TrimSpace(l) == "" || l[0] == ' ' || l[0] == '\t' {
				continue
			}
			inLiteral = false
		}
		if i > 0 && strings.TrimSpace(lines[i-1]) != "" {
			continue // a heading follows a blank line (or starts the text)
		}
		if _, s, _, ok := rstHeading(lines, i); ok && s == style {
			return true
		}
	}
	return false
}

// rstField parses a ":name: value" field list line.
func rstField(l string) (name, value string, ok bool) {
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

// skipBlankAndComments skips blank lines and ".." comments (with their
// indented bodies) before the title, which docutils ignores.
func skipBlankAndComments(lines []string, i int) int {
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
