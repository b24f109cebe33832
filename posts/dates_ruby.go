package posts

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// parseRubyTime reads a date the way Jekyll does: Ruby's Time.parse, which
// is Date._parse (ruby/ruby ext/date/date_parse.c) followed by Time's own
// zone table (lib/time.rb). It differs from ParseDate where Ruby does:
// a day comes first when the year comes last ("11-9-2017" is 11 September),
// US zone names are offsets ("12:00 EDT" is 16:00Z), text Ruby does not
// know is skipped ("2017-09-27 (optional)"), and a zone Time does not know
// ("-400", "CEST") leaves the time floating, read in the site's zone. The
// site's zone (loc, may be nil) also names its own abbreviations, as the
// TZ variable Jekyll sets does for Ruby.
//
// The passes are Date._parse's, in its order, with its regular
// expressions; week and ordinal dates, Japanese eras and BC are left out
// (an error, so the caller can fall back). A date without a year is an
// error too: Ruby would take the current one.
func parseRubyTime(s string, loc *time.Location) (Date, error) {
	h, err := rubyDateParse(s)
	if err != nil {
		return Date{}, err
	}
	if h.year == nil {
		return Date{}, fmt.Errorf("%q has no year", s)
	}
	mon, day, hour, min, sec := 1, 1, 0, 0, 0
	for _, f := range []struct {
		v   *int
		dst *int
	}{{h.mon, &mon}, {h.mday, &day}, {h.hour, &hour}, {h.min, &min}, {h.sec, &sec}} {
		if f.v != nil {
			*f.dst = *f.v
		}
	}
	year := *h.year
	off, zoned := 0, false
	if h.zone != "" {
		off, zoned = rubyZoneOffset(h.zone, year, loc)
	}
	if zoned {
		// Time.parse moves the fields to UTC before it checks them:
		// "29:39:08 +0800" is 21:39:08 UTC.
		year, mon, day, hour, min, sec = rubyApplyOffset(year, mon, day, hour, min, sec, off)
	}
	// Time.utc and Time.local reject these; a day past the month's end
	// (up to 31) rolls over, as time.Date does.
	if mon < 1 || mon > 12 || day < 1 || day > 31 || hour < 0 || hour > 24 || min < 0 || min > 59 || sec < 0 || sec > 60 ||
		hour == 24 && (min > 0 || sec > 0) {
		return Date{}, fmt.Errorf("%q is out of range", s)
	}
	t := time.Date(year, time.Month(mon), day, hour, min, sec, h.nsec, time.UTC)
	if t.IsZero() {
		return Date{}, fmt.Errorf("%q is the zero date", s)
	}
	if !zoned {
		return Date{Time: t}, nil
	}
	if off != 0 {
		t = t.In(time.FixedZone("", off))
	}
	return Date{Time: t, HasZone: true}, nil
}

// rubyApplyOffset is lib/time.rb's apply_offset: it turns wall-clock
// fields at UTC offset off (seconds) into UTC fields, carrying into the
// day (and month) only as far as Ruby does.
func rubyApplyOffset(year, mon, day, hour, min, sec, off int) (int, int, int, int, int, int) {
	sign := 1
	if off < 0 {
		sign, off = -1, -off
	}
	// Each step moves one unit by -sign*o and carries what overflows.
	step := func(v *int, o, base int) int {
		*v -= sign * o
		carry := floorDiv(*v, base)
		*v -= carry * base
		return carry
	}
	o := off % 60
	off /= 60
	if o != 0 {
		off -= sign * step(&sec, o, 60)
	}
	o = off % 60
	off /= 60
	if o != 0 {
		off -= sign * step(&min, o, 60)
	}
	o = off % 24
	off /= 24
	if o != 0 {
		off -= sign * step(&hour, o, 24)
	}
	if off == 0 {
		return year, mon, day, hour, min, sec
	}
	day -= sign * off
	switch {
	case sign < 0 && day > daysIn(time.Month(mon), year) && mon >= 1 && mon <= 12:
		mon, day = mon+1, 1
		if mon > 12 {
			year, mon = year+1, 1
		}
	case sign > 0 && day < 1:
		mon--
		if mon < 1 {
			year, mon = year-1, 12
		}
		day = daysIn(time.Month(mon), year)
	}
	return year, mon, day, hour, min, sec
}

