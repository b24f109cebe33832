package posts

import (
	"maps"
	"slices"
	"time"
)

// TopTagsPerYear is how many of a year's busiest tags a Calendar keeps.
const TopTagsPerYear = 5

// Calendar is how a blog's posts spread over time: how many each year
// and each month holds, by status, and each year's busiest tags. folio
// stats prints it and the interface's calendar screen draws it, from the
// same numbers.
type Calendar struct {
	// Years are the years that have dated posts, oldest first. Years
	// without posts are left out (a post misdated 0202 would otherwise
	// bring eighteen centuries of them): a gap in the numbers is a pause
	// in writing.
	Years []CalendarYear `json:"years"`
	// Total counts every dated post.
	Total StatusCounts `json:"total"`
	// Undated counts the posts without a date, which no month holds.
	Undated int `json:"undated"`
	// Pages counts the pages left out: a page is not a post of the
	// blog's calendar, dated or not.
	Pages int `json:"pages"`
}

// CalendarYear is one year of a Calendar.
type CalendarYear struct {
	Year   int          `json:"year"`
	Counts StatusCounts `json:"counts"`
	// Months holds January to December.
	Months [12]StatusCounts `json:"months"`
	// TopTags are the year's busiest tags (at most TopTagsPerYear), most
	// used first, then by name.
	TopTags []Term `json:"top_tags"`
}

// StatusCounts counts posts by status.
type StatusCounts struct {
	Total     int `json:"total"`
	Published int `json:"published"`
	Draft     int `json:"draft"`
	Hidden    int `json:"hidden"`
	Scheduled int `json:"scheduled"`
	Expired   int `json:"expired"`
}

// add counts one post of status s; an unknown status counts as
// published, as a post the generator shows.
func (c *StatusCounts) add(s Status) {
	c.Total++
	switch s {
	case StatusDraft:
		c.Draft++
	case StatusHidden:
		c.Hidden++
	case StatusScheduled:
		c.Scheduled++
	case StatusExpired:
		c.Expired++
	default:
		c.Published++
	}
}

// NewCalendar counts ps by year and month. A post falls in the month of
// its date as written, in its own time zone, as the date: query term
// reads it: a post of 2024-03-31T23:30-05:00 is a March post, so that
// choosing a month in the calendar (date:2024-03) lists exactly the
// posts its bar counted. Statuses are those the posts were loaded with,
// so scheduled and expired are as of the load.
func NewCalendar(ps []*Post) Calendar {
	var cal Calendar
	byYear := map[int][]*Post{}
	for _, p := range ps {
		switch {
		case p.Kind == KindPage:
			cal.Pages++
			continue
		case p.Date.IsZero():
			cal.Undated++
			continue
		}
		y := wallTime(p.Date).Year()
		byYear[y] = append(byYear[y], p)
	}
	years := slices.Sorted(maps.Keys(byYear))
	cal.Years = make([]CalendarYear, 0, len(years))
	for _, y := range years {
		cy := CalendarYear{Year: y}
		for _, p := range byYear[y] {
			cy.Months[wallTime(p.Date).Month()-time.January].add(p.Status)
			cy.Counts.add(p.Status)
			cal.Total.add(p.Status)
		}
		tags := Terms(byYear[y], "tags")
		cy.TopTags = append([]Term{}, tags[:min(len(tags), TopTagsPerYear)]...) // [] in JSON, not null
		cal.Years = append(cal.Years, cy)
	}
	return cal
}
