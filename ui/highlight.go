package ui

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// fuzzyRanges finds the cells of s that hold the letters of word in
// order, as ranges, or nil when they are not all there.
func fuzzyRanges(s, word string) [][2]int {
	lower := strings.ToLower(s)
	if len(lower) != len(s) || word == "" {
		return nil
	}
	var out [][2]int
	want := []rune(word)
	k, cell := 0, 0
	for _, r := range lower {
		w := runeCells(r)
		if k < len(want) && r == want[k] {
			if n := len(out); n > 0 && out[n-1][1] == cell {
				out[n-1][1] += w
			} else {
				out = append(out, [2]int{cell, cell + w})
			}
			k++
		}
		cell += w
	}
	if k < len(want) {
		return nil
	}
	return out
}

// runeCells is how many cells r takes on screen.
func runeCells(r rune) int { return ansi.StringWidth(string(r)) }

// mergeRanges sorts cell ranges and joins those that overlap or touch.
func mergeRanges(rs [][2]int) [][2]int {
	slices.SortFunc(rs, func(a, b [2]int) int { return a[0] - b[0] })
	var out [][2]int
	for _, r := range rs {
		if n := len(out); n > 0 && r[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}

// styleLine styles cell ranges of one styled line. The ranges may overlap
// and come in any order: a later range lies over an earlier one, and
// where they overlap its style is composed over the one below (what it
// leaves unset shows through). One pass over the line's cells: inside a
// range the line's own colours give way to the range's, and come back
// after it; its other sequences (a hyperlink's) stay where they are, so
// a highlighted word of a link is still the link.
func styleLine(line string, layers []lipgloss.Range) string {
	ranges := flattenRanges(layers)
	if len(ranges) == 0 {
		return line
	}
	var b strings.Builder
	b.Grow(len(line) + 32*len(ranges))
	var sgr []string // the line's colours since its last reset
	restore := func() {
		b.WriteString(ansi.ResetStyle)
		for _, s := range sgr {
			b.WriteString(s)
		}
	}
	cell, k, in := 0, 0, false
	var state byte
	for rest := line; rest != ""; {
		seq, width, n, next := ansi.DecodeSequence(rest, state, nil)
		state, rest = next, rest[n:]
		if width == 0 {
			if isSGR(seq) {
				if seq == ansi.ResetStyle || seq == "\x1b[0m" {
					sgr = sgr[:0]
				} else {
					sgr = append(sgr, seq)
				}
				if in {
					continue
				}
			}
			b.WriteString(seq)
			continue
		}
		if in && cell >= ranges[k].End {
			restore()
			in, k = false, k+1
		}
		if !in && k < len(ranges) && cell >= ranges[k].Start {
			b.WriteString(ansi.ResetStyle + stylePrefix(ranges[k].Style))
			in = true
		}
		b.WriteString(seq)
		cell += width
	}
	if in {
		restore()
	}
	return b.String()
}

// isSGR reports whether seq is a Select Graphic Rendition sequence.
func isSGR(seq string) bool {
	return strings.HasPrefix(seq, "\x1b[") && strings.HasSuffix(seq, "m")
}

// stylePrefix is the sequence that turns st on.
func stylePrefix(st lipgloss.Style) string {
	r := st.Render("x")
	return r[:strings.Index(r, "x")]
}

// flattenRanges cuts layered ranges into disjoint ones, in order, each
// styled by the layers over it, topmost first.
func flattenRanges(layers []lipgloss.Range) []lipgloss.Range {
	cuts := make([]int, 0, 2*len(layers))
	for _, l := range layers {
		if l.Start < l.End {
			cuts = append(cuts, l.Start, l.End)
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []lipgloss.Range
	var prev []int // the layers over the last range added
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		var over []int
		for j := len(layers) - 1; j >= 0; j-- {
			if layers[j].Start <= a && b <= layers[j].End {
				over = append(over, j)
			}
		}
		if len(over) == 0 {
			prev = nil
			continue
		}
		if n := len(out); n > 0 && out[n-1].End == a && slices.Equal(over, prev) {
			out[n-1].End = b
			continue
		}
		st := layers[over[0]].Style
		for _, j := range over[1:] {
			st = st.Inherit(layers[j].Style)
		}
		out = append(out, lipgloss.NewRange(a, b, st))
		prev = over
	}
	return out
}
