package ui

import (
	"strings"

	"github.com/folio-blog/folio/ui/termsafe"
)

// markdownHeadings lists the ATX headings ("## Title") of a Markdown body,
// outside fenced code blocks, and reST section titles (a line underlined
// with = - ~ ^ or *), with inline markup removed.
func markdownHeadings(body string) []Heading {
	var out []Heading
	fence := ""
	lines := strings.Split(body, "\n")
	for i, line := range lines {
		trimmed := strings.TrimSpace(line)
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			fence = trimmed[:3]
			continue
		}
		if strings.HasPrefix(line, "#") {
			level := len(line) - len(strings.TrimLeft(line, "#"))
			text := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line[level:]), "#"))
			if level <= 6 && text != "" && (len(line) == level || line[level] == ' ' || line[level] == '\t') {
				out = append(out, Heading{Level: level, Text: plainInline(text), Line: -1})
			}
			continue
		}
		if i+1 < len(lines) && trimmed != "" && isUnderline(lines[i+1], len([]rune(trimmed))) {
			level := 1
			if lines[i+1][0] != '=' {
				level = 2
			}
			out = append(out, Heading{Level: level, Text: plainInline(trimmed), Line: -1})
		}
	}
	return out
}

// isUnderline reports whether s underlines a title of n characters in
// reST or Setext style.
func isUnderline(s string, n int) bool {
	s = strings.TrimRight(s, " \t")
	if len(s) < 3 && len(s) < n || len(s) == 0 {
		return false
	}
	c := s[0]
	if !strings.ContainsRune("=-~^*", rune(c)) {
		return false
	}
	return strings.Trim(s, string(c)) == ""
}

// plainInline strips Markdown emphasis, code and link markup from a
// heading so that it can be found in the rendered text.
func plainInline(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '*', '_', '`':
			continue
		case ']':
			if i+1 < len(s) && s[i+1] == '(' {
				if j := strings.IndexByte(s[i:], ')'); j > 0 {
					i += j
				}
			}
			continue
		case '[':
			continue
		default:
			b.WriteByte(c)
		}
	}
	return termsafe.Line(strings.TrimSpace(b.String()))
}

// locateHeadings finds each heading in the rendered plain lines, in
// order, and records the line it is on.
func locateHeadings(hs []Heading, plain []string, from int) []Heading {
	var out []Heading
	for _, h := range hs {
		needle := strings.ToLower(h.Text)
		for i := from; i < len(plain); i++ {
			if strings.Contains(strings.ToLower(plain[i]), needle) {
				h.Line = i
				from = i + 1
				break
			}
		}
		if h.Line >= 0 {
			out = append(out, h)
		}
	}
	return out
}
