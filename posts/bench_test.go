package posts

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/folio-blog/folio/site"
)

// corpora are generated once per process, by size.
var (
	corporaMu sync.Mutex
	corpora   = map[int]string{}
)

func corpus(b *testing.B, n int) string {
	b.Helper()
	corporaMu.Lock()
	defer corporaMu.Unlock()
	if dir, ok := corpora[n]; ok {
		return dir
	}
	dir, err := os.MkdirTemp("", "folio-corpus-")
	if err != nil {
		b.Fatal(err)
	}
	writeCorpus(b, dir, n)
	corpora[n] = dir
	return dir
}

// BenchmarkLoad measures loading a whole generated blog: walk, read,
// parse and sort. Compare with `cat` of the same files using
// testdata/bench/compare.sh.
func BenchmarkLoad(b *testing.B) {
	forCorpusSizes(b, func(b *testing.B, n int) {
		fsys := os.DirFS(corpus(b, n))
		b.ResetTimer()
		for b.Loop() {
			ps, _, err := Load(context.Background(), fsys, Options{Rules: Rules{Generator: site.Hugo, ContentDir: "content"}})
			if err != nil || len(ps) != n {
				b.Fatalf("loaded %d posts, err %v", len(ps), err)
			}
		}
	})
}

// BenchmarkParse measures parsing one ~600-word post of each format.
func BenchmarkParse(b *testing.B) {
	dir := corpus(b, 10_000)
	for i, name := range []string{"pelican", "yaml", "toml", "json", "rst"} {
		b.Run(name, func(b *testing.B) {
			matches, _ := filepath.Glob(filepath.Join(dir, "content", "section*", "post-00000"+string(rune('0'+i))+".*"))
			if len(matches) != 1 {
				b.Fatalf("no %s post in the corpus", name)
			}
			data, err := os.ReadFile(matches[0])
			if err != nil {
				b.Fatal(err)
			}
			rel := "content/x/" + filepath.Base(matches[0])
			opts := Options{Rules: Rules{Generator: site.Plain}}
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				Parse(rel, data, opts)
			}
		})
	}
}

// BenchmarkFilter measures one query over 10k and 100k loaded posts with
// full-text search, as each filter keystroke does.
func BenchmarkFilter(b *testing.B) {
	forCorpusSizes(b, func(b *testing.B, n int) {
		ps, _, err := Load(context.Background(), os.DirFS(corpus(b, n)), Options{Search: true, Rules: Rules{ContentDir: "content"}})
		if err != nil {
			b.Fatal(err)
		}
		q, err := ParseQuery("tag:python -status:draft benchmark")
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for b.Loop() {
			Filter(ps, q)
		}
	})
}

// forCorpusSizes runs bench as sub-benchmarks on generated blogs of 10k
// and 100k posts (the latter skipped in -short mode).
func forCorpusSizes(b *testing.B, bench func(b *testing.B, n int)) {
	for _, size := range []struct {
		name string
		n    int
	}{{"10k", 10_000}, {"100k", 100_000}} {
		b.Run(size.name, func(b *testing.B) {
			if size.n > 10_000 && testing.Short() {
				b.Skip("100k posts in -short mode")
			}
			bench(b, size.n)
		})
	}
}

// BenchmarkParseForSearch measures parsing one ~600-word post as the
// interface does, building what bare query words search.
func BenchmarkParseForSearch(b *testing.B) {
	matches, _ := filepath.Glob(filepath.Join(corpus(b, 10_000), "content", "section*", "post-000000.*"))
	if len(matches) != 1 {
		b.Fatal("no post in the corpus")
	}
	data, err := os.ReadFile(matches[0])
	if err != nil {
		b.Fatal(err)
	}
	opts := Options{Rules: Rules{Generator: site.Plain}, Search: true, CompactSearch: true, Vocabulary: NewVocabulary()}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Parse("content/x/"+filepath.Base(matches[0]), data, opts)
	}
}

// BenchmarkFilterText measures a bare word and a phrase searched in the
// whole text of every post of 100k, with no other term to narrow them.
func BenchmarkFilterText(b *testing.B) {
	ps, _, err := Load(context.Background(), os.DirFS(corpus(b, 100_000)), Options{Search: true, CompactSearch: true, Rules: Rules{ContentDir: "content"}})
	if err != nil {
		b.Fatal(err)
	}
	for _, query := range []string{"mentor", "zebra", `"open source"`, `"source zebra"`} {
		b.Run(query, func(b *testing.B) {
			q, err := ParseQuery(query)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				Filter(ps, q)
			}
		})
	}
}
