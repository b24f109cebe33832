package markdown

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
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
	if _, ok := globbed.Load(lang); ok {
		return 0
	}
	return costCodeUnknown
}

// globbed caches, per language Chroma has no name or alias for, the
// lexer name its globbing found ("" for none), so that each such
// language is globbed once per process rather than once per block.
var (
	globbed     sync.Map // string -> string
	globbedSize atomic.Int64
)

// maxGlobbed bounds the cache: a post can name any number of languages.
const maxGlobbed = 512

// fastNames rewrites the language of each fenced code block that Chroma
// would glob for into the name of the lexer globbing finds ("plaintext"
// when none), so Glamour finds it in a map. The names are appended to
// src, which the blocks' info then points into; src's own bytes do not
// move. It returns the source to render with; it must run before
// anything asks a block for its language, which the block then keeps.
func fastNames(doc ast.Node, src []byte) []byte {
	out := src
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		fc, ok := n.(*ast.FencedCodeBlock)
		if !entering || !ok || fc.Info == nil {
			return ast.WalkContinue, nil
		}
		// Not fc.Language, which caches its answer in the node.
		lang := infoLanguage(fc.Info.Segment.Value(src))
		if lang == "" || fastLanguage(lang) {
			return ast.WalkContinue, nil
		}
		name := "plaintext"
		if v, ok := globbed.Load(lang); ok {
			name = v.(string)
		} else {
			if l := lexers.Get(lang); l != nil {
				name = l.Config().Name
			}
			if globbedSize.Add(1) <= maxGlobbed {
				globbed.Store(lang, name)
			}
		}
		if len(out) == len(src) {
			out = append(src[:len(src):len(src)], '\n')
		}
		start := len(out)
		out = append(out, name...)
		fc.Info = ast.NewTextSegment(text.NewSegment(start, len(out)))
		return ast.WalkContinue, nil
	})
	return out
}

// infoLanguage is the language of a code fence's info string: its first
// word, as goldmark reads it.
func infoLanguage(info []byte) string {
	s := strings.TrimSpace(string(info))
	if i := strings.IndexAny(s, " \t{"); i >= 0 {
		s = s[:i]
	}
	return s
}
