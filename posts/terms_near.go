package posts

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// NearKind says why two terms look like one.
type NearKind string

// The kinds of near-duplicates NearDuplicates finds.
const (
	// NearSameSlug is two spellings of one term ("Python", "python"):
	// folio and the generator's term pages group them, yet the posts
	// spell them apart.
	NearSameSlug NearKind = "same slug"
	// NearOneEdit is two terms one letter apart ("pyhton", "python": a
	// letter added, dropped, changed, or two swapped), both at least
	// MinEditLength letters long. Not counted, as they make other words
	// more often than typos: a differing digit ("vue2", "vue3"), a
	// different first letter ("netty", "jetty"), a letter added at
	// either end ("trace", "tracer"; "python", "ipython"; a hyphen
	// anywhere counts).
	NearOneEdit NearKind = "one edit apart"
	// NearPlural is a singular and its plural ("plugin", "plugins").
	NearPlural NearKind = "singular and plural"
)

// MinEditLength is the shortest term compared letter by letter: shorter
// ones ("java", "lava"; "go", "gp") differ by one letter too often to
// be typos.
const MinEditLength = 5

// NearDuplicate is a group of terms (or spellings of one term) of a
// taxonomy that are probably meant as one, most used first.
type NearDuplicate struct {
	Terms []Term
	Why   NearKind
}

// NearDuplicates finds the terms of a taxonomy over ps that are
// probably one: spellings that slugify alike, terms one letter apart,
// a singular and its plural. Groups come most used first.
func NearDuplicates(ps []*Post, taxonomy string) []NearDuplicate {
	var out []NearDuplicate
	// Spellings of each term, counted.
	spell := map[string][]Term{}
	for _, p := range ps {
		for _, t := range p.terms(taxonomy) {
			k := termKey(t)
			s := spell[k]
			i := slices.IndexFunc(s, func(x Term) bool { return x.Name == t })
			if i < 0 {
				s = append(s, Term{Name: t})
				i = len(s) - 1
			}
			s[i].Count++
			spell[k] = s
		}
	}
	for _, s := range spell {
		if len(s) > 1 {
			out = append(out, NearDuplicate{Terms: byCount(s), Why: NearSameSlug})
		}
	}
	terms := Terms(ps, taxonomy)
	byKey := make(map[string]Term, len(terms))
	for _, t := range terms {
		byKey[termKey(t.Name)] = t
	}
	seen := map[[2]string]bool{}
	pair := func(a, b string, why NearKind) {
		if a > b {
			a, b = b, a
		}
		if a == b || seen[[2]string{a, b}] {
			return
		}
		seen[[2]string{a, b}] = true
		out = append(out, NearDuplicate{Terms: byCount([]Term{byKey[a], byKey[b]}), Why: why})
	}
	// Plurals: the key with "s" or "es" added, or "y" turned "ies".
	for k := range byKey {
		for _, pl := range plurals(k) {
			if _, ok := byKey[pl]; ok {
				pair(k, pl, NearPlural)
			}
		}
	}
	// One edit apart: terms sharing a key with one letter deleted are
	// candidates (a deletion neighbourhood, linear in the terms), then
	// checked exactly.
	near := map[string][]string{}
	for k, t := range byKey {
		if utf8.RuneCountInString(t.Name) < MinEditLength || utf8.RuneCountInString(k) < MinEditLength {
			continue
		}
		for _, d := range deletions(k) {
			near[d] = append(near[d], k)
		}
	}
	for _, ks := range near {
		for i := range ks {
			for j := i + 1; j < len(ks); j++ {
				a, b := ks[i], ks[j]
				if oneEdit(a, b) && !seen[[2]string{min(a, b), max(a, b)}] {
					pair(a, b, NearOneEdit)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b NearDuplicate) int {
		if c := cmp.Compare(total(b), total(a)); c != 0 {
			return c
		}
		return cmp.Compare(strings.ToLower(a.Terms[0].Name), strings.ToLower(b.Terms[0].Name))
	})
	return out
}

// byCount sorts terms most used first, then by name.
func byCount(ts []Term) []Term {
	slices.SortFunc(ts, func(a, b Term) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return ts
}

func total(d NearDuplicate) int {
	n := 0
	for _, t := range d.Terms {
		n += t.Count
	}
	return n
}

// plurals are the English plural forms of a key.
func plurals(k string) []string {
	out := []string{k + "s", k + "es"}
	if strings.HasSuffix(k, "y") && len(k) > 1 {
		out = append(out, k[:len(k)-1]+"ies")
	}
	return out
}

// deletions are k itself and k with each one letter left out.
func deletions(k string) []string {
	out := []string{k}
	for i, r := range k {
		out = append(out, k[:i]+k[i+utf8.RuneLen(r):])
	}
	return out
}

// oneEdit reports whether a and b differ by one letter added, dropped or
// changed, or two neighbours swapped, in the ways NearOneEdit counts.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	digit := func(rs ...rune) bool { return slices.ContainsFunc(rs, digitRune) }
	switch {
	case i == len(ra):
		// Added at the end: only a hyphen.
		return len(rb) == len(ra)+1 && rb[i] == '-'
	case len(ra) == len(rb) && string(ra[i+1:]) == string(rb[i+1:]):
		return i > 0 && !digit(ra[i], rb[i])
	case len(ra) == len(rb) && i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:]):
		return !digit(ra[i], ra[i+1])
	case len(rb) == len(ra)+1 && string(ra[i:]) == string(rb[i+1:]):
		// Added at the start makes another word as often ("ipython",
		// "python"), unless it is a hyphen.
		return !digit(rb[i]) && (i > 0 || rb[i] == '-')
	}
	return false
}

func digitRune(r rune) bool { return r >= '0' && r <= '9' }
