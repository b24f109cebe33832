package markdown

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

func TestNesting(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		body string
		want int
	}{
		{"empty", "", 0},
		{"paragraph", "Just words.\nMore words.\n", 0},
		{"one quote", "> a quote\n", 1},
		{"spaced quotes", "> > > three\n", 3},
		{"packed quotes", ">>> three\n", 3},
		{"mixed quote spacing", "> >> three\n", 3},
		{"quote continued on the next lines", "> > a\n> > b\n> c\n", 2},
		{"bullets on one line", "- - - three\n", 3},
		{"star and plus bullets", "* + * three\n", 3},
		{"list nested by indentation", "- a\n  - b\n    - c\n", 3},
		{"ordered list nested by indentation", "1. a\n   1. b\n      1. c\n", 3},
		{"ordered with parentheses", "1) a\n   1) b\n", 2},
		{"only a list from 1 interrupts a paragraph", "1) a\n   2) b\n", 1},
		{"an empty item does not interrupt a paragraph", "- a\n  -\n", 1},
		{"plus list", "+ a\n  + b\n", 2},
		{"wide indentation", "- a\n    - b\n", 2},
		{"not indented far enough to nest", "1. a\n  - b\n", 1},
		{"siblings", "- a\n- b\n- c\n", 1},
		{"back out and in again", "- a\n  - b\n- c\n  - d\n", 2},
		{"quote list quote list", "> - > 1. deep\n", 4},
		{"list inside a quote by indentation", "> - a\n>   - b\n", 3},
		{"quote inside a list by indentation", "- a\n\n  > b\n  > > c\n", 3},
		{"blank line keeps a list item open", "- a\n\n  - b\n", 2},
		{"lazy line keeps a list item open", "- a\nlazy\n  - b\n", 2},
		{"lazy line in quotes", "> > a\nlazy\n> > b\n", 2},
		{"blank line ends a quote", "> a\n\n> b\n", 1},
		{"blank line ends a quote inside a list", "- a\n  > b\n\n  > > c\n", 3},
		{"blank lines keep deep list items", indentedList(10) + "\n\n" + strings.Repeat("  ", 10) + "- x\n", 11},
		// The floor, half of the markers and indentation at the start
		// of a line, shows in thematic breaks and in code.
		{"thematic break of dashes", "- - - - - - - - - -\n", 5},
		{"thematic break of stars", "* * *\n", 1},
		{"thematic break in a list item", "- * * *\n", 2},
		{"solid thematic break", "---\n", 0},
		{"dashes before text are lists", "- - - -x\n", 3},
		{"setext heading", "Title\n---\n", 0},
		{"empty item", "-\n", 1},
		{"marker needs a space", "-a *b* +c 1.d\n", 0},
		{"emphasis", "*a* and **b**\n", 0},
		{"ten digits are not a marker", "1234567890. a\n", 0},
		{"a year starts a list", "2020. A year\n", 1},
		{"heading", "# > not a quote\n", 0},
		{"fenced code adds only the floor", "```\n" + quotes(10) + "a\n- - - a\n```\n", 5},
		{"tilde fence", "~~~ text\n" + quotes(10) + "\n~~~\n", 5},
		{"after a closed fence", "```\ncode\n```\n> > > a\n", 3},
		{"shorter fence does not close", "````\n```\n" + quotes(10) + "a\n````\n", 5},
		{"unclosed fence runs to the end", "```\n" + quotes(10) + "a\n", 5},
		{"fence info with a backtick is no fence", "``` a`b\n> > a\n", 2},
		{"fence inside a quote", "> ```\n> " + quotes(10) + "code\n> ```\n", 5},
		{"fence ends with its quote", "> ```\n> > > > code\n\n> > > a\n", 3},
		{"fence inside a list item", "- ```\n  " + quotes(10) + "\n  ```\n", 5},
		{"fence ends with its list item", "- ```\n  code\n> > > a\n", 3},
		{"indented code adds only the floor", "    " + quotes(10) + "a\n", 6},
		{"indented text continues a paragraph", "para\n    " + quotes(10) + "a\n", 6},
		{"indented code in a list item", "- a\n\n      " + quotes(10) + "a\n", 6},
		{"a fence inside an HTML block opens nothing", "<div>\n```\n\n> > > a\n", 3},
		{"an HTML comment runs past blank lines", "<!--\n\n```\n-->\n> > > a\n", 3},
		{"a tag alone after a blank line is HTML", "para\n\n<span class=\"x\">\n```\n\n> > > a\n", 3},
		{"a tag alone cannot interrupt a paragraph", "para\n<span>\n```\n> > > a\n", 1},
		{"the floor catches a misread context", "```\n" + strings.Repeat(">", 40) + " a\n", 20},
		{"CRLF", "> > a\r\n> > > b\r\n", 3},
		{"CR", "> a\r> > b\r", 2},
		{"tabs", "-\ta\n\t-\tb\n", 2},
		{"no final newline", "> > a", 2},
		{"only markers", ">>>>", 4},
		{"definition description", "Term\n: > > x\n", 3},
		{"definitions nested by indentation", "A\n: B\n\n  : C\n\n    : D\n", 3},
		{"a colon in prose", "Note: this is prose\n", 0},
		{"a thousand quotes", strings.Repeat(">", 1000) + " x\n", 1000},
		{"a thousand bullets", strings.Repeat("- ", 1000) + "x\n", 1000},
		{"a thousand quoted lines", strings.Repeat(">", 1000) + " x\n" + strings.Repeat(">", 1000) + " y\n", 1000},
		{"deeper than the tracked levels by indentation", indentedList(200), 129},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Nesting(tc.body); got != tc.want {
				t.Errorf("Nesting(%q) = %d, want %d", abbreviate(tc.body), got, tc.want)
			}
		})
	}
}

