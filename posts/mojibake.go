package posts

import (
	"strings"
	"unicode/utf8"
)

// repairMojibake undoes double-encoded UTF-8: text that was UTF-8, read
// as Windows-1252 and encoded to UTF-8 again, so that "they’re" reads
// "theyâ€™re" and "🚀" reads "ðŸš€". A run of characters is repaired only
// when their Windows-1252 bytes form exactly one valid multi-byte UTF-8
// character, so ordinary accented text is left alone. It returns the
// repaired text, how many places were repaired, and the byte offset of the
// first one (-1 when none).
func repairMojibake(s string) (string, int, int) {
	// Every lead byte of a mojibake run (U+00C2–U+00F4) is encoded
	// starting with 0xC3: without one there is nothing to do.
	if strings.IndexByte(s, 0xC3) < 0 {
		return s, 0, -1
	}
	var b strings.Builder
	count, first, copied := 0, -1, 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0xC2 || r > 0xF4 {
			i += size
			continue
		}
		need := 1
		switch {
		case r >= 0xF0:
			need = 3
		case r >= 0xE0:
			need = 2
		}
		var buf [4]byte
		buf[0] = byte(r)
		j, ok := i+size, true
		for k := 1; k <= need; k++ {
			if j >= len(s) {
				ok = false
				break
			}
			cr, csize := utf8.DecodeRuneInString(s[j:])
			cb, isByte := cp1252Byte(cr)
			if !isByte || cb < 0x80 || cb > 0xBF {
				ok = false
				break
			}
			buf[k] = cb
			j += csize
		}
		if ok {
			if dr, dsize := utf8.DecodeRune(buf[:need+1]); dr != utf8.RuneError && dsize == need+1 {
				if b.Len() == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[copied:i])
				b.WriteRune(dr)
				copied = j
				if first < 0 {
					first = i
				}
				count++
				i = j
				continue
			}
		}
		i += size
	}
	if count == 0 {
		return s, 0, -1
	}
	b.WriteString(s[copied:])
	return b.String(), count, first
}

// cp1252High maps the characters Windows-1252 puts at bytes 0x80–0x9F
// back to those bytes.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// cp1252Byte returns the Windows-1252 byte for r. The five bytes
// Windows-1252 leaves undefined come back as the C1 controls of the same
// value, as Latin-1 decoders produce them.
func cp1252Byte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// decodeWindows1252 turns bytes that are not valid UTF-8 into text,
// reading them as Windows-1252, the most common legacy encoding of blogs.
func decodeWindows1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/4)
	for _, c := range data {
		if c < 0x80 {
			b.WriteByte(c)
			continue
		}
		b.WriteRune(cp1252Rune[c-0x80])
	}
	return b.String()
}

// cp1252Rune is the inverse of cp1252Byte for bytes 0x80–0xFF.
var cp1252Rune = func() (t [128]rune) {
	for i := range t {
		t[i] = rune(0x80 + i)
	}
	for r, b := range cp1252High {
		t[b-0x80] = r
	}
	return t
}()
