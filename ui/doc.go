// Package ui is folio's terminal interface: a Bubble Tea program that
// lists, filters and reads the posts of a blog folder, and starts new
// ones.
//
// Every read of the disk and every Glamour render happens in a tea.Cmd;
// View only lays out what Update prepared. Every piece of text that came
// from a post goes through termsafe before it reaches the screen.
//
// # The component contract
//
// Every screen — the post list, the reader, the tag and category
// browsers, the outline, the warnings panel, the new-post form, the help
// screen, the question about an untouched post — is a Component:
//
//	Update(tea.Msg) (Component, tea.Cmd)
//	View() string          // exactly the size SetSize gave
//	SetSize(width, height int)
//	KeyMap() help.KeyMap   // the bindings it acts on, for help
//
// The root Model keeps the list at the bottom of a stack of screens. It
// routes messages and never reads a screen's fields: keys, the mouse and
// pastes go to the top screen; every other message (a window size, the
// store's events, a rendering, a Cmd's result) goes to every screen, and
// each ignores what is not its own. It draws the frame: the top screen's
// View cut to its size, then a status message (wrapped) and a help line
// made from the top screen's KeyMap, so no screen writes its own hint
// line and help cannot drift from behaviour. ? opens the help of any
// screen (f1 where letters are text: a screen that implements
// Capturing() bool and returns true gets q and ? as text). The frame is
// exactly the terminal's size down to 1×1, whatever a screen draws.
//
// The blog's posts live in a store (package store) outside the screens:
// it loads, indexes and reloads them and follows the folder. The root
// waits for its events (shared.pump), applies each to the store and
// hands it on as a storeEventMsg; the list merges the new posts, the
// reader follows its post when the folder is read again.
//
// Screens share a *shared (settings, folder, store, styles, key
// bindings, the render cache). They ask the root to change screens with
// sh.push(c), sh.pop(then) and sh.ask(msg) (open a post, step to the
// next one, show help); the root carries the requests out as soon as the
// screen's Update returns, so keys typed quickly never reach a screen
// being left. Closing a screen hands then (or returnedMsg) to the screen
// below it.
//
// # Adding a screen or a key
//
// A new screen is a type with the four methods above, holding the
// *shared it was made with; open it with sh.push from the screen that
// leads to it and close it with sh.pop. List-like screens scroll with a
// listWindow (navigate handles the moving keys and the wheel, view draws
// the visible rows); text input is newTextInput (bubbles textinput with
// a steady cursor).
//
// A new key is a key.Binding in KeyMap (keys.go), matched with
// key.Matches in the screen's Update and listed in that screen's KeyMap
// method: then it appears in the help line and on the ? screen. Never
// compare msg.String().
//
// Settings reach the interface in one Config, filled by main from the
// same resolver the commands use (cmd_tui.go).
package ui
