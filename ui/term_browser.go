package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/store"
	"github.com/folio-blog/folio/ui/termsafe"
)

// termBrowser lists the tags or categories of the posts on screen with
// their counts. Typing narrows the list; enter adds the term to the post
// filter, or removes it when the filter has it already.
type termBrowser struct {
	sh            *shared
	width, height int
	taxonomy      string      // "tags" or "categories"
	gen           int         // which opening of a browser this is
	query         posts.Query // the list's filter, to mark the terms in it
	counted       bool        // all holds the counts (termsCountedMsg arrived)
	// accepting says enter was pressed before the terms were counted:
	// the term it chooses is chosen once they are, as typed.
	accepting bool
	all       []posts.Term
	shown     []posts.Term
	input     textinput.Model
	window    listWindow

	// browsing says the keys act on the terms (tab): space marks, r
	// renames, m merges the marked; else they are typed.
	browsing bool
	marked   map[string]bool // term names
	// paths are the posts counted, to count them again when the folder
	// is read again (after a rename); follow is the term to select then.
	paths  map[string]bool
	follow string
}

// termsCountedMsg carries the terms counted for a browser.
type termsCountedMsg struct {
	gen   int // the browser the terms were counted for
	terms []posts.Term
	paths map[string]bool // set when the browser is opened
}

// termToggledMsg asks the list to add the term to its filter, or to
// remove it.
type termToggledMsg struct{ key, name string }

// newTermBrowser opens a browser of the taxonomy's terms over ps; the
// Cmd counts them off the Update loop (about 30 ms a taxonomy at 100,000
// posts) and reports termsCountedMsg.
func newTermBrowser(sh *shared, taxonomy string, ps []*posts.Post, q posts.Query) (*termBrowser, tea.Cmd) {
	in := newTextInput("› ", "type to narrow", &sh.styles)
	sh.termsGen++
	gen := sh.termsGen
	b := &termBrowser{sh: sh, taxonomy: taxonomy, gen: gen, query: q, input: in, marked: map[string]bool{}}
	return b, tea.Batch(b.input.Focus(), func() tea.Msg {
		paths := make(map[string]bool, len(ps))
		for _, p := range ps {
			paths[p.Path] = true
		}
		return termsCountedMsg{gen: gen, terms: posts.Terms(ps, taxonomy), paths: paths}
	})
}

// recount counts the terms again over the same posts as read again.
func (b *termBrowser) recount(read []*posts.Post) tea.Cmd {
	gen, tax, paths := b.gen, b.taxonomy, b.paths
	return func() tea.Msg {
		var ps []*posts.Post
		for _, p := range read {
			if paths[p.Path] {
				ps = append(ps, p)
			}
		}
		return termsCountedMsg{gen: gen, terms: posts.Terms(ps, tax)}
	}
}

// Capturing implements capturer: letters narrow the terms, unless the
// user is browsing them.
func (b *termBrowser) Capturing() bool { return !b.browsing }

// SetSize implements Component: a title line, the input, the terms.
func (b *termBrowser) SetSize(w, h int) {
	b.width, b.height = w, h
	b.window.setHeight(h - 2)
	b.input.SetWidth(max(1, w-3))
}

// KeyMap implements Component.
func (b *termBrowser) KeyMap() help.KeyMap {
	k := b.sh.keys
	if b.browsing {
		return helpKeys{
			short: []key.Binding{k.Toggle, k.Mark, k.RenameTerm, k.MergeTerms, k.TermFocus, k.Back, k.Help},
			full:  [][]key.Binding{{k.Up, k.Down, k.InputPageUp, k.InputPageDown, k.Top, k.Bottom}, {k.Toggle, k.Mark, k.RenameTerm, k.MergeTerms, k.Undo}, {k.TermFocus, k.Back, k.Help}},
		}
	}
	return helpKeys{
		short: []key.Binding{k.Toggle, k.TermFocus, k.Back, k.ArrowUp, k.ArrowDown, k.Help},
		full:  [][]key.Binding{{k.ArrowUp, k.ArrowDown, k.InputPageUp, k.InputPageDown, k.InputTop, k.InputBottom}, {k.Toggle, k.TermFocus, k.Back, k.Help}},
	}
}

