package main

import (
	"bufio"
	"encoding/json"
	"fmt"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
	"github.com/spf13/cobra"
)

// newTermsCommand lists the terms of one taxonomy with their counts.
func newTermsCommand(s streams, taxonomy, short string) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   taxonomy,
		Short: short,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := openBlog(cmd, "")
			if err != nil {
				return err
			}
			ps, _, err := b.load(cmd, b.opts)
			if err != nil {
				return err
			}
			terms := posts.Terms(ps, taxonomy)
			w := bufio.NewWriter(s.out)
			if asJSON {
				enc := json.NewEncoder(w)
				enc.SetEscapeHTML(false)
				for _, t := range terms {
					if err := enc.Encode(t); err != nil {
						return err
					}
				}
				return w.Flush()
			}
			width := 0
			for _, t := range terms {
				width = max(width, ansi.StringWidth(termsafe.Line(t.Name)))
			}
			for _, t := range terms {
				name := termsafe.Line(t.Name)
				fmt.Fprintf(w, "%s%*s  %d\n", name, width-ansi.StringWidth(name), "", t.Count)
			}
			return w.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, `print JSON Lines: {"name": …, "count": …}`)
	return cmd
}

func pluralize(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
