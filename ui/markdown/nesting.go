package markdown

import (
	"strings"

	"github.com/folio-blog/folio/internal/ascii"
	"github.com/folio-blog/folio/markup"
)

// MaxRenderNesting is the deepest nesting of block quotes and list items
// that a reader should hand to a Markdown renderer; a deeper body is shown
// as plain text. Hand-written posts rarely go past a handful of levels.
//
// Glamour v2.0.1's time grows with the square of the nesting and then
// explodes once the indentation passes the wrap width. Measured at 80
// columns with the dark style on the project's 2-core machine, median of
// five renders (depths 8 to 32 are BenchmarkGlamourNesting's shapes; the
// 80 and 10,000 rows are the measurements that opened this work, which
// the 60 row reproduces):
//
//	depth   "> > … text"   "- - … text"   indented "- item"   "> - > - …"   a paragraph in each quote level
//	    8         4 ms           7 ms             6 ms             6 ms          11 ms
//	   16        15 ms          26 ms            27 ms            21 ms          50 ms
//	   24        31 ms          53 ms            45 ms            46 ms         113 ms
//	   32        59 ms          92 ms            88 ms            66 ms         214 ms
//	   48       145 ms         199 ms
//	   60       526 ms
//	   80        96 s (71 MB of output)
//	10000    never finishes
//
// At 16 every shape renders in about 50 ms or less, the budget for a
// post to open without a visible pause; at 24 lists already take twice
// that. Nesting can be misled by at most half (its floor), so a
// body written to slip past this limit nests at most 33 deep: 50 to
// 220 ms by the table, far from the blow-up past 60.
const MaxRenderNesting = 16

// MaxRenderBytes is the longest body that a reader should hand to a
// Markdown renderer; a longer body is shown as plain text. It is about
// 20,000 words, three times a long post.
//
// Glamour's time and garbage grow linearly with the body, but steeply,
// so the bodies that posts.Load keeps (up to 8 MiB) would take seconds
// and gigabytes. Measured at 80 columns: the one-line and dense columns
// by BenchmarkGlamourSize (dense is headings, inline markup, a list, a
// quote and a highlighted code block every 330 bytes), the middle one
// with the example blog's posts repeated; five renders each:
//
//	size      one line of words   the example blog's prose   dense markup
//	 64 KiB      21 ms,  4 MB          127 ms,  29 MB         334 ms,   72 MB
//	128 KiB      35 ms,  8 MB          270 ms,  57 MB         563 ms,  145 MB
//	256 KiB      67 ms, 16 MB          520 ms, 116 MB        1104 ms,  298 MB
//	  1 MiB     272 ms, 62 MB        ~2 s (extrapolated)       5124 ms, 1393 MB
//
// testdata/hostile/long-line.md, a 1 MiB single-line paragraph, takes
// 272 ms, over the 200 ms a reader may pause for. At 128 KiB prose
// renders in about a quarter of a second and a line of words in 35 ms;
// only unusually dense posts take longer, and none runs away.
const MaxRenderBytes = 128 << 10

// trackedLevels is how many open containers Nesting remembers
// between lines. Deeper containers are still counted on the line that
// opens them, so any body deeper than this reports more than
// MaxRenderNesting; the array is fixed so that the scan never allocates.
const trackedLevels = 128

// container is an open block quote, list item or definition.
type container struct {
	quote bool
	def   bool // a definition (": ")
	// defs counts the definitions (": ") among this container and
	// those around it.
	defs int
	// col is where a list item's content starts: later lines indented
	// at least this far continue the item.
	col int
}

// rawBlock is an open block whose lines hold no Markdown containers: a
// fenced code block or an HTML block.
type rawBlock struct {
	fence byte // '`' or '~' for a fenced code block, 0 for HTML
	// fenceLen is the opening fence's length; a closing fence is at
	// least as long.
	fenceLen int
	// htmlEnd is what ends an HTML block: one of the endsAt
	// constants.
	htmlEnd int
	// depth is how many containers hold the block; a line that does
	// not continue all of them ends it.
	depth int
}

