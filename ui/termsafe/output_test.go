package termsafe

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// outputCases are shared with the fuzz targets as seeds.
var outputCases = []struct {
	name, in, want string
}{
	{"plain unchanged", "Hello\n\tworld", "Hello\n\tworld"},
	{"empty", "", ""},
	{"SGR kept", "\x1b[31mred\x1b[0m", "\x1b[31mred\x1b[0m"},
	{"SGR reset without parameters kept", "\x1b[mx", "\x1b[mx"},
	{"SGR 256 and true colour kept", "\x1b[38;5;252;48;2;1;2;3m", "\x1b[38;5;252;48;2;1;2;3m"},
	{"SGR colon form kept", "\x1b[38:2::10:20:30m", "\x1b[38:2::10:20:30m"},
	{"clear screen removed", "a\x1b[2Jb", "ab"},
	{"cursor home removed", "a\x1b[Hb", "ab"},
	{"cursor position removed", "\x1b[10;20Hx", "x"},
	{"private mode (alt screen) removed", "\x1b[?1049hx", "x"},
	{"device status report removed", "\x1b[6nx", "x"},
	{"CSI with intermediate removed", "\x1b[0 qx", "x"},
	{"SGR with private marker removed", "\x1b[?31mx", "x"},
	{"CSI broken by newline: newline and rest stay", "\x1b[3\n1m", "\n1m"},
	{"CSI cancelled by CAN", "\x1b[31\x18mx", "mx"},
	{"CSI cut by ESC keeps the next SGR", "\x1b[31\x1b[32mx", "\x1b[32mx"},
	{"unterminated CSI at end removed", "x\x1b[31", "x"},
	{"OSC 52 clipboard removed", "a\x1b]52;c;aGVsbG8=\x07b", "ab"},
	{"OSC 52 with ST removed", "a\x1b]52;c;aGVsbG8=\x1b\\b", "ab"},
	{"OSC 0 title removed", "\x1b]0;pwned\x07text", "text"},
	{"OSC 2 title removed", "\x1b]2;pwned\x1b\\text", "text"},
	{"unterminated OSC at end removed", "text\x1b]0;title that never ends", "text"},
	{"OSC cut by ESC keeps the next SGR", "\x1b]0;t\x1b[31mx", "\x1b[31mx"},
	{"OSC swallows newlines up to its terminator", "a\x1b]0;x\ny\x07b", "ab"},
	{"OSC 8 https kept",
		"\x1b]8;;https://example.com\x07link\x1b]8;;\x07",
		"\x1b]8;;https://example.com\x07link\x1b]8;;\x07"},
	{"OSC 8 with id and ST kept",
		"\x1b]8;id=42;https://example.com/a?b=c;d\x1b\\link\x1b]8;;\x1b\\",
		"\x1b]8;id=42;https://example.com/a?b=c;d\x1b\\link\x1b]8;;\x1b\\"},
	{"OSC 8 scheme is case-insensitive",
		"\x1b]8;;HTTPS://EXAMPLE.COM\x07x\x1b]8;;\x07",
		"\x1b]8;;HTTPS://EXAMPLE.COM\x07x\x1b]8;;\x07"},
	{"OSC 8 mailto and file kept",
		"\x1b]8;;mailto:a@b.c\x07m\x1b]8;;\x07\x1b]8;;file:///etc/hosts\x07f\x1b]8;;\x07",
		"\x1b]8;;mailto:a@b.c\x07m\x1b]8;;\x07\x1b]8;;file:///etc/hosts\x07f\x1b]8;;\x07"},
	{"OSC 8 javascript removed, text kept, close removed",
		"\x1b]8;;javascript:alert(1)\x07click\x1b]8;;\x07 after",
		"click after"},
	{"OSC 8 javascript with ST removed",
		"\x1b]8;;JavaScript:alert(1)\x1b\\click\x1b]8;;\x1b\\",
		"click"},
	{"OSC 8 data and vbscript removed",
		"\x1b]8;;data:text/html,x\x07d\x1b]8;;\x07\x1b]8;;vbscript:x\x07v\x1b]8;;\x07",
		"dv"},
	{"OSC 8 relative URI removed", "\x1b]8;id=1;other.md\x07rel\x1b]8;;\x07", "rel"},
	{"OSC 8 scheme with leading space removed", "\x1b]8;; https://x\x07t\x1b]8;;\x07", "t"},
	{"OSC 8 with control in URI removed", "\x1b]8;;https://a\nb\x07t\x1b]8;;\x07", "t"},
	{"OSC 8 with non-ASCII parameters removed", "\x1b]8;id=é;https://a\x07t\x1b]8;;\x07", "t"},
	{"OSC 8 non-ASCII URI percent-encoded",
		"\x1b]8;;https://例.jp/ü\x07t\x1b]8;;\x07",
		"\x1b]8;;https://%E4%BE%8B.jp/%C3%BC\x07t\x1b]8;;\x07"},
	{"OSC 8 URI with C1 bytes percent-encoded",
		"\x1b]8;;https://a/\u009b2J\x1b\\t\x1b]8;;\x1b\\",
		"\x1b]8;;https://a/%C2%9B2J\x1b\\t\x1b]8;;\x1b\\"},
	{"unsafe link inside a safe one closes the safe one",
		"\x1b]8;;https://ok\x07a\x1b]8;;javascript:x\x07b\x1b]8;;\x07c",
		"\x1b]8;;https://ok\x07a" + closeLink + "bc"},
	{"safe link after an unsafe one kept",
		"\x1b]8;;javascript:x\x07a\x1b]8;;https://ok\x07b\x1b]8;;\x07",
		"a\x1b]8;;https://ok\x07b\x1b]8;;\x07"},
	{"stray close removed", "a\x1b]8;;\x07b", "ab"},
	{"unclosed safe link closed at end", "\x1b]8;;https://ok\x07text", "\x1b]8;;https://ok\x07text" + closeLink},
	{"unterminated OSC 8 removed", "\x1b]8;;https://ok", ""},
	{"OSC 8 without URI separator removed", "\x1b]8;https://ok\x07t", "t"},
	{"DCS removed", "a\x1bPq#0;2;0;0;0#0~~\x1b\\b", "ab"},
	{"unterminated DCS removed", "a\x1bP1$r", "a"},
	{"APC, PM and SOS removed", "\x1b_Gf=100\x1b\\\x1b^pm\x1b\\\x1bXsos\x1b\\x", "x"},
	{"C1 CSI removed with its parameters", "a\u009b31mb", "ab"},
	{"C1 CSI alone removed", "\u009b31m", ""},
	{"C1 OSC removed", "\u009d0;title\u009cx", "x"},
	{"C1 DCS removed", "\u0090q\u009cx", "x"},
	{"C1 OSC 8 removed", "\u009d8;;https://ok\u009cx", "x"},
	{"OSC ended by C1 ST removed", "\x1b]8;;https://ok\u009cx", "x"},
	{"other C1 removed", "a\u0085b\u009cc", "abc"},
	{"RIS reset removed", "a\x1bcb", "ab"},
	{"save cursor removed", "\x1b7x\x1b8", "x"},
	{"charset designation removed", "\x1b(0x\x1b(B", "x"},
	{"DEC alignment test removed", "\x1b#8x", "x"},
	{"stray ESC at end removed", "x\x1b", "x"},
	{"double ESC before SGR", "\x1b\x1b[31mx", "\x1b[31mx"},
	{"ESC before newline", "a\x1b\nb", "a\nb"},
	{"ST alone removed", "a\x1b\\b", "ab"},
	{"NUL BEL DEL removed", "a\x00b\x07c\x7fd", "abcd"},
	{"CRLF becomes LF", "a\r\nb\r\n", "a\nb\n"},
	{"invalid UTF-8 becomes U+FFFD", "a\xffb\xe2\x82", "a\uFFFDb\uFFFD\uFFFD"},
	{"raw 8-bit CSI byte becomes U+FFFD", "\x9b2J", "\uFFFD2J"},
	{"Unicode kept", "世界 🎉 e\u0301", "世界 🎉 e\u0301"},
}

