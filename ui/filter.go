package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

// filterBar is the query input above the list. Each keystroke parses the
// query and filters in a Cmd; results carry a generation number so that a
// late result for an older query is dropped.
type filterBar struct {
	input   lineInput
	focused bool
	query   posts.Query
	err     error
	gen     int

	// results remembers the posts matching each query text typed since
	// the posts last changed: backspace finds its answer here, and a
	// query that narrows a remembered one filters only its results.
	results map[string][]*posts.Post
}

// filteredMsg carries the posts matching the query text of generation gen.
type filteredMsg struct {
	gen   int
	text  string
	posts []*posts.Post
}

func newFilterBar(st *Styles) filterBar {
	return filterBar{input: newLineInput("/ ", "tag:django -status:draft words…", st)}
}

func (f *filterBar) setStyles(st *Styles) {
	f.input.setStyles(st)
}

// active reports whether a query is narrowing the list.
func (f filterBar) active() bool { return strings.TrimSpace(f.input.Value()) != "" }

// words are the query's bare words, for highlighting.
func (f filterBar) words() []string { return f.query.Words() }

// filterCmd filters base by q off the Update loop, with fuzzy title
// matches after the exact ones.
func filterCmd(base []*posts.Post, q posts.Query, taxonomies []string, gen int) tea.Cmd {
	return func() tea.Msg {
		return filteredMsg{gen: gen, text: q.String(), posts: filterFuzzy(base, q, taxonomies)}
	}
}

// base returns the smallest remembered result that text can only narrow,
// or nil. A query narrows another when it extends it with more terms
// (after a space) or extends its last bare word, since terms are ANDed
// and bare words match substrings.
func (f filterBar) base(text string) []*posts.Post {
	best, bestLen := []*posts.Post(nil), -1
	for prev, ps := range f.results {
		if len(prev) > bestLen && narrows(prev, text) {
			best, bestLen = ps, len(prev)
		}
	}
	return best
}

func narrows(prev, text string) bool {
	if prev == "" || !strings.HasPrefix(text, prev) || strings.Count(prev, "\"")%2 != 0 {
		return false
	}
	suffix := text[len(prev):]
	if prev[len(prev)-1] == ' ' {
		return true
	}
	last := prev[strings.LastIndexByte(prev, ' ')+1:]
	if strings.ContainsAny(last, ":\"") || strings.HasPrefix(last, "-") {
		return false
	}
	if i := strings.IndexByte(suffix, ' '); i >= 0 {
		return !strings.ContainsAny(suffix[:i], ":\"")
	}
	return !strings.ContainsAny(suffix, ":\"")
}

// remember stores the result for text.
func (f *filterBar) remember(text string, ps []*posts.Post) {
	if f.results == nil {
		f.results = map[string][]*posts.Post{}
	}
	f.results[text] = ps
}

// forget drops remembered results when the posts change.
func (f *filterBar) forget() { f.results = nil }

// setQuery parses s as the new query. A malformed query keeps the last
// good results and shows the error; ok reports whether to filter again.
func (f *filterBar) setQuery(s string, taxonomies []string) (ok bool) {
	q, err := posts.ParseQuery(s, taxonomies...)
	if err != nil {
		f.err = err
		return false
	}
	f.err = nil
	f.query = q
	f.gen++
	return true
}

// quoteTerm writes a taxonomy filter for name, quoted when it has spaces.
func quoteTerm(key, name string) string {
	if strings.ContainsAny(name, " \t\"") {
		return key + ":\"" + strings.ReplaceAll(name, "\"", "") + "\""
	}
	return key + ":" + name
}
