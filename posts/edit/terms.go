package edit

import (
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// ErrTermNotWritten means the post has the term, but not from a line of
// its own front matter: from its folder (Pelican's and Jekyll's folder
// categories) or from the site's defaults. Editing the file cannot
// change it.
var ErrTermNotWritten = errors.New("gets the term from outside its front matter")

// termOp is one change to the terms of a taxonomy: rename Old (and the
// terms of Also) to New (merging into New when the post has several),
// remove Old, or, with Set, make the terms exactly Terms.
type termOp struct {
	old, new string
	also     []string // more terms renamed with old: a merge
	set      bool
	terms    []string
}

// oldKeys are the keys of the terms the op renames or removes.
func (op termOp) oldKeys() map[string]bool {
	keys := map[string]bool{posts.TermKey(op.old): true}
	for _, t := range op.also {
		keys[posts.TermKey(t)] = true
	}
	return keys
}

// after returns the terms a post with terms has after the change:
// the expected reading of the edited file.
func (op termOp) after(terms []string) []string {
	if op.set {
		return op.terms
	}
	oldKeys, newKey := op.oldKeys(), posts.TermKey(op.new)
	var out []string
	placed := false
	for _, t := range terms {
		k := posts.TermKey(t)
		switch {
		case !oldKeys[k] && (op.new == "" || k != newKey):
			out = append(out, t)
		case op.new == "" || placed:
		case oldKeys[k]:
			placed = true
			out = append(out, op.new)
		default:
			placed = true
			out = append(out, t)
		}
	}
	return out
}

// termKeys are the front matter keys a taxonomy is read from, the one
// a new key is written as first.
func termKeys(g site.Generator, taxonomy string) []string {
	switch strings.ToLower(taxonomy) {
	case "tags", "tag":
		return []string{"tags", "tag"}
	case "categories", "category":
		if g == site.Pelican {
			return []string{"category", "categories"}
		}
		return []string{"categories", "category"}
	case "authors", "author":
		return []string{"authors", "author"}
	}
	return []string{strings.ToLower(taxonomy)}
}

// splitRuleFor is how the generator splits a string value of key.
func splitRuleFor(g site.Generator, key string) splitRule {
	switch g {
	case site.Hugo:
		return splitNone
	case site.Jekyll:
		if key == "tags" || key == "categories" {
			return splitWords
		}
		return splitNone
	}
	if key == "category" || key == "author" {
		return splitNone
	}
	return splitCommas
}

// editTerms returns data, the file rel, with the terms of taxonomy
// changed as op says, every other byte as it was. The result is read
// back: it must give the expected terms and leave every other field as
// it was, else nothing is changed (ErrCannotEdit). A file whose terms
// do not change is returned as it is.
func editTerms(data []byte, rel string, rules posts.Rules, taxonomy string, op termOp) ([]byte, error) {
	opts := posts.Options{Rules: rules}
	before := posts.Parse(rel, data, opts)
	want := op.after(before.TermsIn(taxonomy))
	if slices.Equal(want, before.TermsIn(taxonomy)) || op.set && sameSorted(want, before.TermsIn(taxonomy)) {
		return data, nil
	}
	layout := termLayout(rel, rules, before.Format)
	if !layout(data).found {
		return nil, fmt.Errorf("%s %w", rel, ErrNoFrontMatter)
	}
	if op.set {
		// Terms from outside the file (a folder's category) stay, and
		// are not written into it.
		written := writtenTerms(data, layout(data), rules.Generator, taxonomy)
		var keep []string
		for _, t := range before.TermsIn(taxonomy) {
			if slices.Contains(written, t) {
				continue
			}
			if !slices.Contains(want, t) {
				return nil, fmt.Errorf("%s %w: %s (%s)", rel, ErrTermNotWritten, t, termSource(before, rules, taxonomy))
			}
			keep = append(keep, t)
		}
		op.terms = slices.DeleteFunc(slices.Clone(op.terms), func(t string) bool { return slices.Contains(keep, t) })
	}
	out, written, err := rewriteTerms(data, layout, rules.Generator, taxonomy, op)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", rel, taxonomy, err)
	}
	if !written {
		return nil, fmt.Errorf("%s %w (%s)", rel, ErrTermNotWritten, termSource(before, rules, taxonomy))
	}
	after := posts.Parse(rel, out, opts)
	if !sameSorted(after.TermsIn(taxonomy), want) || !sameOtherwise(before, after, taxonomy) {
		return nil, fmt.Errorf("%s %w", rel, ErrCannotEdit)
	}
	return out, nil
}

