package edit

import (
	"bytes"
	"strings"

	"github.com/folio-blog/folio/posts"
)

// jsonLayoutOf locates the top-level keys of a JSON front matter object
// (Hugo's "{" first line): each entry's value is its whole JSON value,
// and its lines run from the key's line to the value's last.
func jsonLayoutOf(data []byte) fmLayout {
	l := fmLayout{format: posts.FormatJSON}
	lines := l.lines(data)
	if len(lines) == 0 {
		return l
	}
	i := lines[0].start // after a byte order mark
	for i < len(data) && isJSONSpace(data[i]) {
		i++
	}
	if i >= len(data) || data[i] != '{' {
		return l
	}
	i++
	for {
		i = skipJSONSpace(data, i)
		if i >= len(data) {
			return fmLayout{format: posts.FormatJSON}
		}
		if data[i] == '}' {
			l.found = true
			l.insertAt = i
			return l
		}
		if data[i] == ',' {
			i++
			continue
		}
		if data[i] != '"' {
			return fmLayout{format: posts.FormatJSON}
		}
		ke := jsonValueEnd(data, i)
		if ke < 0 {
			return fmLayout{format: posts.FormatJSON}
		}
		key, _ := decodeItem(posts.FormatJSON, shapeScalar, string(data[i:ke]))
		j := skipJSONSpace(data, ke)
		if j >= len(data) || data[j] != ':' {
			return fmLayout{format: posts.FormatJSON}
		}
		vs := skipJSONSpace(data, j+1)
		ve := jsonValueEnd(data, vs)
		if ve < 0 {
			return fmLayout{format: posts.FormatJSON}
		}
		start := bytes.LastIndexByte(data[:i], '\n') + 1
		end := len(data)
		if k := bytes.IndexByte(data[ve:], '\n'); k >= 0 {
			end = ve + k + 1
		}
		l.entries = append(l.entries, keyEntry{key: strings.ToLower(key), start: start, end: end,
			valStart: vs, valEnd: ve, multi: bytes.IndexByte(data[vs:ve], '\n') >= 0})
		i = ve
	}
}

// jsonValueEnd returns where the JSON value starting at i ends, or -1.
func jsonValueEnd(data []byte, i int) int {
	depth := 0
	for ; i < len(data); i++ {
		switch data[i] {
		case '"':
			for i++; i < len(data) && data[i] != '"'; i++ {
				if data[i] == '\\' {
					i++
				}
			}
			if i >= len(data) {
				return -1
			}
			if depth == 0 {
				return i + 1
			}
		case '[', '{':
			depth++
		case ']', '}':
			if depth == 0 {
				return i
			}
			depth--
			if depth == 0 {
				return i + 1
			}
		case ',':
			if depth == 0 {
				return i
			}
		default:
			if depth == 0 && isJSONSpace(data[i]) {
				return i
			}
		}
	}
	return -1
}

func skipJSONSpace(data []byte, i int) int {
	for i < len(data) && isJSONSpace(data[i]) {
		i++
	}
	return i
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }
