package ui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

// filterBar is the query input above the list. Each keystroke parses the
// query and filters in a Cmd; results carry a generation number so that a
// late result for an older query is dropped.
type filterBar struct {
	input   textinput.Model
	focused bool
	query   posts.Query
	err     error
	gen     int
	stop    context.CancelFunc // stops the filtering under way

	// results remembers the posts matching each query typed since the
	// posts last changed: backspace finds its answer here, and a query
	// that narrows a remembered one filters only its results.
	results map[string]filterResult
}

// filterResult is a remembered query and the posts it matched, as
// written (exact) and through fuzzy titles (fuzzy), each group in the
// list's order, with the exact ones by relevance (ranked) when they
// were ranked.
type filterResult struct {
	query                posts.Query
	exact, fuzzy, ranked []*posts.Post
}

// filteredMsg carries the posts matching the query of generation gen.
type filteredMsg struct {
	gen int
	filterResult
}

func newFilterBar(st *Styles) filterBar {
	return filterBar{input: newTextInput("/ ", "tag:django -status:draft words…", st)}
}

// active reports whether a query is narrowing the list.
func (f filterBar) active() bool { return strings.TrimSpace(f.input.Value()) != "" }

// words are the query's words and phrases, for highlighting.
func (f filterBar) words() []string { return f.query.Words() }

// filterCmd filters base by q off the Update loop, with fuzzy title
// matches after the exact ones. base's two groups are each in the
// list's order (key, reverse); so are the result's: a post base matched
// fuzzily never matches q as written when q narrows base's query.
//
// With rank, the exact matches are also ranked by relevance to q's
// words. While it runs, the folder's loading and indexing give it the
// CPUs (posts.Yield): a keystroke is what the user waits for.
func filterCmd(ctx context.Context, y *posts.Yield, base filterResult, q posts.Query, gen int, key posts.SortKey, reverse, rank bool) tea.Cmd {
	return func() tea.Msg {
		release := y.Hold()
		defer release()
		exact, fuzzy, err := posts.FilterTitlesSplitContext(ctx, base.exact, q)
		if len(base.fuzzy) > 0 && err == nil {
			var e2, f2 []*posts.Post
			e2, f2, err = posts.FilterTitlesSplitContext(ctx, base.fuzzy, q)
			exact = posts.Merge(exact, e2, key, reverse)
			fuzzy = posts.Merge(fuzzy, f2, key, reverse)
		}
		var ranked []*posts.Post
		if rank && err == nil {
			ranked, err = posts.RankContext(ctx, exact, q)
		}
		if err != nil {
			return nil // a newer keystroke stopped it: its result follows
		}
		return filteredMsg{gen: gen, filterResult: filterResult{query: q, exact: exact, fuzzy: fuzzy, ranked: ranked}}
	}
}

// start stops the filtering under way, if any, and returns the context
// of the next: on a big blog, filters for keystrokes typed in a row
// otherwise ran side by side, each slowing the others and the keys.
func (f *filterBar) start() context.Context {
	f.cancel()
	ctx, stop := context.WithCancel(context.Background())
	f.stop = stop
	return ctx
}

// running reports whether a filtering Cmd is under way.
func (f *filterBar) running() bool { return f.stop != nil }

// cancel stops the filtering under way, if any.
func (f *filterBar) cancel() {
	if f.stop != nil {
		f.stop()
		f.stop = nil
	}
}

// base returns the smallest remembered result that q can only narrow.
func (f filterBar) base(q posts.Query) (filterResult, bool) {
	var best filterResult
	found := false
	for _, r := range f.results {
		if q.Narrows(r.query) && (!found || len(r.exact)+len(r.fuzzy) < len(best.exact)+len(best.fuzzy)) {
			best, found = r, true
		}
	}
	return best, found
}

// remember stores the result r of its query.
func (f *filterBar) remember(r filterResult) {
	if f.results == nil {
		f.results = map[string]filterResult{}
	}
	f.results[r.query.String()] = r
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
	return true
}

// setText puts s in the input and parses it.
func (f *filterBar) setText(s string, taxonomies []string) bool {
	f.input.SetValue(s)
	f.input.CursorEnd()
	return f.setQuery(s, taxonomies)
}
