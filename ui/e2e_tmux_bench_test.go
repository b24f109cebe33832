package ui

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkTimeToListTmux measures, in a real terminal, the time from
// launching folio on a generated 10k-post folder until the full count is
// on screen.
func BenchmarkTimeToListTmux(b *testing.B) {
	if _, err := exec.LookPath("tmux"); err != nil {
		b.Skip("tmux is not installed")
	}
	const n = 10_000
	dir := filepath.Join(b.TempDir(), "blog")
	writeCorpus(b, dir, n)
	bin := buildFolio(b)
	want := fmt.Sprintf(" %d posts · by", n) // not "loading … of 10000 posts"
	var total time.Duration
	for b.Loop() {
		// The clock starts before tmux itself: an upper bound that
		// includes starting the terminal.
		start := time.Now()
		s := startTmux(b, 120, 40, "exec "+bin+" "+dir)
		for !strings.Contains(s.screen(), want) {
			if time.Since(start) > 30*time.Second {
				b.Fatalf("no %q after 30s:\n%s", want, s.screen())
			}
			time.Sleep(5 * time.Millisecond)
		}
		total += time.Since(start)
		b.StopTimer()
		s.run("kill-server")
		b.StartTimer()
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms-to-list")
}
