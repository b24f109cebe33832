package edit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/folio-blog/folio/posts"
	"github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v4"
)

// listShape is how a front matter key writes its terms.
type listShape int

const (
	shapeBlock  listShape = iota // YAML "- item" lines
	shapeFlow                    // [a, b]: a YAML flow list, a TOML array
	shapeSplit                   // one string the generator splits: "a, b", Jekyll's "a b"
	shapeScalar                  // one string, one term
)

// splitRule is how the generator splits a string value into terms.
type splitRule int

const (
	splitNone   splitRule = iota // one term (Hugo, Pelican's Category)
	splitCommas                  // Pelican: on ";" if there is one, else ","
	splitWords                   // Jekyll's plural keys: on whitespace
)

// termItem is one term as written: its bytes in the file (quotes
// included) and the term they read as.
type termItem struct {
	start, end int
	// lineStart and lineEnd are the item's whole line in a block list,
	// or in a flow list written one item a line; 0, 0 otherwise.
	lineStart, lineEnd int
	value              string
	quote              byte // '"', '\'' or 0
}

// termList is the terms of one front matter key, located byte by byte
// so that each can be replaced or dropped and the rest left as written.
type termList struct {
	format posts.Format
	shape  listShape
	entry  keyEntry
	items  []termItem
	// from and to are the bytes the items sit in: inside the brackets
	// of a flow list, or the value of a split string.
	from, to int
	sep      string // what goes between items of a split string
	quote    byte   // the split string's own quote
	multi    bool   // a flow list over several lines
}

// errListShape means a key's value is written in a way folio does not
// edit term by term (a nested list, a multi-line string).
var errListShape = errors.New("writes its terms in a form folio cannot change safely")

// readTermList locates the terms of entry en in data.
func readTermList(data []byte, l fmLayout, en keyEntry, rule splitRule) (termList, error) {
	tl := termList{format: l.format, entry: en}
	val := data[en.valStart:en.valEnd]
	switch {
	case l.format == posts.FormatYAML && en.multi && len(val) == 0:
		tl.shape = shapeBlock
		return tl, tl.readBlock(data)
	case typed(l.format) && len(val) > 0 && val[0] == '[':
		tl.shape = shapeFlow
		return tl, tl.readFlow(data)
	case en.multi:
		return tl, errListShape
	case rule == splitNone:
		tl.shape = shapeScalar
		it := termItem{start: en.valStart, end: en.valEnd}
		if len(val) > 0 && (val[0] == '"' || val[0] == '\'') && typed(l.format) {
			it.quote = val[0]
		}
		v, ok := decodeItem(l.format, shapeScalar, string(val))
		if !ok {
			return tl, errListShape
		}
		it.value = v
		tl.items = []termItem{it}
		return tl, nil
	}
	tl.shape = shapeSplit
	return tl, tl.readSplit(data, rule)
}

// readBlock reads the "- item" lines under the key line.
func (tl *termList) readBlock(data []byte) error {
	at := tl.entry.start
	if i := bytes.IndexByte(data[at:tl.entry.end], '\n'); i >= 0 {
		at += i + 1
	} else {
		at = tl.entry.end
	}
	for at < tl.entry.end {
		end := tl.entry.end
		if i := bytes.IndexByte(data[at:end], '\n'); i >= 0 {
			end = at + i + 1
		}
		line := bytes.TrimRight(data[at:end], "\r\n")
		t := bytes.TrimLeft(line, " \t")
		switch {
		case len(t) == 0 || t[0] == '#':
		case t[0] == '-' && (len(t) == 1 || t[1] == ' ' || t[1] == '\t'):
			vs := len(line) - len(t) + 1
			for vs < len(line) && (line[vs] == ' ' || line[vs] == '\t') {
				vs++
			}
			ve := valueEnd(line, vs, '#')
			raw := string(line[vs:ve])
			v, ok := decodeItem(tl.format, shapeBlock, raw)
			if !ok || raw == "" {
				return errListShape
			}
			tl.items = append(tl.items, termItem{start: at + vs, end: at + ve, lineStart: at, lineEnd: end, value: v, quote: quoteOf(raw)})
		default:
			return errListShape
		}
		at = end
	}
	return nil
}

