package posts

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"
)

// TestParseRubyTime checks parseRubyTime against Ruby itself: every row of
// testdata/rubytime/expected.tsv is what Time.parse (Jekyll's
// Utils.parse_date) gave for a date, written by gen.sh from inputs.txt.
func TestParseRubyTime(t *testing.T) {
	t.Parallel()
	f, err := os.Open("testdata/rubytime/expected.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	rows := 0
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		in, kind := cols[0], cols[1]
		rows++
		t.Run(in, func(t *testing.T) {
			got, err := parseRubyTime(in, nil)
			if kind == "error" {
				if err == nil {
					t.Errorf("parseRubyTime(%q) = %v, want an error as Ruby gives", in, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseRubyTime(%q): %v; Ruby reads it as %s %s", in, err, kind, cols[2])
			}
			if kind == "zoned" {
				want, _ := time.Parse(time.RFC3339Nano, cols[2])
				if !got.HasZone || !got.Equal(want) {
					t.Errorf("parseRubyTime(%q) = %v (zoned %v), Ruby %v", in, got.Time, got.HasZone, want)
				}
				return
			}
			want, _ := time.Parse("2006-01-02T15:04:05.999999999", cols[2])
			if got.HasZone || !got.Equal(want) {
				t.Errorf("parseRubyTime(%q) = %v (zoned %v), Ruby's local time %v", in, got.Time, got.HasZone, want)
			}
		})
	}
	if rows < 50 {
		t.Fatalf("only %d rows in expected.tsv", rows)
	}
}

// TestParseRubyTimeSiteZone checks that a site's own zone names its
// abbreviations, as the TZ Jekyll sets does for Ruby.
func TestParseRubyTimeSiteZone(t *testing.T) {
	t.Parallel()
	berlin := mustLocation(t, "Europe/Berlin")
	for _, tc := range []struct {
		in   string
		loc  *time.Location
		want string // RFC 3339; "" for a floating time
	}{
		{"2016-07-21 12:00 CEST", berlin, "2016-07-21T12:00:00+02:00"},
		{"2016-01-21 12:00 CET", berlin, "2016-01-21T12:00:00+01:00"},
		{"2016-07-21 12:00 CEST", nil, ""},
		{"2016-07-21 12:00 EDT", berlin, "2016-07-21T12:00:00-04:00"},
	} {
		got, err := parseRubyTime(tc.in, tc.loc)
		if err != nil {
			t.Errorf("parseRubyTime(%q): %v", tc.in, err)
			continue
		}
		if tc.want == "" {
			if got.HasZone {
				t.Errorf("parseRubyTime(%q) = %v, want a floating time", tc.in, got.Time)
			}
			continue
		}
		want, _ := time.Parse(time.RFC3339, tc.want)
		if !got.HasZone || !got.Equal(want) {
			t.Errorf("parseRubyTime(%q) = %v, want %v", tc.in, got.Time, want)
		}
	}
}

// FuzzParseRubyTime checks that no string makes the Ruby date reader
// panic or give the zero date, which means "no date" in folio.
func FuzzParseRubyTime(f *testing.F) {
	data, err := os.ReadFile("testdata/rubytime/inputs.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			f.Add(line)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d, err := parseRubyTime(s, time.UTC); err == nil && d.IsZero() {
			t.Errorf("parseRubyTime(%q) gave the zero date", s)
		}
	})
}
