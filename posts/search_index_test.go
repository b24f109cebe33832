package posts

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

// plainSearchText is the search text as it was kept before searchIndex:
// what every index must give back, and what its answers must agree with.
func plainSearchText(p *Post, body string) string {
	var buf []byte
	buf = append(lowerCompact(buf, p.Title), '\n')
	buf = append(lowerCompact(buf, p.Summary), '\n')
	for _, t := range p.Tags {
		buf = append(lowerCompact(buf, t), '\n')
	}
	return string(lowerCompact(buf, body))
}

// checkIndex fails unless the index of the post in v rebuilds its text
// and finds value exactly where strings.Contains does, prepared or not.
func checkIndex(t *testing.T, v *Vocabulary, p *Post, body, value string) bool {
	t.Helper()
	plain := plainSearchText(p, body)
	idx := searchText(p, body, v)
	if got := idx.String(); got != plain {
		t.Fatalf("index rebuilds %q, want %q", got, plain)
	}
	want := strings.Contains(plain, value)
	m := newTextMatcher(value)
	if got := m.match(idx); got != want {
		t.Errorf("match(%q) in %q = %v, want %v", value, plain, got, want)
	}
	if got := m.prepared(v).match(idx); got != want {
		t.Errorf("prepared match(%q) in %q = %v, want %v", value, plain, got, want)
	}
	return want
}

func TestSearchIndex(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name                 string
		title, summary, body string
		tags                 []string
		query                string
		want                 bool
	}{
		{"substring inside a word", "Asyncio rocks", "", "", nil, "sync", true},
		{"whole word", "Asyncio rocks", "", "", nil, "rocks", true},
		{"absent", "Asyncio rocks", "", "", nil, "rust", false},
		{"phrase across words", "", "", "Open   source\n\tmatters", nil, `"en source mat"`, true},
		{"phrase in the wrong order", "", "", "open source", nil, `"source open"`, false},
		{"phrase at a later end of its first part", "", "", "reopen doors, reopen source", nil, `"open source"`, true},
		{"phrase starting with a blank", "", "", "open source", nil, `" source"`, true},
		{"phrase starting with a blank at no word", "Source", "", "", nil, `" source"`, false},
		{"phrase parts in different places", "open door", "", "free source", nil, `"open source"`, false},
		{"phrase across title and summary", "Open", "Source", "", nil, `"open source"`, false},
		{"unicode lowering", "Straße in KÖLN", "", "", []string{"İzmir"}, "İZMİR köln", true},
		{"lowered rune inside a word", "", "", "ÜBERALL", nil, "beral", true},
		{"punctuation stays in the word", "", "", "Hello, world.", nil, `"o, w"`, true},
		{"punctuation is not a blank", "", "", "Hello, world.", nil, `"hello world"`, false},
		{"word with its punctuation", "", "", "Hello, world.", nil, "world.", true},
		{"blank runs fold in a phrase", "", "", "a \t\n b", nil, `"a b"`, true},
		{"a phrase of two spaces never matches", "", "", "a \t\n b", nil, `"a  b"`, false},
		{"leading and trailing blanks", "  padded title  ", "", "", nil, `"title "`, true},
		{"tags are separate lines", "", "", "", []string{"go", "rust"}, `"go rust"`, false},
		{"number in a title", "Post 12345 about go", "", "", nil, "234", true},
	}
	v := NewVocabulary()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := &Post{Path: "a.md", Title: tc.title, Summary: tc.summary, Tags: tc.tags}
			p.search = searchText(p, tc.body, v)
			q, err := ParseQuery(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			if got := q.Match(p); got != tc.want {
				t.Errorf("%s matches %q: %v, want %v", tc.query, p.search, got, tc.want)
			}
			if got := len(Filter([]*Post{p}, q)) == 1; got != tc.want {
				t.Errorf("Filter with %s keeps %q: %v, want %v", tc.query, p.search, got, tc.want)
			}
			for _, w := range q.Words() {
				checkIndex(t, v, p, tc.body, w)
			}
		})
	}
}

