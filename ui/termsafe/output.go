package termsafe

// closeLink is the OSC 8 sequence that ends the current hyperlink.
const closeLink = "\x1b]8;;\x1b\\"

// linkState is the hyperlink Output is inside, if any.
type linkState uint8

const (
	outsideLink   linkState = iota
	inSafeLink              // a kept OSC 8 opened it; its close is kept
	inDroppedLink           // an unsafe OSC 8 was removed; its close goes too
)

// Output returns s with every escape sequence removed except colours and
// safe hyperlinks, for text that is already styled (the output of Glamour or
// Lip Gloss). It keeps:
//
//   - SGR sequences: ESC [, parameters made of digits, ';' and ':', then 'm';
//   - OSC 8 hyperlinks whose URI scheme is http, https, mailto or file (in any
//     case), or whose URI is empty (the end of a link), ended by BEL or ESC \.
//
// Everything else goes, whole: other CSI sequences (cursor moves, screen
// clears, mode changes), other OSC (window title, clipboard), DCS, SOS, PM
// and APC strings up to their terminator or the end of input, two-byte
// escapes, the same sequences introduced by C1 characters, stray ESC, the C0
// controls other than tab and newline, DEL, the C1 controls, the Unicode
// bidirectional formatting characters and the kitty image placeholder
// U+10EEEE (as Text removes them). Invalid UTF-8
// bytes become U+FFFD.
//
// A hyperlink to any other URI (javascript:, data:, a relative path) is
// removed while its text stays, and the sequence that would have closed it is
// removed too. A kept link that is still open at the end of s is closed, and
// one that an unsafe link would have replaced is closed where that link
// began, so the result never leaves a link open. Non-ASCII bytes in a kept
// URI are percent-encoded.
//
// Output makes one pass over s and never backtracks. When s needs no change
// it returns s as is, without allocating, which is the usual case for
// Glamour output of a harmless post. Output(Output(s)) == Output(s).
func Output(s string) string {
	w := rewriter{s: s}
	link := outsideLink
	for i := 0; i < len(s); {
		// Styled text is mostly short runs of text between SGR sequences;
		// take those two without building a token.
		if c := s[i]; c >= 0x20 && c < 0x7f {
			i = textEnd(s, i+1)
			continue
		} else if c == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			end, sgr := csiEnd(s, i+2)
			if !sgr {
				w.replace(i, end, "")
			}
			i = end
			continue
		}
		t := nextToken(s, i)
		switch t.kind {
		case kText:
		case kCSI:
			if !t.sgr {
				w.replace(i, t.end, "")
			}
		case kOSC:
			link = outputOSC(&w, s, i, t, link)
		case kInvalid:
			w.replace(i, t.end, replacement)
		default:
			w.replace(i, t.end, "")
		}
		i = t.end
	}
	if link == inSafeLink {
		w.insert(len(s), closeLink)
	}
	return w.String()
}

// outputOSC keeps, rewrites or removes the OSC token t at s[i:t.end] and
// returns the hyperlink state after it.
func outputOSC(w *rewriter, s string, i int, t token, link linkState) linkState {
	h := parseHyperlink(s, t)
	switch h.kind {
	case linkSafe:
		if !printableASCII(h.uri) {
			term := "\x07"
			if t.term == termST {
				term = "\x1b\\"
			}
			w.replace(i, t.end, "\x1b]8;"+h.params+";"+percentEncode(h.uri)+term)
		}
		return inSafeLink
	case linkUnsafe:
		if link == inSafeLink {
			// The unsafe link would have replaced the open one; end that
			// one here so the following text is not linked to it.
			w.replace(i, t.end, closeLink)
		} else {
			w.replace(i, t.end, "")
		}
		return inDroppedLink
	case linkClose:
		if link != inSafeLink {
			w.replace(i, t.end, "")
		}
		return outsideLink
	}
	w.replace(i, t.end, "")
	return link
}
