package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
	"github.com/spf13/cobra"
)

// newTermsCommand lists the terms of one taxonomy with their counts,
// then the near-duplicates among them.
func newTermsCommand(s streams, taxonomy, short string) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   taxonomy,
		Short: short,
		Long: short + `.

After the list come the near-duplicates: spellings that slugify alike
("Python", "python"), terms one letter apart ("pyhton", "python"; both at
least ` + fmt.Sprint(posts.MinEditLength) + ` letters, a differing digit is not counted: "vue2", "vue3"),
a singular and its plural ("plugin", "plugins"), each with its counts.
With --json they follow the terms as {"near": [{"name": …, "count": …}, …],
"why": …} lines.`,
		Args: cobra.NoArgs,
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
			near := posts.NearDuplicates(ps, taxonomy)
			w := bufio.NewWriter(s.out)
			if asJSON {
				enc := json.NewEncoder(w)
				enc.SetEscapeHTML(false)
				for _, t := range terms {
					if err := enc.Encode(t); err != nil {
						return err
					}
				}
				for _, d := range near {
					if err := enc.Encode(struct {
						Near []posts.Term   `json:"near"`
						Why  posts.NearKind `json:"why"`
					}{d.Terms, d.Why}); err != nil {
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
			writeNear(w, near)
			return w.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, `print JSON Lines: {"name": …, "count": …}`)
	return cmd
}

// writeNear prints the near-duplicates after the terms, one group a
// line: "  Python 7 · python 3  (same slug)".
func writeNear(w io.Writer, near []posts.NearDuplicate) {
	if len(near) == 0 {
		return
	}
	fmt.Fprintf(w, "\nNear-duplicates (%d):\n", len(near))
	for _, d := range near {
		parts := make([]string, len(d.Terms))
		for i, t := range d.Terms {
			parts[i] = fmt.Sprintf("%s %d", termsafe.Line(t.Name), t.Count)
		}
		fmt.Fprintf(w, "  %s  (%s)\n", strings.Join(parts, " · "), d.Why)
	}
}

func pluralize(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
