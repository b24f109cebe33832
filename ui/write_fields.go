package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// fieldsPrompt is a small form of text fields that changes one post:
// the rename prompt and the term editor. enter submits, esc cancels, tab
// completes a field's term from the site's (or moves on when there is
// nothing to complete). The write's result arrives at the root
// (writerEvent), which closes the prompt, or hands it the error to show.
type fieldsPrompt struct {
	sh            *shared
	width, height int
	name          string // what tests call the screen
	title         string // the first line, safe for the terminal
	saveHelp      string // what enter does
	fields        []promptField
	labelWidth    int // the marker and the longest label, and a space
	focus         int
	err           string
	pending       bool // a write is under way
	submit        func(values []string) tea.Cmd
}

// promptField is one labelled input; terms, when set, complete its
// comma-separated terms.
type promptField struct {
	label string
	input textinput.Model
	terms []posts.Term
}

// newFieldsPrompt makes a prompt with one field per label, prefilled
// with values, the first focused; terms, when not nil, hold each field's
// completions.
func newFieldsPrompt(sh *shared, name, title, saveHelp string, labels, values []string, terms [][]posts.Term, submit func([]string) tea.Cmd) *fieldsPrompt {
	f := &fieldsPrompt{sh: sh, name: name, title: title, saveHelp: saveHelp, submit: submit}
	for i, label := range labels {
		f.labelWidth = max(f.labelWidth, len("> ")+len(label)+1)
		in := newTextInput("", "", &sh.styles)
		in.SetValue(values[i])
		in.CursorEnd()
		fd := promptField{label: label, input: in}
		if i < len(terms) {
			fd.terms = terms[i]
		}
		f.fields = append(f.fields, fd)
	}
	f.fields[0].input.Focus()
	return f
}

// SetSize implements Component: the fields take the width left of their
// labels.
func (f *fieldsPrompt) SetSize(w, h int) {
	f.width, f.height = w, h
	for i := range f.fields {
		f.fields[i].input.SetWidth(max(1, w-f.labelWidth-1))
	}
}

// Capturing implements capturer: the fields take every letter.
func (f *fieldsPrompt) Capturing() bool { return true }

// KeyMap implements Component.
func (f *fieldsPrompt) KeyMap() help.KeyMap {
	k := f.sh.keys
	save := key.NewBinding(key.WithKeys(k.Accept.Keys()...), key.WithHelp(k.Accept.Help().Key, f.saveHelp))
	short := []key.Binding{save, k.Cancel, k.InputHelp}
	if len(f.fields) > 1 {
		short = []key.Binding{save, k.Cancel, k.Complete, k.NextField, k.InputHelp}
	}
	return helpKeys{short: short, full: [][]key.Binding{{save, k.Cancel}, {k.Complete, k.NextField, k.PrevField}}}
}

// Update implements Component.
func (f *fieldsPrompt) Update(msg tea.Msg) (Component, tea.Cmd) {
	k := f.sh.keys
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		if f.pending {
			return f, nil
		}
		switch {
		case key.Matches(kp, k.Cancel):
			return f, tea.Batch(f.sh.pop(nil), status("cancelled: nothing was changed"))
		case key.Matches(kp, k.Accept):
			values := make([]string, len(f.fields))
			for i, fd := range f.fields {
				values[i] = fd.input.Value()
			}
			f.pending, f.err = true, ""
			return f, f.submit(values)
		case key.Matches(kp, k.Complete) && f.complete():
			return f, nil
		case key.Matches(kp, k.NextField) && len(f.fields) > 1:
			return f, f.move(1)
		case key.Matches(kp, k.PrevField) && len(f.fields) > 1:
			return f, f.move(-1)
		}
	}
	var cmd tea.Cmd
	f.fields[f.focus].input, cmd = f.fields[f.focus].input.Update(msg)
	if _, ok := msg.(tea.KeyPressMsg); ok {
		f.err = ""
	}
	return f, cmd
}

// failed shows why the write did not happen; the fields stay as typed.
func (f *fieldsPrompt) failed(err error) {
	f.pending, f.err = false, err.Error()
}

// move focuses the field d steps away, wrapping around.
func (f *fieldsPrompt) move(d int) tea.Cmd {
	f.fields[f.focus].input.Blur()
	f.focus = (f.focus + d + len(f.fields)) % len(f.fields)
	return f.fields[f.focus].input.Focus()
}

// complete takes the first completion of the focused field's last term,
// and reports whether there was one.
func (f *fieldsPrompt) complete() bool {
	fd := &f.fields[f.focus]
	s := termSuggestions(fd.terms, fd.input.Value())
	if len(s) == 0 {
		return false
	}
	completeTerm(&fd.input, s[0].Name)
	return true
}

// View implements Component; every post-derived text passes through
// termsafe.
func (f *fieldsPrompt) View() string {
	var b strings.Builder
	b.WriteString(ansi.Wrap(f.title, max(1, f.width), "") + "\n\n")
	for i, fd := range f.fields {
		marker := "  "
		if i == f.focus {
			marker = "> "
		}
		b.WriteString(marker + fmt.Sprintf("%-*s", f.labelWidth-len(marker), fd.label) + termsafe.Output(fd.input.View()) + "\n")
		if i == f.focus {
			if s := termSuggestions(fd.terms, fd.input.Value()); len(s) > 0 {
				b.WriteString(indentBy(ansi.Wrap(suggestionLine(s), max(1, f.width-f.labelWidth), ""), f.labelWidth) + "\n")
			}
		}
	}
	b.WriteString("\n")
	if f.err != "" {
		b.WriteString(ansi.Wrap("error: "+termsafe.Line(f.err), max(1, f.width), "") + "\n")
	}
	if f.pending {
		b.WriteString("saving…\n")
	}
	return fit(b.String(), f.width, f.height)
}
