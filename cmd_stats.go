package main

import (
	"bufio"
	"encoding/json"
	"io"
	"os"

	"github.com/charmbracelet/x/term"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/chart"
	"github.com/spf13/cobra"
)

// statsPipedWidth is the chart's width when standard output is not a
// terminal and --width is not given.
const statsPipedWidth = 80

func newStatsCommand(s streams) *cobra.Command {
	var asJSON bool
	var width int
	cmd := &cobra.Command{
		Use:   "stats [QUERY…]",
		Short: "Chart posts per year and month, by status, with each year's busiest tags",
		Long: `Chart how the posts spread over time: a bar per year and per month, drafts,
hidden, scheduled and expired posts marked apart from the published ones,
and the busiest tags of each year. Posts without a date are counted apart;
pages are left out.

A query narrows the posts charted, as for folio list (folio help query).
A post counts in the month of its date as written, as date:2024-03 reads it.`,
		Example: `  folio stats
  folio stats tag:python --width 60
  folio stats --json after:2020 | jq '.years[].counts'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if width < 0 {
				return usageError("--width: %d is not a number of columns", width)
			}
			_, _, ps, _, err := loadQueried(cmd, s, args)
			if err != nil {
				return err
			}
			cal := posts.NewCalendar(ps)
			w := bufio.NewWriter(s.out)
			if asJSON {
				err = writeCalendarJSON(w, cal)
			} else {
				if width <= 0 {
					width = outputWidth(s.out, statsPipedWidth)
				}
				_, err = io.WriteString(w, chart.Text(cal, width))
			}
			if err != nil {
				return err
			}
			return w.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the counts as one JSON object")
	cmd.Flags().IntVar(&width, "width", 0, "chart width in columns (default: the terminal's, or 80 when piped)")
	_ = cmd.Flags().SetAnnotation("width", notASetting, []string{"the chart's width"})
	cmd.Flags().Bool("show-drafts", true, "chart drafts; default: the show_drafts setting")
	return cmd
}

// outputWidth is the width of w when it is a terminal, else piped.
func outputWidth(w io.Writer, piped int) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width > 0 {
			return width
		}
	}
	return piped
}

// writeCalendarJSON prints cal as one indented JSON object. Tag names
// are escaped by posts.Term's own encoding, which leaves no control
// character a terminal would act on.
func writeCalendarJSON(w io.Writer, cal posts.Calendar) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(cal)
}
