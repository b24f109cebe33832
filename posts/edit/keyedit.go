package edit

import (
	"bytes"
	"path"
	"strings"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/internal/frontmatter"
	"github.com/folio-blog/folio/site"
)

// fmLayout locates the top-level keys of a file's front matter as byte
// spans, so that one key's value can be changed while every other byte
// of the file (comments, order, quoting, CRLF) stays as it was.
type fmLayout struct {
	format   posts.Format
	nl       string // the file's line ending, "\n" or "\r\n"
	entries  []keyEntry
	insertAt int // where a new key line goes
	firstAt  int // where the first key line is, or would go
	// insertGap ends a new key line's block when it is the first field of
	// a reStructuredText docinfo, which needs a blank line before the text.
	insertGap string
	found     bool
}

// keyEntry is one top-level key: its lines, and its value on the first
// line without a trailing comment.
type keyEntry struct {
	key              string // lowercased
	start, end       int    // the entry's lines, end after the last newline
	valStart, valEnd int    // the value on the key's line
	multi            bool   // the value goes on over more lines
}

// keyEditor sets front matter keys one after another, finding the front
// matter again after each change so that every span stays true.
type keyEditor struct {
	data   []byte
	l      fmLayout
	layout func([]byte) fmLayout
}

// editKeys starts editing the front matter of the file rel of site.
func editKeys(data []byte, rel string, rules posts.Rules) *keyEditor {
	layout := func(data []byte) fmLayout { return layoutOf(data, rules) }
	if strings.EqualFold(path.Ext(rel), ".rst") {
		layout = rstLayoutOf
	}
	return &keyEditor{data: data, l: layout(data), layout: layout}
}

// set sets key name to value as setKey does.
func (e *keyEditor) set(name, value string) {
	e.data = e.l.setKey(e.data, name, value)
	e.l = e.layout(e.data)
}

// addFirst adds key name as the first key of the front matter, where
// it is seen and where removeFirst finds it again. An existing key is
// set in place instead.
func (e *keyEditor) addFirst(name, value string) {
	if _, ok := e.l.entry(strings.ToLower(name)); ok || len(e.l.entries) == 0 && e.l.format == posts.FormatRST {
		// A first reStructuredText field may need a blank line after it,
		// which set knows.
		e.set(name, value)
		return
	}
	at := e.l.firstAt
	line := name + keySep(e.l.format) + value + e.l.nl
	if e.l.format == posts.FormatRST {
		line = ":" + line
	}
	out := append(append(append([]byte(nil), e.data[:at]...), line...), e.data[at:]...)
	l := e.layout(out)
	if en, ok := l.entry(strings.ToLower(name)); !ok || en.multi || en.start != at || len(l.entries) != len(e.l.entries)+1 {
		// The line after it would go on with the new key's value (an
		// indented line): add it as the last key instead.
		e.set(name, value)
		return
	}
	e.data, e.l = out, l
}

// removeFirst removes key name when it is where addFirst puts it and
// exactly as addFirst would have written it, so that removing it undoes
// adding it: the file without it is one that addFirst turns back into
// this one (with the blank line or line ending addFirst added, if any;
// at the end where addFirst could not put it first). It reports whether
// it did.
func (e *keyEditor) removeFirst(name string) bool {
	en, ok := e.l.entry(strings.ToLower(name))
	if !ok || en.multi {
		return false
	}
	keyAt := en.start
	if e.l.format == posts.FormatRST {
		keyAt++ // after the field's ":"
	}
	if keyAt+len(name) > len(e.data) {
		return false
	}
	spelled := string(e.data[keyAt : keyAt+len(name)])
	value := string(e.data[en.valStart:en.valEnd])
	without := append(append([]byte(nil), e.data[:en.start]...), e.data[en.end:]...)
	cands := [][]byte{without}
	if en.end == len(e.data) && en.start >= len(e.l.nl) {
		// Added at the end of a file without a final line ending.
		cands = append(cands, append([]byte(nil), e.data[:en.start-len(e.l.nl)]...))
	}
	if rest := without[en.start:]; bytes.HasPrefix(rest, []byte(e.l.nl)) {
		// Added with a blank line after it.
		cands = append(cands, append(append([]byte(nil), without[:en.start]...), rest[len(e.l.nl):]...))
	}
	for _, c := range cands {
		back := &keyEditor{data: c, l: e.layout(c), layout: e.layout}
		back.addFirst(spelled, value)
		if bytes.Equal(back.data, e.data) {
			e.data, e.l = c, e.layout(c)
			return true
		}
	}
	return false
}

