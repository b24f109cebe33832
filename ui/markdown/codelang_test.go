package markdown

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark/ast"
)

func TestFastNames(t *testing.T) {
	t.Parallel()
	src := []byte("```go\nx := 1\n```\n\n```nosuchlanguage\nkept\n```\n\n```\nguessed\n```\n")
	doc := newParser().Parser().Parse(textReader(src))
	out := fastNames(doc, src)
	if string(out[:len(src)]) != string(src) {
		t.Fatal("the source's own bytes moved")
	}
	var langs []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if fc, ok := n.(*ast.FencedCodeBlock); ok && entering {
			langs = append(langs, string(fc.Language(out)))
		}
		return ast.WalkContinue, nil
	})
	if strings.Join(langs, ",") != "go,plaintext," {
		t.Errorf("languages %q, want go, plaintext and none", langs)
	}
	if codeCost(doc.FirstChild().NextSibling().(*ast.FencedCodeBlock), out) != 0 {
		t.Error("a language globbed once still costs a glob")
	}
	r, err := Render(context.Background(), string(src), Options{Width: 60, Style: "dark"})
	if err != nil || !strings.Contains(ansi.Strip(r.Text), "kept") || strings.Contains(ansi.Strip(r.Text), "plaintext") {
		t.Errorf("render: %v\n%s", err, ansi.Strip(r.Text))
	}
}
