package posts

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseDate reads a date in any form Pelican (dateutil), Hugo or Jekyll
// accept: ISO 8601 and RFC 3339 with or without time, fraction and offset
// ("2012-11-22", "2012-11-22T22:11:10.123Z", "2013-05-05 17:12:52 -0700",
// "2012-11-22 22:11 +0700"), slashes and dots ("2012/11/22 22:11",
// "22.11.2012"), day or month first the way dateutil decides ("22-11-2012"
// is 22 November because there is no month 22; "02-11-2012" is 11
// February), and month names ("8 November 2013", "15 Oct 2023",
// "Oct 15, 2023", RFC 1123). A date with an offset keeps it; one without is
// floating (HasZone false, in UTC).
//
// The zero instant (0001-01-01T00:00:00Z) is an error: a zero Date means
// "no date" everywhere in folio (as in Hugo), and it prints as "".
func ParseDate(s string) (Date, error) {
	d, err := parseDate(s)
	if err == nil && d.IsZero() {
		return Date{}, fmt.Errorf("%q is the zero date (year 1, January 1st, midnight UTC), which means no date", s)
	}
	return d, err
}

func parseDate(s string) (Date, error) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return Date{}, fmt.Errorf("empty date")
	}
	if len(s) > 12 && s[4] == '-' && s[7] == '-' && s[10] == '-' && isDigit(s[11]) && strings.IndexByte(s[11:], ':') > 0 {
		// "2019-12-01-19:48": dateutil takes the dash before the time
		// as a separator (found on a real Pelican site).
		s = s[:10] + " " + s[11:]
	}
	if d, ok := parseNumericDate(s); ok {
		return d, nil
	}
	if d, ok := parseCompactDate(s); ok {
		return d, nil
	}
	if d, ok := parseTwelveHour(s); ok {
		return d, nil
	}
	for _, l := range textLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			return Date{Time: t, HasZone: l.zoned}, nil
		}
	}
	return Date{}, fmt.Errorf("%q is not a date folio understands (try 2006-01-02 or 2006-01-02T15:04:05+02:00)", s)
}

// parseCompactDate reads dateutil's compact forms: "20121122" and
// "20121122T2211[00]".
func parseCompactDate(s string) (Date, bool) {
	datePart, clock, _ := strings.Cut(s, "T")
	if len(datePart) != 8 || !allDigits(datePart) {
		return Date{}, false
	}
	y, _ := strconv.Atoi(datePart[:4])
	m, _ := strconv.Atoi(datePart[4:6])
	d, _ := strconv.Atoi(datePart[6:])
	if m < 1 || m > 12 || d < 1 || d > daysIn(time.Month(m), y) {
		return Date{}, false
	}
	var hh, mm, ss int
	switch {
	case clock == "":
	case (len(clock) == 4 || len(clock) == 6) && allDigits(clock):
		hh, _ = strconv.Atoi(clock[:2])
		mm, _ = strconv.Atoi(clock[2:4])
		if len(clock) == 6 {
			ss, _ = strconv.Atoi(clock[4:])
		}
		if hh > 23 || mm > 59 || ss > 59 {
			return Date{}, false
		}
	default:
		return Date{}, false
	}
	return Date{Time: time.Date(y, time.Month(m), d, hh, mm, ss, 0, time.UTC)}, true
}

// parseTwelveHour reads a date whose time ends in AM or PM
// ("2012-11-22 10:11 PM"), as dateutil does.
func parseTwelveHour(s string) (Date, bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return Date{}, false
	}
	half := strings.ToUpper(s[i+1:])
	if half != "AM" && half != "PM" {
		return Date{}, false
	}
	d, ok := parseNumericDate(s[:i])
	if !ok || d.Hour() < 1 || d.Hour() > 12 {
		return Date{}, false
	}
	h := d.Hour() % 12
	if half == "PM" {
		h += 12
	}
	d.Time = d.Add(time.Duration(h-d.Hour()) * time.Hour)
	return d, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// textLayouts are the month-name forms, tried in order.
var textLayouts = []struct {
	layout string
	zoned  bool
}{
	{"2 January 2006", false},
	{"2 Jan 2006", false},
	{"January 2, 2006", false},
	{"Jan 2, 2006", false},
	{"January 2 2006", false},
	{"Jan 2 2006", false},
	{"2 January 2006 15:04", false},
	{"2 Jan 2006 15:04", false},
	{"2 January 2006 15:04:05", false},
	{"2 Jan 2006 15:04:05", false},
	{"January 2, 2006 15:04", false},
	{"Jan 2, 2006 15:04", false},
	{"Monday, January 2, 2006", false},
	{"Mon, 2 Jan 2006", false},
	{time.RFC1123Z, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true},
	{time.RFC1123, true},
	{"Mon, 2 Jan 2006 15:04:05 MST", true},
	{time.RFC822Z, true},
	{time.RFC822, true},
	{time.UnixDate, true},
	{time.ANSIC, false},
}

