package posts

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
)

// splitJSON reads Hugo's JSON front matter: one JSON object at the very top
// of the file, then the body.
func splitJSON(data []byte) *header {
	h := &header{format: FormatJSON}
	end, ok := jsonObjectEnd(data, maxFrontMatterSize)
	if !ok {
		if end >= maxFrontMatterSize {
			h.warn(1, "JSON front matter is larger than %d KiB or never closed; read as text", maxFrontMatterSize>>10)
		} else {
			h.warn(1, "JSON front matter opened with \"{\" is never closed; read as text")
		}
		h.format, h.body, h.bodyLine = FormatNone, data, 1
		return h
	}
	block := data[:end]
	rest := data[end:]
	// The body starts on the line after the closing brace.
	if i := bytes.IndexByte(rest, '\n'); i >= 0 && len(bytes.TrimSpace(rest[:i])) == 0 {
		rest = rest[i+1:]
	}
	h.body = rest
	h.bodyLine = 1 + bytes.Count(data[:len(data)-len(rest)], []byte("\n"))
	parseJSON(block, h)
	return h
}

// jsonObjectEnd returns the offset just past the object that starts at
// data[0], scanning at most limit bytes. Strings and escapes are honoured
// so braces inside values do not count.
func jsonObjectEnd(data []byte, limit int) (int, bool) {
	depth, inString, escaped := 0, false, false
	for i, c := range data {
		if i >= limit {
			return i, false
		}
		switch {
		case inString && escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case inString && c == '"':
			inString = false
		case inString:
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				return i + 1, true
			}
		}
	}
	return len(data), false
}

// parseJSON decodes the object and reports duplicate keys, which
// encoding/json would silently resolve to the last.
func parseJSON(block []byte, h *header) {
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(block))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		line := 1
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			line = 1 + bytes.Count(block[:min(int(se.Offset), len(block))], []byte("\n"))
		case errors.As(err, &te):
			line = 1 + bytes.Count(block[:min(int(te.Offset), len(block))], []byte("\n"))
		}
		h.warn(line, "JSON front matter: %s", strings.TrimPrefix(err.Error(), "json: "))
		return
	}
	seen := map[string]bool{}
	for _, key := range orderedKeys(m, block) {
		lk := strings.ToLower(key)
		if seen[lk] {
			continue
		}
		seen[lk] = true
		h.fields = append(h.fields, field{key: lk, value: decodedValue(m[key], 0, jsonScalar), line: keyLine(block, key)})
	}
	for _, d := range jsonDuplicateKeys(block) {
		h.warn(d.line, "duplicate key %q; the last one is used", d.key)
	}
}

// jsonScalar converts json.Number to int64 or float64; other JSON
// scalars are already what fields hold.
func jsonScalar(v any) any {
	n, ok := v.(json.Number)
	if !ok {
		return v
	}
	if i, err := n.Int64(); err == nil {
		return i
	}
	f, _ := n.Float64()
	return f
}

type jsonKey struct {
	key  string
	line int
}

// jsonDuplicateKeys lists top-level keys defined more than once.
func jsonDuplicateKeys(block []byte) []jsonKey {
	dec := json.NewDecoder(bytes.NewReader(block))
	if _, err := dec.Token(); err != nil { // the opening brace
		return nil
	}
	seen := map[string]bool{}
	var dups []jsonKey
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return dups
		}
		key, _ := t.(string)
		if seen[key] {
			off := int(dec.InputOffset())
			dups = append(dups, jsonKey{key, 1 + bytes.Count(block[:min(off, len(block))], []byte("\n"))})
		}
		seen[key] = true
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return dups
		}
	}
	return dups
}
