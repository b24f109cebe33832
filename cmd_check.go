package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
	"github.com/spf13/cobra"
)

func newCheckCommand(s streams) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Print every problem as file:line: message (exit status 1 if any)",
		Long: `Check reads every post and prints each problem found (unterminated front matter,
YAML or TOML errors, unreadable dates, duplicate keys, unknown statuses,
double-encoded text, files too large or not UTF-8, two posts at one URL) as
file:line: message. The exit status is 1 when there is any problem, so a
blog's CI can run it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := openBlog(cmd, "")
			if err != nil {
				return err
			}
			ps, warns, err := b.load(cmd, b.opts)
			if err != nil {
				return err
			}
			slices.SortFunc(ps, func(a, b *posts.Post) int { return strings.Compare(a.Path, b.Path) })
			problems := warns
			for _, p := range ps {
				problems = append(problems, p.Warnings...)
			}
			problems = append(problems, posts.DuplicateURLs(ps)...)
			w := bufio.NewWriter(s.out)
			for _, wr := range problems {
				if asJSON {
					w.Write(wr.AppendJSON(nil))
					w.WriteByte('\n')
				} else {
					fmt.Fprintln(w, termsafe.Line(wr.String()))
				}
			}
			if err := w.Flush(); err != nil {
				return err
			}
			if n := len(problems); n > 0 {
				return &exitError{code: 1, err: fmt.Errorf("%d %s", n, pluralize(n, "problem", "problems"))}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, `print JSON Lines: {"file": …, "line": …, "message": …}`)
	return cmd
}
