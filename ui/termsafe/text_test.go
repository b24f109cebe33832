package termsafe

import "testing"

// textCases are shared with the fuzz targets as seeds.
var textCases = []struct {
	name, in, want string
}{
	{"plain ASCII unchanged", "Hello, world", "Hello, world"},
	{"empty", "", ""},
	{"Unicode unchanged", "héllo 世界 🎉 e\u0301", "héllo 世界 🎉 e\u0301"},
	{"tab and newline kept", "a\tb\nc\n", "a\tb\nc\n"},
	{"SGR loses its ESC", "\x1b[31mred\x1b[0m", "[31mred[0m"},
	{"clear screen loses its ESC", "\x1b[2J\x1b[Hx", "[2J[Hx"},
	{"OSC 52 loses ESC and BEL", "a\x1b]52;c;aGVsbG8=\x07b", "a]52;c;aGVsbG8=b"},
	{"OSC 0 title loses ESC and BEL", "\x1b]0;pwned\x07t", "]0;pwnedt"},
	{"DCS loses its ESCs", "\x1bPq#0\x1b\\", "Pq#0\\"},
	{"NUL BEL DEL dropped", "a\x00b\x07c\x7fd", "abcd"},
	{"other C0 dropped", "\x01\x02\x08\x0b\x0c\x0e\x1a\x1c\x1fz", "z"},
	{"CRLF becomes LF", "one\r\ntwo\r\n", "one\ntwo\n"},
	{"lone CR dropped", "over\rwrite", "overwrite"},
	{"C1 CSI dropped, parameters stay as text", "\u009b31m", "31m"},
	{"C1 NEL and ST dropped", "a\u0085b\u009cc", "abc"},
	{"C1 range edges", "\u007f\u0080\u009f\u00a0", "\u00a0"},
	{"invalid UTF-8 becomes U+FFFD", "a\xffb\xc0\xafc", "a\uFFFDb\uFFFD\uFFFDc"},
	{"truncated rune at end", "ok\xe2\x82", "ok\uFFFD\uFFFD"},
	{"raw 8-bit CSI byte", "\x9b2J", "\uFFFD2J"},
	{"bidi controls removed", "a\u202eb\u2066c", "abc"},
	{"every bidi control removed, neighbours kept",
		"a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j\u200ek\u200fl\u061cm\u2029x\u202fy\u2065z\u206a\u061b\u200d",
		"abcdefghijklm\u2029x\u202fy\u2065z\u206a\u061b\u200d"},
	{"Hebrew and Arabic letters kept", "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"},
	{"line separator kept", "a\u2028b", "a\u2028b"},
	{"U+FFFD itself kept", "\uFFFD", "\uFFFD"},
	{"kitty image placeholder removed, its diacritics kept", "a\U0010EEEE\u0305\u030Db", "a\u0305\u030Db"},
}

func TestText(t *testing.T) {
	t.Parallel()
	for _, tc := range textCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Text(tc.in); got != tc.want {
				t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// lineCases are shared with the fuzz targets as seeds.
var lineCases = []struct {
	name, in, want string
}{
	{"plain unchanged", "A title", "A title"},
	{"empty", "", ""},
	{"Unicode unchanged", "Über 世界 🎉", "Über 世界 🎉"},
	{"newline becomes space", "two\nlines", "two lines"},
	{"tab becomes space", "a\tb", "a b"},
	{"CRLF becomes one space", "a\r\nb", "a b"},
	{"run of breaks becomes one space", "a\r\n\r\n\t\nb", "a b"},
	{"lone CR becomes space", "over\rwrite", "over write"},
	{"VT and FF become space", "a\vb\fc", "a b c"},
	{"Unicode line breaks become space", "a\u2028b\u2029c\u0085d", "a b c d"},
	{"controls between breaks do not split the run", "a\n\x1b\x00\nb", "a b"},
	{"spaces are not collapsed", "a  \n  b", "a     b"},
	{"trailing newline becomes trailing space", "title\n", "title "},
	{"leading newline becomes leading space", "\ntitle", " title"},
	{"ESC dropped", "\x1b[2Jtitle", "[2Jtitle"},
	{"OSC 52 loses ESC and BEL", "\x1b]52;c;aGVsbG8=\x07t", "]52;c;aGVsbG8=t"},
	{"NUL BEL DEL dropped", "a\x00b\x07c\x7fd", "abcd"},
	{"C1 dropped", "\u009b31mx", "31mx"},
	{"RLO override removed", "invoice\u202Efdp.exe", "invoicefdp.exe"},
	{"every bidi control removed",
		"a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j\u200ek\u200fl\u061cm",
		"abcdefghijklm"},
	{"neighbours of bidi ranges kept", "\u2029x\u202fy\u2065z\u206a", " x\u202fy\u2065z\u206a"},
	{"invalid UTF-8 becomes U+FFFD", "a\xffb", "a\uFFFDb"},
	{"break after invalid byte", "\xff\n\nb", "\uFFFD b"},
}

func TestLine(t *testing.T) {
	t.Parallel()
	for _, tc := range lineCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Line(tc.in); got != tc.want {
				t.Errorf("Line(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestFastPathDoesNotAllocate pins the promise that clean strings cost
// nothing: every row of every frame goes through these functions.
func TestFastPathDoesNotAllocate(t *testing.T) {
	clean := "A perfectly ordinary title — with Ünïcödé, 世界 and 🎉"
	styled := "\x1b[38;5;252mtext\x1b[m \x1b]8;id=1;https://example.com\x07link\x1b]8;;\x07"
	funcs := []struct {
		name string
		fn   func(string) string
		in   string
	}{
		{"Text", Text, clean + "\n\tsecond line"},
		{"Line", Line, clean},
		{"Output plain", Output, clean + "\n"},
		{"Output styled", Output, styled},
	}
	for _, f := range funcs {
		t.Run(f.name, func(t *testing.T) {
			var got string
			allocs := testing.AllocsPerRun(100, func() { got = f.fn(f.in) })
			if allocs != 0 {
				t.Errorf("%s allocated %.0f times on a clean string", f.name, allocs)
			}
			if got != f.in {
				t.Errorf("%s(%q) = %q, want it unchanged", f.name, f.in, got)
			}
		})
	}
}
