package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// tableStyle decides how `folio list` draws its table: colours only on a
// terminal and only without NO_COLOR; lines are cut to the terminal's
// width; piped, only the title column is capped, so that one long title
// does not push every row's category and tags far to the right.
type tableStyle struct {
	color      bool
	width      int    // 0: no limit
	titleCap   int    // the title column's widest, when not 0
	dateLayout string // the date_format setting; "" for 2006-01-02
}

// pipedTitleCap is the widest title column of a piped table.
const pipedTitleCap = 60

func newTableStyle(w io.Writer, dateLayout string) tableStyle {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return tableStyle{titleCap: pipedTitleCap, dateLayout: dateLayout}
	}
	st := tableStyle{color: os.Getenv("NO_COLOR") == "", dateLayout: dateLayout}
	if width, _, err := term.GetSize(f.Fd()); err == nil {
		st.width = width
	}
	return st
}

// SGR colours for the table.
const (
	sgrDim    = "\x1b[2m"
	sgrYellow = "\x1b[33m"
	sgrRed    = "\x1b[31m"
	sgrCyan   = "\x1b[36m"
	sgrReset  = "\x1b[0m"
)

func (st tableStyle) paint(sgr, s string) string {
	if !st.color || s == "" {
		return s
	}
	return sgr + s + sgrReset
}

// tableRow is one post's cells, already made safe for the terminal.
type tableRow struct {
	warn, date, title, mark, category, tags string
}

// writeTable prints posts as an aligned table: a "!" before posts with
// warnings, the date, the title with its status or kind, the categories
// and the tags.
func writeTable(w io.Writer, ps []*posts.Post, st tableStyle) error {
	rows := make([]tableRow, len(ps))
	widths := [3]int{len("DATE"), len("TITLE"), len("CATEGORY")}
	for i, p := range ps {
		r := tableRow{
			date:     "—",
			title:    termsafe.Line(p.FallbackTitle()),
			category: termsafe.Line(strings.Join(p.Categories, ", ")),
			tags:     termsafe.Line(strings.Join(p.Tags, ", ")),
		}
		if !p.Date.IsZero() {
			r.date = termsafe.Line(p.Date.Format(cmp.Or(st.dateLayout, "2006-01-02")))
		}
		if p.HasWarnings() {
			r.warn = "!"
		}
		switch {
		case p.Status != posts.StatusPublished:
			r.mark = "(" + string(p.Status) + ")"
		case p.Kind == posts.KindPage:
			r.mark = "(page)"
		}
		rows[i] = r
		widths[0] = max(widths[0], ansi.StringWidth(r.date))
		widths[1] = max(widths[1], titleWidth(r))
		widths[2] = max(widths[2], ansi.StringWidth(r.category))
	}
	if st.titleCap > 0 {
		widths[1] = min(widths[1], st.titleCap)
	}
	if st.width > 0 {
		// Keep date, category and some tags on screen; the title gives way.
		room := st.width - (2 + widths[0] + 2 + 2 + widths[2] + 2 + 12)
		widths[1] = max(min(widths[1], room), 20)
	}
	header := fmt.Sprintf("  %s  %s  %s  %s", pad("DATE", widths[0]), pad("TITLE", widths[1]), pad("CATEGORY", widths[2]), "TAGS")
	if _, err := fmt.Fprintln(w, st.paint(sgrDim, strings.TrimRight(header, " "))); err != nil {
		return err
	}
	for _, r := range rows {
		// The title gives way before its status mark, which must stay
		// visible however narrow the terminal.
		room := widths[1]
		if r.mark != "" {
			room -= 1 + len(r.mark)
		}
		title := r.title
		if ansi.StringWidth(title) > room {
			title = ansi.Truncate(title, max(room, 1), "…")
		}
		cells := title
		if r.mark != "" {
			cells += " " + st.paint(sgrYellow, r.mark)
		}
		cells += strings.Repeat(" ", max(0, widths[1]-ansi.StringWidth(title)-len(r.mark)-min(len(r.mark), 1)))
		line := fmt.Sprintf("%s %s  %s  %s  %s",
			st.paint(sgrRed, pad(r.warn, 1)), st.paint(sgrDim, pad(r.date, widths[0])), cells,
			pad(r.category, widths[2]), st.paint(sgrCyan, r.tags))
		if st.width > 0 && ansi.StringWidth(line) > st.width {
			line = ansi.Truncate(line, st.width, "…")
		}
		if _, err := fmt.Fprintln(w, strings.TrimRight(line, " ")); err != nil {
			return err
		}
	}
	return nil
}

func titleWidth(r tableRow) int {
	n := ansi.StringWidth(r.title)
	if r.mark != "" {
		n += 1 + len(r.mark)
	}
	return n
}

// pad right-pads s with spaces to width display cells.
func pad(s string, width int) string {
	if n := ansi.StringWidth(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}

// sanitizeLine makes an error message safe for the terminal: errors can
// quote file names and values from posts.
func sanitizeLine(s string) string { return termsafe.Line(s) }
