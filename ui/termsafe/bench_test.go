package termsafe

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

const benchSize = 1 << 20

// benchDoc is one post with everything Glamour styles: headings, emphasis,
// lists, a table, code and links.
func benchDoc(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Post %d about terminals\n\n", n)
	for i := range 6 {
		fmt.Fprintf(&b, "Paragraph %d has *emphasis*, **strong text**, `code` and a [link](https://example.com/%d/%d). "+
			"Ünïcödé and 世界 appear too, so the scanner meets multi-byte runes on the way.\n\n", i, n, i)
	}
	b.WriteString("## A list\n\n- first item\n- second item\n  - nested item\n1. ordered\n\n")
	b.WriteString("| name | value |\n|---|---|\n| alpha | 1 |\n| beta | 2 |\n\n")
	b.WriteString("```go\nfunc main() { fmt.Println(\"hello\") }\n```\n\n> A quote to finish.\n")
	return b.String()
}

var (
	styledOnce sync.Once
	styled     string
)

// glamourStyled returns about 1 MB of real Glamour output, made by rendering
// benchDoc at 80 columns and repeating it.
func glamourStyled(b *testing.B) string {
	styledOnce.Do(func() {
		var sb strings.Builder
		unit := renderGlamour(b, benchDoc(1)+benchDoc(2))
		for sb.Len() < benchSize {
			sb.WriteString(unit)
		}
		styled = sb.String()[:benchSize]
		// Cutting at a byte count can split a sequence or a rune; clean the
		// seam so the "clean" input really is clean.
		styled = Output(styled)
	})
	return styled
}

// withAttacks inserts a hostile sequence after every 4 KiB of s.
func withAttacks(s string) string {
	attacks := []string{"\x1b[2J", "\x1b]52;c;aGk=\x07", "\x1b]0;t\x07", "\x1bPq\x1b\\",
		"\x1b]8;;javascript:x\x07", "\x00", "\xff", "\u009b31m"}
	var b strings.Builder
	for i, k := 0, 0; i < len(s); i, k = i+4096, k+1 {
		j := min(i+4096, len(s))
		b.WriteString(s[i:j])
		b.WriteString(attacks[k%len(attacks)])
	}
	return b.String()
}

func plainText() string {
	line := "An ordinary line of post text, with Ünïcödé and 世界 now and then.\n"
	return strings.Repeat(line, benchSize/len(line)+1)[:benchSize-1] + "\n"
}

func BenchmarkOutput(b *testing.B) {
	clean := glamourStyled(b)
	if Check(clean) != nil {
		b.Fatal(Check(clean))
	}
	inputs := []struct{ name, s string }{
		{"glamour-1MB", clean},
		{"glamour-with-attacks-1MB", withAttacks(clean)},
		{"plain-1MB-fast-path", plainText()},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				Output(in.s)
			}
		})
	}
}

func BenchmarkText(b *testing.B) {
	plain := plainText()
	inputs := []struct{ name, s string }{
		{"plain-1MB-fast-path", plain},
		{"with-attacks-1MB", withAttacks(plain)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				Text(in.s)
			}
		})
	}
}

func BenchmarkLine(b *testing.B) {
	inputs := []struct{ name, s string }{
		{"title-fast-path", "Why terminals still matter — a look at Ünïcödé in 2026"},
		{"title-with-newline-and-bidi", "Why terminals\r\nstill matter \u202e— a look"},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.s)))
			b.ReportAllocs()
			for b.Loop() {
				Line(in.s)
			}
		})
	}
}

func BenchmarkCheck(b *testing.B) {
	s := glamourStyled(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Check(s); err != nil {
			b.Fatal(err)
		}
	}
}
