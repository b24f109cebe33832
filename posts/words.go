package posts

// countWords counts words in Markdown or reStructuredText: runs of
// letters, digits and non-ASCII characters, which may contain an
// apostrophe, hyphen or underscore. Markup punctuation such as list
// bullets and "***" rules is not a word. It is on the load path of every
// post, so it is one table lookup per byte.
func countWords[T string | []byte](s T) int {
	// A joiner never changes whether we are in a word, so it is skipped;
	// otherwise a word starts where a word byte follows a non-word byte.
	n, in := 0, uint8(0)
	for i := 0; i < len(s); i++ {
		c := wordClass[s[i]]
		if c == joinerByte {
			continue
		}
		n += int(c &^ in)
		in = c
	}
	return n
}

// Byte classes for countWords.
const (
	otherByte = iota
	wordByte
	joinerByte // part of a word only inside one: don't, well-known, snake_case
)

var wordClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 0x80, c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			t[c] = wordByte
		case c == '\'', c == '-', c == '_':
			t[c] = joinerByte
		}
	}
	return t
}()
