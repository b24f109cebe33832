package ui

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// Component is the contract every screen of the interface keeps: the
// post list, the reader, the term browsers, the outline, the warnings
// panel, the new-post form, the help screen and the confirmations.
//
// The root model keeps a stack of components over the list, hands key
// and mouse messages to the top one, sizes each with SetSize (the frame
// keeps the last lines for status and help) and draws the help line from
// the top one's KeyMap, so that help cannot drift from behaviour and ?
// works everywhere.
type Component interface {
	// Update handles a message and returns the component to keep.
	Update(tea.Msg) (Component, tea.Cmd)
	// View draws the component in exactly the size it was given.
	View() string
	// SetSize gives the component the cells it may draw in.
	SetSize(width, height int)
	// KeyMap lists the bindings the component acts on, for help.
	KeyMap() help.KeyMap
}

// capturer is implemented by components that sometimes take every key as
// text (a focused input): the root then leaves q and ? to them.
type capturer interface {
	Capturing() bool
}

// capturing reports whether c takes every key as text right now.
func capturing(c Component) bool {
	if t, ok := c.(capturer); ok {
		return t.Capturing()
	}
	return false
}

// Screens ask the root to change screens through shared.ask, not through
// Cmds: a Cmd runs later, and keys typed meanwhile would reach the old
// screen. The root carries the requests out as soon as the screen's
// Update returns.

// pushMsg asks the root to show c over the current screen.
type pushMsg struct{ c Component }

// popMsg asks the root to close the top screen, then hand then (if not
// nil) to the screen below.
type popMsg struct{ then tea.Msg }

// push asks the root to show c over the current screen.
func (s *shared) push(c Component) tea.Cmd { return s.ask(pushMsg{c}) }

// pop asks the root to close the top screen and hand then to the one
// below it.
func (s *shared) pop(then tea.Msg) tea.Cmd { return s.ask(popMsg{then}) }

// ask records a request for the root, to carry out when the current
// Update returns; it returns a nil Cmd so that it reads as one.
func (s *shared) ask(msg tea.Msg) tea.Cmd {
	s.requests = append(s.requests, msg)
	return nil
}

// showHelpMsg asks the root for the help of the top screen; components
// whose input takes ? as text send it for their own help key.
type showHelpMsg struct{}