// layoutOf finds the front matter of data as the reader (posts'
// splitHeader) does for rules, with the same frontmatter.Fence: a "---"
// first line opens a Pelican header on a Pelican site without the YAML
// plugin, YAML ends at "..." too except on Hugo, and Hugo skips blank
// lines before the opening delimiter and closes at a line that starts
// with it.
func layoutOf(data []byte, rules posts.Rules) fmLayout {
	var l fmLayout
	lines := l.lines(data)
	if len(lines) == 0 {
		return l
	}
	hugo := rules.Generator == site.Hugo
	yaml := frontmatter.Fence{Delim: "---", Alt: "...", Hugo: hugo}
	if hugo {
		yaml.Alt = ""
	}
	toml := frontmatter.Fence{Delim: "+++", Hugo: hugo}
	// opening is the line a fence opens on (Hugo skips blank lines
	// before it).
	opening := func(f frontmatter.Fence) []span {
		at := f.Open(data[lines[0].start:])
		for i, sp := range lines {
			if at >= 0 && sp.start == lines[0].start+at {
				return lines[i:]
			}
		}
		return nil
	}
	if from := opening(yaml); from != nil && !(rules.Generator == site.Pelican && !rules.YAMLHeaders) {
		l.format = posts.FormatYAML
		l.scanDelimited(data, from, yaml, yamlEntry)
	} else if from := opening(toml); from != nil {
		l.format = posts.FormatTOML
		l.scanDelimited(data, from, toml, tomlEntry)
	} else {
		l.format = posts.FormatPelican
		l.scanPelican(data, lines)
	}
	return l
}

// rstLayoutOf finds the docinfo field list of a reStructuredText file
// (":status: draft" after the title, or at the top of a file without
// one), where Pelican reads its metadata. A file with a title and no
// fields gets its first field after the title.
func rstLayoutOf(data []byte) fmLayout {
	l := fmLayout{format: posts.FormatRST}
	lines := l.lines(data)
	if len(lines) == 0 {
		return l
	}
	texts := make([]string, len(lines))
	for i, sp := range lines {
		texts[i] = string(sp.text(data))
	}
	// As posts' parseRST reads it: the field list after the title, or
	// at the top when there is no title.
	i := frontmatter.SkipBlankAndComments(texts, 0)
	_, _, next, titled := frontmatter.RSTHeading(texts, i)
	if titled {
		i = next
	}
	for i < len(texts) && strings.TrimSpace(texts[i]) == "" {
		i++
	}
	var cur *keyEntry
	for ; i < len(texts); i++ {
		t := texts[i]
		if name, _, ok := frontmatter.RSTField(t); ok {
			cur = l.addEntry(name, lines[i], []byte(t), len(name)+2)
			continue
		}
		if cur != nil && len(t) > 0 && (t[0] == ' ' || t[0] == '\t') {
			cur.multi = true
			cur.end = lines[i].end
			continue
		}
		break
	}
	if !titled && len(l.entries) == 0 {
		return l
	}
	l.found = true
	switch {
	case i < len(lines):
		l.insertAt = lines[i].start
	default:
		l.insertAt = len(data)
	}
	if len(l.entries) == 0 && i < len(lines) {
		l.insertGap = l.nl
	}
	l.firstAt = l.insertAt
	if len(l.entries) > 0 {
		l.firstAt = l.entries[0].start
	}
	return l
}

// span is one line of data: [start,end) includes its line ending.
type span struct{ start, end int }

// text is the line without its "\n" or "\r\n".
func (s span) text(data []byte) []byte {
	return bytes.TrimRight(data[s.start:s.end], "\r\n")
}

// lines splits data into lines after any byte order mark, and sets the
// layout's line ending to the first line's.
func (l *fmLayout) lines(data []byte) []span {
	start := 0
	if bytes.HasPrefix(data, []byte(frontmatter.BOM)) {
		start = len(frontmatter.BOM)
	}
	var out []span
	for start < len(data) {
		end := len(data)
		if i := bytes.IndexByte(data[start:], '\n'); i >= 0 {
			end = start + i + 1
		}
		out = append(out, span{start, end})
		start = end
	}
	l.nl = "\n"
	if len(out) > 0 && bytes.HasSuffix(data[out[0].start:out[0].end], []byte("\r\n")) {
		l.nl = "\r\n"
	}
	return out
}