// writtenTerms are the terms of the taxonomy the file's own keys write.
func writtenTerms(data []byte, l fmLayout, g site.Generator, taxonomy string) []string {
	var out []string
	for _, key := range termKeys(g, taxonomy) {
		if en, ok := l.entry(key); ok {
			if tl, err := readTermList(data, l, en, splitRuleFor(g, key)); err == nil {
				for _, it := range tl.items {
					out = append(out, it.value)
				}
			}
		}
	}
	return out
}

// termLayout is how the front matter of the file rel, in format f, is
// found: JSON objects here, the rest as every key edit finds them.
func termLayout(rel string, rules posts.Rules, f posts.Format) func([]byte) fmLayout {
	if f == posts.FormatJSON {
		return jsonLayoutOf
	}
	return editKeys(nil, rel, rules).layout
}

// rewriteTerms changes the written terms of every key of the taxonomy;
// written is false when none of the terms op is about is written in the
// file (so the post has them from elsewhere).
func rewriteTerms(data []byte, relayout func([]byte) fmLayout, g site.Generator, taxonomy string, op termOp) (out []byte, written bool, err error) {
	keys := termKeys(g, taxonomy)
	oldKeys, newKey := op.oldKeys(), posts.TermKey(op.new)
	placed := false
	var setLeft []string
	if op.set {
		setLeft = slices.Clone(op.terms)
	}
	out = data
	first := true
	for _, key := range keys {
		lay := relayout(out)
		en, ok := lay.entry(key)
		if !ok {
			continue
		}
		tl, err := readTermList(out, lay, en, splitRuleFor(g, key))
		if err != nil {
			return nil, false, fmt.Errorf("%s: %w", key, err)
		}
		ops := make([]itemOp, len(tl.items))
		var final []string
		for i, it := range tl.items {
			k := posts.TermKey(it.value)
			switch {
			case op.set:
				if j := slices.Index(setLeft, it.value); j >= 0 {
					setLeft = slices.Delete(setLeft, j, j+1)
				} else {
					ops[i].drop = true
				}
				written = true
			case !oldKeys[k] && (op.new == "" || k != newKey):
			case op.new == "" || placed:
				ops[i].drop = true
				written = written || oldKeys[k]
			case oldKeys[k]:
				placed, written = true, true
				if it.value != op.new {
					ops[i].replace = op.new
				}
			default:
				placed = true
			}
			if !ops[i].drop {
				final = append(final, it.value)
				if ops[i].replace != "" {
					final[len(final)-1] = ops[i].replace
				}
			}
		}
		var add []string
		if first && op.set {
			add, setLeft = setLeft, nil
		}
		first = false
		final = append(final, add...)
		res, ok := tl.apply(out, ops, add)
		if !ok {
			res, err = wholeValue(out, lay, en, tl, final)
			if err != nil {
				return nil, false, err
			}
		}
		out = res
		// A key written empty ("categories: []") gets the terms added.
		written = written || len(add) > 0
	}
	if len(setLeft) > 0 {
		// No key yet: add the first, in the file's format.
		res, err := addTermKey(out, relayout(out), keys[0], g, setLeft)
		if err != nil {
			return nil, false, err
		}
		out, written = res, true
	}
	return out, written, nil
}

// wholeValue writes the key's terms as one value in the file's own list
// form, for a change the written form cannot take term by term (a
// space in a Jekyll "a b" string, a second term under a single key).
func wholeValue(data []byte, l fmLayout, en keyEntry, tl termList, terms []string) ([]byte, error) {
	switch l.format {
	case posts.FormatJSON:
		end := en.valEnd
		if tl.shape == shapeFlow {
			end = tl.to + 1
		}
		return splice(data, en.valStart, end, jsonList(terms)), nil
	case posts.FormatYAML, posts.FormatTOML:
		l2 := l
		name := string(data[en.start : en.start+len(en.key)])
		if len(terms) == 1 && tl.shape == shapeScalar {
			return l2.setKey(data, name, quoteEscaped(terms[0])), nil
		}
		return l2.setKey(data, name, quotedList(terms)), nil
	}
	return nil, errors.New("a term with a comma or semicolon cannot be written in a Pelican or reST field, which splits on them")
}

