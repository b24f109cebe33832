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
}

// filteredMsg carries the posts matching the query of generation gen.
type filteredMsg struct {
	gen   int
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

// filterCmd filters all by q off the Update loop.
func filterCmd(all []*posts.Post, q posts.Query, gen int) tea.Cmd {
	return func() tea.Msg {
		return filteredMsg{gen: gen, posts: posts.Filter(all, q)}
	}
}

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
