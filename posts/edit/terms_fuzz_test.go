package edit

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// FuzzEditTerms checks that a term edit, when folio makes it, reads
// back as the new terms and leaves every byte outside the taxonomy's
// keys as it was.
func FuzzEditTerms(f *testing.F) {
	files, _ := filepath.Glob("testdata/terms/*.*")
	for i, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, byte(i), "tags", "jekyll", "ruby")
		f.Add(data, byte(i), "categories", "release", "")
		f.Add(data, byte(i), "tags", "python", "Python")
		f.Add(data, byte(i), "tags", "sh", "devops")
	}
	gens := []site.Generator{site.Hugo, site.Jekyll, site.Pelican, site.Plain}
	f.Fuzz(func(t *testing.T, data []byte, gen byte, tax, old, new string) {
		if tax != "tags" && tax != "categories" || old == "" {
			return
		}
		rules := posts.Rules{Generator: gens[int(gen)%len(gens)]}
		rel := "a.md"
		if gen&8 != 0 {
			rel = "a.rst"
		}
		op := termOp{old: old, new: new}
		out, err := editTerms(data, rel, rules, tax, op)
		if err != nil || bytes.Equal(out, data) {
			return
		}
		before := posts.Parse(rel, data, posts.Options{Rules: rules})
		after := posts.Parse(rel, out, posts.Options{Rules: rules})
		if want := op.after(before.TermsIn(tax)); !sameSorted(after.TermsIn(tax), want) {
			t.Fatalf("terms %q, want %q\n%s", after.TermsIn(tax), want, out)
		}
		if !sameOtherwise(before, after, tax) {
			t.Fatalf("other fields changed:\n%s", out)
		}
		// Outside the lines of the taxonomy's keys, every byte stays.
		l := termLayout(rel, rules, before.Format)(data)
		lo, hi := len(data), 0
		for _, en := range l.entries {
			if slices.Contains(termKeys(rules.Generator, tax), en.key) {
				lo, hi = min(lo, en.start), max(hi, en.end)
			}
		}
		if lo > hi {
			t.Fatalf("changed a file without the taxonomy's keys:\n%s", out)
		}
		if !bytes.Equal(out[:lo], data[:lo]) || !bytes.HasSuffix(out, data[hi:]) {
			t.Fatalf("bytes outside [%d,%d) changed:\n%q\n%q", lo, hi, data, out)
		}
	})
}
