package ui

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

var benchCorpusDir = flag.String("bench.corpus", "", "BenchmarkLoadToScreen reads the generated blogs corpus-10000 and corpus-100000 here (go test ./posts -run TestWriteCorpus -corpus DIR/corpus-N -corpus-size N)")

// BenchmarkLoadToScreen measures, on a generated blog of 10,000 and
// 100,000 posts, the interface's loading against posts.Load with the
// CLI's options (what folio list --json reads) in the same run: the time
// to the first screen of rows, to the whole list, to the posts' text
// indexed for search (after the list), and the heap each keeps once done. Ratios measured together are what mean something on a busy
// machine. Without -bench.corpus the corpora are generated in a
// temporary folder (slow at 100,000).
func BenchmarkLoadToScreen(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			dir := loadBenchCorpus(b, n)
			opts := posts.Options{Rules: posts.Rules{Generator: site.Hugo, ContentDir: "content"}}
			var first, whole, indexed, cli time.Duration // summed over the runs
			var heapUI, heapCLI uint64
			for b.Loop() {
				start := time.Now()
				ps, _, err := posts.Load(context.Background(), posts.DirFS(dir), opts)
				cli += time.Since(start)
				if err != nil || len(ps) != n {
					b.Fatalf("loaded %d posts: %v", len(ps), err)
				}
				heapCLI = max(heapCLI, liveHeap())
				runtime.KeepAlive(ps)
				ps = nil

				m := New(Config{Dir: dir, Posts: opts, Style: "dark"})
				m.sh.after = immediately // the resize pause is no part of loading
				m = drive(b, m, tea.WindowSizeMsg{Width: 120, Height: 40})
				start = time.Now()
				seen, listed := false, false
				m = runUntil(b, m, m.Init(), func(m Model) bool {
					if !seen && len(m.list().shown) > 0 {
						first += time.Since(start)
						seen = true
					}
					if !listed && m.list().loaded {
						whole += time.Since(start)
						listed = true
					}
					return m.list().loaded && !m.sh.store.Pending()
				})
				indexed += time.Since(start)
				if len(m.list().all) != n {
					b.Fatalf("listed %d posts, want %d", len(m.list().all), n)
				}
				heapUI = max(heapUI, liveHeap())
				runtime.KeepAlive(m)
			}
			runs := float64(b.N)
			b.ReportMetric(float64(first.Milliseconds())/runs, "ms-first-rows")
			b.ReportMetric(float64(whole.Milliseconds())/runs, "ms-whole-list")
			b.ReportMetric(float64(indexed.Milliseconds())/runs, "ms-text-indexed")
			b.ReportMetric(float64(cli.Milliseconds())/runs, "ms-posts.Load")
			b.ReportMetric(float64(whole)/float64(cli), "whole/Load")
			b.ReportMetric(float64(heapUI)/(1<<20), "MiB-heap-ui")
			b.ReportMetric(float64(heapCLI)/(1<<20), "MiB-heap-Load")
			b.ReportMetric(float64(heapUI)/float64(heapCLI), "heap-ui/Load")
		})
	}
}

// liveHeap is the heap in use after a collection: what is kept.
func liveHeap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

func loadBenchCorpus(b *testing.B, n int) string {
	if *benchCorpusDir != "" {
		dir := fmt.Sprintf("%s/corpus-%d", *benchCorpusDir, n)
		if _, err := os.Stat(dir); err == nil {
			return dir
		}
		b.Fatalf("no %s: generate it with go test ./posts -run TestWriteCorpus -corpus %s -corpus-size %d", dir, dir, n)
	}
	dir := b.TempDir()
	writeCorpus(b, dir, n)
	return dir
}

// BenchmarkFilterWhileLoading is one filter keystroke (Update, the
// filtering Cmd, its result through Update, View) while the folder is
// still being read: half the posts are listed (their text indexed), and
// the rest of the folder is being parsed on every CPU meanwhile, as the
// stream does. The query is a bare word searched in every body, alone
// (word) or after a tag (tag+word). Keystrokes alternate between
// extending it and backspace: typing measures the narrowing and the
// remembered paths, cold forgets the results before each keystroke, so
// that every post is searched. ms/keystroke is the mean time one
// keystroke takes to reach the screen, ms-worst the slowest.
func BenchmarkFilterWhileLoading(b *testing.B) {
	queries := map[string]string{"word": "serve", "tag+word": "tag:python serve"}
	for _, n := range []int{10_000, 100_000} {
		for _, name := range []string{"word", "tag+word"} {
			for _, cold := range []bool{false, true} {
				mode := "typing"
				if cold {
					mode = "cold"
				}
				b.Run(fmt.Sprintf("%dk/%s/%s", n/1000, name, mode), func(b *testing.B) {
					benchFilterWhileLoading(b, n, queries[name], cold)
				})
			}
		}
	}
}

// benchFilterWhileLoading times keystrokes filtering n posts by query
// while they load; cold forgets the filter's results before each.
func benchFilterWhileLoading(b *testing.B, n int, query string, cold bool) {
	dir := loadBenchCorpus(b, n)
	opts := posts.Options{Rules: posts.Rules{Generator: site.Hugo, ContentDir: "content"}}
	m := New(Config{Dir: dir, Posts: opts, Style: "dark"})
	m.sh.after = immediately
	m = drive(b, m, tea.WindowSizeMsg{Width: 100, Height: 40})
	m = runUntil(b, m, m.Init(), func(m Model) bool { return len(m.sh.store.Posts()) >= n/2 })
	// Their text indexed, as it is once the list is whole: the
	// bare word then searches every body, the costlier case.
	storeOpts := m.sh.store.Options()
	progress := make(chan int)
	go posts.IndexSearch(context.Background(), m.sh.fsys, m.sh.store.Posts(), storeOpts, len(m.sh.store.Posts()), progress)
	for range progress {
	}
	m = drive(b, m, keys("/"+query)...)
	// The rest of the folder is parsed meanwhile, as the stream
	// would, competing for the CPUs.
	// It gives way to filters as the TUI's does.
	paths, _, err := posts.Find(context.Background(), m.sh.fsys, storeOpts)
	if err != nil {
		b.Fatal(err)
	}
	loadOpts := storeOpts
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for {
			out := make(chan []*posts.Post)
			go posts.Stream(ctx, m.sh.fsys, paths, loadOpts, 256, 4000, out)
			for range out {
			}
			if ctx.Err() != nil {
				return
			}
		}
	}()
	var total, worst time.Duration
	strokes := 0
	for b.Loop() {
		key := tea.Msg(tea.KeyPressMsg{Code: 'r', Text: "r"})
		if strokes%2 == 1 {
			key = namedKey("backspace")
		}
		if cold {
			m.list().filter.forget()
		}
		start := time.Now()
		next, kcmd := m.Update(key)
		m = next.(Model)
		m = runCmd(b, m, kcmd, 0)
		_ = m.View()
		d := time.Since(start)
		total, worst = total+d, max(worst, d)
		strokes++
	}
	cancel()
	b.ReportMetric(float64(total.Microseconds())/1000/float64(max(1, strokes)), "ms/keystroke")
	b.ReportMetric(float64(worst.Microseconds())/1000, "ms-worst")
	b.ReportMetric(float64(len(m.list().all)), "posts-listed")
}