// TestNestingHostile checks the estimate on the hostile corpus:
// the two 10,000-deep files are over the limit, the others render.
func TestNestingHostile(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "hostile", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no hostile corpus: %v", err)
	}
	deep := 0
	for _, f := range files {
		name := filepath.Base(f)
		if name == "README.md" || name == "generate.sh" {
			continue
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := Nesting(string(data))
			switch name {
			case "deep-list.md", "deep-blockquote.md":
				deep++
				if got != 10_000 {
					t.Errorf("nesting = %d, want 10000", got)
				}
			default:
				if got > MaxRenderNesting {
					t.Errorf("nesting = %d, over MaxRenderNesting %d", got, MaxRenderNesting)
				}
			}
		})
	}
	if deep != 2 {
		t.Errorf("found %d of the two deep-* files", deep)
	}
}

func ExampleNesting() {
	body := "> quoted\n> > twice\n\n- a list\n  - nested\n    - three deep\n\n```\n> > > > code\n```\n"
	depth := Nesting(body)
	fmt.Println(depth, depth > MaxRenderNesting)
	fmt.Println(Nesting(strings.Repeat(">", 10_000) + " bottom\n"))
	// Output:
	// 3 false
	// 10000
}

func TestNestingAllocatesNothing(t *testing.T) {
	for name, body := range map[string]string{
		"quotes":      strings.Repeat("> ", 10_000) + "x\n",
		"lists":       indentedList(300),
		"prose":       proseBody(64 << 10),
		"html":        strings.Repeat("<div class=\"note\">\n```\n</div>\n\n<!--\n> > a\n-->\n<Span id=x>\n\n", 100),
		"definitions": strings.Repeat("Term\n: > - a\n\n  : b\n", 100),
	} {
		if n := testing.AllocsPerRun(10, func() { Nesting(body) }); n != 0 {
			t.Errorf("%s: %v allocations per call, want 0", name, n)
		}
	}
}

