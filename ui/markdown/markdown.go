// Package markdown renders a post's Markdown for the terminal with Glamour,
// within a budget: it estimates the work from the document's shape (its
// blocks, how deep they nest and how narrow that leaves the text) before
// rendering, renders in chunks of top-level blocks so that the first
// screen is ready early and a stale render stops between chunks, and falls
// back to plain text, with a warning that says why, when the work would
// be too much: its nesting guard (Nesting, MaxRenderNesting,
// MaxRenderBytes) decides before anything parses. It also lists the
// outline from the parsed document.
package markdown

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	gansi "charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/markup"
	"github.com/folio-blog/folio/ui/termsafe"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// Options say how to render.
type Options struct {
	// Width is the screen width in columns.
	Width int
	// Style is the Glamour style: "dark" or "light".
	Style string
	// StyleJSON, when set, is a Glamour JSON style used instead of
	// Style.
	StyleJSON []byte
	// Budget is the most estimated work a render may take (see cost.go);
	// 0 means DefaultBudget.
	Budget int64
	// Progress, when set, receives the rendering of the first chunks
	// as soon as they fill a screen, before the rest is rendered.
	Progress func(Result)
	// Picture, when set, draws the images that stand alone in a
	// paragraph at the top level: their rows replace the paragraph.
	// It runs as each part of the document is rendered.
	Picture PictureFunc
	// FirstScreen is how many lines make the first screen for Progress;
	// 0 means 60.
	FirstScreen int

	// renderChunk replaces Glamour in tests.
	renderChunk func(w io.Writer, src []byte, doc ast.Node, width int, style gansi.StyleConfig) error
}

// Heading is an entry of the outline.
type Heading struct {
	Level int
	Text  string
	Line  int // line of Result.Text
}

// Link is a link of the document where it shows: its text's line and
// cell columns in Result.Text.
type Link struct {
	URL        string
	Line       int
	Start, End int
}

// Result is rendered Markdown.
type Result struct {
	// Links are the document's links in order, where they were found.
	Links []Link
	// Text is terminal-safe styled text, one screen line per line.
	Text string
	// Headings are the document's headings, in order, with their line.
	Headings []Heading
	// Warning says why the text is plain, if it is.
	Warning string
}

// Render renders sanitized Markdown src. It returns ctx's error when ctx
// ends before it is done; it never panics (a Glamour panic gives plain
// text and a warning).
func Render(ctx context.Context, src string, o Options) (res Result, err error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	defer func() {
		if r := recover(); r != nil {
			res, err = plainResult(src, o.Width, fmt.Sprintf("the Markdown renderer failed (%v); showing plain text", r)), nil
		}
	}()
	// Glamour's time grows steeply with nesting, and goldmark's parse
	// too (20 s for a 128 KiB line of "- - - … x"): the linear guard
	// decides before anything parses.
	if d := Nesting(src); d > MaxRenderNesting {
		return plainResult(src, o.Width, fmt.Sprintf("lists or quotes nested %d deep; showing plain text", d)), nil
	}
	if len(src) > MaxRenderBytes {
		return plainResult(src, o.Width, fmt.Sprintf("the post is %d KiB, too long to render quickly; showing plain text", len(src)>>10)), nil
	}
	source := []byte(src)
	doc := newParser().Parser().Parse(textReader(source))
	source = fastNames(doc, source)
	hideLocalHrefs(doc)
	budget := o.Budget
	if budget <= 0 {
		budget = DefaultBudget
	}
	est := estimate(doc, source, o.Width)
	if est.cost > budget {
		return plainResult(src, o.Width, est.reason(o.Width)), nil
	}
	return renderChunks(ctx, doc, source, o)
}

// newParser is Glamour's parser: GitHub Flavored Markdown and definition
// lists.
func newParser() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.DefinitionList),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
}

// styleConfig is the JSON style when there is one, as Glamour reads it,
// else Glamour's standard style by name, dark by default.
func styleConfig(o Options) (gansi.StyleConfig, error) {
	if len(o.StyleJSON) > 0 {
		var st gansi.StyleConfig
		if err := json.Unmarshal(o.StyleJSON, &st); err != nil {
			return gansi.StyleConfig{}, err
		}
		return st, nil
	}
	if o.Style == "light" {
		return styles.LightStyleConfig, nil
	}
	return styles.DarkStyleConfig, nil
}

// plainResult is src wrapped for the screen, with a warning.
func plainResult(src string, width int, warn string) Result {
	return Result{Text: Plain(src, width), Warning: warn}
}

// Plain wraps already sanitized text for the screen, two columns in.
// Wrapping is linear, so any text of any width is cheap.
func Plain(src string, width int) string {
	return lipgloss.NewStyle().Padding(0, 2).Render(ansi.Wrap(src, max(10, width-4), ""))
}

// styleMarkers shows markup's dim markers (⟨include note.html⟩) faint. It
// runs after termsafe.Output, so its escape codes are the only ones added.
func styleMarkers(s string) string {
	if !strings.Contains(s, markup.DimOpen) {
		return s
	}
	return strings.NewReplacer(markup.DimOpen, "\x1b[2m"+markup.DimOpen, markup.DimClose, markup.DimClose+"\x1b[22m").Replace(s)
}

// safe sanitizes Glamour's output, which passes escape bytes through.
func safe(s string) string { return styleMarkers(termsafe.Output(s)) }