// Nesting estimates the deepest nesting of block quotes and list
// items in a Markdown body: "> > >", ">>>", "- - -" on one line, items
// nested by indentation ("-", "*", "+", "1.", "1)"), definition list
// descriptions (": ", an extension Glamour enables) and their mixtures.
//
// It follows CommonMark's container rules as goldmark (Glamour's parser)
// implements them: fenced code (``` and ~~~), HTML blocks and indented
// code open no containers, thematic breaks ("- - -", "* * *") are not
// lists, blank lines keep list items open, lazy continuation lines keep
// a paragraph's containers, and only a non-empty item or a list from 1
// interrupts a paragraph. Where a line's context could be misread, a
// floor still counts half of the markers and indentation at its start
// (see prefixBound), so no input can hide more than half its nesting;
// code blocks count only through that floor.
//
// It makes one pass over the lines, looking at each byte at most three
// times, so its time is linear in the body's length (about 300 MB/s); it
// allocates nothing.
func Nesting(body string) int {
	depth, _ := nestingWork(body)
	return depth
}

// nestingWork is Nesting, also returning the work it did:
// one step for each line, each container it matches or opens, and each
// byte it reads. Tests count steps to check linearity without a clock.
func nestingWork(body string) (depth, steps int) {
	var open [trackedLevels]container
	n := 0 // open containers after the current line; only the first trackedLevels are in open
	deepest := 0
	firstQuote := trackedLevels // index of the outermost open quote in open, or trackedLevels
	bound := 0                  // the largest prefixBound of a line
	paragraph := false          // the previous line was paragraph text, which a lazy line may continue
	// termBefore says that the innermost container's last block is a
	// paragraph or a definition list, after which ": " opens a
	// definition.
	termBefore := false
	var raw rawBlock // the open fenced code or HTML block, when inRaw
	inRaw := false

	for i := 0; i < len(body); {
		lineBound, prefixEnd := prefixBound(body, i)
		bound = max(bound, lineBound)
		steps += 1 + prefixEnd - i

		// Match the open containers: a quote needs its ">", a list
		// item needs the line indented to its content or blank.
		col, base := 0, 0 // the column at i; where the innermost matched container's content starts
		matched := 0
		defs := 0 // definitions among the line's containers
		if j, c := skipSpace(body, i, 0); atLineEnd(body, j) {
			// A blank line continues every list item up to the
			// first quote, which it ends; skip to it rather than
			// walk a deep stack line after line.
			matched = min(n, trackedLevels, firstQuote)
			i, col = j, c
			if matched > 0 {
				defs = open[matched-1].defs
			}
		}
		for matched < min(n, trackedLevels) {
			steps++
			j, c := skipSpace(body, i, col)
			if atLineEnd(body, j) {
				break
			}
			if open[matched].quote {
				if body[j] != '>' || c-base > 3 {
					break
				}
				i, col, base = afterQuote(body, j, c)
				defs = open[matched].defs
				matched++
				continue
			}
			if c < open[matched].col {
				break
			}
			i, col, base = j, c, open[matched].col
			defs = open[matched].defs
			matched++
		}

		closedDef := matched < min(n, trackedLevels) && open[matched].def

		if inRaw && matched >= raw.depth {
			// Code or HTML: only its end matters.
			n = matched
			if firstQuote >= n {
				firstQuote = trackedLevels
			}
			start := i
			var ended bool
			if i, ended = raw.continues(body, i, col, base); ended {
				inRaw = false
			}
			steps += i - start
			termBefore = false
			deepest = max(deepest, n)
			continue
		}
		inRaw = false

		// Open new containers. The first must not be indented four
		// columns past its parent's content (that is code); the ones
		// after it on the same line are counted however far apart.
		added := 0
		var runChar byte // a run of equal bullets, which may be a thematic break
		runCount, runStart := 0, 0
		for {
			steps++
			j, c := skipSpace(body, i, col)
			if atLineEnd(body, j) || (added == 0 && c-base > 3) {
				break
			}
			if body[j] == '>' {
				i, col, base = afterQuote(body, j, c)
				firstQuote = replacing(firstQuote, matched, added)
				push(&open, matched+added, container{quote: true, defs: defs})
				if matched+added < firstQuote {
					firstQuote = matched + added
				}
				added++
				runChar = 0
				continue
			}
			end, ok := listMarker(body, j)
			if !ok {
				break
			}
			if body[j] == ':' && !(added == 0 && c == base && (matched == n && termBefore || matched < n && closedDef)) {
				// goldmark opens a definition only unindented,
				// right after a paragraph or a definition list.
				break
			}
			if body[j] != ':' && added == 0 && matched == n && paragraph && (emptyItem(body, end) || orderedFrom(body, j, end) != 1) {
				// An empty item, or an ordered list that does not
				// start at 1, cannot interrupt a paragraph.
				break
			}
			if b := body[j]; end == j+1 && b == runChar {
				runCount++
			} else if end == j+1 && (b == '-' || b == '*') {
				runChar, runCount, runStart = b, 1, matched+added
			} else {
				runChar = 0
			}
			markerEnd := c + end - j
			k, kc := skipSpace(body, end, markerEnd)
			content := kc
			switch {
			case body[j] == ':':
				defs++
				// goldmark's definition lists take up to seven
				// columns of space, and five past that.
				if kc-markerEnd >= 8 {
					content = markerEnd + 5
				}
			case atLineEnd(body, k) || kc-markerEnd > 4:
				// An empty item, or indented code in the item:
				// its content starts one space after the marker.
				content = markerEnd + 1
			}
			firstQuote = replacing(firstQuote, matched, added)
			push(&open, matched+added, container{col: content, def: body[j] == ':', defs: defs})
			added++
			i, col, base = end, markerEnd, content
		}

		// The rest of the line is the innermost block's content.
		j, c := skipSpace(body, i, col)
		rest := scanRest(body, j)
		steps += rest.next - i
		// This scan follows goldmark's definitions less closely than
		// the rest: a fence or an HTML block inside one hides nothing.
		if defs > 0 {
			rest.fence = 0
		}
		html, htmlEnd := 0, 0
		if defs == 0 && !rest.blank && c-base <= 3 && body[j] == '<' {
			html, htmlEnd = htmlBlockStart(body[j:rest.end], paragraph && added == 0)
		}
		interrupts := rest.heading || rest.breaks || rest.fence != 0 || html != 0
		switch {
		case added == 0 && matched < n && paragraph && !rest.blank && (c-base >= 4 || !interrupts):
			// A lazy continuation line: the paragraph, and every
			// container around it, goes on.
			termBefore = true
		default:
			closed := matched < n
			n = matched + added
			thematicBreak := runChar != 0 && (rest.blank || rest.only == runChar) && runCount+rest.count >= 3
			if thematicBreak {
				n = runStart // "- - -" is a thematic break, not three lists
			}
			if firstQuote >= n {
				firstQuote = trackedLevels
			}
			switch {
			case thematicBreak:
				paragraph = false
			case rest.blank:
				paragraph = false
			case rest.setext && paragraph && added == 0 && !closed && c-base <= 3:
				paragraph = false // the paragraph was a heading
			case c-base >= 4:
				// Indented code, or the continuation of a paragraph
				// that was open before this line.
				paragraph = paragraph && added == 0
			case rest.fence != 0 && c-base <= 3:
				raw, inRaw = rawBlock{fence: rest.fence, fenceLen: rest.run, depth: n}, true
				paragraph = false
			case html != 0:
				if htmlEnd == endsAtBlank || !containsEnd(body[j:rest.end], htmlEnd) {
					raw, inRaw = rawBlock{htmlEnd: htmlEnd, depth: n}, true
				}
				paragraph = false
			default:
				paragraph = !rest.breaks && !rest.heading
			}
			switch {
			case added > 0 || !rest.blank:
				termBefore = paragraph
			case closed:
				termBefore = closedDef // a blank line ended a quote, or a definition
			}
		}
		deepest = max(deepest, n)
		i = rest.next
	}
	return max(deepest, bound/2), steps
}

