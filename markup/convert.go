package markup

import (
	"sort"
	"strings"
)

// converter rewrites one Markdown body. Positions are byte offsets into
// src; nested constructs (a shortcode's inner text) are converted in place
// by range, never by copying and rescanning.
type converter struct {
	src string
	o   Options
	out *strings.Builder
	m   *meter

	// closers lists, per closing tag ("endhighlight", "/note"), where
	// each one starts and ends, in order; built in one pass so that an
	// opening tag finds its end without scanning.
	closers map[string][]span
	// defined are the footnote labels that have a definition.
	defined map[string]bool
	notes   footnotes
	// inHTML says that an HTML block is being converted: its lines are
	// HTML, not Markdown blocks.
	inHTML bool
	// closes caches where the next closing delimiter of each kind is,
	// so that unclosed tags do not each search to the end.
	closes map[string]*finder
	// ticks lists where each run of backticks starts, by its length,
	// once a code span asks.
	ticks map[int][]int
	// scEnds caches where the text before a shortcode's closing
	// delimiter ends, trimmed.
	scEnds shortcodeEnds
}

// finder remembers where needle was last found after a position, so
// that searches from increasing positions cost one pass in all.
type finder struct {
	s, needle string
	m         *meter
	from, at  int // the search from from found needle at at (-1: nowhere)
	valid     bool
}

// next returns the first index of needle in f.s at or after from, or -1.
func (f *finder) next(from int) int {
	if f.valid && from >= f.from && (f.at < 0 || f.at >= from) {
		return f.at
	}
	at := -1
	if from > len(f.s) {
		from = len(f.s)
	}
	if j := strings.Index(f.s[from:], f.needle); j >= 0 {
		at = from + j
		f.m.add(j + len(f.needle))
	} else {
		f.m.add(len(f.s) - from)
	}
	f.from, f.at, f.valid = from, at, true
	return at
}

// finder returns the finder of needle in c.src.
func (c *converter) finder(needle string) *finder {
	f := c.closes[needle]
	if f == nil {
		f = &finder{s: c.src, needle: needle, m: c.m}
		c.closes[needle] = f
	}
	return f
}

// closing finds needle in c.src at or after from, within limit bytes.
func (c *converter) closing(needle string, from, limit int) int {
	at := c.finder(needle).next(from)
	if at < 0 || at-from > limit {
		return -1
	}
	return at
}

// span is a range of src.
type span struct{ start, end int }

func newConverter(m *meter, src string, o Options) *converter {
	c := &converter{src: src, o: o, out: &strings.Builder{}, closes: map[string]*finder{}, m: m}
	c.out.Grow(len(src) + len(src)/8)
	c.index()
	return c
}

// index records every closing Liquid tag and shortcode and every footnote
// definition in one pass.
func (c *converter) index() {
	c.closers = map[string][]span{}
	c.defined = map[string]bool{}
	s := c.src
	for i := 0; i < len(s) && !c.m.stop; {
		j := strings.IndexAny(s[i:], "{[")
		if j < 0 {
			c.m.add(len(s) - i)
			break
		}
		c.m.add(j + 1)
		i += j
		switch {
		case strings.HasPrefix(s[i:], "{%"):
			if t, ok := c.parseLiquidTag(s, i); ok {
				if strings.HasPrefix(t.name, "end") {
					c.closers[t.name] = append(c.closers[t.name], span{i, t.end})
				}
				i = t.end
				continue
			}
		case strings.HasPrefix(s[i:], "{{<") || strings.HasPrefix(s[i:], "{{%"):
			if t, ok := c.parseShortcode(s, i); ok {
				if t.closing {
					c.closers["/"+t.name] = append(c.closers["/"+t.name], span{i, t.end})
				}
				i = t.end
				continue
			}
		case strings.HasPrefix(s[i:], "[^") && atLineStart(s, i):
			if label, _, ok := c.footnoteDef(i); ok {
				c.defined[label] = true
			}
		}
		i++
	}
}

// closer finds the first closing tag named name that starts at or after
// pos.
func (c *converter) closer(name string, pos int) (span, bool) {
	list := c.closers[name]
	k := sort.Search(len(list), func(k int) bool { return list[k].start >= pos })
	if k == len(list) {
		return span{}, false
	}
	return list[k], true
}

