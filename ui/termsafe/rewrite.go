package termsafe

import "strings"

// rewriter builds a cleaned copy of s only once something has to change, so
// that the common case, a string that is already safe, costs no allocation
// and comes back as the very same string.
type rewriter struct {
	s     string
	b     strings.Builder
	last  int // s[last:] has been scanned as kept but not yet copied
	dirty bool
}

// replace records that s[i:j] is to be replaced by with (which may be empty).
// Calls must come in increasing, non-overlapping order.
func (w *rewriter) replace(i, j int, with string) {
	if !w.dirty {
		w.dirty = true
		w.b.Grow(len(w.s))
	}
	w.b.WriteString(w.s[w.last:i])
	w.b.WriteString(with)
	w.last = j
}

// insert adds with at position i without removing anything.
func (w *rewriter) insert(i int, with string) { w.replace(i, i, with) }

// String returns the cleaned string.
func (w *rewriter) String() string {
	if !w.dirty {
		return w.s
	}
	w.b.WriteString(w.s[w.last:])
	return w.b.String()
}
