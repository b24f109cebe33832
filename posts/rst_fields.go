package posts

import (
	"strings"

	"github.com/folio-blog/folio/posts/internal/frontmatter"
)

// parseRST reads a reStructuredText document the way docutils hands it to
// Pelican: the title is the document's single top-level section title, and
// the metadata is the field list right after it (docinfo).
func parseRST(data []byte) *header {
	h := &header{format: FormatRST}
	lines := strings.Split(string(data), "\n")
	i := frontmatter.SkipBlankAndComments(lines, 0)
	var titleField *field
	j := i
	if title, style, next, ok := frontmatter.RSTHeading(lines, i); ok {
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
		name, value, ok := frontmatter.RSTField(lines[j])
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

// rstHasSiblingSection reports whether a later heading uses the same style
// as the first one, making it a second top-level section.
func rstHasSiblingSection(lines []string, from int, style frontmatter.HeadingStyle) bool {
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
		if _, s, _, ok := frontmatter.RSTHeading(lines, i); ok && s == style {
			return true
		}
	}
	return false
}
