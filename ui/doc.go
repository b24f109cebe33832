// Package ui is folio's terminal interface: a Bubble Tea program that
// lists, filters and reads the posts of a blog folder.
//
// The root Model routes messages by an explicit state (loading, list,
// reader, tag and category browsers, warnings) to children with concrete
// types. Every read of the disk and every Glamour render happens in a
// tea.Cmd; View only lays out what Update prepared. Every piece of text
// that came from a post goes through termsafe before it reaches the screen.
package ui
