package termsafe

import (
	"fmt"
	"strings"
)

// maxExcerpt bounds how much of an offending sequence an error quotes.
const maxExcerpt = 40

// Check reports whether s is safe to write to a terminal, in the sense that
// Output's result always is: plain text without bidirectional formatting
// characters, tab and newline, SGR colour
// sequences and OSC 8 hyperlinks to http, https, mailto or file URIs. It
// returns nil for a safe string, or an error naming the first disallowed
// sequence and its byte offset. A hyperlink still open at the end of s is an
// error too, because it would turn everything printed after it into a link.
//
// Check accepts the kitty image placeholder U+10EEEE, although Output
// removes it: it is not a control, and folio's own pictures are drawn with
// it after a post's text has been cleaned.
//
// Check is meant for tests: the CLI, TUI and end-to-end tests assert with it
// that no post-derived byte reached the screen unfiltered. It judges content,
// not a terminal driver's stream, so the cursor movements Bubble Tea itself
// writes are out of its scope.
func Check(s string) error {
	openAt := -1 // offset of the hyperlink that is open, if any
	for i := 0; i < len(s); {
		t := nextToken(s, i)
		switch t.kind {
		case kText, kKitty:
		case kCSI:
			if !t.sgr {
				return disallowedAt(s, i, t.end, "CSI sequence")
			}
		case kOSC:
			switch parseHyperlink(s, t).kind {
			case linkSafe:
				if !printableASCII(s[t.payload:t.payloadEnd]) {
					return disallowedAt(s, i, t.end, "OSC 8 hyperlink with a non-ASCII URI")
				}
				openAt = i
			case linkClose:
				openAt = -1
			case linkUnsafe:
				return disallowedAt(s, i, t.end, "OSC 8 hyperlink to an unsafe URI")
			default:
				return disallowedAt(s, i, t.end, oscName(s, t))
			}
		case kControl:
			return disallowedAt(s, i, t.end, "control character")
		case kInvalid:
			return disallowedAt(s, i, t.end, "invalid UTF-8 byte")
		case kC1:
			return disallowedAt(s, i, t.end, "C1 control character")
		case kBidi:
			return disallowedAt(s, i, t.end, "bidirectional formatting character")
		case kString:
			return disallowedAt(s, i, t.end, "DCS, SOS, PM or APC string")
		default:
			return disallowedAt(s, i, t.end, "escape sequence")
		}
		i = t.end
	}
	if openAt >= 0 {
		return fmt.Errorf("termsafe: OSC 8 hyperlink opened at offset %d is never closed", openAt)
	}
	return nil
}

// oscName describes an OSC string that is not a hyperlink we accept, naming
// its command number when it has one ("OSC 52 sequence").
func oscName(s string, t token) string {
	p := s[t.payload:t.payloadEnd]
	num, _, _ := strings.Cut(p, ";")
	if num == "" || len(num) > 4 || strings.Trim(num, "0123456789") != "" {
		return "OSC sequence"
	}
	if num == "8" {
		return "malformed OSC 8 hyperlink"
	}
	return "OSC " + num + " sequence"
}

// disallowedAt builds Check's error for s[i:j].
func disallowedAt(s string, i, j int, what string) error {
	seq := s[i:j]
	if len(seq) > maxExcerpt {
		seq = seq[:maxExcerpt] + "…"
	}
	return fmt.Errorf("termsafe: disallowed %s %q at offset %d", what, seq, i)
}