// prefixBound bounds the nesting of the line at i without reading it as
// Markdown: the container markers at its start (">", "-", "1." …) plus
// half the columns of indentation among them, not counting the one space
// that may follow each marker. Every container a line continues or opens
// takes a marker on it or at least two columns of indentation, so this
// is never less than the line's true nesting, whatever the context (a
// fence, an HTML block, a lazy line) the main scan may have misread.
//
// Half of the largest bound is Nesting's floor: a misreading can
// hide at most half the nesting, and Glamour copes with nesting up to
// about twice MaxRenderNesting. Counting only half keeps code blocks and
// ordinary posts clear of false alarms: a code line needs 34 markers to
// pass MaxRenderNesting. It also returns where it stopped reading.
func prefixBound(s string, i int) (int, int) {
	markers, col, spaceCols := 0, 0, 0
	afterMarker := false
	for i < len(s) {
		switch s[i] {
		case ' ', '\t':
			w := 1
			if s[i] == '\t' {
				w = 4 - col%4
			}
			col += w
			if afterMarker {
				w-- // the space that belongs to the marker
				afterMarker = false
			}
			spaceCols += w
			i++
			continue
		case '>':
			markers++
			col++
			i++
			afterMarker = true
			continue
		}
		if atLineEnd(s, i) {
			break
		}
		end, ok := listMarker(s, i)
		if !ok {
			break
		}
		markers++
		col += end - i
		i = end
		afterMarker = true
	}
	if markers == 0 {
		return 0, i
	}
	return markers + spaceCols/2, i
}

