package posts

import (
	"bytes"
	"strings"

	"github.com/folio-blog/folio/posts/internal/frontmatter"
)

// parsePelican reads a Pelican Markdown header with Python-Markdown's meta
// rules: "Key: value" lines with keys of [A-Za-z0-9_-] indented at most
// three spaces, continuation lines indented four or more, an optional
// "---" first line, and an end at the first blank line, a "---" or "..."
// line, or the first line that is neither.
func parsePelican(data []byte) *header {
	h := &header{format: FormatPelican}
	rest, line := data, 1
	if l, next := firstLine(rest); frontmatter.IsMetaBegin(l) {
		rest, line = next, 2
	}
	var last *pelicanValue
	var values []*pelicanValue
	for len(rest) > 0 {
		l, next := firstLine(rest)
		if frontmatter.IsMetaEnd(l) || len(bytes.TrimSpace(l)) == 0 {
			rest, line = next, line+1
			break
		}
		if key, value, ok := frontmatter.MetaLine(l); ok {
			last = &pelicanValue{key: strings.ToLower(key), line: line}
			last.parts = append(last.parts, value)
			values = append(values, last)
		} else if more, ok := frontmatter.MetaMore(l); ok && last != nil {
			last.parts = append(last.parts, more)
		} else {
			break
		}
		rest, line = next, line+1
	}
	if len(values) == 0 {
		return &header{format: FormatNone, body: data, bodyLine: 1}
	}
	h.body, h.bodyLine = rest, line
	h.fields = mergePelican(values, h)
	return h
}

// pelicanValue is one "Key: value" line and its continuation lines.
type pelicanValue struct {
	key   string
	parts []string
	line  int
}

// singleValued are the keys for which Pelican keeps the first definition
// and warns about the others (its DUPLICATES_DEFINITIONS_ALLOWED).
var singleValued = map[string]bool{
	"tags": true, "date": true, "modified": true, "status": true, "category": true,
	"author": true, "save_as": true, "url": true, "authors": true, "slug": true,
}

// mergePelican turns header lines into fields the way Pelican's Markdown
// reader does: Python-Markdown gathers every line of a key into a list;
// Pelican keeps only the first of a single-valued key, joins the summary's
// lines, and keeps the rest.
func mergePelican(values []*pelicanValue, h *header) []field {
	byKey := make(map[string]int, len(values))
	var fields []field
	for _, v := range values {
		i, seen := byKey[v.key]
		if !seen {
			byKey[v.key] = len(fields)
			fields = append(fields, field{key: v.key, line: v.line, value: v.parts})
			continue
		}
		if singleValued[v.key] {
			h.warn(v.line, "duplicate %q: the first one, on line %d, is used", v.key, fields[i].line)
			continue
		}
		// Pelican turns any other repeated key into a list, which breaks
		// most of them (a title becomes "['a', 'b']", a repeated Lang
		// makes Pelican fail on the file), so say so.
		h.warn(v.line, "duplicate %q (first on line %d): Pelican reads both as a list; remove one", v.key, fields[i].line)
		fields[i].value = append(fields[i].value.([]string), v.parts...)
	}
	for i := range fields {
		parts := fields[i].value.([]string)
		switch {
		case fields[i].key == "summary":
			fields[i].value = strings.Join(parts, "\n")
		case singleValued[fields[i].key]:
			// Pelican reads only a key's first line; continuation lines
			// of these keys are lost, so say so.
			if len(parts) > 1 {
				h.warn(fields[i].line+1, "continuation lines of %q are ignored by Pelican", fields[i].key)
			}
			fields[i].value = parts[0]
		default:
			fields[i].value = strings.Join(parts, " ")
		}
	}
	return fields
}