// scanDelimited reads the keys between an opening and closing delimiter.
// entry reports whether a line starts a top-level key, where its value is,
// and whether the block's keys end there (a TOML table header).
func (l *fmLayout) scanDelimited(data []byte, lines []span, fence frontmatter.Fence,
	entry func(line []byte) (key string, vs, ve int, ok, stop bool)) {
	var cur *keyEntry
	stopped := false
	if len(lines) > 1 {
		l.firstAt = lines[1].start
	}
	for i := 1; i < len(lines); i++ {
		t := lines[i].text(data)
		if closes, _ := fence.Closes(t); closes {
			if !stopped {
				l.insertAt = lines[i].start
			}
			l.found = true
			return
		}
		if stopped {
			continue
		}
		key, vs, ve, ok, stop := entry(t)
		if stop {
			stopped = true
			l.insertAt = lines[i].start
			cur = nil
			continue
		}
		if ok {
			l.entries = append(l.entries, keyEntry{
				key: strings.ToLower(key), start: lines[i].start, end: lines[i].end,
				valStart: lines[i].start + vs, valEnd: lines[i].start + ve,
			})
			cur = &l.entries[len(l.entries)-1]
			cur.multi = vs == ve
			continue
		}
		// A continuation: an indented line, a block list item, or a
		// multi-line array; comments end an entry, and so do blank lines
		// unless an indented line follows them (YAML folds it in).
		if cur != nil && len(bytes.TrimSpace(t)) == 0 {
			if indentedAfter(data, lines, i) {
				cur.multi = true
				cur.end = lines[i].end
			} else {
				cur = nil
			}
			continue
		}
		if cur != nil && len(t) > 0 && (t[0] == ' ' || t[0] == '\t' || t[0] == '-' || t[0] == ']' || l.format == posts.FormatTOML && t[0] != '#') {
			cur.multi = true
			cur.end = lines[i].end
			continue
		}
		cur = nil
	}
	// Never closed: not front matter this package edits.
	l.entries, l.found = nil, false
}

// indentedAfter reports whether the first line after lines[i] that is
// not all blanks is indented (it goes on with the entry above).
func indentedAfter(data []byte, lines []span, i int) bool {
	for _, sp := range lines[i+1:] {
		t := sp.text(data)
		if len(bytes.TrimSpace(t)) == 0 {
			continue
		}
		return t[0] == ' ' || t[0] == '\t'
	}
	return false
}

// yamlEntry matches "key: value" at the start of a line, the value ending
// at a " #" comment outside quotes.
func yamlEntry(line []byte) (string, int, int, bool, bool) {
	if len(line) == 0 || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-' {
		return "", 0, 0, false, false
	}
	i := 0
	for i < len(line) && line[i] != ':' && line[i] != ' ' && line[i] != '"' && line[i] != '\'' {
		i++
	}
	if i == 0 || i >= len(line) || line[i] != ':' || i+1 < len(line) && line[i+1] != ' ' && line[i+1] != '\t' {
		return "", 0, 0, false, false
	}
	key := string(line[:i])
	vs := i + 1
	for vs < len(line) && (line[vs] == ' ' || line[vs] == '\t') {
		vs++
	}
	return key, vs, valueEnd(line, vs, '#'), true, false
}

// tomlEntry matches a bare "key = value"; a "[table]" header ends the
// top-level keys.
func tomlEntry(line []byte) (string, int, int, bool, bool) {
	t := bytes.TrimLeft(line, " \t")
	if len(t) > 0 && t[0] == '[' {
		return "", 0, 0, false, true
	}
	i := 0
	for i < len(line) && frontmatter.IsKeyByte(line[i]) {
		i++
	}
	if i == 0 {
		return "", 0, 0, false, false
	}
	key := string(line[:i])
	j := i
	for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
		j++
	}
	if j >= len(line) || line[j] != '=' {
		return "", 0, 0, false, false
	}
	vs := j + 1
	for vs < len(line) && (line[vs] == ' ' || line[vs] == '\t') {
		vs++
	}
	return key, vs, valueEnd(line, vs, '#'), true, false
}

