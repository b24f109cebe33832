package termsafe

import (
	"fmt"
	"regexp"
	"unicode/utf8"
)

// allowedSeq matches the only escape sequences that may reach a terminal:
// SGR, and OSC 8 hyperlinks to http, https, mailto or file URIs (or with an
// empty URI, which ends a link), ended by BEL or ESC \.
//
// It is written independently of the package's scanner on purpose: tests
// that run both disallowed and Check cross-check two implementations.
var allowedSeq = regexp.MustCompile(`\x1b\[[0-9;:]*m` +
	`|\x1b\]8;[\x20-\x3a\x3c-\x7e]*;(?:(?i:https?|mailto|file):[\x20-\x7e]*)?(?:\x07|\x1b\\)`)

// disallowed lists every byte sequence in s that must not reach a terminal,
// each as "offset:quoted excerpt". An empty list means s is safe.
func disallowed(s string) []string {
	var bad []string
	report := func(i, n int) {
		end := min(i+n, len(s))
		bad = append(bad, fmt.Sprintf("%d:%q", i, s[i:end]))
	}
	allowed := allowedSeq.FindAllStringIndex(s, -1)
	for i := 0; i < len(s); {
		if len(allowed) > 0 && allowed[0][0] == i {
			i = allowed[0][1]
			allowed = allowed[1:]
			continue
		}
		if len(allowed) > 0 && allowed[0][0] < i {
			allowed = allowed[1:] // began inside something already reported
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b:
			report(i, 12) // show what the ESC introduces
		case r == utf8.RuneError && n == 1:
			report(i, 1)
		case r < 0x20 && r != '\t' && r != '\n', r >= 0x7f && r <= 0x9f:
			report(i, n)
		}
		i += n
	}
	return bad
}
