package markup

import (
	"strconv"
	"strings"
)

// footnotes numbers the notes in the order they are first referred to and
// keeps their converted text for the end of the body.
type footnotes struct {
	number map[string]int
	order  []string // labels by number - 1
	text   map[string]string
}

// footnoteDef reads a footnote definition "[^label]: text" at s[i] and
// returns its label and where its text starts.
func (c *converter) footnoteDef(i int) (label string, textStart int, ok bool) {
	s := c.src
	if !strings.HasPrefix(s[i:], "[^") {
		return "", 0, false
	}
	e := min(c.lineEnd(i), i+256)
	c.m.add(e - i)
	j := strings.Index(s[i:e], "]:")
	if j < 3 {
		return "", 0, false
	}
	label = s[i+2 : i+j]
	if strings.ContainsAny(label, " \t[]") {
		return "", 0, false
	}
	return label, i + j + 2, true
}

func (c *converter) footnoteDefAt(i int) bool {
	if !atLineStart(c.src, i+countSpaces(c.src, i)) {
		return false
	}
	label, _, ok := c.footnoteDef(i + countSpaces(c.src, i))
	return ok && c.defined[label]
}

func countSpaces(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == ' ' && n < 3 {
		n++
	}
	return n
}

// takeFootnoteDef removes a definition and its indented continuation
// lines from the body, keeping their text for the notes.
func (c *converter) takeFootnoteDef(i, end int) int {
	s := c.src
	i += countSpaces(s, i)
	label, start, _ := c.footnoteDef(i)
	stop := min(c.lineEnd(start), end)
	for stop < end && !c.m.stop {
		n := stop + 1
		e := min(c.lineEnd(n), end)
		line := s[n:e]
		if strings.TrimSpace(line) == "" {
			// A blank line continues the note only when an indented
			// line follows it.
			e2 := min(c.lineEnd(min(e+1, end)), end)
			if e+1 < end && strings.HasPrefix(s[e+1:e2], "    ") {
				stop = e
				continue
			}
			break
		}
		if !(strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t")) {
			break
		}
		stop = e
	}
	saved := c.out
	var b strings.Builder
	c.out = &b
	c.blocks(start, stop)
	c.out = saved
	if c.notes.text == nil {
		c.notes.text = map[string]string{}
	}
	if _, dup := c.notes.text[label]; !dup {
		c.notes.text[label] = dedent(strings.TrimSpace(b.String()))
	}
	return min(stop+1, end)
}

// dedent removes the four-space indentation of a note's later lines.
func dedent(s string) string {
	if !strings.Contains(s, "\n    ") {
		return s
	}
	return strings.ReplaceAll(s, "\n    ", "\n")
}

// footnoteRef converts a reference "[^label]" to a defined note into
// "[n]".
func (c *converter) footnoteRef(i, end int) (int, bool) {
	s := c.src[:end]
	if !strings.HasPrefix(s[i:], "[^") {
		return i, false
	}
	// The first "]" after each "[^" of a run of them is the same one:
	// it is found once.
	e := min(c.lineEnd(i), i+256, len(s))
	at := c.finder("]").next(i)
	if at < 0 || at >= e {
		return i, false
	}
	j := at - i
	if j < 3 {
		return i, false
	}
	label := s[i+2 : i+j]
	if !c.defined[label] || (i+j+1 < len(s) && s[i+j+1] == ':' && atLineStart(s, i)) {
		return i, false
	}
	if c.notes.number == nil {
		c.notes.number = map[string]int{}
	}
	n, ok := c.notes.number[label]
	if !ok {
		c.notes.order = append(c.notes.order, label)
		n = len(c.notes.order)
		c.notes.number[label] = n
	}
	c.out.WriteString(`\[` + strconv.Itoa(n) + `\]`)
	return i + j + 1, true
}

// writeNotes appends the notes, numbered, after a rule; notes never
// referred to come last, in the order they were written.
func (c *converter) writeNotes() {
	if len(c.notes.text) == 0 {
		return
	}
	labels := append(append([]string(nil), c.notes.order...), c.unreferenced()...)
	c.ensureBlankLine()
	c.out.WriteString("---\n\n")
	for k, l := range labels {
		if c.m.stop {
			break
		}
		c.out.WriteString(`\[` + strconv.Itoa(k+1) + `\] ` + c.notes.text[l] + "\n\n")
	}
}

// unreferenced lists defined notes that no reference numbered, in the
// order of the body.
func (c *converter) unreferenced() []string {
	var out []string
	listed := map[string]bool{}
	s := c.src
	for i := 0; i < len(s) && !c.m.stop; {
		j := strings.Index(s[i:], "[^")
		if j < 0 {
			c.m.add(len(s) - i)
			break
		}
		c.m.add(j + 2)
		i += j
		if !atLineStart(s, i) {
			i += 2
			continue
		}
		if label, _, ok := c.footnoteDef(i); ok {
			if _, numbered := c.notes.number[label]; !numbered {
				if _, has := c.notes.text[label]; has && !listed[label] {
					listed[label] = true
					out = append(out, label)
				}
			}
		}
		i += 2
	}
	return out
}