// floorDiv is Ruby's Integer#div: it rounds towards minus infinity.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// rubyParsed holds what Date._parse found; nil is "not given".
type rubyParsed struct {
	year, mon, mday, hour, min, sec *int
	nsec                            int
	zone                            string
	// comp is Date._parse's _comp: a year of two digits or fewer gets a
	// century (69–99 → 19xx, else 20xx) unless written with more digits
	// or a sign.
	comp bool
}

func intp(n int) *int { return &n }

const rubyMonths = `jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec`

// The expressions of date_parse.c (without TIGHT_PARSER).
var (
	rubyJunk = regexp.MustCompile(`[^-+',./:@\pL\pN\[\]]+`)
	rubyDay  = regexp.MustCompile(`(?i)\b(sun|mon|tue|wed|thu|fri|sat)[^-/\d\s]*`)
	rubyTime = regexp.MustCompile(`(?i)((?:\d+\s*:\s*\d+(?:\s*:\s*\d+(?:[,.]\d*)?)?|\d+\s*h(?:\s*\d+m?(?:\s*\d+s?)?)?)(?:\s*[ap](?:m\b|\.m\.))?|\d+\s*[ap](?:m\b|\.m\.))` +
		`(?:\s*((?:gmt|utc?)?[-+]\d+(?:[,.:]\d+(?::\d+)?)?|(?-i:[[:alpha:].\s]+)(?:standard|daylight)\stime\b|(?-i:[[:alpha:]]+)(?:\sdst)?\b))?`)
	rubyClock = regexp.MustCompile(`(?i)\A(\d+)h?(?:\s*:?\s*(\d+)m?(?:\s*:?\s*(\d+)(?:[,.](\d+))?s?)?)?(?:\s*([ap])(?:m\b|\.m\.))?`)
	rubyEU    = regexp.MustCompile(`(?i)('?\d+)[^-\d\s]*\s*(` + rubyMonths + `)[^-\d\s']*(?:\s*(c(?:e|\.e\.)|b(?:ce|\.c\.e\.)|a(?:d|\.d\.)|b(?:c|\.c\.))?\s*('?-?\d+(?:(?:st|nd|rd|th)\b)?))?`)
	rubyUS    = regexp.MustCompile(`(?i)\b(` + rubyMonths + `)[^-\d\s']*\s*('?\d+)[^-\d\s']*(?:\s*,?\s*(c(?:e|\.e\.)|b(?:ce|\.c\.e\.)|a(?:d|\.d\.)|b(?:c|\.c\.))?\s*('?-?\d+))?`)
	rubyISO   = regexp.MustCompile(`('?[-+]?\d+)-(\d+)-('?-?\d+)`)
	rubyVMS1  = regexp.MustCompile(`(?i)('?-?\d+)-(` + rubyMonths + `)[^-/.]*-('?-?\d+)`)
	rubyVMS2  = regexp.MustCompile(`(?i)\b(` + rubyMonths + `)[^-/.]*-('?-?\d+)(?:-('?-?\d+))?`)
	rubySla   = regexp.MustCompile(`('?-?\d+)/\s*('?\d+)(?:\D\s*('?-?\d+))?`)
	rubyDot   = regexp.MustCompile(`('?-?\d+)\.\s*('?\d+)\.\s*('?-?\d+)`)
	// Forms left out, recognised where Date._parse would read them so as
	// not to read them otherwise: Japanese eras, ISO week and ordinal
	// dates.
	rubyJIS  = regexp.MustCompile(`(?i)\b[mtsh]\d+\.\d+\.\d+`)
	rubyISO2 = regexp.MustCompile(`(?i)\b(\d{2}|\d{4})?-?w\d{2}|-w-\d\b|--\d{2}|\b(\d{2}|\d{4})-\d{3}\b|\b-\d{3}\b`)
	rubyYear = regexp.MustCompile(`'(\d+)\b`)
	rubyMon  = regexp.MustCompile(`(?i)\b(` + rubyMonths + `)\S*`)
	rubyMday = regexp.MustCompile(`(?i)(\d+)(st|nd|rd|th)\b`)
	rubyDDD  = regexp.MustCompile(`(?i)([-+]?)(\d{2,14})(?:\s*t?\s*(\d{2,6})?(?:[,.](\d*))?)?(?:\s*(z\b|[-+]\d{1,4}\b|\[[-+]?\d[^\]]*\]))?`)
	rubyFrag = regexp.MustCompile(`\A\s*(\d{1,2})\s*\z`)
)

