package posts

// MaxRenderNesting is the deepest nesting of block quotes and list items
// that a reader should hand to a Markdown renderer; a deeper body is shown
// as plain text. Real posts stay under six levels.
//
// Glamour v2.0.1's time grows with the square of the nesting and then
// explodes once the indentation passes the wrap width. Measured at 80
// columns with the dark style on the project's 2-core machine, median of
// five renders (depths 8 to 32 are BenchmarkGlamourNesting's shapes; the
// 80 and 10,000 rows are single renders):
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
// that.
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

// trackedLevels is how many open containers MarkdownNesting remembers
// between lines. Deeper containers are still counted on the line that
// opens them, so any body deeper than this reports more than
// MaxRenderNesting; the array is fixed so that the scan never allocates.
const trackedLevels = 128

// container is an open block quote or list item.
type container struct {
	quote bool
	// col is where a list item's content starts: later lines indented
	// at least this far continue the item.
	col int
}

// MarkdownNesting estimates the deepest nesting of block quotes and list
// items in a Markdown body: "> > >", ">>>", "- - -" on one line, items
// nested by indentation ("-", "*", "+", "1.", "1)"), definition list
// descriptions (": ", an extension Glamour enables) and their mixtures.
// It follows CommonMark's container rules closely enough for a guard:
// fenced code blocks (``` and ~~~) and indented code add nothing,
// thematic breaks ("- - -", "* * *") are not lists, blank lines keep list
// items open and lazy continuation lines keep a paragraph's containers.
// Where it cannot tell, it errs towards counting deeper. It reads the
// body once, in time linear in its length, and allocates nothing.
func MarkdownNesting(body string) int {
	var open [trackedLevels]container
	n := 0 // open containers after the current line; only the first trackedLevels are in open
	deepest := 0
	paragraph := false // the previous line was paragraph text, which a lazy line may continue
	var fenceChar byte // the open fenced code block's character, or 0
	fenceLen, fenceDepth := 0, 0

	for i := 0; i < len(body); {
		// Match the open containers: a quote needs its ">", a list
		// item needs the line indented to its content or blank.
		col, base := 0, 0 // the column at i; where the innermost matched container's content starts
		matched := 0
		for matched < min(n, trackedLevels) {
			j, c := skipSpace(body, i, col)
			if atLineEnd(body, j) {
				if open[matched].quote {
					break
				}
				i, col = j, c
				matched++
				continue
			}
			if open[matched].quote {
				if body[j] != '>' || c-base > 3 {
					break
				}
				i, col, base = afterQuote(body, j, c)
				matched++
				continue
			}
			if c < open[matched].col {
				break
			}
			i, col, base = j, c, open[matched].col
			matched++
		}

		if fenceChar != 0 && matched >= fenceDepth {
			// Code: only its closing fence matters.
			n = matched
			var closed bool
			if i, closed = closeFence(body, i, col, base, fenceChar, fenceLen); closed {
				fenceChar = 0
			}
			deepest = max(deepest, n)
			continue
		}
		fenceChar = 0

		// Open new containers.
		added := 0
		var runChar byte // a run of equal bullets, which may be a thematic break
		runCount, runStart := 0, 0
		for {
			j, c := skipSpace(body, i, col)
			if atLineEnd(body, j) || c-base > 3 {
				break
			}
			if body[j] == '>' {
				i, col, base = afterQuote(body, j, c)
				push(&open, matched+added, container{quote: true})
				added++
				runChar = 0
				continue
			}
			end, ok := listMarker(body, j)
			if !ok {
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
			if atLineEnd(body, k) || kc-markerEnd > 4 {
				// An empty item, or indented code in the item:
				// its content starts one space after the marker.
				content = markerEnd + 1
			}
			push(&open, matched+added, container{col: content})
			added++
			i, col, base = end, markerEnd, content
		}

		// The rest of the line is the innermost block's content.
		j, c := skipSpace(body, i, col)
		rest := scanRest(body, j)
		switch {
		case added == 0 && matched < n && paragraph && !rest.blank && (c-base >= 4 || !rest.interrupts()):
			// A lazy continuation line: the paragraph, and every
			// container around it, goes on.
		default:
			n = matched + added
			if runChar != 0 && (rest.blank || rest.only == runChar) && runCount+rest.count >= 3 {
				n = runStart // "- - -" is a thematic break, not three lists
			}
			switch {
			case rest.blank:
				paragraph = false
			case c-base >= 4 && !paragraph:
				paragraph = false // indented code
			case rest.fence != 0 && c-base <= 3:
				fenceChar, fenceLen, fenceDepth = rest.fence, rest.run, n
				paragraph = false
			default:
				paragraph = !rest.breaks && !rest.heading
			}
		}
		deepest = max(deepest, n)
		i = rest.next
	}
	return deepest
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
	case '-', '*', '+', ':':
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

// lineRest describes the part of a line after its container markers.
type lineRest struct {
	next    int  // where the next line starts
	blank   bool // nothing but spaces and tabs
	heading bool // an ATX heading ("# …")
	breaks  bool // a thematic break ("***", "- - -", "___")
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

// interrupts reports whether the rest starts a block that ends a
// paragraph, so that it cannot be a lazy continuation line.
func (r lineRest) interrupts() bool { return r.heading || r.breaks || r.fence != 0 }

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
	r.next = i
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
	return r
}

// closeFence reads a line inside a fenced code block from i (column
// col, the container's content at base) and reports where the next line
// starts and whether this line closes the block.
func closeFence(s string, i, col, base int, char byte, length int) (next int, closed bool) {
	j, c := skipSpace(s, i, col)
	r := scanRest(s, j)
	return r.next, !r.blank && c-base <= 3 && s[j] == char && r.run >= length && !r.tail
}
