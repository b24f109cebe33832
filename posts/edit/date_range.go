package edit

import (
	"errors"
	"fmt"
	"time"
)

// ErrDateRange means a date folio was asked to write falls outside the
// years every generator reads (1 to 9999): Python's datetime stops
// there, Jekyll's file names and Hugo's RFC 3339 dates hold four digits,
// and a longer year makes a file name or front matter the generator
// (and folio) no longer reads as a dated post.
var ErrDateRange = errors.New("is outside the years 1 to 9999 that generators read")

// checkDateRange refuses a date to be written as t (in the zone it will
// be written in), or whose UTC time, which Pelican and Hugo compare
// dates in, leaves years 1 to 9999.
func checkDateRange(t time.Time) error {
	for _, y := range []int{t.Year(), t.UTC().Year()} {
		if y < 1 || y > 9999 {
			return fmt.Errorf("the date %s %w", t.Format("2006-01-02T15:04:05Z07:00"), ErrDateRange)
		}
	}
	return nil
}