// TestNestingLinear checks that the scanner's work (lines,
// containers matched or opened, bytes read) is a small constant per byte
// of input and that quadrupling the input quadruples it, on the shapes
// most likely to go quadratic: long runs of markers, deep indentation
// with blank lines between, deep quotes line after line. It counts steps
// rather than timing them, so a loaded machine cannot fail it;
// BenchmarkNesting reports the speed.
func TestNestingLinear(t *testing.T) {
	t.Parallel()
	shapes := map[string]func(n int) string{
		"quotes":       func(n int) string { return strings.Repeat(">", n) },
		"bullets":      func(n int) string { return strings.Repeat("- ", n/2) },
		"blank lines":  func(n int) string { return indentedList(200) + strings.Repeat("\n", n) },
		"quoted lines": func(n int) string { return strings.Repeat(strings.Repeat(">", 200)+"\n", n/201) },
		"quoted blank": func(n int) string { return strings.Repeat("> ", 100) + "x\n" + strings.Repeat(">\n", n/2) },
		"prose":        proseBody,
	}
	// Each byte is read at most three times, and a line or a container
	// costs one step more; four steps a byte leaves room for that.
	const perByte = 4
	for name, shape := range shapes {
		small, large := shape(64<<10), shape(256<<10)
		_, ss := nestingWork(small)
		_, sl := nestingWork(large)
		if ss == 0 {
			t.Errorf("%s: no steps counted", name)
			continue
		}
		for _, c := range []struct {
			body  string
			steps int
		}{{small, ss}, {large, sl}} {
			if c.steps > perByte*len(c.body) {
				t.Errorf("%s: %d steps for %d bytes, more than %d a byte", name, c.steps, len(c.body), perByte)
			}
		}
		if ratio := float64(sl) / float64(ss); ratio > 4.4 {
			t.Errorf("%s: 4× the input took %.2f× the steps (%d, %d): not linear", name, ratio, ss, sl)
		}
	}
}

// TestGlamourAtMaxRenderNesting checks the limit that keeps Glamour
// bounded, without timing Glamour (BenchmarkGlamourAtMaxRenderNesting
// does): every shape of MaxRenderNesting's table is measured exactly at
// the limit, so a reader renders it, and one level deeper is past the
// limit, so a reader shows it as plain text; and Glamour does render the
// shapes at the limit.
func TestGlamourAtMaxRenderNesting(t *testing.T) {
	t.Parallel()
	for _, s := range nestingShapes {
		src := s.make(MaxRenderNesting)
		if got := Nesting(src); got != MaxRenderNesting {
			t.Errorf("%s: Nesting = %d, want %d", s.name, got, MaxRenderNesting)
		}
		deeper := s.make(MaxRenderNesting + 1)
		if got := Nesting(deeper); got <= MaxRenderNesting {
			t.Errorf("%s one level past the limit: Nesting = %d, not past %d", s.name, got, MaxRenderNesting)
		}
	}
	// One render at the limit (the quickest shape) shows that Glamour
	// still takes what the limit lets through.
	renderGlamour(t, nestingShapes[0].make(MaxRenderNesting))
}

// FuzzNesting checks that the estimate never panics, stays
// within the input's size and never reports less than half the nesting
// that goldmark, the parser inside Glamour, builds (the floor's promise;
// TestNestingAgainstGoldmark measures how often it is exact).
func FuzzNesting(f *testing.F) {
	for _, s := range []string{
		"> > > a\n", ">>> a\n", "- - - a\n", "- a\n  - b\n    - c\n", "1. a\n   1) b\n", "> - > 1. a\n",
		"- a\nlazy\n  - b\n", "```\n> > >\n```\n", "> ```\n> > code\n\n> > a\n", "    > > a\n", "* * *\n",
		"-\ta\n\t-\tb\n", "> a\r> > b\r", "~~~\n- - -\n~~~\n", "Term\n: > - x\n", "A\n: B\n  : C\n",
	} {
		f.Add(s)
	}
	md := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList))
	f.Fuzz(func(t *testing.T, body string) {
		got := Nesting(body)
		if got < 0 || got > len(body) {
			t.Fatalf("Nesting(%q) = %d, outside 0..%d", body, got, len(body))
		}
		if len(body) > 4<<10 {
			return // goldmark is slow on deep inputs, and depth is what matters
		}
		if want := containerDepth(md.Parser().Parse(text.NewReader([]byte(body)))); 2*got+1 < want {
			t.Fatalf("Nesting(%q) = %d, but goldmark nests %d deep", body, got, want)
		}
	})
}