// subx replaces the first match of re in *s with a space, as date_parse.c
// does so that later passes do not read it again, and returns the groups.
func subx(s *string, re *regexp.Regexp) []string {
	loc := re.FindStringSubmatchIndex(*s)
	if loc == nil {
		return nil
	}
	groups := make([]string, len(loc)/2)
	for i := range groups {
		if loc[2*i] >= 0 {
			groups[i] = (*s)[loc[2*i]:loc[2*i+1]]
		}
	}
	*s = (*s)[:loc[0]] + " " + (*s)[loc[1]:]
	return groups
}

// opt returns a group as Date._parse sees it: nil when it did not take part.
func opt(g string) *string {
	if g == "" {
		return nil
	}
	return &g
}

// rubyDateParse is Date._parse(s, true) for the forms Jekyll sites write.
func rubyDateParse(s string) (*rubyParsed, error) {
	str := rubyJunk.ReplaceAllString(s, " ")
	h := &rubyParsed{comp: true}
	hasAlpha := strings.IndexFunc(str, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) >= 0
	hasDigit := strings.ContainsAny(str, "0123456789")
	if !hasDigit {
		return nil, fmt.Errorf("%q has no digits", s)
	}
	if hasAlpha {
		subx(&str, rubyDay)
	}
	if g := subx(&str, rubyTime); g != nil {
		if !h.clock(g[1]) {
			return nil, fmt.Errorf("%q: cannot read the time %q", s, g[1])
		}
		h.zone = g[2]
	}
	unsupported := fmt.Errorf("%q: week, ordinal and era dates are not read", s)
	switch {
	case hasAlpha && h.matchDMY(&str, rubyEU, 4, 2, 1, true):
	case hasAlpha && h.matchDMY(&str, rubyUS, 4, 1, 2, true):
	case h.matchDMY(&str, rubyISO, 1, 2, 3, false):
	case rubyJIS.MatchString(str):
		return nil, unsupported
	case hasAlpha && h.matchDMY(&str, rubyVMS1, 3, 2, 1, true):
	case hasAlpha && h.matchDMY(&str, rubyVMS2, 3, 1, 2, true):
	case h.matchDMY(&str, rubySla, 1, 2, 3, false):
	case h.matchDMY(&str, rubyDot, 1, 2, 3, false):
	case rubyISO2.MatchString(str):
		return nil, unsupported
	default:
		if g := subx(&str, rubyYear); g != nil {
			h.year = intp(atoi(g[1]))
		} else if g := subx(&str, rubyMon); g != nil {
			h.mon = intp(monthNum(g[1]))
		} else if g := subx(&str, rubyMday); g != nil {
			h.mday = intp(atoi(g[1]))
		} else if g := subx(&str, rubyDDD); g != nil {
			if err := h.ddd(g); err != nil {
				return nil, fmt.Errorf("%q: %v", s, err)
			}
		}
	}
	if g := rubyFrag.FindStringSubmatch(str); g != nil {
		n := atoi(g[1])
		if h.hour != nil && h.mday == nil && n >= 1 && n <= 31 {
			h.mday = intp(n)
		}
		if h.mday != nil && h.hour == nil && n <= 24 {
			h.hour = intp(n)
		}
	}
	if h.comp && h.year != nil && *h.year >= 0 && *h.year <= 99 {
		if *h.year >= 69 {
			*h.year += 1900
		} else {
			*h.year += 2000
		}
	}
	if h.year == nil && h.mon == nil && h.mday == nil && h.hour == nil {
		return nil, fmt.Errorf("%q has no date", s)
	}
	return h, nil
}

