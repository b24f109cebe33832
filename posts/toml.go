package posts

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"
)

// parseTOML decodes a TOML front matter block (Hugo's "+++") into fields.
// TOML has native dates: an offset date-time keeps its zone, a local one
// stays floating.
func parseTOML(block []byte, firstLine int, h *header) {
	var m map[string]any
	if err := toml.Unmarshal(block, &m); err != nil {
		line := firstLine
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, _ := de.Position()
			line = firstLine + row - 1
		}
		h.warn(line, "TOML front matter: %s", tomlMessage(err))
		return
	}
	for _, key := range orderedKeys(m, block) {
		v := m[key]
		h.fields = append(h.fields, field{
			key:   strings.ToLower(key),
			value: decodedValue(v, 0, tomlScalar),
			line:  firstLine + keyLine(block, key) - 1,
		})
	}
}

// tomlMessage is the decoder's message without its own position prefix.
func tomlMessage(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); strings.HasPrefix(msg, "toml: ") && i > 0 {
		return strings.TrimPrefix(msg, "toml: ")
	}
	return msg
}

// tomlScalar converts TOML's native dates and times to the values
// fields hold: an offset date-time keeps its zone, a local one stays
// floating, a local time of day is text.
func tomlScalar(v any) any {
	switch v := v.(type) {
	case time.Time:
		return Date{Time: v, HasZone: true}
	case toml.LocalDateTime:
		return Date{Time: v.AsTime(time.UTC)}
	case toml.LocalDate:
		return Date{Time: v.AsTime(time.UTC)}
	case toml.LocalTime:
		return v.String()
	}
	return v
}

// orderedKeys returns m's keys in the order they appear in the source, so
// that fields keep the file's order (Go maps have none).
func orderedKeys(m map[string]any, src []byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	pos := make(map[string]int, len(keys))
	for _, k := range keys {
		pos[k] = keyLine(src, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if pos[a] != pos[b] {
			return pos[a] - pos[b]
		}
		return strings.Compare(a, b)
	})
	return keys
}

// keyLine finds the 1-based line where a top-level key is defined in a
// TOML or JSON block: the first line whose first token is the key. It
// returns 1 when the key cannot be found (quoted or dotted spellings).
func keyLine(src []byte, key string) int {
	line := 1
	for len(src) > 0 {
		l, rest := firstLine(src)
		t := bytes.TrimLeft(l, " \t")
		t = bytes.TrimPrefix(bytes.TrimPrefix(t, []byte(`"`)), []byte(`'`))
		if bytes.HasPrefix(t, []byte(key)) {
			after := bytes.TrimLeft(t[len(key):], ` "'`+"\t")
			if len(after) > 0 && (after[0] == '=' || after[0] == ':') {
				return line
			}
		}
		src, line = rest, line+1
	}
	return 1
}