// Update implements Component: moves through the terms, narrows them as
// the user types, and toggles the chosen one in the list's filter.
func (b *termBrowser) Update(msg tea.Msg) (Component, tea.Cmd) {
	k := b.sh.keys
	switch msg := msg.(type) {
	case termsCountedMsg:
		if msg.gen != b.gen {
			return b, nil // counted for a browser since closed
		}
		if i := b.window.selected(); i >= 0 && b.follow == "" {
			b.follow = b.shown[i].Name // counted again: the selection stays
		}
		b.all, b.counted = msg.terms, true
		if msg.paths != nil {
			b.paths = msg.paths
		}
		b.narrow()
		b.keepMarked()
		if b.accepting {
			return b, b.toggle()
		}
		return b, nil
	case storeEventMsg:
		if ev, ok := msg.ev.(store.Reloaded); ok && ev.Err == nil && b.paths != nil {
			return b, b.recount(ev.Posts)
		}
		return b, nil
	case termNameAskMsg:
		if msg.gen != b.gen {
			return b, nil
		}
		p, cmd := newTermNamePrompt(b.sh, b.taxonomy, msg.olds, mostUsed(msg.olds, msg.terms), msg.terms)
		return b, tea.Batch(b.sh.push(p), cmd)
	case termNameChosenMsg:
		return b, b.planTermEdit(msg.olds, msg.name)
	case termPlannedMsg:
		if msg.gen != b.gen {
			return b, nil
		}
		return b, b.planned(msg)
	case tea.KeyPressMsg:
		if b.browsing {
			if cmd, ok := b.browseKey(msg); ok {
				return b, cmd
			}
			break
		}
		switch {
		case key.Matches(msg, k.TermFocus):
			b.browsing = true
			b.input.Blur()
			return b, nil
		case key.Matches(msg, k.Cancel):
			return b, b.sh.pop(nil)
		case key.Matches(msg, k.Help):
			return b, b.sh.ask(showHelpMsg{})
		case key.Matches(msg, k.Toggle):
			if !b.counted {
				// Typed ahead of the counting (t, a few letters and
				// enter in a row): chosen once the terms are there.
				b.accepting = true
				return b, nil
			}
			return b, b.toggle()
		}
	}
	moves := b.sh.keys.inputMoves()
	if b.browsing {
		moves = b.sh.keys.browseMoves()
	}
	if b.window.navigate(msg, moves) || b.browsing {
		return b, nil
	}
	before := b.input.Value()
	var cmd tea.Cmd
	b.input, cmd = b.input.Update(msg)
	if b.input.Value() != before {
		b.narrow()
	}
	return b, cmd
}

// browseKey handles a key while browsing the terms; ok is false for
// the moving keys.
func (b *termBrowser) browseKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	k := b.sh.keys
	sel := b.window.selected()
	switch {
	case key.Matches(msg, k.Cancel):
		return b.sh.pop(nil), true
	case key.Matches(msg, k.TermFocus), key.Matches(msg, k.Filter):
		b.browsing = false
		return b.input.Focus(), true
	case key.Matches(msg, k.Toggle):
		return b.toggle(), true
	case key.Matches(msg, k.Undo):
		return undoHook(b.sh), true
	case sel < 0 && (key.Matches(msg, k.Mark) || key.Matches(msg, k.RenameTerm) || key.Matches(msg, k.MergeTerms)):
		return status("no term selected"), true
	case key.Matches(msg, k.Mark):
		name := b.shown[sel].Name
		if b.marked[name] {
			delete(b.marked, name)
		} else {
			b.marked[name] = true
		}
		b.window.move(1)
		return nil, true
	case key.Matches(msg, k.RenameTerm):
		return b.askTermName([]string{b.shown[sel].Name}), true
	case key.Matches(msg, k.MergeTerms):
		olds := b.markedNames(b.shown[sel].Name)
		if len(olds) < 2 {
			return status("mark the " + b.taxonomy + " to merge with space, then m"), true
		}
		return b.askTermName(olds), true
	}
	return nil, false
}