// clock reads parse_time's first group.
func (h *rubyParsed) clock(s string) bool {
	g := rubyClock.FindStringSubmatch(s)
	if g == nil {
		return false
	}
	hour := atoi(g[1])
	if g[5] != "" {
		hour %= 12
		if g[5] == "p" || g[5] == "P" {
			hour += 12
		}
	}
	h.hour = intp(hour)
	if g[2] != "" {
		h.min = intp(atoi(g[2]))
	}
	if g[3] != "" {
		h.sec = intp(atoi(g[3]))
	}
	if g[4] != "" {
		frac := (g[4] + "000000000")[:9]
		h.nsec = atoi(frac)
	}
	return true
}

// matchDMY runs one of the three-number passes; yi, mi, di are the groups
// holding year, month and day as the pass names them, and named says the
// month group is a month's name.
func (h *rubyParsed) matchDMY(s *string, re *regexp.Regexp, yi, mi, di int, named bool) bool {
	g := subx(s, re)
	if g == nil {
		return false
	}
	m := g[mi]
	if named {
		m = strconv.Itoa(monthNum(m))
	}
	h.s3e(opt(g[yi]), &m, opt(g[di]))
	return true
}

// s3e is date_parse.c's s3e: it decides which of three numbers is the
// year, the month and the day from their widths and apostrophes.
func (h *rubyParsed) s3e(y, m, d *string) {
	if y != nil && m != nil && d == nil {
		y, m, d = nil, y, m
	}
	if y == nil {
		if d != nil && len(*d) > 2 {
			y, d = d, nil
		}
		if d != nil && (*d)[0] == '\'' {
			y, d = d, nil
		}
	}
	if y != nil {
		// A year with text after its digits ("27th") is the day.
		if bp, _, ep := signedNumber(*y); ep < len(*y) {
			num := (*y)[bp:ep]
			y, d = d, &num
		}
	}
	if m != nil && ((*m)[0] == '\'' || len(*m) > 2) {
		y, m, d = m, d, y
	}
	if d != nil && ((*d)[0] == '\'' || len(*d) > 2) {
		y, d = d, y
	}
	if y != nil {
		bp, digits, ep := signedNumber(*y)
		if digits > bp || ep-digits > 2 {
			h.comp = false // a sign or more than two digits: the year as written
		}
		year, _ := strconv.Atoi((*y)[bp:ep])
		h.year = intp(year)
	}
	if m != nil {
		h.mon = intp(leadingNumber(*m))
	}
	if d != nil {
		h.mday = intp(leadingNumber(*d))
	}
}