// TestNestingAgainstGoldmark compares the estimate with
// goldmark's tree on generated soups of Markdown line fragments, which
// reach the corners of CommonMark (lazy lines, tabs, HTML blocks,
// definitions) far faster than byte-level fuzzing. The estimate must
// never fall below half of goldmark's nesting, and should rarely fall
// below it at all.
func TestNestingAgainstGoldmark(t *testing.T) {
	t.Parallel()
	md := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList))
	frags := []string{"", " ", "  ", "   ", "    ", "\t", "> ", ">", "- ", "* ", "+ ", "1. ", "2) ", ": ", "```", "~~~",
		"text", "- - -", "***", "#", "<div>", "<!--", "-->", "<span>", "|a|", "[x]: /u"}
	r := rand.New(rand.NewPCG(6, 7))
	const n = 20_000
	under := 0
	for range n {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			for range r.IntN(6) {
				b.WriteString(frags[r.IntN(len(frags))])
			}
			if r.IntN(2) == 0 {
				b.WriteString("x")
			}
			b.WriteString("\n")
		}
		body := b.String()
		got := Nesting(body)
		want := containerDepth(md.Parser().Parse(text.NewReader([]byte(body))))
		if 2*got+1 < want {
			t.Errorf("Nesting(%q) = %d, goldmark nests %d deep", body, got, want)
		}
		if got < want {
			under++
		}
	}
	t.Logf("under goldmark's nesting in %d of %d soups", under, n)
	if under > n/100 {
		t.Errorf("under goldmark's nesting in %d of %d soups, more than 1%%", under, n)
	}
}

// containerDepth is the deepest nesting of block quotes and list items
// in a goldmark tree.
func containerDepth(n ast.Node) int {
	deepest := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		deepest = max(deepest, containerDepth(c))
	}
	switch n.Kind() {
	case ast.KindBlockquote, ast.KindListItem, east.KindDefinitionDescription:
		deepest++
	}
	return deepest
}

// nestingShape is a way of nesting Markdown, made at a given depth.
type nestingShape struct {
	name string
	make func(depth int) string
}

var nestingShapes = []nestingShape{
	{"quotes on one line", func(d int) string { return strings.Repeat("> ", d) + "text\n" }},
	{"bullets on one line", func(d int) string { return strings.Repeat("- ", d) + "text\n" }},
	{"indented items", func(d int) string {
		var b strings.Builder
		for i := range d {
			fmt.Fprintf(&b, "%s- item at this level with a few words\n", strings.Repeat("  ", i))
		}
		return b.String()
	}},
	{"quotes and lists", func(d int) string {
		var b strings.Builder
		for i := range d {
			b.WriteString([]string{"> ", "- "}[i%2])
		}
		b.WriteString("text\n")
		return b.String()
	}},
	{"a paragraph in each quote", func(d int) string {
		var b strings.Builder
		for i := 1; i <= d; i++ {
			q := strings.Repeat("> ", i)
			fmt.Fprintf(&b, "%sSome words of a paragraph at this level, long enough to wrap a little maybe.\n%s\n", q, q)
		}
		return b.String()
	}},
}

// renderGlamour renders src as the reader does, at 80 columns.
func renderGlamour(tb testing.TB, src string) {
	tb.Helper()
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := r.Render(src); err != nil {
		tb.Fatal(err)
	}
}

// indentedList is a list nested depth deep by indentation, two spaces a
// level.
func indentedList(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat("  ", i))
		b.WriteString("- item\n")
	}
	return b.String()
}

// proseBody is about size bytes of ordinary Markdown: headings,
// paragraphs with inline markup, a short list and a code block.
func proseBody(size int) string {
	const chunk = "## A heading\n\nSome *emphasis* and **strong** words, a [link](https://example.com) and `code` in a paragraph that wraps over a couple of lines at eighty columns, like real prose does.\n\n- an item\n- another item with more words\n  - and a nested one\n\n> A quoted remark.\n\n```go\nfunc main() { fmt.Println(\"hi\") }\n```\n\n"
	return strings.Repeat(chunk, size/len(chunk)+1)[:size]
}

// quotes is n quote markers with spaces between.
func quotes(n int) string { return strings.Repeat("> ", n) }

// abbreviate shortens long test inputs in failure messages.
func abbreviate(s string) string {
	if len(s) > 80 {
		return s[:60] + fmt.Sprintf("…(%d bytes)", len(s))
	}
	return s
}
