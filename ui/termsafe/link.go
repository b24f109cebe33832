package termsafe

import (
	"strings"
	"unicode/utf8"
)

// linkKind classifies an OSC string as an OSC 8 hyperlink or not.
type linkKind uint8

const (
	notLink    linkKind = iota // another OSC, or an OSC 8 that is malformed
	linkClose                  // OSC 8 with an empty URI: ends the current link
	linkSafe                   // OSC 8 opening a link to an allowed scheme
	linkUnsafe                 // OSC 8 opening a link we refuse to pass on
)

// hyperlink is an OSC 8 sequence split into its parts: ESC ] 8 ; params ; uri ST.
type hyperlink struct {
	kind   linkKind
	params string
	uri    string
}

// safeSchemes are the URI schemes a hyperlink may point to. Relative URIs,
// javascript:, data:, vbscript: and every other scheme are refused: a
// terminal hands the URI to a browser or opener when it is clicked.
var safeSchemes = []string{"http", "https", "mailto", "file"}

// parseHyperlink classifies the OSC token t. Only a 7-bit OSC ended by BEL
// or ESC \ can be a hyperlink we keep; the parameters (such as "id=…") must be
// printable ASCII and the URI must not contain controls. Non-ASCII bytes in
// the URI are allowed here and percent-encoded by Output.
func parseHyperlink(s string, t token) hyperlink {
	p := s[t.payload:t.payloadEnd]
	if t.kind != kOSC || !strings.HasPrefix(p, "8;") {
		return hyperlink{kind: notLink}
	}
	params, uri, ok := strings.Cut(p[2:], ";")
	if !ok {
		return hyperlink{kind: notLink}
	}
	h := hyperlink{params: params, uri: uri}
	switch {
	case t.eightBit || (t.term != termBEL && t.term != termST):
		h.kind = notLink
	case !printableASCII(params):
		h.kind = linkUnsafe
	case uri == "":
		h.kind = linkClose
	case !safeURI(uri):
		h.kind = linkUnsafe
	default:
		h.kind = linkSafe
	}
	return h
}

// safeURI reports whether uri has an allowed scheme and no control bytes.
func safeURI(uri string) bool {
	for i := 0; i < len(uri); i++ {
		if c := uri[i]; c < 0x20 || c == 0x7f {
			return false
		}
	}
	scheme, _, ok := strings.Cut(uri, ":")
	if !ok {
		return false
	}
	for _, safe := range safeSchemes {
		if strings.EqualFold(scheme, safe) {
			return true
		}
	}
	return false
}

// printableASCII reports whether s holds only bytes 0x20 to 0x7e.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// percentEncode returns uri with every byte from 0x80 up written as %XX, so
// that no UTF-8 lead or continuation byte (among them the C1 range) can end
// up inside the sequence.
func percentEncode(uri string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(uri) + 16)
	for i := 0; i < len(uri); i++ {
		c := uri[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&0xf])
	}
	return b.String()
}