// parseNumericDate handles dates that start with three numbers, then an
// optional time and offset.
func parseNumericDate(s string) (Date, bool) {
	end := 0
	for end < len(s) && (isDigit(s[end]) || s[end] == '-' || s[end] == '/' || s[end] == '.') {
		end++
	}
	datePart, rest := s[:end], s[end:]
	sep := byte(0)
	for i := 0; i < len(datePart); i++ {
		if !isDigit(datePart[i]) {
			sep = datePart[i]
			break
		}
	}
	if sep == 0 {
		return Date{}, false
	}
	parts := strings.Split(datePart, string(sep))
	if len(parts) != 3 {
		return Date{}, false
	}
	nums := [3]int{}
	for i, p := range parts {
		// Digits only: Atoi would also take a sign, and "1.1.-001"
		// would be the year -1.
		if p == "" || !allDigits(p) {
			return Date{}, false
		}
		nums[i], _ = strconv.Atoi(p)
	}
	var y, m, d int
	switch {
	case len(parts[0]) == 4:
		y, m, d = nums[0], nums[1], nums[2]
	case len(parts[2]) == 4 || len(parts[2]) == 2:
		y = nums[2]
		if len(parts[2]) == 2 {
			y += 2000
			if y > time.Now().Year()+50 {
				y -= 100
			}
		}
		// dateutil reads month first unless that cannot be a month.
		m, d = nums[0], nums[1]
		if m > 12 {
			m, d = d, m
		}
	default:
		return Date{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(time.Month(m), y) {
		return Date{}, false
	}
	rest = strings.TrimLeft(rest, " T")
	if rest == "" && (end == len(s) || s[end] == ' ' || s[end] == 'T') {
		return Date{Time: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)}, true
	}
	clock, loc, ok := parseClock(rest)
	if !ok {
		return Date{}, false
	}
	t := time.Date(y, time.Month(m), d, clock[0], clock[1], clock[2], clock[3], time.UTC)
	if loc != nil {
		t = time.Date(y, time.Month(m), d, clock[0], clock[1], clock[2], clock[3], loc)
	}
	return Date{Time: t, HasZone: loc != nil}, true
}

// parseClock reads "15:04[:05[.999999999]]" then an optional zone: "Z",
// "UTC", "GMT", "+07", "+0700" or "+07:00", with or without a space.
func parseClock(s string) (clock [4]int, loc *time.Location, ok bool) {
	i := 0
	readNum := func(maxDigits int) (int, bool) {
		start := i
		for i < len(s) && isDigit(s[i]) && i-start < maxDigits {
			i++
		}
		if i == start {
			return 0, false
		}
		n, _ := strconv.Atoi(s[start:i])
		return n, true
	}
	var okNum bool
	if clock[0], okNum = readNum(2); !okNum || i >= len(s) || s[i] != ':' {
		return clock, nil, false
	}
	i++
	if clock[1], okNum = readNum(2); !okNum {
		return clock, nil, false
	}
	if i < len(s) && s[i] == ':' {
		i++
		if clock[2], okNum = readNum(2); !okNum {
			return clock, nil, false
		}
		if i < len(s) && (s[i] == '.' || s[i] == ',') {
			i++
			start := i
			for i < len(s) && isDigit(s[i]) {
				i++
			}
			frac := s[start:i]
			if frac == "" {
				return clock, nil, false
			}
			frac = (frac + "000000000")[:9]
			clock[3], _ = strconv.Atoi(frac)
		}
	}
	if clock[0] > 23 || clock[1] > 59 || clock[2] > 60 {
		return clock, nil, false
	}
	zone := strings.TrimSpace(s[i:])
	if zone == "" {
		return clock, nil, true
	}
	loc, ok = parseZone(zone)
	return clock, loc, ok
}

// parseZone reads a UTC offset or the names of UTC.
func parseZone(z string) (*time.Location, bool) {
	switch strings.ToUpper(z) {
	case "Z", "UTC", "GMT":
		return time.UTC, true
	}
	if z[0] != '+' && z[0] != '-' {
		return nil, false
	}
	digits := strings.Replace(z[1:], ":", "", 1)
	if len(digits) != 2 && len(digits) != 4 {
		return nil, false
	}
	for i := 0; i < len(digits); i++ {
		if !isDigit(digits[i]) {
			return nil, false
		}
	}
	h, _ := strconv.Atoi(digits[:2])
	m := 0
	if len(digits) == 4 {
		m, _ = strconv.Atoi(digits[2:])
	}
	if h > 23 || m > 59 {
		return nil, false
	}
	off := h*3600 + m*60
	if z[0] == '-' {
		off = -off
	}
	if off == 0 {
		return time.UTC, true
	}
	return time.FixedZone("", off), true
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// inLocation reads a floating date as wall time in loc, as generators do
// with their site time zone. Dates with a zone are left as they are.
func (d Date) inLocation(loc *time.Location) Date {
	if d.IsZero() || d.HasZone || loc == nil {
		return d
	}
	t := d.Time
	return Date{Time: time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc), HasZone: true}
}
