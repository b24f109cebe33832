package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// termNamePrompt asks for the new name of terms being renamed or
// merged, prefilled; tab completes from the site's terms. enter hands
// termNameChosenMsg to the browser below, esc leaves things as they are.
type termNamePrompt struct {
	sh            *shared
	width, height int
	title         string // safe for the terminal
	olds          []string
	terms         []posts.Term // the site's, for completion
	input         textinput.Model
}

// newTermNamePrompt opens the prompt for renaming olds (merging them
// when several), prefilled with name.
func newTermNamePrompt(sh *shared, taxonomy string, olds []string, name string, terms []posts.Term) (*termNamePrompt, tea.Cmd) {
	title := "Rename the " + termKeyword(taxonomy) + " " + olds[0]
	if len(olds) > 1 {
		title = "Merge the " + taxonomy + " " + strings.Join(olds, ", ")
	}
	in := newTextInput("new name › ", "", &sh.styles)
	in.SetValue(name)
	in.CursorEnd()
	p := &termNamePrompt{sh: sh, title: termsafe.Line(title), olds: olds, terms: terms, input: in}
	return p, p.input.Focus()
}

// Capturing implements capturer: letters are the name.
func (p *termNamePrompt) Capturing() bool { return true }

// SetSize implements Component.
func (p *termNamePrompt) SetSize(w, h int) {
	p.width, p.height = w, h
	p.input.SetWidth(max(1, w-14))
}

// KeyMap implements Component.
func (p *termNamePrompt) KeyMap() help.KeyMap {
	k := p.sh.keys
	return helpKeys{short: []key.Binding{k.Accept, k.Complete, k.Cancel, k.InputHelp}, full: [][]key.Binding{{k.Accept, k.Complete, k.Cancel}}}
}

// Update implements Component.
func (p *termNamePrompt) Update(msg tea.Msg) (Component, tea.Cmd) {
	k := p.sh.keys
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, k.Cancel):
			return p, p.sh.pop(nil)
		case key.Matches(kp, k.Accept):
			return p, p.sh.pop(termNameChosenMsg{olds: p.olds, name: p.input.Value()})
		case key.Matches(kp, k.Complete):
			if s := suggest(p.terms, p.input.Value(), nil); len(s) > 0 {
				p.input.SetValue(s[0].Name)
				p.input.CursorEnd()
			}
			return p, nil
		}
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return p, cmd
}

// View implements Component: the title, the input and what tab would
// complete.
func (p *termNamePrompt) View() string {
	st := &p.sh.styles
	lines := []string{st.Title.Render(ansi.Truncate(p.title, max(1, p.width), "…")), ansi.Truncate(termsafe.Output(p.input.View()), p.width, "")}
	if s := suggest(p.terms, p.input.Value(), nil); len(s) > 0 {
		names := make([]string, len(s))
		for i, t := range s {
			names[i] = termsafe.Line(t.Name)
		}
		lines = append(lines, st.Muted.Render(ansi.Truncate("  tab: "+strings.Join(names, " · "), max(1, p.width), "…")))
	}
	return strings.Join(lines, "\n")
}