// atLineStart reports whether s[i] is preceded on its line only by up to
// three spaces.
func atLineStart(s string, i int) bool {
	n := 0
	for k := i - 1; k >= 0 && s[k] != '\n'; k-- {
		if s[k] != ' ' || n == 3 {
			return false
		}
		n++
	}
	return true
}

// lineEnd is the index of the newline ending the line at i, or len(s).
func lineEnd(s string, i int) int {
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(s)
}

// lineEnd is the index of the newline ending the line at c.src[i], or
// len(c.src). Asked from every "<" or "[^" of a long line, it finds the
// end once, not once a mark.
func (c *converter) lineEnd(i int) int {
	if e := c.finder("\n").next(i); e >= 0 {
		return e
	}
	return len(c.src)
}

// fence is an open fenced code block.
type fence struct {
	char byte
	n    int
}

// fenceStart reports whether line opens a fenced code block, after any
// quote markers and indentation.
func fenceStart(line string) (fence, bool) {
	t := strings.TrimLeft(line, " \t>")
	if len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		// A fence can open a list item: "- ```go".
		if len(t) > 2 && strings.ContainsRune("-*+", rune(t[0])) && t[1] == ' ' {
			return fenceStart(t[2:])
		}
		return fence{}, false
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 || (t[0] == '`' && strings.IndexByte(t[n:], '`') >= 0) {
		return fence{}, false
	}
	return fence{t[0], n}, true
}

// closes reports whether line closes f.
func (f fence) closes(line string) bool {
	t := strings.TrimLeft(line, " \t>")
	n := 0
	for n < len(t) && t[n] == f.char {
		n++
	}
	return n >= f.n && strings.TrimSpace(t[n:]) == ""
}

// blocks converts src[start:end] line by line.
func (c *converter) blocks(start, end int) {
	var open fence
	inFence := false
	for i := start; i < end && !c.m.stop; {
		e := min(c.lineEnd(i), end)
		next := min(e+1, end)
		line := c.src[i:e]
		switch {
		case inFence:
			c.out.WriteString(c.src[i:next])
			if open.closes(line) {
				inFence = false
			}
		case isFenceLine(line, &open):
			inFence = true
			c.out.WriteString(c.src[i:next])
		case c.footnoteDefAt(i):
			next = c.takeFootnoteDef(i, end)
		case alertLine(line) != "":
			c.out.WriteString(alertLine(line))
			c.out.WriteString(c.src[e:next])
		case !c.inHTML && htmlBlockAt(line):
			next = c.htmlBlock(i, end)
		default:
			next = c.inline(i, end)
		}
		i = next
	}
}

func isFenceLine(line string, f *fence) bool {
	g, ok := fenceStart(line)
	if ok {
		*f = g
	}
	return ok
}

// inline converts the line starting at i, and any block tag that starts on
// it with what it spans, up to end. It returns where the next line starts.
func (c *converter) inline(i, end int) int {
	s := c.src
	e := min(c.lineEnd(i), end)
	for i < e && !c.m.stop {
		j := strings.IndexAny(s[i:e], "`{[<")
		if j < 0 {
			c.m.add(e - i)
			c.out.WriteString(s[i:e])
			i = e
			break
		}
		c.m.add(j + 1)
		// A tag handed back by the engine is written without its mark,
		// so that what the tag writes sees the text before it.
		c.out.WriteString(strings.TrimSuffix(s[i:i+j], liquidMark))
		i += j
		next, ok := c.construct(i, end)
		if !ok {
			c.out.WriteByte(s[i])
			i++
			continue
		}
		i = next
		if i > e {
			// A block tag ran past this line: go on from where it
			// ended, on that line, or leave the next line to blocks.
			if i >= end || s[i-1] == '\n' {
				return i
			}
			e = min(c.lineEnd(i), end)
		}
	}
	if i < end {
		c.out.WriteByte('\n')
		return i + 1
	}
	return i
}

// construct converts the construct at i, if there is one, and returns the
// position after it.
func (c *converter) construct(i, end int) (int, bool) {
	s := c.src[:end]
	switch s[i] {
	case '`':
		return c.codeSpan(i, end)
	case '{':
		switch {
		case c.o.liquidRan && !c.marked(i):
			return i, false
		case strings.HasPrefix(s[i:], "{%"):
			return c.liquidTag(i, end)
		case strings.HasPrefix(s[i:], "{{<") || strings.HasPrefix(s[i:], "{{%"):
			return c.shortcode(i, end)
		case strings.HasPrefix(s[i:], "{{"):
			return c.liquidOutput(i, end)
		}
	case '[':
		return c.footnoteRef(i, end)
	case '<':
		if c.inHTML {
			return i, false
		}
		return c.inlineHTML(i, end)
	}
	return i, false
}

