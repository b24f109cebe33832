//go:build !foliotui

package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// runTUI stands in for the terminal UI in builds without it (see
// cmd_tui.go): go.sum lacks the checksum of golang.org/x/net v0.61.0,
// which the Markdown renderer needs.
func runTUI(cmd *cobra.Command, s streams, args []string) error {
	return errors.New("this build has no terminal UI (build with -tags foliotui); use folio list")
}
