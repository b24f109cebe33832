package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/ui/termsafe"
)

// editedTaxonomies are the taxonomies the term editor edits, in the
// order of its fields.
var editedTaxonomies = []string{"tags", "categories"}

// TermsSetMsg reports the result of SetTermsCmd: the change written (one
// for the file, whichever taxonomies changed; nil when nothing changed),
// or why not all was written (Err).
type TermsSetMsg struct {
	Path   string
	Change *edit.Change
	Err    error
}

// editTermsMsg carries the site's terms, counted for the term editor's
// completion, and the post to edit.
type editTermsMsg struct {
	p     *posts.Post
	terms [][]posts.Term // one list per editedTaxonomies
}

// editTermsHook counts the site's terms off the Update loop; the editor
// opens when they arrive.
func editTermsHook(sh *shared, p *posts.Post) tea.Cmd {
	if p == nil {
		return status("nothing to edit")
	}
	all := sh.store.Posts()
	return func() tea.Msg {
		msg := editTermsMsg{p: p}
		for _, tax := range editedTaxonomies {
			msg.terms = append(msg.terms, posts.Terms(all, tax))
		}
		return msg
	}
}

// termsEditor is the prompt that edits p's tags and categories.
func termsEditor(sh *shared, msg editTermsMsg) *fieldsPrompt {
	p := msg.p
	root, rules := sh.cfg.Dir, sh.cfg.Posts.Rules
	values := make([]string, len(editedTaxonomies))
	for i, tax := range editedTaxonomies {
		values[i] = strings.Join(p.TermsIn(tax), ", ")
	}
	return newFieldsPrompt(sh, "terms", "Tags and categories of "+termsafe.Line(p.Path)+" (comma-separated; tab completes)",
		"save", []string{"Tags", "Categories"}, values, msg.terms, func(v []string) tea.Cmd {
			return SetTermsCmd(root, rules, p, map[string][]string{"tags": splitTerms(v[0]), "categories": splitTerms(v[1])})
		})
}

// SetTermsCmd gives post p exactly the terms of want in each taxonomy
// it names through edit.SetTerms, whose plans `folio tags rename` and
// `remove` apply too: the terms it keeps stay as written, in the file's
// own syntax. A taxonomy whose terms are
// unchanged is not touched. The edits of one file make one change.
func SetTermsCmd(root string, rules posts.Rules, p *posts.Post, want map[string][]string) tea.Cmd {
	return func() tea.Msg {
		msg := TermsSetMsg{Path: filepath.Join(root, filepath.FromSlash(p.Path))}
		var done []edit.Change
		var names []string
		for _, tax := range editedTaxonomies {
			terms, ok := want[tax]
			if !ok || slices.Equal(terms, p.TermsIn(tax)) {
				continue
			}
			c, err := setTerms(root, rules, p, tax, terms)
			if err != nil {
				msg.Err = err
				break
			}
			if c != nil {
				done, names = append(done, *c), append(names, tax)
			}
		}
		if len(done) > 0 {
			c := done[0]
			c.After = done[len(done)-1].After
			c.What = fmt.Sprintf("changed the %s of %s", strings.Join(names, " and "), p.Path)
			msg.Change = &c
		}
		return msg
	}
}

// setTerms plans and writes one taxonomy's terms; a post the plan skips
// (a category that comes from its folder) is an error.
func setTerms(root string, rules posts.Rules, p *posts.Post, tax string, terms []string) (*edit.Change, error) {
	plan, err := edit.SetTerms(root, rules, p, tax, terms)
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, sk := range plan.Skipped {
		errs = append(errs, fmt.Errorf("%s: %w", tax, sk.Err))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	changes, err := plan.Apply()
	if err != nil || len(changes) == 0 {
		return nil, err
	}
	return &changes[0], nil
}

// termsSet closes the term editor after a write, records the change for
// undo and reads the folder again; an error stays in the editor.
func (m *Model) termsSet(msg TermsSetMsg) tea.Cmd {
	prompt, open := m.active().(*fieldsPrompt)
	if msg.Change != nil {
		m.pushChange(*msg.Change)
	}
	if msg.Err != nil {
		if open {
			prompt.failed(msg.Err)
		}
		if msg.Change == nil {
			return nil
		}
		// The tags were written, the categories not: the list shows it.
		return m.sh.reload()
	}
	if open {
		m.popScreen()
	}
	if msg.Change == nil {
		return status("nothing changed")
	}
	return tea.Batch(m.followMove(msg.Path, msg.Path), m.sh.reload(), status(termsafe.Line(msg.Change.What)+"; u undoes it"))
}
