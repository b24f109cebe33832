package markup

import (
	"fmt"
	"testing"
)

// BenchmarkHostileShapes converts each of hostileShapes at 0.25, 1 and
// 2 MB and reports the time per body byte: flat when the work is linear.
// Pick shapes and sizes with -bench, e.g.
// -bench 'HostileShapes/tags/' -benchtime=1x.
func BenchmarkHostileShapes(b *testing.B) {
	for _, s := range hostileShapes {
		for _, size := range []int{256 << 10, 1 << 20, 2 << 20} {
			b.Run(fmt.Sprintf("%s/%gMB", s.name, float64(size)/(1<<20)), func(b *testing.B) {
				body := s.body(size)
				b.SetBytes(int64(len(body)))
				for b.Loop() {
					ToMarkdown(body, s.o)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(body)), "ns/byte")
			})
		}
	}
}
