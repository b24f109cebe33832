package termsafe

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// BenchmarkOutputLinear reports Output's speed on the inputs of
// TestOutputLinear at two sizes; the ns/byte of the two should match.
func BenchmarkOutputLinear(b *testing.B) {
	for _, unit := range []string{"\x1b[", "\x1b]8;;", "\x1b]0;\x1b", "\xff"} {
		for _, size := range []int{64 << 10, 1 << 20} {
			s := strings.Repeat(unit, size/len(unit))
			b.Run(fmt.Sprintf("%q/%dKiB", unit, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				start := time.Now()
				for b.Loop() {
					Output(s)
				}
				b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(b.N)/float64(len(s)), "ns/byte")
			})
		}
	}
}
