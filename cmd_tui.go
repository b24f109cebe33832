// The TUI needs glamour's dependency golang.org/x/net to have its go.sum
// checksum; until go.sum has it, the default build uses cmd_tui_pending.go
// and the TUI is built with -tags foliotui.

//go:build foliotui

package main

import (
	"github.com/folio-blog/folio/ui"
	"github.com/spf13/cobra"
)

// runTUI opens the terminal UI on the blog in DIR (or --dir, or the
// current folder).
func runTUI(cmd *cobra.Command, s streams, args []string) error {
	dirArg := ""
	if len(args) > 0 {
		dirArg = args[0]
	}
	b, err := openBlog(cmd, dirArg)
	if err != nil {
		return err
	}
	return ui.Run(cmd.Context(), ui.Options{
		Dir:        b.dir,
		Posts:      b.opts,
		Taxonomies: b.taxonomies,
		Watch:      true,
	}, s.in, s.out)
}
