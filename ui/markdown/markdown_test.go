package markdown

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/ui/termsafe"
	"github.com/yuin/goldmark/ast"
)

func render(t *testing.T, src string, o Options) Result {
	t.Helper()
	if o.Width == 0 {
		o.Width = 80
	}
	if o.Style == "" {
		o.Style = "dark"
	}
	r, err := Render(context.Background(), src, o)
	if err != nil {
		t.Fatal(err)
	}
	if err := termsafe.Check(r.Text); err != nil {
		t.Fatalf("unsafe output: %v", err)
	}
	return r
}

// TestOutline checks the headings come from the parsed document: a rule
// under a paragraph is no heading, and indented headings and headings in
// lists and quotes are.
func TestOutline(t *testing.T) {
	t.Parallel()
	src := "# One\n\nPara\n***\n\n   ## Indented\n\n- ### In a list\n\n> #### In a quote\n\n```\n# not a heading\n```\n\nSetext *em*\n----------\n\n## Two `code` [link](x)\n"
	r := render(t, src, Options{})
	var got []string
	lines := strings.Split(ansi.Strip(r.Text), "\n")
	for _, h := range r.Headings {
		got = append(got, strings.Repeat("#", h.Level)+" "+h.Text)
		if h.Line < 0 || h.Line >= len(lines) || !strings.Contains(lines[h.Line], strings.Fields(h.Text)[0]) {
			t.Errorf("heading %q placed on line %d", h.Text, h.Line)
		}
	}
	want := []string{"# One", "## Indented", "### In a list", "#### In a quote", "## Setext em", "## Two code link"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", got, want)
	}
}

// TestChunksRenderAsWhole checks that rendering by chunks shows what
// Glamour shows for the whole document.
func TestChunksRenderAsWhole(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for k := 0; k < 40; k++ {
		b.WriteString("## Section\n\nSome *text* with a [link](https://example.org) and `code`.\n\n- one\n- two\n\n> quoted\n\n```go\nx := 1\n```\n\n")
	}
	src := b.String()
	for _, width := range []int{40, 100} {
		r := render(t, src, Options{Width: width})
		g, _ := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(width-2))
		whole, _ := g.Render(src)
		got, want := strings.Split(trimBlankLines(r.Text), "\n"), strings.Split(trimBlankLines(termsafe.Output(whole)), "\n")
		// What shows must match; a chunk's last line may lack the
		// trailing padding Glamour gives a line followed by more.
		for k := 0; k < min(len(got), len(want)); k++ {
			if strings.TrimRight(ansi.Strip(got[k]), " ") != strings.TrimRight(ansi.Strip(want[k]), " ") {
				t.Fatalf("width %d: line %d differs from Glamour's whole render:\n%q\n%q", width, k, got[k], want[k])
			}
		}
		if len(got) != len(want) {
			t.Errorf("width %d: %d lines, Glamour's whole render has %d", width, len(got), len(want))
		}
		if len(r.Headings) != 40 {
			t.Errorf("width %d: %d headings, want 40", width, len(r.Headings))
		}
	}
}

func TestBudget(t *testing.T) {
	t.Parallel()
	deep := strings.Repeat("> ", 12) + strings.Repeat("word ", 6000) + "\n"
	tests := []struct {
		name  string
		src   string
		width int
		warn  string
	}{
		{"deep quotes in a narrow screen", deep, 20, "too little of 20 columns"},
		{"many paragraphs", strings.Repeat("w\n\n", 43000), 80, "blocks would take too long"},
		{"deep quotes at 80 columns", strings.Repeat("> ", 12) + strings.Repeat("word ", 24000) + "\n", 80, "nested up to 12 deep would take too long"},
		{"many code blocks without a language", strings.Repeat("```\nx\n```\n\n", 2000), 80, "blocks would take too long"},
		{"a long highlighted listing", "```go\n" + strings.Repeat("x := compute(a, b) // comment\n", 4000) + "```\n", 80, ""},
		{"too deep for the guard", strings.Repeat(">", 40) + " x\n", 80, "nested 40 deep"},
		{"an ordinary post", strings.Repeat("Some words in a paragraph.\n\n", 200), 80, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := render(t, tc.src, Options{Width: tc.width})
			if tc.warn == "" && r.Warning != "" || !strings.Contains(r.Warning, tc.warn) {
				t.Errorf("warning %q, want %q", r.Warning, tc.warn)
			}
		})
	}
}

func TestCancelled(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	o := Options{Width: 80, Style: "dark", renderChunk: func(w io.Writer, src []byte, doc ast.Node, width int, st gansi.StyleConfig) error {
		calls++
		cancel() // the reader moved on while the first chunk rendered
		return glamourChunk(w, src, doc, width, st)
	}}
	_, err := Render(ctx, strings.Repeat("## H\n\ntext\n\n", 50), o)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if calls != 1 {
		t.Errorf("%d chunks rendered after the cancel, want the one under way", calls)
	}
}

func TestProgress(t *testing.T) {
	t.Parallel()
	var first []Result
	src := strings.Repeat("## H\n\nSome text here.\n\n", 100)
	r := render(t, src, Options{FirstScreen: 20, Progress: func(p Result) { first = append(first, p) }})
	if len(first) != 1 {
		t.Fatalf("progress called %d times, want once", len(first))
	}
	if !strings.HasPrefix(r.Text, first[0].Text) || len(first[0].Text) >= len(r.Text) {
		t.Errorf("the first screen is not the start of the whole text")
	}
	if n := strings.Count(first[0].Text, "\n") + 1; n < 20 {
		t.Errorf("first screen has %d lines, want at least 20", n)
	}
}

func TestRendererFailureFallsBack(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		render func(io.Writer, []byte, ast.Node, int, gansi.StyleConfig) error
		warn   string
	}{
		{"panic", func(io.Writer, []byte, ast.Node, int, gansi.StyleConfig) error { panic("boom") }, "failed (boom)"},
		{"error", func(io.Writer, []byte, ast.Node, int, gansi.StyleConfig) error { return errors.New("bad style") }, "failed (bad style)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := render(t, "# Title\n\nSome text.", Options{renderChunk: tc.render})
			if !strings.Contains(r.Warning, tc.warn) || !strings.Contains(r.Text, "Some text.") {
				t.Errorf("warning %q, text %q", r.Warning, r.Text)
			}
		})
	}
}

func TestMarkersAreDim(t *testing.T) {
	t.Parallel()
	r := render(t, "See ⟨include note.html⟩ here.\n", Options{})
	if !strings.Contains(r.Text, "\x1b[2m⟨include note.html⟩\x1b[22m") {
		t.Errorf("marker not dim: %q", r.Text)
	}
}
