package markup

import (
	"strconv"
	"strings"
	"testing"
)

// BenchmarkPelicanLinks reports the time per body byte for growing bodies
// of 'a{static}': flat when the work is linear.
func BenchmarkPelicanLinks(b *testing.B) {
	o := &Options{Dir: "/blog", ContentDir: "content", Path: "content/p.md"}
	for _, n := range []int{5000, 40000} {
		body := strings.Repeat("a{static}", n)
		b.Run(strconv.Itoa(len(body)), func(b *testing.B) {
			for b.Loop() {
				pelicanLinks(body, o)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(body)), "ns/byte")
		})
	}
}
