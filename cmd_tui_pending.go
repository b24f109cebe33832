//go:build !foliotui

package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// errNoTUI explains builds without the terminal UI (see cmd_tui.go):
// go.sum lacks the checksum of golang.org/x/net v0.61.0, which the
// Markdown renderer needs.
var errNoTUI = errors.New("this build has no terminal UI (build with -tags foliotui); use folio list")

// runTUI stands in for the terminal UI in builds without it.
func runTUI(cmd *cobra.Command, s streams, args []string) error { return errNoTUI }

// newShowCommand stands in for `folio show` in builds without the UI.
func newShowCommand(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "show PATH|QUERY…",
		Short: "Print one post with its metadata, rendered like the reader",
		RunE:  func(*cobra.Command, []string) error { return errNoTUI },
	}
}
