package markup

import (
	"testing"
)

// steps converts body as o describes and returns the steps it counted.
func steps(body string, o Options) int {
	m := &meter{}
	toMarkdown(m, body, &o)
	return m.steps
}

// TestConvertersLinear checks that every pass of every converter does
// work linear in the body, on the shapes that make a naive scanner
// quadratic (hostileShapes): quadrupling the body at most quintuples the
// steps, and no shape takes more than a few steps a byte, which a scan
// of a tag's whole window from each opener would. It counts steps rather
// than timing them, so a loaded machine cannot fail it;
// BenchmarkHostileShapes reports the times.
func TestConvertersLinear(t *testing.T) {
	t.Parallel()
	const perByte = 24
	for _, s := range hostileShapes {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			small, large := s.body(16<<10), s.body(64<<10)
			ss, sl := steps(small, s.o), steps(large, s.o)
			if ss == 0 {
				t.Fatal("no steps counted")
			}
			for _, c := range []struct {
				body  string
				steps int
			}{{small, ss}, {large, sl}} {
				if c.steps > perByte*len(c.body) {
					t.Errorf("%d steps for %d bytes, more than %d a byte", c.steps, len(c.body), perByte)
				}
			}
			if ratio := float64(sl) / float64(ss); ratio > 5 {
				t.Errorf("4× the body took %.2f× the steps (%d, %d): not linear", ratio, ss, sl)
			}
		})
	}
}
