package ui

import (
	"charm.land/bubbles/v2/textinput"
)

// newTextInput is the one text input of the interface (the filter bar,
// the term browsers' narrowing, search in a post, the new-post form):
// a bubbles textinput with a steady cursor drawn in the text, so that
// frames (and golden files) do not depend on a blink timer.
func newTextInput(prompt, placeholder string, st *Styles) textinput.Model {
	in := textinput.New()
	in.Prompt = prompt
	in.Placeholder = placeholder
	in.CharLimit = 1000
	in.SetVirtualCursor(true)
	in.SetWidth(40)
	styleInput(&in, st)
	return in
}

// styleInput gives in the interface's styles, for a new background.
func styleInput(in *textinput.Model, st *Styles) {
	s := textinput.DefaultStyles(st.IsDark)
	s.Focused.Prompt = st.Prompt
	s.Blurred.Prompt = st.Muted
	s.Focused.Placeholder = st.Muted
	s.Blurred.Placeholder = st.Muted
	s.Cursor.Blink = false
	in.SetStyles(s)
}