// readFlow reads a [a, "b", 'c'] list, on one line or several.
func (tl *termList) readFlow(data []byte) error {
	open := tl.entry.valStart
	end := tl.entry.end
	tl.from = open + 1
	i := open + 1
	skip := func() {
		for i < end {
			switch c := data[i]; {
			case c == ' ' || c == '\t' || c == '\r' || c == '\n':
				i++
			case c == '#':
				for i < end && data[i] != '\n' {
					i++
				}
			default:
				return
			}
		}
	}
	for {
		skip()
		if i >= end {
			return errListShape
		}
		if data[i] == ']' {
			tl.to = i
			break
		}
		start := i
		switch c := data[i]; c {
		case '"', '\'':
			j := closingQuote(data[:end], i, tl.format)
			if j < 0 {
				return errListShape
			}
			i = j + 1
		case '[', '{', ',':
			return errListShape
		default:
			for i < end && data[i] != ',' && data[i] != ']' && data[i] != '\n' && data[i] != '#' {
				i++
			}
		}
		stop := i
		for stop > start && (data[stop-1] == ' ' || data[stop-1] == '\t' || data[stop-1] == '\r') {
			stop--
		}
		raw := string(data[start:stop])
		v, ok := decodeItem(tl.format, shapeFlow, raw)
		if !ok {
			return errListShape
		}
		tl.items = append(tl.items, termItem{start: start, end: stop, value: v, quote: quoteOf(raw)})
		skip()
		if i < end && data[i] == ',' {
			i++
			continue
		}
		if i < end && data[i] == ']' {
			tl.to = i
			break
		}
		return errListShape
	}
	tl.multi = bytes.IndexByte(data[open:tl.to], '\n') >= 0
	if tl.multi {
		// Each item on its own line, or the list is not edited item by
		// item.
		for k := range tl.items {
			it := &tl.items[k]
			ls := bytes.LastIndexByte(data[:it.start], '\n') + 1
			le := it.end
			if le < len(data) && data[le] == ',' {
				le++
			}
			for le < len(data) && (data[le] == ' ' || data[le] == '\t') {
				le++
			}
			if le < len(data) && data[le] == '#' {
				for le < len(data) && data[le] != '\n' {
					le++
				}
			}
			if len(bytes.TrimLeft(data[ls:it.start], " \t")) != 0 {
				continue
			}
			if le < len(data) && data[le] == '\r' {
				le++
			}
			if le < len(data) && data[le] == '\n' {
				it.lineStart, it.lineEnd = ls, le+1
			}
		}
	}
	return nil
}

// closingQuote returns the index of the quote that closes the string
// opening at data[i], or -1.
func closingQuote(data []byte, i int, f posts.Format) int {
	q := data[i]
	for j := i + 1; j < len(data); j++ {
		switch {
		case data[j] == '\n':
			return -1
		case q == '"' && data[j] == '\\':
			j++
		case data[j] == q && q == '\'' && f == posts.FormatYAML && j+1 < len(data) && data[j+1] == '\'':
			j++
		case data[j] == q:
			return j
		}
	}
	return -1
}

// readSplit reads a string the generator splits into terms.
func (tl *termList) readSplit(data []byte, rule splitRule) error {
	from, to := tl.entry.valStart, tl.entry.valEnd
	if typed(tl.format) && to > from && (data[from] == '"' || data[from] == '\'') {
		tl.quote = data[from]
		inner := data[from+1 : to-1]
		if to-from < 2 || data[to-1] != tl.quote || bytes.ContainsAny(inner, `\"'`) {
			return errListShape
		}
		from, to = from+1, to-1
	} else if typed(tl.format) {
		if v, ok := decodeItem(tl.format, shapeScalar, string(data[from:to])); !ok || v != string(data[from:to]) {
			return errListShape
		}
	}
	tl.from, tl.to = from, to
	val := string(data[from:to])
	var seps string
	switch {
	case rule == splitWords:
		seps, tl.sep = " \t", " "
	case strings.Contains(val, ";"):
		seps, tl.sep = ";", "; "
	default:
		seps, tl.sep = ",", ", "
	}
	i := from
	for i <= to {
		j := i
		for j < to && !strings.ContainsRune(seps, rune(data[j])) {
			j++
		}
		s, e := i, j
		for s < e && (data[s] == ' ' || data[s] == '\t') {
			s++
		}
		for e > s && (data[e-1] == ' ' || data[e-1] == '\t') {
			e--
		}
		if e > s {
			tl.items = append(tl.items, termItem{start: s, end: e, value: string(data[s:e])})
		}
		i = j + 1
	}
	if rule != splitWords && len(tl.items) > 1 {
		// Keep the separator as written between the first two items.
		tl.sep = string(data[tl.items[0].end:tl.items[1].start])
	}
	return nil
}

