package ui

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// The reader searches the post's text, not its screen lines: a phrase
// that wraps onto the next line, or onto the next line of a table cell
// or a quote, is still one phrase. The screen's lines are read back into
// that text once per rendering (textIndex), and a match found in it is
// mapped to the cells it covers on each line it touches.

// searchMatch is one occurrence of the search text: the cells it covers
// on each line of the rendered document it touches, in order.
type searchMatch struct{ parts []lineSpan }

// lineSpan is a range of cells [start, end) on one line of the document.
type lineSpan struct{ line, start, end int }

// line is the line the match starts on.
func (m searchMatch) line() int { return m.parts[0].line }

// textIndex is a document's text as one lowercased string, whitespace
// runs made one space, with where each of its runes shows on screen.
type textIndex struct {
	text  string
	bytes []int      // the byte offset in text of each rune
	at    []lineSpan // the cells of each rune; a space between lines has none (line -1)
}

// newTextIndex reads the plain lines back into text. Lines cut into
// columns by "│" at the same cells (a table's rows, a quote) are read
// column by column, so that a cell's text wrapped over lines reads on.
func newTextIndex(plain []string) *textIndex {
	x := &textIndex{}
	var b strings.Builder
	emit := func(r rune, at lineSpan) {
		x.bytes = append(x.bytes, b.Len())
		x.at = append(x.at, at)
		b.WriteRune(unicode.ToLower(r))
	}
	var prev rune             // the last rune kept
	gap := lineSpan{line: -2} // the first space since prev on its line; line -2 for none
	broke := false            // a line ended since prev
	add := func(r rune, at lineSpan) {
		if unicode.IsSpace(r) {
			if gap.line == -2 {
				gap = at
			}
			return
		}
		switch {
		case prev == 0:
		case broke && !(runeCells(prev) == 2 && runeCells(r) == 2):
			// A line's end is a space, except between two wide
			// runes: Chinese or Japanese wraps between any two.
			emit(' ', lineSpan{line: -1})
		case !broke && gap.line != -2:
			emit(' ', gap)
		}
		gap, broke, prev = lineSpan{line: -2}, false, r
		emit(r, at)
	}
	segment := func(line int, s string, cell int) {
		for _, r := range s {
			w := runeCells(r)
			add(r, lineSpan{line, cell, cell + w})
			cell += w
		}
		broke = true
	}
	for i := 0; i < len(plain); {
		cols := columnCuts(plain[i])
		j := i + 1
		for len(cols) > 0 && j < len(plain) && slices.Equal(columnCuts(plain[j]), cols) {
			j++
		}
		if len(cols) == 0 {
			segment(i, plain[i], 0)
			i = j
			continue
		}
		for c := 0; c <= len(cols); c++ {
			for ln := i; ln < j; ln++ {
				s, start := column(plain[ln], cols, c)
				segment(ln, s, start)
			}
		}
		i = j
	}
	x.text = b.String()
	return x
}

// columnCuts are the cells of a line's "│" column marks, or nil.
func columnCuts(line string) []int {
	if !strings.ContainsRune(line, '│') {
		return nil
	}
	var cuts []int
	cell := 0
	for _, r := range line {
		if r == '│' {
			cuts = append(cuts, cell)
		}
		cell += runeCells(r)
	}
	return cuts
}

// column is the text of column c of line (between cuts c-1 and c), and
// the cell it starts at.
func column(line string, cuts []int, c int) (string, int) {
	from, to := 0, -1
	if c > 0 {
		from = cuts[c-1] + 1
	}
	if c < len(cuts) {
		to = cuts[c]
	}
	var b strings.Builder
	cell := 0
	for _, r := range line {
		if cell >= from && (to < 0 || cell < to) {
			b.WriteRune(r)
		}
		cell += runeCells(r)
	}
	return b.String(), from
}

// normalizeQuery is q as the index holds text: lowercased, whitespace
// runs made one space, trimmed.
func normalizeQuery(q string) string {
	return strings.ToLower(strings.Join(strings.Fields(q), " "))
}

// find returns every occurrence of q (normalized), in the order of the
// screen, each as the cells it covers line by line.
func (x *textIndex) find(q string) []searchMatch {
	q = normalizeQuery(q)
	if q == "" {
		return nil
	}
	n := len([]rune(q))
	var out []searchMatch
	for from := 0; ; {
		i := strings.Index(x.text[from:], q)
		if i < 0 {
			break
		}
		first := sort.SearchInts(x.bytes, from+i)
		if m := x.spans(first, first+n); len(m.parts) > 0 {
			out = append(out, m)
		}
		from += i + len(q)
	}
	slices.SortStableFunc(out, func(a, b searchMatch) int {
		if a.parts[0].line != b.parts[0].line {
			return a.parts[0].line - b.parts[0].line
		}
		return a.parts[0].start - b.parts[0].start
	})
	return out
}

// spans are the cells of runes [from, to), joined line by line.
func (x *textIndex) spans(from, to int) searchMatch {
	var m searchMatch
	for k := from; k < min(to, len(x.at)); k++ {
		at := x.at[k]
		if at.line < 0 || x.text[x.bytes[k]] == ' ' {
			continue // a space shows only between the runes around it
		}
		// Runes of one line come in order; the cells of spaces made one
		// lie between them.
		if n := len(m.parts); n > 0 && m.parts[n-1].line == at.line && m.parts[n-1].end <= at.start {
			m.parts[n-1].end = at.end
			continue
		}
		m.parts = append(m.parts, at)
	}
	return m
}