// continues reads a line inside the raw block from i (column col, the
// container's content at base) and reports where the next line starts
// and whether this line ends the block.
func (r *rawBlock) continues(s string, i, col, base int) (next int, ended bool) {
	j, c := skipSpace(s, i, col)
	rest := scanRest(s, j)
	if r.fence != 0 {
		return rest.next, !rest.blank && c-base <= 3 && s[j] == r.fence && rest.run >= r.fenceLen && !rest.tail
	}
	if r.htmlEnd == endsAtBlank {
		return rest.next, rest.blank
	}
	return rest.next, containsEnd(s[i:rest.end], r.htmlEnd)
}

// replacing returns firstQuote as it stands when a line that matched
// the first matched containers pushes its first new one: any quote past
// them is gone.
func replacing(firstQuote, matched, added int) int {
	if added == 0 && firstQuote >= matched {
		return trackedLevels
	}
	return firstQuote
}

// push records c as the container at index at, if it fits in open.
func push(open *[trackedLevels]container, at int, c container) {
	if at < trackedLevels {
		open[at] = c
	}
}

// skipSpace skips spaces and tabs from i, at column col, and returns the
// next position and its column (tabs stop every four columns).
func skipSpace(s string, i, col int) (int, int) {
	for ; i < len(s); i++ {
		switch s[i] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return i, col
		}
	}
	return i, col
}

// atLineEnd reports whether i is at a line ending ("\n", "\r\n", "\r")
// or the end of s.
func atLineEnd(s string, i int) bool {
	return i >= len(s) || s[i] == '\n' || s[i] == '\r'
}

// afterQuote steps over the ">" at i (column col) and the one space that
// belongs to it, returning the position, its column and the column where
// the quote's content starts.
func afterQuote(s string, i, col int) (int, int, int) {
	i, col = i+1, col+1
	base := col
	if i < len(s) && s[i] == ' ' {
		i, col, base = i+1, col+1, col+1
	} else if i < len(s) && s[i] == '\t' {
		base = col + 1 // the tab's first column is the optional space
	}
	return i, col, base
}

// listMarker reports whether a list item marker ("-", "*", "+", "1.",
// "1)") or a definition marker (":", which Glamour's parser reads as a
// container much like a list item) starts at i, and where it ends. A
// marker is followed by a space, a tab or the end of the line.
func listMarker(s string, i int) (end int, ok bool) {
	switch s[i] {
	case ':':
		// goldmark's definitions need a space after the colon.
		if i+1 >= len(s) || (s[i+1] != ' ' && s[i+1] != '\t') {
			return 0, false
		}
		return i + 1, true
	case '-', '*', '+':
		end = i + 1
	default:
		j := i
		for j < len(s) && j-i < 9 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j >= len(s) || (s[j] != '.' && s[j] != ')') {
			return 0, false
		}
		end = j + 1
	}
	if end < len(s) && s[end] != ' ' && s[end] != '\t' && !atLineEnd(s, end) {
		return 0, false
	}
	return end, true
}