func TestOutput(t *testing.T) {
	t.Parallel()
	for _, tc := range outputCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Output(tc.in)
			if got != tc.want {
				t.Errorf("Output(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			if err := Check(got); err != nil {
				t.Errorf("Check(Output(%q)): %v", tc.in, err)
			}
			if bad := disallowed(got); len(bad) > 0 {
				t.Errorf("Output(%q) left %v", tc.in, bad)
			}
			if again := Output(got); again != got {
				t.Errorf("Output is not idempotent on %q: %q", got, again)
			}
		})
	}
}

// TestOutputLinear guards the single-pass promise on inputs built to make
// a backtracking scanner quadratic: many introducers, none terminated. It
// walks each input the way Output does and checks, at every step, that
// the step ends past where it began and that its result is decided by the
// bytes up to two past its end: a scanner that looks further (to the end
// of the input for a terminator, then resumes just after the introducer)
// changes its answer when what follows is replaced by a terminator. Output
// never goes back, so each byte is read a bounded number of times; no
// clock is involved (BenchmarkOutputLinear reports the speed).
func TestOutputLinear(t *testing.T) {
	t.Parallel()
	units := []string{"\x1b[", "\x1b]8;;", "\x1b", "\u009b", "\x1b]0;\x1b", "\x1bP", "\xff", "\x1b[1;", "\u009d8;;", "\x1b]8;;https://a\x07x"}
	for _, unit := range units {
		t.Run(fmt.Sprintf("%q", unit), func(t *testing.T) {
			s := strings.Repeat(unit, (16<<10)/len(unit))
			for i := 0; i < len(s); {
				end := outputStep(s, i)
				cut := min(len(s), end+2)
				if end <= i {
					t.Fatalf("the step at %d ends at %d", i, end)
				}
				if cut == len(s) {
					i = end
					continue // at the end of the input more bytes may extend the step
				}
				// Steps only read forward, so the step at i can be
				// taken on s[i:cut] alone.
				for _, tail := range []string{"", "\x07", "\x1b\\", "\u009c", "m", "\x1b[0m"} {
					if again := i + outputStep(s[i:cut]+tail, 0); again != end {
						t.Fatalf("the step at %d ends at %d, but at %d when the input after %d is %q: it reads past its end", i, end, again, cut, tail)
					}
				}
				i = end
			}
		})
	}
}