// codeSpan copies an inline code span as it is: a run of backticks up to
// the next run of the same length later on the line.
func (c *converter) codeSpan(i, end int) (int, bool) {
	s := c.src
	e := min(c.lineEnd(i), end)
	n := 0
	for i+n < e && s[i+n] == '`' {
		n++
	}
	c.m.add(n)
	if c.ticks == nil {
		c.indexTicks()
	}
	// Looking along the line for the closing run from each opening one
	// took n^1.5 steps on runs of growing length that none closes.
	runs := c.ticks[n]
	if k := sort.SearchInts(runs, i+n); k < len(runs) && runs[k]+n <= e {
		c.out.WriteString(s[i : runs[k]+n])
		return runs[k] + n, true
	}
	c.out.WriteString(s[i : i+n])
	return i + n, true
}

// indexTicks records where each run of backticks starts, by its length.
func (c *converter) indexTicks() {
	c.ticks = map[int][]int{}
	s := c.src
	c.m.add(len(s))
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '`')
		if j < 0 {
			break
		}
		i += j
		n := 0
		for i+n < len(s) && s[i+n] == '`' {
			n++
		}
		c.ticks[n] = append(c.ticks[n], i)
		i += n
	}
}

// standalone reports whether src[start:end] is alone on its line(s), so
// that what replaces it is a line of its own.
func (c *converter) standalone(start, end int) bool {
	start = c.unmarked(start)
	s := c.src
	for k := start - 1; k >= 0 && s[k] != '\n'; k-- {
		if s[k] != ' ' && s[k] != '\t' {
			return false
		}
	}
	for k := end; k < len(s) && s[k] != '\n'; k++ {
		if s[k] != ' ' && s[k] != '\t' {
			return false
		}
	}
	return true
}

// inURL reports whether position i continues a link target or an HTML
// attribute, where a replacement must be a bare value.
func (c *converter) inURL(i int) bool {
	i = c.unmarked(i)
	if i == 0 {
		return false
	}
	switch c.src[i-1] {
	case '(', '"', '\'', '=', '/', ':':
		return true
	}
	return false
}

// ensureBlankLine ends the output with an empty line, unless it is empty.
func (c *converter) ensureBlankLine() {
	o := c.out.String()
	if o == "" || strings.HasSuffix(o, "\n\n") {
		return
	}
	if strings.HasSuffix(o, "\n") {
		c.out.WriteByte('\n')
		return
	}
	c.out.WriteString("\n\n")
}

// skipLineRest returns the position after the newline that ends the line
// at i when only blanks are left on it, else i.
func skipLineRest(s string, i, end int) int {
	k := i
	for k < end && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r') {
		k++
	}
	if k < end && s[k] == '\n' {
		return k + 1
	}
	if k == end {
		return end
	}
	return i
}

// writeFence writes code as a fenced block with its language, on lines of
// its own, with a fence longer than any backtick run inside.
func (c *converter) writeFence(lang, code string) {
	code = strings.Trim(code, "\n")
	longest, run := 0, 0
	for k := 0; k < len(code); k++ {
		if code[k] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	f := strings.Repeat("`", max(3, longest+1))
	c.ensureBlankLine()
	c.out.WriteString(f + strings.TrimSpace(lang) + "\n" + code + "\n" + f + "\n\n")
}

// writeMarker writes a dim marker: as a paragraph of its own when the tag
// was alone on its line (the caller then skips the rest of that line), or
// inline.
func (c *converter) writeMarker(text string, alone bool) {
	if alone {
		c.writeMarkerLine(text)
		return
	}
	c.out.WriteString(dim(oneLine(text)))
}

// marked says that the tag at i was handed back by the Liquid engine to
// be converted here (liquidMark).
func (c *converter) marked(i int) bool {
	return strings.HasSuffix(c.src[:i], liquidMark) && strings.HasPrefix(c.src[i:], "{%")
}

// unmarked is where the tag at i starts, before its liquidMark if it
// has one, so that what precedes it is what the post wrote.
func (c *converter) unmarked(i int) int {
	if strings.HasSuffix(c.src[:i], liquidMark) {
		return i - len(liquidMark)
	}
	return i
}
