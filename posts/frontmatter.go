package posts

import (
	"bytes"
	"fmt"

	"github.com/folio-blog/folio/posts/internal/frontmatter"
	"github.com/folio-blog/folio/site"
)

// field is one metadata entry as written in a file.
type field struct {
	key   string // lowercased
	value any    // string, bool, int64, float64, Date, []any, map[string]any or nil
	line  int    // 1-based line in the file
}

// header is a file split into its metadata and its body.
type header struct {
	format   Format
	fields   []field
	body     []byte
	bodyLine int // 1-based line where body starts
	warns    []lineWarning
}

// lineWarning is a warning before the post's path is known.
type lineWarning struct {
	line int
	msg  string
}

func (h *header) warn(line int, format string, args ...any) {
	h.warns = append(h.warns, lineWarning{line, fmt.Sprintf(format, args...)})
}

// splitHeader finds the metadata of a Markdown or reStructuredText file and
// parses it. data has no BOM and uses "\n" line endings. Like Hugo's page
// parser it decides the format from the first bytes, never with a regexp
// over the whole file.
func splitHeader(data []byte, isRST bool, rules Rules) *header {
	if isRST {
		return parseRST(data)
	}
	hugo := rules.Generator == site.Hugo
	yaml := frontmatter.Fence{Delim: "---", Alt: "...", Hugo: hugo}
	if hugo {
		yaml.Alt = "" // Hugo ends YAML only with "---"; Jekyll also with "..."
	}
	toml := frontmatter.Fence{Delim: "+++", Hugo: hugo}
	switch {
	case yaml.Open(data) >= 0:
		if rules.Generator == site.Pelican && !rules.YAMLHeaders {
			return parsePelican(data)
		}
		return splitDelimited(data, FormatYAML, yaml, parseYAML)
	case toml.Open(data) >= 0:
		return splitDelimited(data, FormatTOML, toml, parseTOML)
	case len(data) > 0 && data[0] == '{' && rules.Generator != site.Pelican && rules.Generator != site.Jekyll:
		return splitJSON(data)
	case hugo || rules.Generator == site.Jekyll:
		// These generators only read delimited front matter.
		return &header{format: FormatNone, body: data, bodyLine: 1}
	default:
		return parsePelican(data)
	}
}

// firstLine returns data's first line without its newline, and the rest.
func firstLine(data []byte) (line, rest []byte) {
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return data[:i], data[i+1:]
	}
	return data, nil
}

// splitDelimited handles front matter between two delimiter lines, as
// YAML's "---" … "---" (or "...") and TOML's "+++" … "+++", found as
// fence finds them.
func splitDelimited(data []byte, format Format, fence frontmatter.Fence,
	parse func(block []byte, firstLine int, h *header)) *header {
	h := &header{format: format}
	open := fence.Open(data)
	openLine := 1 + bytes.Count(data[:open], []byte("\n"))
	if start := bytes.IndexByte(data[open:], '\n'); start >= 0 {
		start += open
		pos, line := start+1, openLine+1
		for {
			end := bytes.IndexByte(data[pos:], '\n')
			l, next := data[pos:], len(data)
			if end >= 0 {
				l, next = data[pos:pos+end], pos+end+1
			}
			if closes, rest := fence.Closes(l); closes {
				h.body, h.bodyLine = data[next:], line+1
				if len(bytes.TrimSpace(rest)) > 0 {
					// Hugo's "---6----1---": the body starts after
					// the delimiter.
					h.body, h.bodyLine = data[pos+len(fence.Delim):], line
				}
				block := data[start+1 : pos]
				if len(block) > maxFrontMatterSize {
					h.warn(openLine, "front matter is larger than %d KiB; not read", maxFrontMatterSize>>10)
					return h
				}
				parse(block, openLine+1, h)
				return h
			}
			if end < 0 {
				break
			}
			pos, line = next, line+1
		}
	}
	h.warn(openLine, "front matter opened with %q is never closed; read as text", fence.Delim)
	h.format = FormatNone
	h.body, h.bodyLine = data, 1
	return h
}
