// Command folio is a terminal reader and editor for static-site blogs:
// Pelican, Hugo, Jekyll or a plain folder of Markdown.
//
// Run with no command it opens the TUI on the blog in the current folder
// (or the folder given); its commands (list, tags, categories, check,
// show, new, edit, publish, config) serve scripts and tests.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/folio-blog/folio/config"
	"github.com/spf13/cobra"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// exitError carries a process exit status with an already-printed or
// one-line message.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageError is a bad invocation or setting: exit status 2.
func usageError(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

// streams are the process's standard files, injected for tests.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// run executes folio with args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// Ctrl-C cancels every command; the signal is the context's cause,
	// for those that exit as the signal would have ended them.
	ctx, stop := untilSignal(context.Background(), os.Interrupt)
	defer stop()
	root := newRootCommand(streams{stdin, stdout, stderr})
	root.SetArgs(moveNegatedFilters(args))
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err.Error() != "" {
			fmt.Fprintln(stderr, "folio: "+sanitizeLine(ee.err.Error()))
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "folio: "+sanitizeLine(err.Error()))
	return 1
}

// newRootCommand builds the command tree.
func newRootCommand(s streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "folio [DIR]",
		Short: "Read, search and write the posts of a static-site blog in the terminal",
		Long: `folio is the terminal home of a blog folder: Pelican, Hugo, Jekyll or plain Markdown.

Run it inside a site (or give the folder) to browse, filter and read posts;
its commands print the same data for scripts.`,
		Version:       version(),
		Args:          cobra.MaximumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTUI(cmd, s, args)
		},
	}
	root.Flags().Int("width", config.DefaultWidth, "reading width in columns, capped by the terminal's (default: the width setting, or 80)")
	root.SetIn(s.in)
	root.SetOut(s.out)
	root.SetErr(s.err)
	root.PersistentFlags().String("dir", "", "blog folder (default: the current folder)")
	root.PersistentFlags().String("style", "auto", "reader style: auto (from the terminal's background), dark, light, or a Glamour JSON style file; default: the style setting")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return usageError("%v", err)
	})
	root.AddCommand(
		newListCommand(s),
		newStatsCommand(s),
		withTermEdits(s, newTermsCommand(s, "tags", "List tags with how many posts have each")),
		withTermEdits(s, newTermsCommand(s, "categories", "List categories with how many posts are in each")),
		newTermsCommand(s, "authors", "List authors with how many posts each wrote"),
		newCheckCommand(s),
		newShowCommand(s),
		newConfigCommand(s),
		newNewCommand(s),
		newEditCommand(s),
		newPublishCommand(s),
		newUnpublishCommand(s),
		newRenameCommand(s),
		newURLCommand(s),
		newPreviewCommand(s),
		newQueryHelpTopic(),
	)
	return root
}

// moveNegatedFilters lets queries negate filters on the command line:
// "-tag:x" would otherwise be read as the flag -t. No flag of folio's has
// a colon, so such arguments are moved behind "--", where flags end; the
// order of query terms does not matter.
func moveNegatedFilters(args []string) []string {
	var keep, negated []string
	for i, a := range args {
		if a == "--" {
			keep = append(keep, args[i:]...)
			break
		}
		if isNegatedFilter(a) {
			negated = append(negated, a)
			continue
		}
		keep = append(keep, a)
	}
	if len(negated) == 0 {
		return args
	}
	if !slices.Contains(keep, "--") {
		keep = append(keep, "--")
	}
	return append(keep, negated...)
}

// isNegatedFilter matches "-key:value" with a key of letters, digits, "_"
// or "-".
func isNegatedFilter(a string) bool {
	key, _, ok := strings.Cut(a, ":")
	if !ok || len(key) < 2 || key[0] != '-' || key[1] == '-' {
		return false
	}
	for _, c := range key[1:] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
