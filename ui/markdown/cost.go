package markdown

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// DefaultBudget is the most estimated work a render may take: about one
// second of Glamour on the project's 2-core machine (see
// BenchmarkRenderShapes for the table it was set from).
const DefaultBudget = 1_500_000

// Work estimates, in units of roughly a microsecond. Glamour renders
// each container's children and then wraps and indents their output
// again, so a byte of text costs once per level it is nested in; and once
// the indentation leaves few columns, each byte turns into lines of
// prefixes that every level handles again.
const (
	costBlock   = 40 // each block node: styles, buffers and margins
	costInline  = 4  // each inline node
	indentLevel = 2  // columns a quote or list level takes
	docMargin   = 4  // Glamour's margins on both sides
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
		if !entering {
			return ast.WalkContinue, nil
		}
		cols := max(1, avail-indentLevel*depth)
		if cols*3 < avail {
			e.narrowed = true
		}
		// Each byte is handled once per level, and the lines it
		// makes carry the levels' prefixes: as many more bytes as
		// the prefix is wide per line of text.
		perByte := int64(depth+1) * int64(cols+indentLevel*depth) / int64(cols)
		switch n.Type() {
		case ast.TypeBlock:
			e.blocks++
			e.cost += costBlock * int64(depth+1)
			lines := n.Lines()
			for k := 0; k < lines.Len(); k++ {
				seg := lines.At(k)
				e.cost += int64(seg.Len()) * perByte / 8
			}
		case ast.TypeInline:
			e.cost += costInline
			if t, ok := n.(*ast.Text); ok {
				e.cost += int64(t.Segment.Len()) * perByte / 8
			}
		}
		return ast.WalkContinue, nil
	})
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
