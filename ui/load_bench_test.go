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
)

var benchCorpusDir = flag.String("bench.corpus", "", "BenchmarkLoadToScreen reads the generated blogs corpus-10000 and corpus-100000 here (go test ./posts -run TestWriteCorpus -corpus DIR/corpus-N -corpus-size N)")

// BenchmarkLoadToScreen measures, on a generated blog of 10,000 and
// 100,000 posts, the interface's loading against posts.Load with the
// CLI's options (what folio list --json reads) in the same run: the time
// to the first screen of rows, to the whole list, and the heap each keeps
// once done. Ratios measured together are what mean something on a busy
// machine. Without -bench.corpus the corpora are generated in a
// temporary folder (slow at 100,000).
func BenchmarkLoadToScreen(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			dir := loadBenchCorpus(b, n)
			opts := posts.Options{Site: posts.Site{Flavor: posts.FlavorHugo, ContentDir: "content"}}
			var first, whole, cli time.Duration // summed over the runs
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

				start = time.Now()
				m := New(Config{Dir: dir, Posts: opts, Style: "dark"})
				m = drive(b, m, tea.WindowSizeMsg{Width: 120, Height: 40})
				next, cmd := m.Update(findCmd(m.sh.fsys, m.sh.cfg.Posts)())
				m = next.(Model)
				seen := false
				for cmd != nil && !m.list.loaded {
					next, cmd = m.Update(cmd())
					m = next.(Model)
					_ = m.View()
					if !seen && len(m.list.shown) > 0 {
						first += time.Since(start)
						seen = true
					}
				}
				whole += time.Since(start)
				if len(m.list.all) != n {
					b.Fatalf("listed %d posts, want %d", len(m.list.all), n)
				}
				heapUI = max(heapUI, liveHeap())
				runtime.KeepAlive(m)
			}
			runs := float64(b.N)
			b.ReportMetric(float64(first.Milliseconds())/runs, "ms-first-rows")
			b.ReportMetric(float64(whole.Milliseconds())/runs, "ms-whole-list")
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
