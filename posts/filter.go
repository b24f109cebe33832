package posts

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// Filter returns the posts that match q, in their order. Large inputs are
// matched on every CPU.
func Filter(ps []*Post, q Query) []*Post {
	return filterContext(context.Background(), ps, q)
}

// filterContext is Filter, stopping early (with a partial result) when
// ctx is cancelled.
func filterContext(ctx context.Context, ps []*Post, q Query) []*Post {
	if q.IsZero() {
		return ps
	}
	q = q.preparedFor(ps)
	exact, _ := inParts(ps, func(part []*Post) (exact, fuzzy []*Post) {
		return matchRange(ctx, part, q, nil)
	})
	return exact
}

// FilterTitles returns the posts of ps matching q, then those that
// match only because each of q's bare words appears letter by letter in
// their title ("pthlb" finds "Five pathlib habits"), each group in ps's
// order. The other terms of q are matched once.
func FilterTitles(ps []*Post, q Query) []*Post {
	exact, fuzzy := FilterTitlesSplit(ps, q)
	return append(exact, fuzzy...)
}

// FilterTitlesSplit is FilterTitles with its two groups apart: the posts
// q matches as written, and those matching only through fuzzy titles. A
// list loading batch by batch merges each group with the batch's.
func FilterTitlesSplit(ps []*Post, q Query) (exact, fuzzy []*Post) {
	exact, fuzzy, _ = FilterTitlesSplitContext(context.Background(), ps, q)
	return exact, fuzzy
}

// FilterTitlesSplitContext is FilterTitlesSplit, given up when ctx is
// cancelled (as when the query changed before the filter ended): it then
// returns ctx's error, and no posts.
func FilterTitlesSplitContext(ctx context.Context, ps []*Post, q Query) (exact, fuzzy []*Post, err error) {
	defer func() {
		if err = ctx.Err(); err != nil {
			exact, fuzzy = nil, nil
		}
	}()
	words := q.BareWords()
	if len(words) == 0 {
		return filterContext(ctx, ps, q), nil, nil
	}
	kept := ps
	if rest := q.WithoutBareWords(); !rest.IsZero() {
		kept = filterContext(ctx, ps, rest)
	}
	var wordQuery Query
	for _, t := range q.terms {
		if t.bare() {
			wordQuery.terms = append(wordQuery.terms, t)
		}
	}
	wordQuery = wordQuery.preparedFor(kept)
	exact, fuzzy = inParts(kept, func(part []*Post) (exact, fuzzy []*Post) {
		return matchRange(ctx, part, wordQuery, words)
	})
	return exact, fuzzy, nil
}

// preparedFor returns q ready to match ps: prepared (each word looked up
// in their vocabulary once) when that is cheaper than testing each post's
// words. Posts loaded together share one vocabulary, that of the first
// of them that has one: only posts that could not be read have none, so
// a few are looked at, not all (posts without compact search texts have
// none at all). The words of other vocabularies are tested one by one.
func (q Query) preparedFor(ps []*Post) Query {
	for _, p := range ps[:min(len(ps), 16)] {
		if v := p.search.vocab; v != nil {
			if len(ps)*64 >= int(v.size()) {
				return q.prepared(v)
			}
			break
		}
	}
	return q
}

// inParts runs match on contiguous parts of ps, one part per CPU (one
// part in all for fewer than 4,096 posts), and joins what the parts keep
// in ps's order.
func inParts(ps []*Post, match func(part []*Post) (exact, fuzzy []*Post)) (exact, fuzzy []*Post) {
	workers := runtime.GOMAXPROCS(0)
	if len(ps) < 4096 || workers == 1 {
		return match(ps)
	}
	type kept struct{ exact, fuzzy []*Post }
	parts := make([]kept, workers)
	size := (len(ps) + workers - 1) / workers
	var wg sync.WaitGroup
	for w := range parts {
		lo, hi := w*size, min((w+1)*size, len(ps))
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[w].exact, parts[w].fuzzy = match(ps[lo:hi])
		}()
	}
	wg.Wait()
	for _, part := range parts {
		exact = append(exact, part.exact...)
		fuzzy = append(fuzzy, part.fuzzy...)
	}
	return exact, fuzzy
}

// matchRange returns the posts of ps that q matches and, when words are
// given, those it does not match whose title holds every word's letters
// in order. It stops early (with a partial result) when ctx is cancelled.
func matchRange(ctx context.Context, ps []*Post, q Query, words []string) (exact, fuzzy []*Post) {
	text := q.SearchesText()
	const blockSize = 256
	var missed []*Post // the block's posts q does not match
	for lo := 0; lo < len(ps); lo += blockSize {
		if lo > 0 && contextDone(ctx) {
			return exact, fuzzy
		}
		block := ps[lo:min(lo+blockSize, len(ps))]
		if text {
			warmText(block)
		}
		missed = missed[:0]
		for _, p := range block {
			if q.Match(p) {
				exact = append(exact, p)
			} else if len(words) > 0 {
				missed = append(missed, p)
			}
		}
		warmTitles(missed)
		for _, p := range missed {
			if fuzzyTitle(p.Title, words) {
				fuzzy = append(fuzzy, p)
			}
		}
	}
	return exact, fuzzy
}

// warmed keeps the warming loads from being optimized away.
var warmed atomic.Uint32

// warmText reads the first byte of each post's search text, so that
// matching them finds it in the CPU's cache. Matching post after post
// waited for memory twice a post (the post, then its text, each
// somewhere in a big heap): a filter of 100,000 posts took 30 ms for
// the commonest words. These loads do not depend on one another, so the
// CPU overlaps them (10 ms).
func warmText(ps []*Post) {
	var x byte
	for _, p := range ps {
		if s, ok := p.textIndex(); ok {
			x ^= s.data[0]
		}
	}
	warmed.Add(uint32(x))
}

// warmTitles does for titles what warmText does for search texts.
func warmTitles(ps []*Post) {
	var x byte
	for _, p := range ps {
		if len(p.Title) > 0 {
			x ^= p.Title[0]
		}
	}
	warmed.Add(uint32(x))
}
