package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/chart"
	"github.com/folio-blog/folio/ui/termsafe"
)

// calendarScreen is the posting calendar of the posts the list shows:
// the rows folio stats prints (package chart), with a cursor on a year
// or a month; enter narrows the list's filter to it (date:2024-03).
type calendarScreen struct {
	sh            *shared
	width, height int
	gen           int         // which opening of a calendar this is
	query         posts.Query // the list's filter the calendar was drawn for
	counted       bool        // cal holds the counts (calendarCountedMsg arrived)
	partial       bool        // opened before the folder was read whole
	cal           posts.Calendar
	rows          []chart.Row // cal laid out at the screen's width
	window        listWindow
}

// calendarCountedMsg carries the calendar counted for a screen.
type calendarCountedMsg struct {
	gen int
	cal posts.Calendar
}

// periodChosenMsg asks the list to narrow its filter to a year or a
// month ("2024", "2024-03").
type periodChosenMsg struct{ period string }

// newCalendarScreen opens the calendar of ps, the posts shown for q; the
// Cmd counts them off the Update loop and reports calendarCountedMsg.
func newCalendarScreen(sh *shared, ps []*posts.Post, q posts.Query) (*calendarScreen, tea.Cmd) {
	sh.calendarGen++
	gen := sh.calendarGen
	c := &calendarScreen{sh: sh, gen: gen, query: q, partial: !sh.store.Loaded()}
	return c, func() tea.Msg { return calendarCountedMsg{gen: gen, cal: posts.NewCalendar(ps)} }
}

// chartWidth leaves room for the cursor bar in front of a row.
func (c *calendarScreen) chartWidth() int { return max(1, c.width-2) }

// SetSize implements Component: a title line, the legend, the rows and
// the line that counts undated posts.
func (c *calendarScreen) SetSize(w, h int) {
	c.width, c.height = w, h
	c.layout()
}

// layout draws the rows at the screen's width, keeping the cursor on its
// period.
func (c *calendarScreen) layout() {
	if !c.counted {
		return
	}
	var at chart.Row
	if i := c.window.selected(); i >= 0 && i < len(c.rows) {
		at = c.rows[i]
	}
	c.rows = chart.Rows(c.cal, c.chartWidth())
	c.window.setLen(len(c.rows))
	c.window.setHeight(c.height - 2 - len(chart.Legend(c.cal, c.chartWidth())))
	for i, r := range c.rows {
		if at.Selectable() && r.Period() == at.Period() {
			c.window.moveTo(i)
		}
	}
}

// KeyMap implements Component.
func (c *calendarScreen) KeyMap() help.KeyMap {
	k := c.sh.keys
	return helpKeys{
		short: []key.Binding{k.ChoosePeriod, k.Back, k.Up, k.Down, k.PrevYear, k.NextYear, k.Help},
		full: [][]key.Binding{
			{k.Up, k.Down, k.PrevYear, k.NextYear, k.PageUp, k.PageDown, k.Top, k.Bottom},
			{k.ChoosePeriod, k.Back, k.Calendar, k.Help, k.Quit},
		},
	}
}

// Update implements Component: the counts, then keys that move between
// years and months and choose one.
func (c *calendarScreen) Update(msg tea.Msg) (Component, tea.Cmd) {
	k := c.sh.keys
	switch msg := msg.(type) {
	case calendarCountedMsg:
		if msg.gen != c.gen {
			return c, nil // counted for a calendar since closed
		}
		c.cal, c.counted = msg.cal, true
		c.layout()
		// From the end, so that the rows after the newest month (the
		// rest of its year, its tags) show below it.
		c.window.moveTo(len(c.rows) - 1)
		c.window.moveTo(c.latestMonth())
		return c, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, k.Back), key.Matches(msg, k.Calendar):
			return c, c.sh.pop(nil)
		case key.Matches(msg, k.ChoosePeriod):
			if i := c.window.selected(); i >= 0 && c.rows[i].Selectable() {
				return c, c.sh.pop(periodChosenMsg{period: c.rows[i].Period()})
			}
			return c, nil
		case key.Matches(msg, k.PrevYear), key.Matches(msg, k.NextYear):
			d := 1
			if key.Matches(msg, k.PrevYear) {
				d = -1
			}
			c.stepYear(d)
			return c, nil
		}
	}
	before := c.window.cursor
	if c.window.navigate(msg, k.browseMoves()) {
		c.skipToPeriod(c.window.cursor - before)
	}
	return c, nil
}

// skipToPeriod moves the cursor off a row that names no period (a tag
// line, a gap), on in the direction it moved.
func (c *calendarScreen) skipToPeriod(dir int) {
	if dir == 0 {
		dir = 1
	}
	dir = max(-1, min(1, dir))
	for i := c.window.cursor; i >= 0 && i < len(c.rows); i += dir {
		if c.rows[i].Selectable() {
			c.window.moveTo(i)
			return
		}
	}
	for i := c.window.cursor; i >= 0 && i < len(c.rows); i -= dir {
		if c.rows[i].Selectable() {
			c.window.moveTo(i)
			return
		}
	}
}

// stepYear moves to the same month (or the year's row) of the next year
// with posts in direction d.
func (c *calendarScreen) stepYear(d int) {
	i := c.window.selected()
	if i < 0 {
		return
	}
	at := c.rows[i]
	for j := i + d; j >= 0 && j < len(c.rows); j += d {
		r := c.rows[j]
		if r.Year != at.Year && r.Kind == at.Kind && r.Month == at.Month {
			c.window.moveTo(j)
			return
		}
	}
}

// latestMonth is the row of the newest month with posts, where the
// cursor starts.
func (c *calendarScreen) latestMonth() int {
	for i := len(c.rows) - 1; i >= 0; i-- {
		r := c.rows[i]
		if r.Kind != chart.MonthRow {
			continue
		}
		for _, y := range c.cal.Years {
			if y.Year == r.Year && y.Months[r.Month-1].Total > 0 {
				return i
			}
		}
	}
	return 0
}

// View implements Component: the title with the filter, the legend, the
// rows, and the undated count.
func (c *calendarScreen) View() string {
	st := &c.sh.styles
	title := st.Title.Render("Calendar")
	if !c.query.IsZero() {
		title += st.Muted.Render("  of " + termsafe.Line(c.query.String()))
	}
	if c.partial {
		title += st.Muted.Render("  (of the posts read so far)")
	}
	lines := []string{ansi.Truncate(title, c.width, "…")}
	if !c.counted {
		return strings.Join(append(lines, st.Muted.Render("  counting…")), "\n")
	}
	for _, l := range chart.Legend(c.cal, c.chartWidth()) {
		lines = append(lines, "  "+st.Muted.Render(l))
	}
	if len(c.rows) == 0 {
		lines = append(lines, st.Muted.Render("  "+chart.NoPosts))
	}
	lines = append(lines, c.window.view(func(i int, sel bool) string {
		if sel {
			return st.Cursor.Render("▌ ") + st.Selected.Render(c.rows[i].Text)
		}
		return "  " + c.rows[i].Text
	}))
	lines = append(lines, "  "+st.Muted.Render(ansi.Truncate(chart.Summary(c.cal), c.chartWidth(), "…")))
	return strings.Join(lines, "\n")
}
