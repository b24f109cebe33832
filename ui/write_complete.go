package ui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/textinput"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// maxSuggestions is how many completions the form shows at once.
const maxSuggestions = 5

// suggest returns the existing terms that start with prefix (ignoring
// case), most used first, leaving out those already chosen.
func suggest(terms []posts.Term, prefix string, chosen []string) []posts.Term {
	prefix = strings.ToLower(strings.TrimSpace(prefix))
	if prefix == "" {
		return nil
	}
	taken := make(map[string]bool, len(chosen))
	for _, c := range chosen {
		taken[strings.ToLower(strings.TrimSpace(c))] = true
	}
	var out []posts.Term
	for _, t := range terms {
		name := strings.ToLower(t.Name)
		if strings.HasPrefix(name, prefix) && !taken[name] && name != prefix {
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
	})
	if len(out) > maxSuggestions {
		out = out[:maxSuggestions]
	}
	return out
}

// nearMiss returns the existing term one edit away from a new term t
// (a typo such as "djnago" for "django"), if there is one.
func nearMiss(terms []posts.Term, t string) (posts.Term, bool) {
	lt := strings.ToLower(strings.TrimSpace(t))
	if lt == "" {
		return posts.Term{}, false
	}
	var best posts.Term
	found := false
	for _, term := range terms {
		name := strings.ToLower(term.Name)
		if name == lt {
			return posts.Term{}, false // not new
		}
		if !found && editDistance1(lt, name) {
			best, found = term, true
		}
	}
	return best, found
}

// editDistance1 reports whether a and b differ by exactly one insertion,
// deletion, substitution or swap of neighbouring letters.
func editDistance1(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	switch len(ra) - len(rb) {
	case 0:
		diff := -1
		for i := range ra {
			if ra[i] == rb[i] {
				continue
			}
			if diff >= 0 {
				// A second difference: only a swap of neighbours is one edit.
				return diff == i-1 && ra[diff] == rb[i] && ra[i] == rb[diff] && string(ra[i+1:]) == string(rb[i+1:])
			}
			diff = i
		}
		return diff >= 0
	case 1:
		for i := range rb {
			if ra[i] != rb[i] {
				return string(ra[i+1:]) == string(rb[i:])
			}
		}
		return true
	}
	return false
}

// splitTerms splits a comma-separated field into trimmed, non-empty terms.
func splitTerms(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// termSuggestions are the completions of the last term of v, a
// comma-separated list, leaving out the terms written before it.
func termSuggestions(terms []posts.Term, v string) []posts.Term {
	cur, done := v, []string(nil)
	if i := strings.LastIndexByte(v, ','); i >= 0 {
		cur, done = v[i+1:], splitTerms(v[:i])
	}
	return suggest(terms, cur, done)
}

// completeTerm replaces the last term of the comma-separated list in in
// with name, followed by a comma for the next.
func completeTerm(in *textinput.Model, name string) {
	v := in.Value()
	head := ""
	if i := strings.LastIndexByte(v, ','); i >= 0 {
		head = v[:i+1] + " "
	}
	in.SetValue(head + name + ", ")
	in.CursorEnd()
}

// suggestionLine shows completions with how many posts have each.
func suggestionLine(s []posts.Term) string {
	parts := make([]string, len(s))
	for j, t := range s {
		parts[j] = fmt.Sprintf("%s (%d)", termsafe.Line(t.Name), t.Count)
	}
	return strings.Join(parts, " · ")
}
