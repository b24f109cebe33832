package termsafe

import "unicode/utf8"

// The scanner splits a string into the pieces a terminal's parser would see
// (after the DEC/ECMA-48 state machine described at vt100.net/emu/dec_ansi_parser):
// runs of plain text, single control characters, and escape sequences. Output
// and Check walk the same tokens (Output calls textEnd and csiEnd directly
// for the two commonest ones), so what Output keeps is by construction what
// Check accepts.

// kind is the class of a token.
type kind uint8

const (
	kText    kind = iota // printable text, tab and newline, valid UTF-8
	kControl             // one C0 control other than tab and newline, or DEL
	kInvalid             // one byte that is not valid UTF-8
	kC1                  // one C1 control character that introduces nothing
	kBidi                // one Unicode bidirectional formatting character
	kKitty               // U+10EEEE, the kitty graphics protocol's image placeholder
	kCSI                 // control sequence: ESC [ or U+009B, parameters, final byte
	kOSC                 // operating system command: ESC ] or U+009D … terminator
	kString              // DCS, SOS, PM or APC string … terminator
	kEscape              // ESC, intermediate bytes, final byte; or a stray ESC
)

// terminator says how a string (OSC, DCS, …) ended.
type terminator uint8

const (
	termNone terminator = iota // end of input, or cut short by ESC, CAN or SUB
	termBEL                    // BEL, as xterm accepts for OSC
	termST                     // ESC \
	termC1ST                   // U+009C
)

// token is one piece of the input: s[start:end].
type token struct {
	kind kind
	end  int
	// sgr is set on a complete 7-bit CSI whose parameters are digits, ';'
	// and ':' only and whose final byte is 'm': Select Graphic Rendition.
	sgr bool
	// For kOSC and kString: the payload is s[payload:payloadEnd], eightBit
	// says the string began with a C1 introducer, term how it ended.
	payload, payloadEnd int
	eightBit            bool
	term                terminator
}

// nextToken returns the token that starts at s[i]; i < len(s).
func nextToken(s string, i int) token {
	c := s[i]
	switch {
	case c == 0x1b:
		return scanEscape(s, i)
	case c < utf8.RuneSelf && !keepASCII(c):
		return token{kind: kControl, end: i + 1}
	case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
		return scanC1(s, i)
	case c >= utf8.RuneSelf:
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return token{kind: kInvalid, end: i + 1}
		}
		if isBidiControl(r) {
			return token{kind: kBidi, end: i + n}
		}
		if r == kittyPlaceholder {
			return token{kind: kKitty, end: i + n}
		}
	}
	return token{kind: kText, end: textEnd(s, i)}
}

// textEnd returns the end of the run of plain text that starts at s[i],
// which the caller has already found to be plain text.
func textEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c-0x20 < 0x7f-0x20 { // printable ASCII, in one comparison
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if !keepASCII(c) {
				return i
			}
			i++
			continue
		}
		if c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
			return i // a C1 control
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || isBidiControl(r) || r == kittyPlaceholder {
			return i
		}
		i += n
	}
	return i
}

// scanEscape reads the sequence that starts with the ESC at s[i].
func scanEscape(s string, i int) token {
	j := i + 1
	if j == len(s) {
		return token{kind: kEscape, end: j}
	}
	switch s[j] {
	case '[':
		return scanCSI(s, j+1, false)
	case ']':
		return scanString(s, kOSC, j+1, false)
	case 'P', 'X', '^', '_':
		return scanString(s, kString, j+1, false)
	}
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++ // intermediate bytes, as in ESC ( B
	}
	if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
		j++ // final byte
	}
	// Anything else (a control, another ESC, a non-ASCII byte, the end)
	// cuts the sequence short; that byte is scanned on its own.
	return token{kind: kEscape, end: j}
}

// scanC1 reads what the two-byte C1 control at s[i] introduces. Terminals
// that honour 8-bit controls read U+009B as CSI and so on, so the whole
// sequence goes, not only the introducer.
func scanC1(s string, i int) token {
	switch s[i+1] {
	case 0x9b:
		return scanCSI(s, i+2, true)
	case 0x9d:
		return scanString(s, kOSC, i+2, true)
	case 0x90, 0x98, 0x9e, 0x9f:
		return scanString(s, kString, i+2, true)
	}
	return token{kind: kC1, end: i + 2}
}

// scanCSI reads the control sequence whose introducer ends just before s[j].
func scanCSI(s string, j int, eightBit bool) token {
	end, sgr := csiEnd(s, j)
	return token{kind: kCSI, end: end, sgr: sgr && !eightBit}
}

// csiEnd returns where the control sequence whose parameters start at s[j]
// ends, and whether it is a complete SGR sequence (parameters of digits,
// ';' and ':' only, final byte 'm').
func csiEnd(s string, j int) (end int, sgr bool) {
	sgr = true
	for ; j < len(s); j++ {
		c := s[j]
		switch {
		case c >= '0' && c <= '9', c == ';', c == ':':
		case c >= 0x20 && c <= 0x3f:
			sgr = false // private markers '<=>?', intermediates
		case c >= 0x40 && c <= 0x7e:
			return j + 1, sgr && c == 'm'
		case c == 0x18 || c == 0x1a:
			return j + 1, false // CAN and SUB cancel it
		default:
			// A control, ESC, DEL or non-ASCII byte: the sequence is
			// broken; that byte is scanned on its own.
			return j, false
		}
	}
	return j, false
}

// scanString reads an OSC, DCS, SOS, PM or APC string whose introducer ends
// just before s[j]: everything up to BEL, ST (ESC \ or U+009C) or the end of
// input. Another ESC ends the string without being part of it, as it does in
// a terminal, and starts the next token; CAN and SUB cancel the string.
func scanString(s string, k kind, j int, eightBit bool) token {
	t := token{kind: k, payload: j, eightBit: eightBit}
	for ; j < len(s); j++ {
		switch s[j] {
		case 0x07:
			t.payloadEnd, t.end, t.term = j, j+1, termBEL
			return t
		case 0x1b:
			t.payloadEnd, t.end = j, j
			if j+1 < len(s) && s[j+1] == '\\' {
				t.end, t.term = j+2, termST
			}
			return t
		case 0x18, 0x1a:
			t.payloadEnd, t.end = j, j+1
			return t
		case 0xc2:
			if j+1 < len(s) && s[j+1] == 0x9c {
				t.payloadEnd, t.end, t.term = j, j+2, termC1ST
				return t
			}
		}
	}
	t.payloadEnd, t.end = j, j
	return t
}
