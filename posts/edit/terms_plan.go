package edit

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/folio-blog/folio/posts"
)

// TermPlan is a change to the terms of one taxonomy over some posts,
// worked out but not yet written, so that a caller can show it and ask
// before Apply writes it. Each file was read when the plan was made;
// Apply writes it only if it is still exactly as read.
type TermPlan struct {
	Root     string // the site folder the posts' paths are relative to
	Taxonomy string
	// Edits are the files that change, in the order of the posts given.
	Edits []TermEdit
	// Skipped are the posts that have the term but cannot be changed by
	// editing their file, each with why (ErrTermNotWritten for a
	// category from a folder, ErrCannotEdit, a file that cannot be read).
	Skipped []TermSkip
}

// TermEdit is one file's change: its terms before and after, and its
// bytes before and after.
type TermEdit struct {
	Rel           string // slash-separated, relative to the site folder
	Old, New      []string
	Before, After []byte
}

// TermSkip is a post the plan leaves alone, and why.
type TermSkip struct {
	Rel string
	Err error
}

// Reason says why the post was skipped without repeating its path (the
// error names it, relative or below root).
func (s TermSkip) Reason(root string) string {
	why := s.Err.Error()
	for _, name := range []string{s.Rel, filepath.Join(root, filepath.FromSlash(s.Rel))} {
		why = strings.TrimPrefix(strings.TrimPrefix(why, name+": "), name+" ")
	}
	return why
}

// RenameTerm plans renaming the term old to new in every post of ps that
// has it (spellings that slugify alike are one term, as posts.Terms
// counts them). A post that has new already keeps one of them: renaming
// onto an existing term merges the two, and renaming a term to itself
// gives its other spellings that one ("PHP" becomes "php" in the posts
// that write it so when renaming php to php). Each edit is byte-exact in the
// post's own format (a YAML block or flow list, a string, a TOML array,
// a Pelican or reST field, Jekyll's space-separated string) and changes
// nothing else of the file. Paths of ps are relative to root.
func RenameTerm(root string, rules posts.Rules, ps []*posts.Post, taxonomy, old, new string) (*TermPlan, error) {
	old = strings.TrimSpace(old)
	new, err := cleanText("term", new)
	if err != nil {
		return nil, err
	}
	if old == "" || new == "" {
		return nil, errors.New("a term cannot be empty")
	}
	return planTerms(root, rules, ps, taxonomy, termOp{old: old, new: new}, hasTerm(taxonomy, old))
}

// MergeTerms plans renaming every term of olds to new in every post of
// ps that has one of them, as RenameTerm does for one: a post with
// several of them (or with new already) keeps one, in place of the first,
// so each file gets one edit however many of the terms it has. new may
// be one of olds (its other spellings then take its name).
func MergeTerms(root string, rules posts.Rules, ps []*posts.Post, taxonomy string, olds []string, new string) (*TermPlan, error) {
	new, err := cleanText("term", new)
	if err != nil {
		return nil, err
	}
	var clean []string
	for _, o := range olds {
		if o = strings.TrimSpace(o); o != "" && o != new {
			clean = append(clean, o)
		}
	}
	switch {
	case new == "":
		return nil, errors.New("a term cannot be empty")
	case len(clean) == 0:
		return nil, fmt.Errorf("nothing to merge into %q", new)
	}
	op := termOp{old: clean[0], new: new, also: clean[1:]}
	return planTerms(root, rules, ps, taxonomy, op, hasTerm(taxonomy, clean...))
}

// RemoveTerm plans removing the term from every post of ps that has it.
// A key left with no terms stays as an empty list in YAML and TOML; a
// Pelican or reST field line goes.
func RemoveTerm(root string, rules posts.Rules, ps []*posts.Post, taxonomy, term string) (*TermPlan, error) {
	term = strings.TrimSpace(term)
	if term == "" {
		return nil, errors.New("a term cannot be empty")
	}
	return planTerms(root, rules, ps, taxonomy, termOp{old: term}, hasTerm(taxonomy, term))
}

// SetTerms plans giving post p exactly terms in the taxonomy: the terms
// it keeps stay as written, the ones it loses go, and new ones are added
// after them (with the key itself, in the file's format, when the file
// has none). This is the reader's tag editor.
func SetTerms(root string, rules posts.Rules, p *posts.Post, taxonomy string, terms []string) (*TermPlan, error) {
	var clean []string
	for _, t := range terms {
		t, err := cleanText("term", t)
		if err != nil {
			return nil, err
		}
		if t != "" {
			clean = append(clean, t)
		}
	}
	clean = posts.UniqueTerms(rules.Generator, clean)
	return planTerms(root, rules, []*posts.Post{p}, taxonomy, termOp{set: true, terms: clean}, func(*posts.Post) bool { return true })
}

// hasTerm selects the posts that have one of terms in the taxonomy.
func hasTerm(taxonomy string, terms ...string) func(*posts.Post) bool {
	keys := make(map[string]bool, len(terms))
	for _, t := range terms {
		keys[posts.TermKey(t)] = true
	}
	return func(p *posts.Post) bool {
		for _, t := range p.TermsIn(taxonomy) {
			if keys[posts.TermKey(t)] {
				return true
			}
		}
		return false
	}
}

// planTerms reads each selected post and works out its edit.
func planTerms(root string, rules posts.Rules, ps []*posts.Post, taxonomy string, op termOp, selected func(*posts.Post) bool) (*TermPlan, error) {
	plan := &TermPlan{Root: root, Taxonomy: taxonomy}
	for _, p := range ps {
		if !selected(p) {
			continue
		}
		_, data, info, err := readForEdit(root, p.Path, nil)
		if err == nil {
			// Refused now rather than after the user said yes.
			err = checkReplaceable(p.Path, info)
		}
		if err != nil {
			plan.Skipped = append(plan.Skipped, TermSkip{Rel: p.Path, Err: err})
			continue
		}
		out, err := editTerms(data, p.Path, rules, taxonomy, op)
		if err != nil {
			plan.Skipped = append(plan.Skipped, TermSkip{Rel: p.Path, Err: err})
			continue
		}
		if string(out) == string(data) {
			continue
		}
		cur := posts.Parse(p.Path, data, posts.Options{Rules: rules}).TermsIn(taxonomy)
		plan.Edits = append(plan.Edits, TermEdit{Rel: p.Path, Old: cur, New: op.after(cur), Before: data, After: out})
	}
	return plan, nil
}

// Apply writes every edit of the plan, each file atomically and only if
// it is still exactly as the plan read it (else that file is left and
// its error reported). It returns one Change per file written, each
// undoable with Undo, and the errors of the files it could not write,
// joined.
func (p *TermPlan) Apply() ([]Change, error) {
	var changes []Change
	var errs []error
	for _, e := range p.Edits {
		abs, err := resolveInside(p.Root, e.Rel)
		if err == nil {
			err = WriteFileAtomic(abs, e.After, e.Before)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		changes = append(changes, Change{Rel: e.Rel, From: e.Rel, Before: e.Before, After: e.After,
			What: fmt.Sprintf("changed the %s of %s", p.Taxonomy, e.Rel)})
	}
	return changes, errors.Join(errs...)
}
