package markdown

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// DefaultBudget is the most estimated work a render may take, in
// microseconds of Glamour on the project's 2-core machine shared with
// other builds: the 2 seconds a single post may take (issue 11). The
// estimate is within about half of the measured time on the shapes
// measured, erring high for nesting, which grows fastest.
const DefaultBudget = 2_000_000

// Work estimates in microseconds, fitted to Glamour v2.0.1's renders of
// the shapes in BenchmarkShapes (the report's table): each block of text
// costs about a quarter of a millisecond whatever its size (styles,
// buffers, margins: 43,000 one-word paragraphs took 11.6 s); a byte of
// text half a microsecond at the top level and three more for each
// quote or list level around it, since each level wraps and indents its
// children's output again (12 quote levels of 120 KiB took 4.5 s); a byte
// of code six (Chroma's highlighting: 128 KiB of Go took 0.75 s); a table
// cell twenty. Once the indentation leaves few columns, each byte turns
// into lines of prefixes: the nested cost grows with the square of the
// ratio of the width to the columns left.
const (
	costTextBlock = 250
	costContainer = 100
	costCell      = 20
	costByteHalfs = 1 // per byte at the top level, in half microseconds
	costByteLevel = 6 // per byte and level, in half microseconds
	costCodeByte  = 12
	indentLevel   = 2  // columns a quote or list level takes
	widthBase     = 40 // the part of a line's cost that is not its width
	docMargin     = 4  // Glamour's margins on both sides
)

// estimateResult is the estimated work and what it came from, for the
// warning.
type estimateResult struct {
	cost     int64
	blocks   int
	deepest  int
	narrowed bool // text was left with under a third of the width
}

// textReader makes a goldmark reader for src.
func textReader(src []byte) text.Reader { return text.NewReader(src) }

// estimate walks the document once.
func estimate(doc ast.Node, src []byte, width int) estimateResult {
	var e estimateResult
	depth := 0
	avail := max(10, width-docMargin)
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		container := n.Kind() == ast.KindBlockquote || n.Kind() == ast.KindListItem
		if container {
			if entering {
				depth++
				e.deepest = max(e.deepest, depth)
			} else {
				depth--
			}
		}
		if !entering || n.Type() != ast.TypeBlock {
			return ast.WalkContinue, nil
		}
		e.blocks++
		cols := max(1, avail-indentLevel*depth)
		if cols*3 < avail {
			e.narrowed = true
		}
		squeeze := int64(avail) * int64(avail) / (int64(cols) * int64(cols))
		perByte := costByteHalfs + costByteLevel*int64(depth)*max(1, squeeze)
		switch kind := n.Kind().String(); {
		case kind == "TableCell":
			e.cost += costCell
			return ast.WalkSkipChildren, nil
		case n.Kind() == ast.KindFencedCodeBlock:
			perByte += costCodeByte
			e.cost += costTextBlock + codeCost(n.(*ast.FencedCodeBlock), src)
		case n.Kind() == ast.KindCodeBlock:
			perByte += costCodeByte
			e.cost += costTextBlock + costCodeGuessed
		case container || n.Kind() == ast.KindList || n.Kind() == ast.KindDocument || strings.HasPrefix(kind, "Table"):
			e.cost += costContainer
		default:
			e.cost += costTextBlock
		}
		lines := n.Lines()
		for k := 0; k < lines.Len(); k++ {
			seg := lines.At(k)
			e.cost += int64(seg.Len()) * perByte / 2
		}
		return ast.WalkContinue, nil
	})
	// Glamour pads every line to the width, so each line costs in
	// proportion to it: 128 KiB of dense markup took 0.8, 1.3 and 2.7 s
	// at 20, 80 and 200 columns.
	e.cost = e.cost * int64(widthBase+max(width, 1)) / (widthBase + 80)
	return e
}

// reason is the warning shown when the estimate is over the budget.
func (e estimateResult) reason(width int) string {
	if e.narrowed {
		return fmt.Sprintf("%d blocks nested %d deep leave too little of %d columns to render quickly; showing plain text", e.blocks, e.deepest, width)
	}
	if e.deepest > 2 {
		return fmt.Sprintf("%d blocks nested up to %d deep would take too long to render; showing plain text", e.blocks, e.deepest)
	}
	return fmt.Sprintf("%d blocks would take too long to render; showing plain text", e.blocks)
}
