package markdown

import (
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/yuin/goldmark/ast"
)

// Chroma, which Glamour highlights code with, finds a lexer by name or
// alias in a map, but for any other language it globs the language
// against every lexer's file patterns (12 ms a block), and for a block
// without a language it runs every lexer's analyser over the code (6 ms):
// a post of a few thousand such blocks takes minutes. The estimate counts
// that cost, so such a post is shown as plain text.
const (
	costCodeUnknown = 12_000
	costCodeGuessed = 6_000
)

var (
	lexerNamesOnce sync.Once
	lexerNames     map[string]bool
)

// fastLanguage reports whether Chroma finds lang's lexer by name or
// alias, without globbing.
func fastLanguage(lang string) bool {
	lexerNamesOnce.Do(func() {
		lexerNames = map[string]bool{}
		for _, n := range lexers.Names(true) {
			lexerNames[strings.ToLower(n)] = true
		}
	})
	return lexerNames[strings.ToLower(lang)]
}

// codeCost is the extra work of highlighting a fenced code block.
func codeCost(n *ast.FencedCodeBlock, src []byte) int64 {
	lang := string(n.Language(src))
	switch {
	case lang == "":
		return costCodeGuessed
	case fastLanguage(lang):
		return 0
	}
	return costCodeUnknown
}
