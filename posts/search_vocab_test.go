package posts

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// Posts indexed in different vocabularies, in turn on the same cache,
// each give back their own text: a cache never hands out a number of
// another vocabulary. The words differ, so that their numbers collide.
func TestSearchIndexVocabulariesApart(t *testing.T) {
	t.Parallel()
	a, b := NewVocabulary(), NewVocabulary()
	for i := range 3 {
		for _, tc := range []struct {
			v    *Vocabulary
			body string
		}{{a, "alpha beta gamma"}, {b, "delta epsilon zeta eta"}} {
			p := &Post{Title: fmt.Sprint("round ", i)}
			idx := searchText(p, tc.body, tc.v)
			if idx.vocab != tc.v {
				t.Fatalf("index of %q is not in its vocabulary", tc.body)
			}
			if got, want := idx.String(), plainSearchText(p, tc.body); got != want {
				t.Fatalf("index rebuilds %q, want %q", got, want)
			}
		}
	}
}

// A filter over posts of two vocabularies, prepared for one of them,
// finds the words of both.
func TestFilterAcrossVocabularies(t *testing.T) {
	t.Parallel()
	var ps []*Post
	for n, v := range []*Vocabulary{NewVocabulary(), NewVocabulary()} {
		// More words first in the second, so that each vocabulary
		// numbers the shared ones differently.
		first := fmt.Sprintf("only%p here", v) + strings.Repeat(" more", n)
		for i, body := range []string{first, "open source zebra", "closed doors"} {
			p := &Post{Path: fmt.Sprintf("%p-%d.md", v, i), Title: "T"}
			p.search = searchText(p, body, v)
			ps = append(ps, p)
		}
	}
	for _, tc := range []struct {
		query string
		want  int
	}{{"zebra", 2}, {"ebr", 2}, {`"open source"`, 2}, {`"source zeb"`, 2}, {"doors", 2}, {"here", 2}, {"absent", 0}} {
		q, err := ParseQuery(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		for _, prepared := range []Query{q, q.prepared(ps[0].search.vocab), q.prepared(ps[len(ps)-1].search.vocab)} {
			var got int
			for _, p := range ps {
				if prepared.Match(p) {
					got++
				}
			}
			if got != tc.want {
				t.Errorf("%s matches %d posts, want %d", tc.query, got, tc.want)
			}
		}
		if got := len(Filter(ps, q)); got != tc.want {
			t.Errorf("Filter with %s keeps %d posts, want %d", tc.query, got, tc.want)
		}
	}
}

// Each load without a Vocabulary has one of its own, shared by its
// posts (even those indexed later); a load given one uses it.
func TestLoadVocabulary(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{
		"a.md": {Data: []byte("Title: A\n\nzebra crossing\n")},
		"b.md": {Data: []byte("Title: B\n\nzebra stripes\n")},
	}
	vocabOf := func(ps []*Post) *Vocabulary {
		t.Helper()
		var v *Vocabulary
		for _, p := range ps {
			idx, ok := p.textIndex()
			if !ok || idx.vocab == nil || v != nil && idx.vocab != v {
				t.Fatalf("%s: search text %q (compact %v), not in the load's vocabulary", p.Path, idx, ok && idx.vocab != nil)
			}
			v = idx.vocab
		}
		return v
	}
	opts := Options{Search: true, CompactSearch: true}
	first, _, _ := Load(context.Background(), fsys, opts)
	second, _, _ := Load(context.Background(), fsys, opts)
	if vocabOf(first) == vocabOf(second) {
		t.Error("two loads share a vocabulary")
	}
	given := opts
	given.Vocabulary = NewVocabulary()
	if ps, _, _ := Load(context.Background(), fsys, given); vocabOf(ps) != given.Vocabulary {
		t.Error("a load does not use the vocabulary it is given")
	}

	deferred := opts
	deferred.DeferSearch = true
	out := make(chan []*Post)
	go Stream(context.Background(), fsys, []string{"a.md", "b.md"}, deferred, 1, 1, out)
	var streamed []*Post
	for batch := range out {
		streamed = append(streamed, batch...)
	}
	progress := make(chan int)
	go IndexSearch(context.Background(), fsys, streamed, opts, 1, progress)
	for range progress {
	}
	vocabOf(streamed)
}

// Filters run while IndexSearch fills in deferred posts' texts, as the
// interface's do: they read each post's vocabulary meanwhile (run with
// -race), and find every post once all are indexed.
func TestFilterWhileIndexing(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{}
	var paths []string
	for i := range 300 {
		name := fmt.Sprintf("p%03d.md", i)
		fsys[name] = &fstest.MapFile{Data: []byte(fmt.Sprintf("Title: Post %d\n\nzebra number%d crossing\n", i, i))}
		paths = append(paths, name)
	}
	opts := Options{Search: true, CompactSearch: true, DeferSearch: true}
	out := make(chan []*Post)
	go Stream(context.Background(), fsys, paths, opts, 300, 300, out)
	var ps []*Post
	for batch := range out {
		ps = append(ps, batch...)
	}
	q, _ := ParseQuery(`"zebra number"`)
	done := make(chan struct{})
	filtered := make(chan struct{})
	go func() {
		defer close(filtered)
		for {
			select {
			case <-done:
				return
			default:
				Filter(ps, q)
			}
		}
	}()
	progress := make(chan int)
	go IndexSearch(context.Background(), fsys, ps, opts, 1, progress)
	for range progress {
	}
	close(done)
	<-filtered
	if got := len(Filter(ps, q)); got != len(ps) {
		t.Errorf("%s finds %d of the %d indexed posts", q, got, len(ps))
	}
}