// markedNames are the marked terms and sel, in the browser's order.
func (b *termBrowser) markedNames(sel string) []string {
	var out []string
	for _, t := range b.all {
		if b.marked[t.Name] || t.Name == sel {
			out = append(out, t.Name)
		}
	}
	return out
}

// keepMarked forgets marks of terms no longer counted (renamed), and
// selects the term to follow: the one a rename or merge made, or the
// one selected before the terms were counted again.
func (b *termBrowser) keepMarked() {
	names := make(map[string]bool, len(b.all))
	for _, t := range b.all {
		names[t.Name] = true
	}
	for name := range b.marked {
		if !names[name] {
			delete(b.marked, name)
		}
	}
	if b.follow == "" {
		return
	}
	k := posts.TermKey(b.follow)
	b.follow = ""
	at := func() int {
		return slices.IndexFunc(b.shown, func(t posts.Term) bool { return posts.TermKey(t.Name) == k })
	}
	if at() < 0 && slices.ContainsFunc(b.all, func(t posts.Term) bool { return posts.TermKey(t.Name) == k }) {
		// Renamed out of what was typed: shown again without it.
		b.input.SetValue("")
		b.narrow()
	}
	if i := at(); i >= 0 {
		b.window.moveTo(i)
	}
}

// toggle chooses the selected term: the list adds it to its filter, or
// removes it when the filter has it.
func (b *termBrowser) toggle() tea.Cmd {
	b.accepting = false
	i := b.window.selected()
	if i < 0 {
		return status("no term matches what you typed")
	}
	return b.sh.pop(termToggledMsg{key: termKeyword(b.taxonomy), name: b.shown[i].Name})
}

// narrow keeps the terms containing the typed text.
func (b *termBrowser) narrow() {
	needle := strings.ToLower(strings.TrimSpace(b.input.Value()))
	if needle == "" {
		b.shown = b.all
	} else {
		b.shown = nil
		for _, t := range b.all {
			if strings.Contains(strings.ToLower(t.Name), needle) {
				b.shown = append(b.shown, t)
			}
		}
	}
	b.window.setLen(len(b.shown))
	b.window.moveTo(0)
}

// View implements Component: the title, the input and the visible terms
// with their counts, those in the filter marked.
func (b *termBrowser) View() string {
	st := &b.sh.styles
	title := "Tags"
	if b.taxonomy == "categories" {
		title = "Categories"
	}
	count := "  counting…"
	switch {
	case b.counted && len(b.all) == 0:
		count = "  none"
	case b.counted:
		count = fmt.Sprintf("  %d of %d", len(b.shown), len(b.all))
	}
	lines := []string{st.Title.Render(title) + st.Muted.Render(count), ansi.Truncate(termsafe.Output(b.input.View()), b.width, "")}
	switch {
	case b.counted && len(b.all) == 0:
		// Not "nothing matches": there is nothing to match.
		lines = append(lines, st.Muted.Render(ansi.Wrap("  None of the posts listed has "+b.taxonomy+".", max(1, b.width), "")))
		return strings.Join(lines, "\n")
	case b.counted && len(b.shown) == 0:
		lines = append(lines, st.Muted.Render("  nothing matches"))
		return strings.Join(lines, "\n")
	}
	kw := termKeyword(b.taxonomy)
	lines = append(lines, b.window.view(func(i int, sel bool) string {
		t := b.shown[i]
		mark := "  "
		switch {
		case b.marked[t.Name]:
			mark = "• "
		case b.query.HasTerm(kw, t.Name):
			mark = "✓ "
		}
		name := ansi.Truncate(termsafe.Line(t.Name), max(1, b.width-10), "…")
		count := st.Count.Render(fmt.Sprintf("%5d ", t.Count))
		if sel {
			return st.Cursor.Render("▌") + count + mark + st.Selected.Render(name)
		}
		return " " + count + mark + name
	}))
	return strings.Join(lines, "\n")
}

// termKeyword is the query key for a taxonomy.
func termKeyword(taxonomy string) string {
	if taxonomy == "categories" {
		return "category"
	}
	return "tag"
}