// emptyItem reports whether only spaces follow the list marker that
// ends at end.
func emptyItem(s string, end int) bool {
	k, _ := skipSpace(s, end, 0)
	return atLineEnd(s, k)
}

// orderedFrom is the number of the ordered list marker s[i:end], or 1 for
// a bullet.
func orderedFrom(s string, i, end int) int {
	if end == i+1 {
		return 1
	}
	n := 0
	for _, d := range s[i : end-1] {
		n = n*10 + int(d-'0')
	}
	return n
}

// lineRest describes the part of a line after its container markers.
type lineRest struct {
	end     int  // where the line ends, before its line break
	next    int  // where the next line starts
	blank   bool // nothing but spaces and tabs
	heading bool // an ATX heading ("# …")
	breaks  bool // a thematic break ("***", "- - -", "___")
	setext  bool // a setext heading's underline ("---", "==="), after a paragraph
	// only is the one character the rest is made of, with spaces
	// between, and count how many times it occurs; only is 0 when
	// the rest holds different characters.
	only  byte
	count int
	// run is the length of the run of the rest's first character, and
	// tail whether anything but spaces follows that run.
	run  int
	tail bool
	// fence is '`' or '~' when the rest opens a fenced code block.
	fence byte
}

// scanRest reads the rest of a line from its first non-blank byte i.
func scanRest(s string, i int) lineRest {
	r := lineRest{blank: true}
	start := i
	inRun := true
	backtick := false
	for ; !atLineEnd(s, i); i++ {
		b := s[i]
		if inRun && b != s[start] {
			inRun = false
		}
		if inRun {
			r.run++
		} else if b != ' ' && b != '\t' {
			r.tail = true
			backtick = backtick || b == '`'
		}
		if b == ' ' || b == '\t' {
			continue
		}
		if r.blank {
			r.blank, r.only = false, b
		}
		if b == r.only {
			r.count++
		} else {
			r.only = 0
		}
	}
	r.end, r.next = i, i
	if i < len(s) && s[i] == '\r' {
		r.next++
	}
	if r.next < len(s) && s[r.next] == '\n' {
		r.next++
	}
	if r.blank {
		return r
	}
	switch first := s[start]; first {
	case '#':
		end := start + r.run
		r.heading = r.run <= 6 && (atLineEnd(s, end) || s[end] == ' ' || s[end] == '\t')
	case '`', '~':
		if r.run >= 3 && !(first == '`' && backtick) {
			r.fence = first
		}
	}
	r.breaks = (r.only == '-' || r.only == '*' || r.only == '_') && r.count >= 3
	r.setext = (s[start] == '-' || s[start] == '=') && !r.tail
	return r
}

// What ends an HTML block (CommonMark's seven kinds, as goldmark reads
// them).
const (
	endsAtBlank    = iota // kinds 6 and 7: a blank line
	endsAtCloseTag        // kind 1: </script>, </pre>, </style> or </textarea>
	endsAtComment         // kind 2: -->
	endsAtPI              // kind 3: ?>
	endsAtDecl            // kind 4: >
	endsAtCDATA           // kind 5: ]]>
)

