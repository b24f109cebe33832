package ui

import (
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// lineInput is a one-line text input for the filter bar, the term
// browser and in-article search. It is small on purpose: typing,
// deleting, moving the cursor and pasting, with a steady cursor so that
// frames (and golden files) do not depend on a blink timer.
type lineInput struct {
	prompt      string
	placeholder string
	value       []rune
	pos         int
	focused     bool
	width       int

	promptStyle      lipgloss.Style
	placeholderStyle lipgloss.Style
	cursorStyle      lipgloss.Style
}

func newLineInput(prompt, placeholder string, st *Styles) lineInput {
	in := lineInput{prompt: prompt, placeholder: placeholder, width: 40}
	in.setStyles(st)
	return in
}

func (in *lineInput) setStyles(st *Styles) {
	in.promptStyle = st.Prompt
	in.placeholderStyle = st.Muted
	in.cursorStyle = st.InputCaret
}

// Value is the text typed.
func (in lineInput) Value() string { return string(in.value) }

// SetValue replaces the text and puts the cursor at its end.
func (in *lineInput) SetValue(s string) {
	in.value = []rune(s)
	in.pos = len(in.value)
}

func (in *lineInput) Focus()         { in.focused = true }
func (in *lineInput) Blur()          { in.focused = false }
func (in *lineInput) SetWidth(w int) { in.width = max(1, w) }

// Update edits the text on a key press or a paste.
func (in lineInput) Update(msg tea.Msg) lineInput {
	if !in.focused {
		return in
	}
	switch msg := msg.(type) {
	case tea.PasteMsg:
		in.insert(strings.Map(func(r rune) rune {
			if unicode.IsControl(r) {
				return ' '
			}
			return r
		}, msg.Content))
	case tea.KeyPressMsg:
		switch msg.String() {
		case "backspace", "ctrl+h":
			if in.pos > 0 {
				in.value = append(in.value[:in.pos-1], in.value[in.pos:]...)
				in.pos--
			}
		case "delete", "ctrl+d":
			if in.pos < len(in.value) {
				in.value = append(in.value[:in.pos], in.value[in.pos+1:]...)
			}
		case "left", "ctrl+b":
			in.pos = max(0, in.pos-1)
		case "right", "ctrl+f":
			in.pos = min(len(in.value), in.pos+1)
		case "home", "ctrl+a":
			in.pos = 0
		case "end", "ctrl+e":
			in.pos = len(in.value)
		case "ctrl+u":
			in.value = in.value[in.pos:]
			in.pos = 0
		case "ctrl+k":
			in.value = in.value[:in.pos]
		case "ctrl+w", "alt+backspace":
			start := in.pos
			for start > 0 && in.value[start-1] == ' ' {
				start--
			}
			for start > 0 && in.value[start-1] != ' ' {
				start--
			}
			in.value = append(in.value[:start], in.value[in.pos:]...)
			in.pos = start
		default:
			if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
				in.insert(msg.Text)
			}
		}
	}
	return in
}

func (in *lineInput) insert(s string) {
	rs := []rune(s)
	v := make([]rune, 0, len(in.value)+len(rs))
	v = append(v, in.value[:in.pos]...)
	v = append(v, rs...)
	v = append(v, in.value[in.pos:]...)
	in.value = v
	in.pos += len(rs)
}

// View draws the prompt and the text, scrolled so the cursor is visible.
func (in lineInput) View() string {
	prompt := in.promptStyle.Render(in.prompt)
	room := max(1, in.width-ansi.StringWidth(in.prompt)-1)
	if len(in.value) == 0 {
		cur := ""
		if in.focused {
			cur = in.cursorStyle.Render(" ")
		}
		return prompt + cur + in.placeholderStyle.Render(ansi.Truncate(in.placeholder, room, "…"))
	}
	start := 0
	for ansi.StringWidth(string(in.value[start:in.pos])) > room-1 {
		start++
	}
	before := string(in.value[start:in.pos])
	var at, after string
	if in.pos < len(in.value) {
		at = string(in.value[in.pos])
		after = string(in.value[in.pos+1:])
	} else {
		at = " "
	}
	if !in.focused {
		return prompt + ansi.Truncate(string(in.value[start:]), room, "…")
	}
	rest := ansi.Truncate(after, max(0, room-ansi.StringWidth(before)-1), "")
	return prompt + before + in.cursorStyle.Render(at) + rest
}
