package edit

import (
	"strings"

	"github.com/folio-blog/folio/posts"
)

// itemOp is what becomes of one written term.
type itemOp struct {
	drop    bool
	replace string // the new term, when not ""
}

// apply returns data with the list's items changed as ops say (one per
// item) and add appended. Only the bytes of changed items move (a
// dropped item takes its separator or its line along); ok is false when
// the list's form cannot hold a new term, and the caller writes the
// whole value instead.
func (tl *termList) apply(data []byte, ops []itemOp, add []string) ([]byte, bool) {
	kept := 0
	for _, op := range ops {
		if !op.drop {
			kept++
		}
	}
	if kept+len(add) == 0 {
		return tl.empty(data), true
	}
	// Render every new text first: a term the form cannot hold sends the
	// caller to the whole-value rewrite.
	texts := make([]string, len(tl.items))
	for i, it := range tl.items {
		texts[i] = string(data[it.start:it.end])
		if ops[i].replace != "" && !ops[i].drop {
			t, ok := tl.renderItem(ops[i].replace, it)
			if !ok {
				return nil, false
			}
			texts[i] = t
		}
	}
	var like termItem
	if len(tl.items) > 0 {
		like = tl.items[0]
	} else if tl.format == posts.FormatTOML || tl.format == posts.FormatJSON {
		like.quote = '"'
	}
	added := make([]string, len(add))
	for i, a := range add {
		t, ok := tl.renderItem(a, like)
		if !ok {
			return nil, false
		}
		added[i] = t
	}
	switch tl.shape {
	case shapeScalar:
		if len(add) > 0 {
			return nil, false
		}
		return splice(data, tl.items[0].start, tl.items[0].end, texts[0]), true
	case shapeBlock:
		return tl.applyLines(data, ops, texts, added, true)
	case shapeFlow:
		if tl.multi {
			return tl.applyLines(data, ops, texts, added, false)
		}
	}
	// One line: the kept items are written again between the first and
	// the last, each with the separator written before it.
	sep := tl.sep
	if tl.shape == shapeFlow {
		sep = ", "
	}
	if n := len(tl.items); n > 1 {
		sep = string(data[tl.items[n-2].end:tl.items[n-1].start])
	}
	var b strings.Builder
	for i, it := range tl.items {
		if ops[i].drop {
			continue
		}
		if b.Len() > 0 {
			b.Write(data[tl.items[i-1].end:it.start])
		}
		b.WriteString(texts[i])
	}
	for _, a := range added {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(a)
	}
	lead, trail := tl.from, tl.to
	if len(tl.items) > 0 {
		lead, trail = tl.items[0].start, tl.items[len(tl.items)-1].end
	}
	return splice(data, lead, trail, b.String()), true
}

// applyLines edits a list written one item a line: a block list, or a
// flow list over several lines. A dropped item takes its line along; a
// new one goes on a line after the last, indented like it.
func (tl *termList) applyLines(data []byte, ops []itemOp, texts, added []string, block bool) ([]byte, bool) {
	for _, it := range tl.items {
		if it.lineEnd == 0 {
			return nil, false
		}
	}
	if len(added) > 0 && len(tl.items) == 0 {
		return nil, false
	}
	// In a flow list the last kept item needs a comma after it when an
	// item follows.
	lastKept := -1
	for i := range tl.items {
		if !ops[i].drop {
			lastKept = i
		}
	}
	var b strings.Builder
	at := 0
	for i, it := range tl.items {
		if ops[i].drop {
			b.Write(data[at:it.lineStart])
			at = it.lineEnd
			continue
		}
		b.Write(data[at:it.start])
		b.WriteString(texts[i])
		if !block && i == lastKept && len(added) > 0 && !commaAfter(data, it.end) {
			b.WriteByte(',')
		}
		at = it.end
	}
	if len(added) > 0 {
		last := tl.items[len(tl.items)-1]
		b.Write(data[at:last.lineEnd])
		at = last.lineEnd
		indent := string(data[last.lineStart:last.start])
		nl := "\n"
		if strings.HasSuffix(string(data[last.lineStart:last.lineEnd]), "\r\n") {
			nl = "\r\n"
		}
		for _, a := range added {
			if !block {
				a += ","
			}
			b.WriteString(indent + a + nl)
		}
	}
	b.Write(data[at:])
	return []byte(b.String()), true
}

// commaAfter reports whether a comma follows position i, after blanks.
func commaAfter(data []byte, i int) bool {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t') {
		i++
	}
	return i < len(data) && data[i] == ','
}

// empty returns data with every term of the list gone: "[]" for a
// YAML or TOML value, no item lines under a YAML key, and no line at
// all for a Pelican or reST field.
func (tl *termList) empty(data []byte) []byte {
	switch {
	case !typed(tl.format):
		return splice(data, tl.entry.start, tl.entry.end, "")
	case tl.shape == shapeBlock:
		out := data
		for i := len(tl.items) - 1; i >= 0; i-- {
			out = splice(out, tl.items[i].lineStart, tl.items[i].lineEnd, "")
		}
		return out
	case tl.shape == shapeFlow && !tl.multi:
		return splice(data, tl.from, tl.to, "")
	case tl.shape == shapeFlow:
		return splice(data, tl.entry.valStart, tl.to+1, "[]")
	}
	return splice(data, tl.entry.valStart, tl.entry.valEnd, "[]")
}

// splice returns a copy of data with [from, to) replaced by s.
func splice(data []byte, from, to int, s string) []byte {
	out := make([]byte, 0, len(data)-(to-from)+len(s))
	out = append(out, data[:from]...)
	out = append(out, s...)
	return append(out, data[to:]...)
}