// htmlBlockStart reports whether line, which starts with "<", opens an
// HTML block, and what ends it; kind is 0 when it does not. A block of
// kind 7 (any other complete tag alone on its line) cannot interrupt a
// paragraph. The HTML block matters because a fence inside one opens no
// code block.
func htmlBlockStart(line string, inParagraph bool) (kind, end int) {
	rest := line[1:]
	for _, name := range [...]string{"script", "pre", "style", "textarea"} {
		if ascii.HasPrefixFold(rest, name) {
			after := rest[len(name):]
			if after == "" || strings.IndexByte(" \t\f\v>", after[0]) >= 0 || strings.HasPrefix(after, "/>") {
				return 1, endsAtCloseTag
			}
		}
	}
	switch {
	case strings.HasPrefix(rest, "!--"):
		return 2, endsAtComment
	case strings.HasPrefix(rest, "?"):
		return 3, endsAtPI
	case len(rest) > 1 && rest[0] == '!' && rest[1] >= 'A' && rest[1] <= 'Z':
		return 4, endsAtDecl
	case strings.HasPrefix(rest, "![CDATA["):
		return 5, endsAtCDATA
	}
	closing := false
	if strings.HasPrefix(rest, "/") {
		closing = true
		rest = strings.TrimLeft(rest[1:], " ")
	}
	n := tagName(rest)
	if n == 0 {
		return 0, 0
	}
	var lower [16]byte
	block := false
	if n <= len(lower) {
		for k := range n {
			lower[k] = rest[k] | 0x20 // ASCII letters, digits and "-" only
		}
		block = markup.IsHTMLBlockTag(string(lower[:n]))
	}
	after := rest[n:]
	if attrs, ok := wholeTag(after); ok {
		if block {
			return 6, endsAtBlank
		}
		name := lower[:min(n, len(lower))]
		if string(name) != "script" && string(name) != "style" && string(name) != "pre" && !inParagraph && !(closing && attrs) {
			return 7, endsAtBlank
		}
	}
	if block && (after == "" || after[0] == ' ' || after[0] == '>' || strings.HasPrefix(after, "/>")) {
		return 6, endsAtBlank
	}
	return 0, 0
}

// tagName is the length of the HTML tag name at the start of s: a letter,
// then letters, digits and hyphens.
func tagName(s string) int {
	if s == "" || !ascii.IsLetter(s[0]) {
		return 0
	}
	n := 1
	for n < len(s) && (ascii.IsLetter(s[n]) || s[n] >= '0' && s[n] <= '9' || s[n] == '-') {
		n++
	}
	return n
}

// wholeTag reports whether s, what follows a tag's name, is attributes
// and the tag's end (">" or "/>") with only spaces after it, and whether
// it has attributes.
func wholeTag(s string) (attrs, ok bool) {
	for {
		k := 0
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k == 0 || k == len(s) || !(ascii.IsLetter(s[k]) || s[k] == '_' || s[k] == ':') {
			break
		}
		k++
		for k < len(s) && (ascii.IsLetter(s[k]) || s[k] >= '0' && s[k] <= '9' || strings.IndexByte(":._-", s[k]) >= 0) {
			k++
		}
		attrs = true
		v := k
		for v < len(s) && (s[v] == ' ' || s[v] == '\t') {
			v++
		}
		if v < len(s) && s[v] == '=' {
			v++
			for v < len(s) && (s[v] == ' ' || s[v] == '\t') {
				v++
			}
			switch {
			case v < len(s) && (s[v] == '"' || s[v] == '\''):
				q := strings.IndexByte(s[v+1:], s[v])
				if q < 0 {
					return attrs, false
				}
				k = v + 1 + q + 1
			default:
				w := v
				for w < len(s) && s[w] > ' ' && strings.IndexByte("\"'=<>`", s[w]) < 0 {
					w++
				}
				if w == v {
					return attrs, false
				}
				k = w
			}
		}
		s = s[k:]
	}
	s = strings.TrimLeft(s, " ")
	switch {
	case strings.HasPrefix(s, ">"):
		s = s[1:]
	case strings.HasPrefix(s, "/>"):
		s = s[2:]
	default:
		return attrs, false
	}
	return attrs, strings.TrimLeft(s, " ") == ""
}

// containsEnd reports whether line holds what ends an HTML block of the
// given end.
func containsEnd(line string, end int) bool {
	switch end {
	case endsAtCloseTag:
		for k := strings.Index(line, "</"); k >= 0; {
			for _, name := range [...]string{"script>", "pre>", "style>", "textarea>"} {
				if ascii.HasPrefixFold(line[k+2:], name) {
					return true
				}
			}
			next := strings.Index(line[k+2:], "</")
			if next < 0 {
				return false
			}
			k += 2 + next
		}
		return false
	case endsAtComment:
		return strings.Contains(line, "-->")
	case endsAtPI:
		return strings.Contains(line, "?>")
	case endsAtDecl:
		return strings.Contains(line, ">")
	case endsAtCDATA:
		return strings.Contains(line, "]]>")
	}
	return false
}
