package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/ui/termsafe"
)

// This file renames and merges terms from the term browser: r and m ask
// for the new name, the plan is made off the Update loop over every post
// of the site (as folio tags rename does without a query: a tag renamed
// in the posts on screen only would split it in two), shown and asked
// for when more than one file changes, then applied as one undoable
// change.

// termNameAskMsg carries the site's terms, counted to complete the new
// name and to choose its default, for renaming olds.
type termNameAskMsg struct {
	gen   int
	olds  []string
	terms []posts.Term
}

// termNameChosenMsg is the new name the prompt chose for olds.
type termNameChosenMsg struct {
	olds []string
	name string
}

// termPlannedMsg carries a term edit worked out but not yet written.
type termPlannedMsg struct {
	gen  int
	olds []string
	plan *edit.TermPlan
	name string
	err  error
}

// termsAppliedMsg reports the files a term edit changed.
type termsAppliedMsg struct {
	what    string
	changes []edit.Change
	err     error // the files that could not be written, joined
}

// askTermName counts the site's terms off the Update loop, then opens
// the prompt for the new name of olds (termNameAskMsg). It waits for
// the whole folder: a plan over part of it would miss posts.
func (b *termBrowser) askTermName(olds []string) tea.Cmd {
	if !b.sh.store.Loaded() {
		return status("renaming waits until every post is read")
	}
	all, tax, gen := b.sh.store.Posts(), b.taxonomy, b.gen
	return func() tea.Msg { return termNameAskMsg{gen: gen, olds: olds, terms: posts.Terms(all, tax)} }
}

// planTermEdit works out renaming olds to name over every post of the
// site, off the Update loop (termPlannedMsg).
func (b *termBrowser) planTermEdit(olds []string, name string) tea.Cmd {
	sh, tax, gen := b.sh, b.taxonomy, b.gen
	if strings.TrimSpace(name) == "" {
		return statusErr("a name cannot be empty")
	}
	all, root, rules := sh.store.Posts(), sh.cfg.Dir, sh.cfg.Posts.Rules
	b.follow = strings.TrimSpace(name)
	clear(b.marked) // used up, whatever the user answers
	return func() tea.Msg {
		msg := termPlannedMsg{gen: gen, olds: olds, name: name}
		if len(olds) == 1 {
			msg.plan, msg.err = edit.RenameTerm(root, rules, all, tax, olds[0], name)
		} else {
			msg.plan, msg.err = edit.MergeTerms(root, rules, all, tax, olds, name)
		}
		return msg
	}
}

// termEditWhat names a term edit, safe for the terminal: done for the
// status line and undo ("renamed a → b"), else for a title ("Rename a
// → b").
func termEditWhat(olds []string, name string, done bool) string {
	verb := map[bool]string{false: "Rename ", true: "renamed "}[done]
	if len(olds) > 1 {
		verb = map[bool]string{false: "Merge ", true: "merged "}[done]
	}
	return termsafe.Line(verb + strings.Join(olds, ", ") + " → " + strings.TrimSpace(name))
}

// planned shows a plan: applied at once when it changes one file and
// skips none, shown and asked for otherwise.
func (b *termBrowser) planned(msg termPlannedMsg) tea.Cmd {
	switch p := msg.plan; {
	case msg.err != nil:
		return statusErr(termsafe.Line(msg.err.Error()))
	case len(p.Edits) == 0 && len(p.Skipped) == 0:
		return status("nothing to change")
	case len(p.Edits) == 1 && len(p.Skipped) == 0:
		return applyTermPlan(p, termEditWhat(msg.olds, msg.name, true))
	}
	return b.sh.push(newTermPlanScreen(b.sh, msg.plan, msg.olds, msg.name))
}

// applyTermPlan writes the plan's files (termsAppliedMsg).
func applyTermPlan(p *edit.TermPlan, what string) tea.Cmd {
	return func() tea.Msg {
		changes, err := p.Apply()
		return termsAppliedMsg{what: what, changes: changes, err: err}
	}
}

// termsApplied records the files changed as one undoable change, reads
// the folder again and says what was done.
func (s *shared) termsApplied(msg termsAppliedMsg) tea.Cmd {
	what := msg.what + " in " + plural(len(msg.changes), "post")
	s.recordChanges(what, msg.changes)
	if msg.err != nil {
		return tea.Batch(s.reload(), statusErr(what+"; not written: "+termsafe.Line(msg.err.Error())))
	}
	return tea.Batch(s.reload(), status(what))
}

// mostUsed is the term of olds the site uses most (the first on a tie),
// the default name of a merge.
func mostUsed(olds []string, terms []posts.Term) string {
	best, count := olds[0], -1
	for _, o := range olds {
		k := posts.TermKey(o)
		for _, t := range terms {
			if posts.TermKey(t.Name) == k && t.Count > count {
				best, count = o, t.Count
			}
		}
	}
	return best
}