// A filter prepared before a post's words were known still finds them.
func TestSearchIndexWordsAddedAfterPreparing(t *testing.T) {
	t.Parallel()
	v := NewVocabulary()
	m := newTextMatcher("qzxv-added-late").prepared(v)
	p := &Post{Title: "x"}
	idx := searchText(p, "before qzxv-added-later after", v)
	if !m.match(idx) {
		t.Errorf("a word added after preparing is not found in %q", idx)
	}
	if m.prepared(v).match(searchText(p, "before qzxv-added-lat after", v)) {
		t.Error("a word that does not contain the value matches")
	}
}

// Posts indexed on several goroutines at once give back their own texts.
func TestSearchIndexConcurrent(t *testing.T) {
	t.Parallel()
	v := NewVocabulary()
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			for i := range 200 {
				body := corpusBody(rng, 50) + fmt.Sprintf(" w%d-%d", w, i)
				p := &Post{Title: fmt.Sprintf("Post %d", i)}
				idx := searchText(p, body, v)
				if got, want := idx.String(), plainSearchText(p, body); got != want {
					t.Errorf("index rebuilds %q, want %q", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// A post of about 600 words from a blog's vocabulary takes a fraction of
// its text, in one allocation.
func TestSearchIndexSize(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	p := &Post{Title: "Post 123 about go and rust", Tags: []string{"go", "rust"}}
	body := corpusBody(rng, 600)
	v := NewVocabulary()
	for range 3 { // the vocabulary and the cache know the words
		_ = searchText(p, body, v)
	}
	idx := searchText(p, body, v)
	text := len(plainSearchText(p, body))
	if len(idx.data) > 1000 || len(idx.data)*4 > text {
		t.Errorf("index of a %d-byte text takes %d bytes, want at most 1,000 and a quarter", text, len(idx.data))
	}
	allocs := testing.AllocsPerRun(20, func() { _ = searchText(p, body, v) })
	if allocs > 1 {
		t.Errorf("searchText allocates %v times per post, want 1", allocs)
	}
}

// A search text is one allocation, compact or not, from a file's bytes
// as from a string, whatever its runes. (Under -race the text's pooled
// buffer is dropped now and then, so only compact texts are counted.)
func TestSearchForAllocations(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	p := &Post{Title: "Straße in KÖLN", Tags: []string{"go", "İzmir"}}
	body := corpusBody(rng, 600) + " ÜBER çà et là"
	data := []byte(body)
	v := NewVocabulary()
	for _, compact := range []bool{false, true} {
		if a, b := searchFor(p, body, compact, v).String(), searchFor(p, data, compact, v).String(); a != b {
			t.Errorf("compact %v: from bytes %q, from a string %q", compact, b, a)
		}
		if !compact && raceEnabled {
			continue
		}
		if allocs := testing.AllocsPerRun(20, func() { _ = searchFor(p, body, compact, v) }); allocs > 1 {
			t.Errorf("compact %v: searchFor of a string allocates %v times per post, want 1", compact, allocs)
		}
		if allocs := testing.AllocsPerRun(20, func() { _ = searchFor(p, data, compact, v) }); allocs > 1 {
			t.Errorf("compact %v: searchFor of bytes allocates %v times per post, want 1", compact, allocs)
		}
	}
}

func corpusBody(rng *rand.Rand, words int) string {
	var b strings.Builder
	for w := range words {
		if w%100 == 99 {
			b.WriteString("\n\n")
		}
		b.WriteString(corpusWords[rng.IntN(len(corpusWords))])
		b.WriteByte(' ')
	}
	return b.String()
}

// The index answers exactly as strings.Contains on the search text, for
// values from the text itself and from elsewhere.
func FuzzSearchIndex(f *testing.F) {
	f.Add("Async Views", "Some text  about\n\tawait, OK?", "text about", uint16(3), uint16(9))
	f.Add("Straße İ", "ÜBER über", "ße i", uint16(0), uint16(0))
	f.Add(" ", "\n\n", " ", uint16(1), uint16(2))
	f.Add("a b", "\xff\xfe c", "\n", uint16(0), uint16(3))
	v := NewVocabulary()
	f.Fuzz(func(t *testing.T, title, body, word string, from, length uint16) {
		p := &Post{Title: title, Tags: []string{"Go"}}
		plain := plainSearchText(p, body)
		if w := toLower(word); w != "" {
			checkIndex(t, v, p, body, w)
		}
		if len(plain) > 0 {
			i := int(from) % len(plain)
			j := min(len(plain), i+1+int(length)%32)
			checkIndex(t, v, p, body, plain[i:j])
		}
	})
}

// BenchmarkSearchText measures building a ~600-word post's search index,
// the part of loading the interface adds to the CLI's.
func BenchmarkSearchText(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	bodies := make([]string, 64)
	for i := range bodies {
		bodies[i] = corpusBody(rng, 600)
	}
	p := &Post{Title: "Post 123 about go and rust", Tags: []string{"go", "rust"}}
	v := NewVocabulary()
	i := 0
	for b.Loop() {
		_ = searchText(p, bodies[i%len(bodies)], v)
		i++
	}
}

// A word at the very end of its buffer's capacity hashes as it does with
// room after it.
func TestWordHashAtCapacity(t *testing.T) {
	t.Parallel()
	for n := range 20 {
		word := strings.Repeat("é", n)[:n]
		tight := []byte(word)[:n:n]
		roomy := append(make([]byte, 0, n+16), word...)
		if wordHash(tight) != wordHash(roomy) {
			t.Errorf("hash of %q depends on the capacity after it", word)
		}
	}
}

// Parsing for the interface (compact) or for one search (the text)
// searches the same text.
func TestCompactSearchIsTheText(t *testing.T) {
	t.Parallel()
	data := []byte("Title: Straße IN Köln\nTags: Go, İzmir\nSummary:  A  short one \n\nSome   TEXT\n\n\twith  ÜBER lines, cafÃ© too.\n")
	for _, keep := range []bool{false, true} {
		plain := Parse("a.md", data, Options{Search: true, KeepBody: keep})
		compact := Parse("a.md", data, Options{Search: true, CompactSearch: true, KeepBody: keep})
		if compact.search.isText() || !plain.search.isText() {
			t.Fatalf("compact %v, plain %v: not the wanted kinds", !compact.search.isText(), !plain.search.isText())
		}
		if compact.search.String() != plain.search.data {
			t.Errorf("compact %q, plain %q", compact.search.String(), plain.search)
		}
		for _, query := range []string{"café", `"text with"`, `"short one"`, "izmir", `"köln go"`} {
			q, _ := ParseQuery(query)
			if q.Match(compact) != q.Match(plain) {
				t.Errorf("%s matches compact %v, plain %v", query, q.Match(compact), q.Match(plain))
			}
		}
	}
}

// Word numbers of one, two and three bytes are all found: a vocabulary
// past 16,384 words numbers new words in three bytes.
func TestSearchIndexWideWordNumbers(t *testing.T) {
	t.Parallel()
	v := NewVocabulary()
	for i := range 20_000 {
		searchText(&Post{}, fmt.Sprintf("filler%05dword", i), v)
	}
	if n := v.size(); n < 1<<14 {
		t.Fatalf("vocabulary of %d words, want more than %d", n, 1<<14)
	}
	p := &Post{Title: "a"}
	body := "wideleft filler00005word filler19999word wideright"
	for _, value := range []string{"a", "wideleft", "00005", "19999", "wideright", "ideri", "absent", "filler19999word wide"} {
		checkIndex(t, v, p, body, value)
	}
}