// typed reports whether a format has typed values (lists, quoted
// strings) rather than text fields.
func typed(f posts.Format) bool {
	return f == posts.FormatYAML || f == posts.FormatTOML || f == posts.FormatJSON
}

// jsonString is s as a JSON string, with <, > and & as they are.
func jsonString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// quoteOf is the quote a raw item starts with, or 0.
func quoteOf(raw string) byte {
	if raw != "" && (raw[0] == '"' || raw[0] == '\'') {
		return raw[0]
	}
	return 0
}

// decodeItem reads one raw item as the front matter's parser does.
// It reports false for a value that is not a single scalar.
func decodeItem(f posts.Format, shape listShape, raw string) (string, bool) {
	switch f {
	case posts.FormatYAML:
		doc := raw
		switch shape {
		case shapeFlow:
			doc = "[" + raw + "]"
		case shapeBlock:
			doc = "- " + raw
		}
		var v any
		if err := yaml.Unmarshal([]byte(doc), &v); err != nil {
			return "", false
		}
		if shape == shapeFlow || shape == shapeBlock {
			l, ok := v.([]any)
			if !ok || len(l) != 1 {
				return "", false
			}
			v = l[0]
		}
		return scalarText(v)
	case posts.FormatJSON:
		var v any
		if err := json.Unmarshal([]byte(raw), &v); err != nil {
			return "", false
		}
		return scalarText(v)
	case posts.FormatTOML:
		var m map[string]any
		if err := toml.Unmarshal([]byte("v = "+raw), &m); err != nil {
			return "", false
		}
		return scalarText(m["v"])
	}
	return strings.TrimSpace(raw), true
}

// scalarText is a decoded scalar as the term it reads as.
func scalarText(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case nil, []any, map[string]any:
		return "", false
	default:
		return fmt.Sprint(v), true
	}
}

// renderItem writes term v for this list, in the quoting of like where
// it reads back as v; ok is false when the list's form cannot hold it
// (a comma in a Pelican tag, a space in a Jekyll "a b" string).
func (tl *termList) renderItem(v string, like termItem) (string, bool) {
	if v == "" || strings.ContainsAny(v, "\r\n") || strings.TrimSpace(v) != v {
		return "", false
	}
	switch tl.shape {
	case shapeSplit:
		bad := ",;"
		if tl.sep == " " {
			bad = " \t"
		}
		if strings.ContainsAny(v, bad) || tl.quote != 0 && strings.ContainsAny(v, `\"'`) {
			return "", false
		}
		if tl.quote == 0 && typed(tl.format) {
			if got, ok := decodeItem(tl.format, shapeScalar, v); !ok || got != v {
				return "", false
			}
		}
		return v, true
	}
	if !typed(tl.format) {
		if tl.shape == shapeScalar {
			return v, true
		}
		return "", false
	}
	var cands []string
	if tl.format == posts.FormatJSON {
		cands = append(cands, jsonString(v))
	}
	switch like.quote {
	case 0:
		if tl.format == posts.FormatYAML {
			cands = append(cands, v)
		}
	case '\'':
		if tl.format == posts.FormatYAML {
			cands = append(cands, "'"+strings.ReplaceAll(v, "'", "''")+"'")
		} else if !strings.Contains(v, "'") {
			cands = append(cands, "'"+v+"'")
		}
	}
	if tl.format != posts.FormatJSON {
		cands = append(cands, quoteEscaped(v))
	}
	for _, c := range cands {
		if got, ok := decodeItem(tl.format, tl.shape, c); ok && got == v {
			if tl.shape == shapeFlow && c == v && strings.ContainsAny(v, ",[]{}#") {
				continue
			}
			return c, true
		}
	}
	return "", false
}