// outputStep is where the token that Output reads at s[i] ends, taking
// the same fast paths as Output.
func outputStep(s string, i int) int {
	if c := s[i]; c >= 0x20 && c < 0x7f {
		return textEnd(s, i+1)
	} else if c == 0x1b && i+1 < len(s) && s[i+1] == '[' {
		end, _ := csiEnd(s, i+2)
		return end
	}
	return nextToken(s, i).end
}

// TestOutputFragmentSoup builds strings from fragments of escape sequences
// in random order. Byte-level fuzzing rarely assembles a whole OSC 8 link
// next to an unsafe one; this reaches the link-state corners directly. The
// seed is fixed, so a failure reproduces.
func TestOutputFragmentSoup(t *testing.T) {
	t.Parallel()
	fragments := []string{
		"\x1b", "[", "]", "8;", ";", "id=1", "https://a", "javascript:x", "HTTPS://ü",
		"\x07", "\x1b\\", "m", "31", "2J", "P", "\u009b", "\u009c", "\u009d",
		"\xff", "\xe2", "\n", "\r", "\t", "text", " ", "\x18",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	var b strings.Builder
	for range n {
		b.Reset()
		for range rng.IntN(24) {
			b.WriteString(fragments[rng.IntN(len(fragments))])
		}
		s := b.String()
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
	}
}
