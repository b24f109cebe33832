package termsafe

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostileDir holds the shared corpus of attack files (see its README.md).
const hostileDir = "../../testdata/hostile"

// maxSeedSize keeps the huge corpus files out of the fuzz seeds: they would
// slow every fuzzing iteration without adding new shapes.
const maxSeedSize = 64 << 10

// addSeeds seeds f with the table-test inputs and the small files of the
// hostile corpus.
func addSeeds(f *testing.F) {
	for _, tc := range textCases {
		f.Add(tc.in)
	}
	for _, tc := range lineCases {
		f.Add(tc.in)
	}
	for _, tc := range outputCases {
		f.Add(tc.in)
	}
	files, err := filepath.Glob(filepath.Join(hostileDir, "*"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		if info, err := os.Stat(name); err != nil || info.IsDir() || info.Size() > maxSeedSize {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
}

func FuzzOutput(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		out := Output(s)
		if err := Check(out); err != nil {
			t.Fatalf("Check(Output(%q)) = %v\noutput %q", s, err, out)
		}
		if bad := disallowed(out); len(bad) > 0 {
			t.Fatalf("Output(%q) = %q leaves %v", s, out, bad)
		}
		if again := Output(out); again != out {
			t.Fatalf("Output is not idempotent on %q:\n once %q\ntwice %q", s, out, again)
		}
		// Without anything that introduces a sequence, Output is Text.
		if !strings.Contains(s, "\x1b") && !hasC1(s) {
			if want := Text(s); out != want {
				t.Fatalf("Output(%q) = %q, Text gives %q", s, out, want)
			}
		}
	})
}

func FuzzText(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		if at, r := firstUnsafe(out, false); at >= 0 {
			t.Fatalf("Text(%q) = %q keeps %U at %d", s, out, r, at)
		}
		if again := Text(out); again != out {
			t.Fatalf("Text is not idempotent on %q: %q, then %q", s, out, again)
		}
		if at, _ := firstUnsafe(s, false); at < 0 && out != s {
			t.Fatalf("Text changed the safe string %q into %q", s, out)
		}
	})
}

func FuzzLine(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		out := Line(s)
		if at, r := firstUnsafe(out, true); at >= 0 {
			t.Fatalf("Line(%q) = %q keeps %U at %d", s, out, r, at)
		}
		if again := Line(out); again != out {
			t.Fatalf("Line is not idempotent on %q: %q, then %q", s, out, again)
		}
		if at, _ := firstUnsafe(s, true); at < 0 && out != s {
			t.Fatalf("Line changed the safe string %q into %q", s, out)
		}
		if !strings.Contains(s, " ") && strings.Contains(out, "  ") {
			t.Fatalf("Line(%q) = %q made a double space out of line breaks", s, out)
		}
	})
}

// FuzzWriter checks that splitting a stream in two anywhere never changes
// what the Writer lets through.
func FuzzWriter(f *testing.F) {
	for _, tc := range textCases {
		f.Add(tc.in, uint16(len(tc.in)/2))
	}
	f.Fuzz(func(t *testing.T, s string, at uint16) {
		cut := int(at) % (len(s) + 1)
		var b strings.Builder
		w := NewWriter(&b)
		w.Write([]byte(s[:cut]))
		w.Write([]byte(s[cut:]))
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if got, want := b.String(), Text(s); got != want {
			t.Fatalf("%q cut at %d: wrote %q, want %q", s, cut, got, want)
		}
	})
}

// firstUnsafe returns the offset and rune of the first thing in s that Text
// (or, with oneLine, Line) must never let through, or -1.
func firstUnsafe(s string, oneLine bool) (int, rune) {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			return i, r // an invalid byte, not a real U+FFFD
		case r < 0x20 && r != '\t' && r != '\n', r >= 0x7f && r <= 0x9f:
			return i, r
		case oneLine && strings.ContainsRune(lineBreaks, r), strings.ContainsRune(bidiControls, r):
			return i, r
		case r == 0x10eeee: // the kitty image placeholder
			return i, r
		}
	}
	return -1, 0
}

// lineBreaks and bidiControls list, independently of Text's and Line's
// own tables, the runes that must not survive Line, and Text and Line.
const (
	lineBreaks   = "\t\n\r\v\f\u0085\u2028\u2029"
	bidiControls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)

// hasC1 reports whether s contains a C1 control encoded as UTF-8.
func hasC1(s string) bool {
	for _, r := range s {
		if isC1(r) {
			return true
		}
	}
	return false
}
