package posts

import "testing"

func TestParseDate(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in, want string // want "" means an error
	}{
		// Pelican's get_date tests (dateutil).
		{"2012-11-22", "2012-11-22T00:00:00"},
		{"2012/11/22 22:11", "2012-11-22T22:11:00"},
		{"2012-11-22 22:11", "2012-11-22T22:11:00"},
		{"2019-12-01-19:48", "2019-12-01T19:48:00"}, // dateutil: a dash before the time
		{"2019-12-01-19:48:05", "2019-12-01T19:48:05"},
		{"22.11.2012", "2012-11-22T00:00:00"},
		{"22.11.2012 22:11", "2012-11-22T22:11:00"},
		{"22-11-2012", "2012-11-22T00:00:00"},
		{"02-11-2012", "2012-02-11T00:00:00"}, // dateutil: month first when it can be a month
		{"2012-11-22T22:11:10.123Z", "2012-11-22T22:11:10.123Z"},
		{"2012-11-22 22:11 +0700", "2012-11-22T22:11:00+07:00"},
		{"2012-11-22T22:11:10+0700", "2012-11-22T22:11:10+07:00"},
		{"2012-11-22 22:11:10 UTC", "2012-11-22T22:11:10Z"},
		{"8 November 2013", "2013-11-08T00:00:00"},
		{"November 8, 2013", "2013-11-08T00:00:00"},
		// Hugo.
		{"2023-10-15T10:00:00+02:00", "2023-10-15T10:00:00+02:00"},
		{"2023-10-15T10:00:00", "2023-10-15T10:00:00"},
		{"15 Oct 2023", "2023-10-15T00:00:00"},
		{"Oct 15, 2023", "2023-10-15T00:00:00"},
		{"Sun, 15 Oct 2023 10:00:00 +0200", "2023-10-15T10:00:00+02:00"},
		// Jekyll.
		{"2013-05-05 17:12:52 -0700", "2013-05-05T17:12:52-07:00"},
		{"2013-05-05 17:12:52 -07:00", "2013-05-05T17:12:52-07:00"},
		{"  2013-05-05   17:12  ", "2013-05-05T17:12:00"},
		// Not dates.
		{"", ""},
		{"yesterday", ""},
		{"2012-13-01", ""},
		{"2012-02-30", ""},
		{"2012-11-22 25:00", ""},
		{"1.1.-001", ""}, // a sign is not a digit: no year -1
		{"1.1.0001", ""}, // the zero instant is no date
		{"0001-01-01T00:00:00Z", ""},
		{"0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00+01:00"},
		{"+1/2/2012", ""},
		{"2012-11-22 10:00 +99", ""},
		{"1-2-3-4", ""},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			d, err := ParseDate(tc.in)
			if tc.want == "" {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %v, want an error", tc.in, d)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tc.in, err)
			}
			if got := d.String(); got != tc.want {
				t.Errorf("ParseDate(%q) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestDateInLocation(t *testing.T) {
	t.Parallel()
	d, _ := ParseDate("2016-09-16")
	loc := mustLocation(t, "Europe/Paris")
	if got := d.inLocation(loc).String(); got != "2016-09-16T00:00:00+02:00" {
		t.Errorf("floating date in Paris = %s", got)
	}
	z, _ := ParseDate("2016-09-16T00:00:00Z")
	if got := z.inLocation(loc).String(); got != "2016-09-16T00:00:00Z" {
		t.Errorf("a zoned date must keep its zone, got %s", got)
	}
}
