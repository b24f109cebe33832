package posts

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// BareWords returns the query's unquoted, unnegated words without a key,
// lowercased: the words the interface also matches fuzzily in titles.
func (q Query) BareWords() []string {
	var out []string
	for _, t := range q.terms {
		if t.bare() {
			out = append(out, t.value)
		}
	}
	return out
}

// AsksHeadless reports whether the query asks for headless content
// (status:headless, alone or among alternatives), which lists leave out
// otherwise: Hugo makes no page of it.
func (q Query) AsksHeadless() bool {
	return q.HasTerm("status", string(StatusHeadless))
}

func (t queryTerm) bare() bool { return t.key == "" && !t.negate && !t.quoted }

// WithoutBareWords returns the query without its bare words.
func (q Query) WithoutBareWords() Query {
	var out Query
	for _, t := range q.terms {
		if !t.bare() {
			out.terms = append(out.terms, t)
		}
	}
	out.text = out.rebuild()
	return out
}

// rebuild writes the terms back as query text.
func (q Query) rebuild() string {
	raws := make([]string, len(q.terms))
	for i, t := range q.terms {
		raws[i] = t.raw
	}
	return strings.Join(raws, " ")
}

// Narrows reports whether every post q matches is certain to match prev,
// so that q can be run on prev's results alone: each of prev's terms is
// implied by one of q's (the same filter, or a bare word q extends).
// This holds for the fuzzy title matches of FilterTitles too, because a
// longer word's letters in order hold the shorter word's.
func (q Query) Narrows(prev Query) bool {
	for _, b := range prev.terms {
		if !slices.ContainsFunc(q.terms, func(a queryTerm) bool { return a.implies(b) }) {
			return false
		}
	}
	return true
}

// implies reports whether a post matching t always matches u.
func (t queryTerm) implies(u queryTerm) bool {
	if t.key != u.key || t.negate != u.negate || t.quoted != u.quoted {
		return false
	}
	if t.key == "" {
		if t.negate {
			return strings.Contains(u.value, t.value)
		}
		return strings.Contains(t.value, u.value)
	}
	if isDateKey(t.key) {
		return t.from.Equal(u.from) && t.to.Equal(u.to)
	}
	tv, uv := t.values(), u.values()
	if t.negate {
		tv, uv = uv, tv // excluding more values implies excluding fewer
	}
	for _, v := range tv {
		if !slices.Contains(uv, v) {
			return false
		}
	}
	return true
}

// values are the prepared values of a filter and its alternatives, with
// the period for dates.
func (t queryTerm) values() []string {
	out := []string{t.value}
	for _, a := range t.alts {
		out = append(out, a.value)
	}
	return out
}

// HasTerm reports whether the query keeps posts with the term name of
// key (tag, category, a taxonomy), alone or as one of alternatives.
func (q Query) HasTerm(key, name string) bool {
	k, v := canonTerm(key, name)
	for _, t := range q.terms {
		if t.key == k && !t.negate && slices.Contains(t.values(), v) {
			return true
		}
	}
	return false
}

// ToggleTerm returns the query text with the term name of key removed
// when the query has it (from its alternatives, if it has several), and
// added as one more filter when it has not. The tag browser uses it, so
// that choosing a tag twice does not write tag:x tag:x.
func (q Query) ToggleTerm(key, name string) string {
	k, v := canonTerm(key, name)
	var out Query
	found := false
	for _, t := range q.terms {
		if found || t.key != k || t.negate || !slices.Contains(t.values(), v) {
			out.terms = append(out.terms, t)
			continue
		}
		found = true
		var keep []string
		for _, a := range append([]queryTerm{t}, t.alts...) {
			if a.value != v {
				keep = append(keep, a.written)
			}
		}
		if len(keep) > 0 {
			t.raw = FormatTerm(key, keep...)
			out.terms = append(out.terms, t)
		}
	}
	text := out.rebuild()
	if !found {
		text = strings.TrimSpace(q.text + " " + FormatTerm(key, name))
	}
	return text
}

// canonTerm is the key and prepared value a filter on name compares.
func canonTerm(key, name string) (string, string) {
	k, ok := queryKeys[strings.ToLower(key)]
	if !ok {
		k = strings.ToLower(key)
	}
	t := queryTerm{key: k, value: name}
	if t.prepare() != nil {
		return k, strings.ToLower(name)
	}
	return k, t.value
}

// FormatTerm writes a filter on key for names, any of which may match:
// quoted when a name holds a space, a quote, "," or "|", so that it
// reads back as one value. Double quotes inside a name cannot be
// written and are dropped.
func FormatTerm(key string, names ...string) string {
	parts := make([]string, len(names))
	for i, n := range names {
		n = strings.ReplaceAll(n, "\"", "")
		if strings.ContainsAny(n, " \t\n,|") || n == "" {
			n = "\"" + n + "\""
		}
		parts[i] = n
	}
	if len(parts) > 1 && slices.ContainsFunc(parts, func(p string) bool { return strings.HasPrefix(p, "\"") }) {
		// A quoted value cannot sit among alternatives: keep the first.
		parts = parts[:1]
	}
	return key + ":" + strings.Join(parts, ",")
}

// fuzzyTitle reports whether title holds every word's letters in order.
func fuzzyTitle(title string, words []string) bool {
	for _, w := range words {
		if !isSubsequence(w, title) {
			return false
		}
	}
	return true
}

// isSubsequence reports whether the runes of the lowercase w appear in s
// in order, ignoring case, without allocating.
func isSubsequence(w, s string) bool {
	i := 0
	for _, r := range w {
		for {
			if i >= len(s) {
				return false
			}
			c, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if c == r || unicode.ToLower(c) == r {
				break
			}
		}
	}
	return true
}

// containsFold reports whether s contains the lowercase sub, ignoring
// case, without allocating for ASCII text.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return sub == ""
}

// WithPeriod returns the query text with its year: and date: filters
// (those not negated) replaced by date:period ("2024" or "2024-03"), so
// that choosing a month in the calendar narrows the filter the calendar
// was drawn for instead of adding a second period that contradicts the
// first.
func (q Query) WithPeriod(period string) string {
	var out Query
	for _, t := range q.terms {
		if (t.key == "year" || t.key == "date") && !t.negate {
			continue
		}
		out.terms = append(out.terms, t)
	}
	return strings.TrimSpace(out.rebuild() + " date:" + period)
}
