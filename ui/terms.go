package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// termBrowser lists the tags or categories of the posts on screen with
// their counts. Typing narrows the list; enter adds the term to the
// post filter, so that several terms combine.
type termBrowser struct {
	taxonomy string // "tags" or "categories"
	gen      int    // which opening of the browser this is
	counted  bool   // all holds the counts (termsCountedMsg arrived)
	all      []posts.Term
	shown    []posts.Term
	input    lineInput
	cursor   int
	offset   int
	height   int
}

// termsCountedMsg carries the terms counted for the browser opened as
// generation gen.
type termsCountedMsg struct {
	gen   int
	terms []posts.Term
}

// termChosenMsg asks the root to filter the posts by a term.
type termChosenMsg struct{ filter string }

// termsClosedMsg asks the root to go back to the list unchanged.
type termsClosedMsg struct{}

// newTermBrowser opens a browser of the taxonomy's terms over ps; the
// Cmd counts them off the Update loop (about 30 ms a taxonomy at 100,000
// posts) and reports termsCountedMsg.
func newTermBrowser(st *Styles, taxonomy string, ps []*posts.Post, gen, height int) (termBrowser, tea.Cmd) {
	in := newLineInput("› ", "type to narrow", st)
	in.Focus()
	b := termBrowser{taxonomy: taxonomy, gen: gen, input: in, height: max(1, height)}
	return b, func() tea.Msg { return termsCountedMsg{gen: gen, terms: posts.Terms(ps, taxonomy)} }
}

// setTerms takes the counted terms, narrowed by what was typed meanwhile.
func (b *termBrowser) setTerms(msg termsCountedMsg) {
	if msg.gen != b.gen {
		return // counted for a browser since closed
	}
	b.all, b.counted = msg.terms, true
	b.narrow()
}

// Update moves through the terms, narrows them as the user types, and
// reports the choice with termChosenMsg or termsClosedMsg.
func (b termBrowser) Update(msg tea.Msg, keys *KeyMap) (termBrowser, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, keys.Cancel):
			return b, func() tea.Msg { return termsClosedMsg{} }
		case key.Matches(k, keys.Accept):
			if b.cursor < len(b.shown) {
				f := quoteTerm(termKeyword(b.taxonomy), b.shown[b.cursor].Name)
				return b, func() tea.Msg { return termChosenMsg{filter: f} }
			}
			return b, nil
		case key.Matches(k, keys.ArrowUp):
			b.move(-1)
			return b, nil
		case key.Matches(k, keys.ArrowDown):
			b.move(1)
			return b, nil
		case key.Matches(k, keys.InputPageUp):
			b.move(-b.height)
			return b, nil
		case key.Matches(k, keys.InputPageDown):
			b.move(b.height)
			return b, nil
		}
	}
	before := b.input.Value()
	b.input = b.input.Update(msg)
	if b.input.Value() != before {
		b.narrow()
	}
	return b, nil
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
	b.cursor, b.offset = 0, 0
}

func (b *termBrowser) move(d int) {
	b.cursor = max(0, min(b.cursor+d, len(b.shown)-1))
	if b.cursor < b.offset {
		b.offset = b.cursor
	}
	if b.cursor >= b.offset+b.height {
		b.offset = b.cursor - b.height + 1
	}
}

func (b *termBrowser) setHeight(h int) {
	b.height = max(1, h)
	b.move(0)
}

// View draws the input and the visible terms with their counts.
func (b termBrowser) View(st *Styles, width int) string {
	var lines []string
	title := "Tags"
	if b.taxonomy == "categories" {
		title = "Categories"
	}
	count := "  counting…"
	if b.counted {
		count = fmt.Sprintf("  %d of %d", len(b.shown), len(b.all))
	}
	lines = append(lines, st.Title.Render(title)+st.Muted.Render(count))
	lines = append(lines, b.input.View())
	if len(b.shown) == 0 && b.counted {
		lines = append(lines, st.Muted.Render("  nothing matches"))
	}
	end := min(len(b.shown), b.offset+b.height)
	for i := b.offset; i < end; i++ {
		t := b.shown[i]
		name := ansi.Truncate(termsafe.Line(t.Name), max(4, width-12), "…")
		count := st.Count.Render(fmt.Sprintf("%5d  ", t.Count))
		if i == b.cursor {
			lines = append(lines, st.Cursor.Render("▌")+count+st.Selected.Render(name))
		} else {
			lines = append(lines, " "+count+name)
		}
	}
	return strings.Join(lines, "\n")
}

// termKeyword is the query key for a taxonomy.
func termKeyword(taxonomy string) string {
	if taxonomy == "categories" {
		return "category"
	}
	return "tag"
}