// valueEnd finds where a value that starts at vs ends: after its closing
// quote, or before a comment, without trailing blanks.
func valueEnd(line []byte, vs int, comment byte) int {
	end := len(line)
	if vs < len(line) && (line[vs] == '"' || line[vs] == '\'') {
		q := line[vs]
		for i := vs + 1; i < len(line); i++ {
			if q == '"' && line[i] == '\\' {
				i++
				continue
			}
			if line[i] == q {
				if q == '\'' && i+1 < len(line) && line[i+1] == '\'' {
					i++
					continue
				}
				return i + 1
			}
		}
		return end
	}
	for i := vs; i < len(line); i++ {
		if line[i] == comment && i > 0 && (line[i-1] == ' ' || line[i-1] == '\t') {
			end = i
			break
		}
	}
	for end > vs && (line[end-1] == ' ' || line[end-1] == '\t') {
		end--
	}
	return end
}

// scanPelican reads a Python-Markdown meta header.
func (l *fmLayout) scanPelican(data []byte, lines []span) {
	i := 0
	if frontmatter.IsMetaBegin(lines[0].text(data)) {
		i = 1
	}
	if i < len(lines) {
		l.firstAt = lines[i].start
	}
	var cur *keyEntry
	for ; i < len(lines); i++ {
		t := lines[i].text(data)
		if frontmatter.IsMetaEnd(t) || len(bytes.TrimSpace(t)) == 0 {
			break
		}
		if key, _, ok := frontmatter.MetaLine(t); ok {
			cur = l.addEntry(key, lines[i], t, bytes.IndexByte(t, ':')+1)
			continue
		}
		if _, ok := frontmatter.MetaMore(t); ok && cur != nil {
			cur.multi = true
			cur.end = lines[i].end
			continue
		}
		break
	}
	if len(l.entries) == 0 {
		return
	}
	l.found = true
	if i < len(lines) {
		l.insertAt = lines[i].start
	} else {
		l.insertAt = len(data)
	}
}

// addEntry records a one-line "key: value" entry whose value starts at
// or after offset from in the line's text t, without surrounding blanks.
func (l *fmLayout) addEntry(key string, line span, t []byte, from int) *keyEntry {
	vs := from
	for vs < len(t) && frontmatter.IsSpace(t[vs]) {
		vs++
	}
	ve := len(t)
	for ve > vs && frontmatter.IsSpace(t[ve-1]) {
		ve--
	}
	l.entries = append(l.entries, keyEntry{
		key: strings.ToLower(key), start: line.start, end: line.end,
		valStart: line.start + vs, valEnd: line.start + ve,
	})
	return &l.entries[len(l.entries)-1]
}

// entry returns the first entry for key (lowercase).
func (l *fmLayout) entry(key string) (keyEntry, bool) {
	for _, e := range l.entries {
		if e.key == key {
			return e, true
		}
	}
	return keyEntry{}, false
}

// setKey returns data with key's value set to value, written as is (the
// caller quotes it for the format). Only the value's bytes change when the
// key is on one line; a multi-line value is replaced by one line; a
// missing key is added as the last key. name is how a new key is spelled.
func (l *fmLayout) setKey(data []byte, name, value string) []byte {
	line := name + keySep(l.format) + value + l.nl
	if l.format == posts.FormatRST {
		line = ":" + line
	}
	e, ok := l.entry(strings.ToLower(name))
	var out []byte
	switch {
	case !ok && l.insertAt == len(data) && len(data) > 0 && data[len(data)-1] != '\n':
		// At the end of a file without a final line ending the new line
		// goes without one too, so that removing it gives the file back.
		out = append(out, data...)
		out = append(out, l.nl...)
		out = append(out, strings.TrimSuffix(line, l.nl)...)
	case !ok:
		at := l.insertAt
		out = append(out, data[:at]...)
		if at > 0 && data[at-1] != '\n' {
			out = append(out, l.nl...)
		}
		out = append(out, line...)
		out = append(out, l.insertGap...)
		out = append(out, data[at:]...)
	case e.multi:
		out = append(out, data[:e.start]...)
		out = append(out, bytes.TrimRight(data[e.start:e.valStart], " \t")...)
		out = append(out, ' ')
		out = append(out, value...)
		out = append(out, l.nl...)
		out = append(out, data[e.end:]...)
	default:
		out = append(out, data[:e.valStart]...)
		out = append(out, value...)
		out = append(out, data[e.valEnd:]...)
	}
	return out
}

func keySep(f posts.Format) string {
	if f == posts.FormatTOML {
		return " = "
	}
	return ": "
}
