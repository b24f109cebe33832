// Package chart draws a posts.Calendar as text: one bar a year and a
// month, in Unicode blocks, drafts, hidden, scheduled and expired posts
// marked apart, and each year's busiest tags. folio stats prints it and
// the interface's calendar screen shows the same rows, so the two cannot
// disagree.
//
// It is plain text, without colours: marks tell the statuses apart, so
// the chart reads the same piped, under NO_COLOR and in a golden file.
// No charting library was taken: ntcharts (the maintained one for Bubble
// Tea) is built on Bubble Tea and Lip Gloss v1 up to its v0.4.0, and a
// chart of horizontal bars is a few lines of arithmetic.
package chart

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// Kind says what a Row shows.
type Kind int

// Kinds of rows.
const (
	YearRow  Kind = iota // a year's bar
	MonthRow             // a month's bar, under its year
	TagsRow              // the year's busiest tags
	GapRow               // years without posts between two that have some
)

// Row is one line of the chart.
type Row struct {
	Kind  Kind
	Year  int        // of a YearRow, MonthRow or TagsRow
	Month time.Month // of a MonthRow
	// Text is the line, at most the chart's width, safe for a terminal.
	Text string
}

// Period names the row's year ("2024") or month ("2024-03") as the
// date: query term takes it; "" for other rows.
func (r Row) Period() string {
	switch r.Kind {
	case YearRow:
		return fmt.Sprintf("%04d", r.Year)
	case MonthRow:
		return fmt.Sprintf("%04d-%02d", r.Year, r.Month)
	}
	return ""
}

// Selectable reports whether the row names a period.
func (r Row) Selectable() bool { return r.Period() != "" }

// mark is how a status shows in a bar.
type mark struct {
	name  string
	r     rune
	count func(posts.StatusCounts) int
}

// marks are the statuses drawn after the published part of a bar, in
// that order, each as whole cells of its rune.
var marks = []mark{
	{"hidden", '▓', func(c posts.StatusCounts) int { return c.Hidden }},
	{"draft", '▒', func(c posts.StatusCounts) int { return c.Draft }},
	{"scheduled", '░', func(c posts.StatusCounts) int { return c.Scheduled }},
	{"expired", '▞', func(c posts.StatusCounts) int { return c.Expired }},
}

// eighths are the partial blocks that end a bar of published posts
// only, from one eighth of a cell to seven.
var eighths = []rune("▏▎▍▌▋▊▉")

// Rows lays cal out at width columns: per year a bar, its twelve
// months and its busiest tags. Years and months have scales of their
// own (the busiest year and the busiest month fill the bar), so that a
// quiet month still shows.
func Rows(cal posts.Calendar, width int) []Row {
	maxYear, maxMonth := 1, 1
	for _, y := range cal.Years {
		maxYear = max(maxYear, y.Counts.Total)
		for _, m := range y.Months {
			maxMonth = max(maxMonth, m.Total)
		}
	}
	countW := len(strconv.Itoa(maxYear))
	labelW := 5 // "  Mar"
	for _, y := range cal.Years {
		labelW = max(labelW, len(fmt.Sprintf("%04d", y.Year)))
	}
	barW := max(1, width-labelW-1-1-countW)
	line := func(label string, c posts.StatusCounts, maxTotal int) string {
		b := bar(c, float64(barW)/float64(maxTotal), barW)
		return fit(fmt.Sprintf("%-*s %s %d", labelW, label, b, c.Total), width)
	}
	var rows []Row
	for i, y := range cal.Years {
		if i > 0 && y.Year > cal.Years[i-1].Year+1 {
			rows = append(rows, Row{Kind: GapRow, Text: fit(gap(cal.Years[i-1].Year+1, y.Year-1), width)})
		}
		rows = append(rows, Row{Kind: YearRow, Year: y.Year, Text: line(fmt.Sprintf("%04d", y.Year), y.Counts, maxYear)})
		for m, c := range y.Months {
			month := time.Month(m + 1)
			rows = append(rows, Row{Kind: MonthRow, Year: y.Year, Month: month, Text: line("  "+month.String()[:3], c, maxMonth)})
		}
		if len(y.TopTags) > 0 {
			rows = append(rows, Row{Kind: TagsRow, Year: y.Year, Text: fit(tags(strings.Repeat(" ", labelW+1), y.TopTags, width), width)})
		}
	}
	return rows
}