// addTermKey adds the taxonomy's key to a file that has none.
func addTermKey(data []byte, l fmLayout, key string, g site.Generator, terms []string) ([]byte, error) {
	name := key
	// The first key's case is the file's: Pelican's "Title:" makes
	// "Tags:", reST's ":Title:" too (after its colon).
	if len(l.entries) > 0 {
		s := data[l.entries[0].start:]
		if l.format == posts.FormatRST && len(s) > 1 && s[1] >= 'A' && s[1] <= 'Z' ||
			l.format != posts.FormatRST && len(s) > 0 && s[0] >= 'A' && s[0] <= 'Z' {
			name = strings.ToUpper(key[:1]) + key[1:]
		}
	}
	var value string
	switch l.format {
	case posts.FormatJSON:
		return addJSONKey(data, l, key, terms), nil
	case posts.FormatYAML, posts.FormatTOML:
		value = quotedList(terms)
	default:
		if splitRuleFor(g, key) == splitNone && len(terms) > 1 {
			return nil, fmt.Errorf("%s holds one term; %d given", name, len(terms))
		}
		for _, t := range terms {
			if strings.ContainsAny(t, ",;\r\n") {
				return nil, fmt.Errorf("%q cannot be written in a Pelican or reST field, which splits on commas and semicolons", t)
			}
		}
		value = strings.Join(terms, ", ")
	}
	return l.setKey(data, name, value), nil
}

// termSource says where a post's term comes from when its file does not
// write it.
func termSource(p *posts.Post, rules posts.Rules, taxonomy string) string {
	dir := path.Dir(rules.ContentRelative(p.Path))
	switch {
	case rules.Generator == site.Pelican && strings.HasPrefix(strings.ToLower(taxonomy), "categor") && !rules.NoFolderCategory && dir != ".":
		return "its category is its folder " + dir + "/; move the file to change it"
	case rules.Generator == site.Jekyll && strings.HasPrefix(strings.ToLower(taxonomy), "categor"):
		return "Jekyll reads its categories from the folders above _posts too; move the file to change those"
	}
	return "from the site's defaults; change them in the site's settings"
}

// sameSorted reports whether a and b hold the same terms in any order.
func sameSorted(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// sameOtherwise reports whether after reads as before in everything but
// the taxonomy's terms, with no new warnings.
func sameOtherwise(before, after *posts.Post, taxonomy string) bool {
	if before.Title != after.Title || before.Date != after.Date || before.Modified != after.Modified ||
		before.Slug != after.Slug || before.Status != after.Status || before.Lang != after.Lang ||
		before.Kind != after.Kind || before.Format != after.Format || before.Summary != after.Summary ||
		before.Image != after.Image || before.Words != after.Words || len(after.Warnings) > len(before.Warnings) {
		return false
	}
	for _, t := range []string{"tags", "categories", "authors"} {
		if termKeys(site.Plain, t)[0] != termKeys(site.Plain, taxonomy)[0] && !slices.Equal(before.TermsIn(t), after.TermsIn(t)) {
			return false
		}
	}
	tax := strings.ToLower(taxonomy)
	for _, m := range []map[string][]string{before.Taxonomies, after.Taxonomies} {
		for k := range m {
			if k != tax && !slices.Equal(before.Taxonomies[k], after.Taxonomies[k]) {
				return false
			}
		}
	}
	return true
}

// jsonList is terms as a JSON array on one line.
func jsonList(terms []string) string {
	q := make([]string, len(terms))
	for i, t := range terms {
		q[i] = jsonString(t)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// addJSONKey adds "key": [terms] as the last key of a JSON object, on a
// line of its own indented as the key before it (or after "{" when the
// object is empty).
func addJSONKey(data []byte, l fmLayout, key string, terms []string) []byte {
	kv := jsonString(key) + ": " + jsonList(terms)
	if len(l.entries) == 0 {
		return splice(data, l.insertAt, l.insertAt, kv)
	}
	last := l.entries[len(l.entries)-1]
	line := string(data[last.start:last.valEnd])
	indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
	if !strings.Contains(string(data[last.valEnd:l.insertAt]), "\n") {
		return splice(data, last.valEnd, last.valEnd, ", "+kv)
	}
	return splice(data, last.valEnd, last.valEnd, ","+l.nl+indent+kv)
}
