package markdown

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// BenchmarkGlamourAtMaxRenderNesting reports how long Glamour takes on
// each shape at MaxRenderNesting, in ms per render; compare it with the
// table in MaxRenderNesting's comment after a Glamour upgrade.
func BenchmarkGlamourAtMaxRenderNesting(b *testing.B) {
	for _, s := range nestingShapes {
		src := s.make(MaxRenderNesting)
		b.Run(s.name, func(b *testing.B) {
			start := time.Now()
			for b.Loop() {
				renderGlamour(b, src)
			}
			b.ReportMetric(float64(time.Since(start).Microseconds())/1000/float64(b.N), "ms/render")
		})
	}
}

// BenchmarkGlamourNesting measures Glamour on nested quotes and lists;
// its results are the table in MaxRenderNesting's comment. Depths past
// 48 take seconds to minutes and are left out.
func BenchmarkGlamourNesting(b *testing.B) {
	for _, s := range nestingShapes {
		for _, depth := range []int{8, 16, 24, 32} {
			src := s.make(depth)
			b.Run(fmt.Sprintf("%s/%d", s.name, depth), func(b *testing.B) {
				for b.Loop() {
					renderGlamour(b, src)
				}
			})
		}
	}
}

// BenchmarkGlamourSize measures Glamour on long bodies; its results are
// the table in MaxRenderBytes's comment.
func BenchmarkGlamourSize(b *testing.B) {
	for _, kib := range []int{64, 128, 256, 1024} {
		for name, src := range map[string]string{
			"one line": strings.Repeat("lorem ipsum dolor sit amet ", kib<<10/27+1)[:kib<<10] + "\n",
			"prose":    proseBody(kib << 10),
		} {
			b.Run(fmt.Sprintf("%s/%dKiB", name, kib), func(b *testing.B) {
				for b.Loop() {
					renderGlamour(b, src)
				}
			})
		}
	}
}

func BenchmarkNesting(b *testing.B) {
	for name, body := range map[string]string{
		"deep quote": strings.Repeat(">", 10_000) + " bottom\n",
		"prose":      proseBody(1 << 20),
	} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				Nesting(body)
			}
		})
	}
}