// bar draws c at scale cells a post, at most w cells: the published
// posts in full blocks, then each other status in its mark, at least one
// cell each so that a single draft shows. Only a bar of published posts
// alone ends in an eighth block: one before a mark would leave a hole.
func bar(c posts.StatusCounts, scale float64, w int) string {
	cells := func(n int) int {
		if n == 0 {
			return 0
		}
		return max(1, int(math.Round(float64(n)*scale)))
	}
	other, used := make([]int, len(marks)), 0
	for i, m := range marks {
		other[i] = cells(m.count(c))
		used += other[i]
	}
	var b strings.Builder
	if used == 0 {
		e := min(w*8, int(math.Round(float64(c.Published)*scale*8)))
		if c.Published > 0 {
			e = max(e, 1)
		}
		b.WriteString(strings.Repeat("█", e/8))
		if e%8 > 0 {
			b.WriteRune(eighths[e%8-1])
		}
		return b.String()
	}
	pub := cells(c.Published)
	// Rounding each part up to a cell may overrun the bar: take the
	// excess from the published part first, keeping a cell of each.
	for pub+used > w && pub > 1 {
		pub--
	}
	b.WriteString(strings.Repeat("█", pub))
	for i, m := range marks {
		b.WriteString(strings.Repeat(string(m.r), other[i]))
	}
	return ansi.Truncate(b.String(), w, "")
}

// gap is the line for the years from to to without posts.
func gap(from, to int) string {
	if from == to {
		return fmt.Sprintf("  ⋯ no posts in %04d", from)
	}
	return fmt.Sprintf("  ⋯ no posts %04d–%04d", from, to)
}

// tags lists a year's busiest tags with their counts after indent, as
// many whole tags as width holds (the first one at least, cut). Tag
// names come from posts, so they go through termsafe.
func tags(indent string, ts []posts.Term, width int) string {
	s := indent + "tags:"
	for i, t := range ts {
		next := fmt.Sprintf("%s %s %d", s, termsafe.Line(t.Name), t.Count)
		if i > 0 {
			next = fmt.Sprintf("%s · %s %d", s, termsafe.Line(t.Name), t.Count)
		}
		if i > 0 && ansi.StringWidth(next) > width {
			return s + " …"
		}
		s = next
	}
	return s
}

// fit cuts s to width columns.
func fit(s string, width int) string {
	return ansi.Truncate(s, max(1, width), "…")
}

// Legend names the marks the chart uses, published always and the
// other statuses when cal has posts of them, in lines of at most width
// columns.
func Legend(cal posts.Calendar, width int) []string {
	parts := []string{"█ published"}
	for _, m := range marks {
		if m.count(cal.Total) > 0 {
			parts = append(parts, string(m.r)+" "+m.name)
		}
	}
	var lines []string
	line := parts[0]
	for _, p := range parts[1:] {
		if ansi.StringWidth(line+"  "+p) > width {
			lines = append(lines, line)
			line = p
			continue
		}
		line += "  " + p
	}
	return append(lines, line)
}

// Summary is the line that counts what the chart does not show by
// month: posts without a date and pages.
func Summary(cal posts.Calendar) string {
	s := fmt.Sprintf("undated: %d", cal.Undated)
	if cal.Pages > 0 {
		s += fmt.Sprintf(" · pages: %d (not charted)", cal.Pages)
	}
	return s
}

// NoPosts stands for the rows of a calendar without dated posts.
const NoPosts = "no dated posts"

// Text is the whole chart as folio stats prints it: the legend, the
// rows and the summary, each line at most width columns.
func Text(cal posts.Calendar, width int) string {
	var b strings.Builder
	for _, l := range Legend(cal, width) {
		b.WriteString(fit(l, width) + "\n")
	}
	rows := Rows(cal, width)
	if len(rows) == 0 {
		b.WriteString(fit(NoPosts, width) + "\n")
	}
	for _, r := range rows {
		b.WriteString(r.Text + "\n")
	}
	b.WriteString(fit(Summary(cal), width) + "\n")
	return b.String()
}