// ddd is parse_ddd's callback for the digit runs Jekyll sites write:
// YYYYMMDD, YYYYMMDDhhmm[ss], a time after "T", a fraction and a zone.
func (h *rubyParsed) ddd(g []string) error {
	sign, digits, clock, frac, zone := g[1], g[2], g[3], g[4], g[5]
	timeOnly := clock == "" && frac != ""
	n2 := func(i, w int) *int { return intp(atoi(digits[i : i+w])) }
	l := len(digits)
	switch {
	case timeOnly:
		return fmt.Errorf("a time without a date")
	case l == 2:
		h.mday = n2(0, 2)
	case l == 4:
		h.mon, h.mday = n2(0, 2), n2(2, 2)
	case l == 6:
		h.year, h.mon, h.mday = n2(0, 2), n2(2, 2), n2(4, 2)
	case l == 8 || l == 10 || l == 12 || l == 14:
		h.year, h.mon, h.mday = n2(0, 4), n2(4, 2), n2(6, 2)
		if l >= 10 {
			h.hour = n2(8, 2)
		}
		if l >= 12 {
			h.min = n2(10, 2)
		}
		if l >= 14 {
			h.sec = n2(12, 2)
		}
		h.comp = false
	default:
		return fmt.Errorf("%d digits in a row", l)
	}
	if sign == "-" && h.year != nil {
		*h.year = -*h.year
	}
	if c := len(clock); c == 2 || c == 4 || c == 6 {
		h.hour = intp(atoi(clock[:2]))
		if c >= 4 {
			h.min = intp(atoi(clock[2:4]))
		}
		if c >= 6 {
			h.sec = intp(atoi(clock[4:6]))
		}
	}
	if frac != "" {
		h.nsec = atoi((frac + "000000000")[:9])
	}
	if zone != "" && zone[0] != '[' {
		h.zone = zone
	}
	return nil
}

// rubyZones is lib/time.rb's ZoneOffset: the only names Time.parse turns
// into offsets (Date._parse knows many more, which Time ignores).
var rubyZones = map[string]int{
	"UTC": 0, "Z": 0, "UT": 0, "GMT": 0,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
	"A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "I": 9, "K": 10, "L": 11, "M": 12,
	"N": -1, "O": -2, "P": -3, "Q": -4, "R": -5, "S": -6, "T": -7, "U": -8, "V": -9, "W": -10, "X": -11, "Y": -12,
}

var rubyNumericZone = regexp.MustCompile(`\A([+-])(\d\d)(:?)(\d\d)(?:(:?)(\d\d))?\z`)

// rubyZoneOffset is Time.zone_offset: "+HH:MM", "+HHMM", "+HH", the names
// of rubyZones, or the local zone's own abbreviation in January or July
// of the year (Jekyll sets the local zone to the site's).
func rubyZoneOffset(zone string, year int, loc *time.Location) (int, bool) {
	z := strings.ToUpper(zone)
	// Go has no back references: the seconds' separator must be the
	// minutes' (\3 in Ruby's expression).
	if m := rubyNumericZone.FindStringSubmatch(z); m != nil && (m[6] == "" || m[5] == m[3]) {
		off := (atoi(m[2])*60+atoi(m[4]))*60 + atoi(m[6])
		if m[1] == "-" {
			off = -off
		}
		return off, true
	}
	if len(z) == 3 && (z[0] == '+' || z[0] == '-') && isDigit(z[1]) && isDigit(z[2]) {
		off := atoi(z[1:]) * 3600
		if z[0] == '-' {
			off = -off
		}
		return off, true
	}
	if h, ok := rubyZones[z]; ok {
		return h * 3600, true
	}
	if loc != nil {
		for _, m := range []time.Month{time.January, time.July} {
			if name, off := time.Date(year, m, 1, 0, 0, 0, 0, loc).Zone(); strings.ToUpper(name) == z {
				return off, true
			}
		}
	}
	return 0, false
}

// signedNumber finds the first number in s, as s3e reads one: where it
// starts (its sign, if any), where its digits start, and where they end.
func signedNumber(s string) (start, digits, end int) {
	start = strings.IndexAny(s, "+-0123456789")
	if start < 0 {
		return len(s), len(s), len(s)
	}
	digits = start
	if s[start] == '+' || s[start] == '-' {
		digits++
	}
	return start, digits, digits + digitRun(s[digits:])
}

func monthNum(name string) int {
	return strings.Index(rubyMonths, strings.ToLower(name[:3]))/4 + 1
}

func digitRun(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

// leadingNumber reads the first run of digits in s, as s3e does for a
// month or day ("27th" is 27).
func leadingNumber(s string) int {
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return 0
	}
	return atoi(s[i : i+digitRun(s[i:])])
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
