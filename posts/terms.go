package posts

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Term is one tag, category or author with the number of posts that have
// it. Spellings that slugify alike are one term, shown in the spelling
// most posts use (the first seen of those used most), so that one post
// spelling it differently does not change how the term is shown.
type Term struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// MarshalJSON encodes the term as {"name": …, "count": …}, escaping
// control characters the way post JSON does.
func (t Term) MarshalJSON() ([]byte, error) {
	b := append([]byte(`{"name":`), appendJSONString(nil, t.Name)...)
	b = append(b, `,"count":`...)
	b = strconv.AppendInt(b, int64(t.Count), 10)
	return append(b, '}'), nil
}

// spelling is one way a term is written, and how many times.
type spelling struct {
	name  string
	count int
}

// Terms counts the terms of a taxonomy ("tags", "categories", "authors"
// or a site's own) over ps, most used first, then by name.
func Terms(ps []*Post, taxonomy string) []Term {
	index := map[string]int{}
	var terms []Term
	var spellings [][]spelling // per term, in the order first seen; most terms have one
	for _, p := range ps {
		for _, t := range p.terms(taxonomy) {
			k := termKey(t)
			i, ok := index[k]
			if !ok {
				i = len(terms)
				index[k] = i
				terms = append(terms, Term{})
				spellings = append(spellings, nil)
			}
			terms[i].Count++
			spellings[i] = countSpelling(spellings[i], t)
		}
	}
	for i, sp := range spellings {
		best := sp[0]
		for _, s := range sp[1:] {
			if s.count > best.count {
				best = s
			}
		}
		terms[i].Name = best.name
	}
	slices.SortStableFunc(terms, func(a, b Term) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	return terms
}

// countSpelling counts one more use of name among sp.
func countSpelling(sp []spelling, name string) []spelling {
	for j := range sp {
		if sp[j].name == name {
			sp[j].count++
			return sp
		}
	}
	return append(sp, spelling{name: name, count: 1})
}

// termKeys returns the keys of the post's terms in a taxonomy: the ones
// computed at load while the post still has the same term slices, else
// fresh ones (a Post built by hand, or given new terms since).
func (p *Post) termKeys(taxonomy string) []string {
	terms := p.terms(taxonomy)
	var keys, of []string
	switch strings.ToLower(taxonomy) {
	case "tags", "tag":
		keys, of = p.keys.tags, p.keys.tagsOf
	case "categories", "category":
		keys, of = p.keys.categories, p.keys.categoriesOf
	case "authors", "author":
		keys, of = p.keys.authors, p.keys.authorsOf
	}
	if len(terms) == 0 {
		return nil
	}
	if len(of) == len(terms) && &of[0] == &terms[0] {
		return keys
	}
	return keysFor(terms)
}

// indexTerms computes the term keys of a loaded post.
func (p *Post) indexTerms() {
	p.keys = postTermKeys{
		tags: keysFor(p.Tags), categories: keysFor(p.Categories), authors: keysFor(p.Authors),
		tagsOf: p.Tags, categoriesOf: p.Categories, authorsOf: p.Authors,
	}
}

func keysFor(terms []string) []string {
	if len(terms) == 0 {
		return nil
	}
	keys := make([]string, len(terms))
	for i, t := range terms {
		keys[i] = termKey(t)
	}
	return keys
}

// TermsIn returns the post's terms in a taxonomy ("tags", "categories",
// "authors" or a site's own), as the post spells them.
func (p *Post) TermsIn(taxonomy string) []string { return p.terms(taxonomy) }

// TermKey is what makes two spellings one term, as Terms and queries
// group them: their slug ("Python" and "python"), or the lowercased text
// when it has none.
func TermKey(t string) string { return termKey(t) }

// terms returns the post's terms in a taxonomy.
func (p *Post) terms(taxonomy string) []string {
	switch strings.ToLower(taxonomy) {
	case "tags", "tag":
		return p.Tags
	case "categories", "category":
		return p.Categories
	case "authors", "author":
		return p.Authors
	}
	return p.Taxonomies[strings.ToLower(taxonomy)]
}

// termKey is what makes two spellings of a term the same term: their slug,
// as Pelican groups tags, or the lowercased text when it has no slug.
// Keys are cached: a blog has few distinct terms and every filter
// keystroke compares them all.
func termKey(t string) string {
	if k, ok := termKeys.Load(t); ok {
		return k.(string)
	}
	k := Slugify(t, nil)
	if k == "" {
		k = strings.ToLower(t)
	}
	if len(t) <= 128 && termKeyCount.Add(1) <= maxCachedTermKeys {
		termKeys.Store(t, k)
	}
	return k
}

// The term key cache is bounded so hostile input cannot grow it forever.
const maxCachedTermKeys = 1 << 16

var (
	termKeys     sync.Map
	termKeyCount atomic.Int64
)
