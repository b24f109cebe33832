package posts

import (
	"bytes"
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// searchIndex is a post's search text (see searchText): the text itself,
// or, with Options.CompactSearch, the numbers of its words in vocab: a
// few hundred bytes where the text took a few thousand. The numbers are,
// as unsigned varints:
//
//   - how many bytes the set takes,
//   - the set: the post's distinct word numbers, in the order first
//     seen (not sorted: sorting was a tenth of building the index; a
//     number may rarely repeat, when the cache emptied midway),
//   - the sequence: the text's words and blanks in order (idNewline,
//     idSpace; a single space between two words is implied), from which
//     the text is rebuilt exactly when a phrase needs it.
//
// Empty data is a post without search text. A post's vocab is set when
// it is parsed and never changes, even while IndexSearch fills in its
// data: a filter may read it at any time.
type searchIndex struct {
	data  string
	vocab *Vocabulary // numbers data's words; nil when data is the text
}

// indexFields lowers fields (title, summary, tags) and body into c.text
// as searchText describes, numbering each word as it ends, and encodes
// the index. Lowering and cutting words in one pass is most of what the
// interface adds to the CLI's loading.
func indexFields[T string | []byte](c *wordCache, fields []string, body T) searchIndex {
	c.startPost()
	c.text, c.seq, c.set = c.text[:0], c.seq[:0], c.set[:0]
	c.afterWord, c.pendingSpace = false, false
	for _, f := range fields {
		lowerWords(c, f)
		c.newline()
	}
	lowerWords(c, body)
	if c.pendingSpace {
		c.seq = append(c.seq, idSpace)
	}
	if len(c.text) == 0 {
		return searchIndex{vocab: c.vocab}
	}
	return c.encode()
}

// lowerWords appends s to c.text as lowerCompact does (lowered, each run
// of blanks one space) and numbers its words.
func lowerWords[T string | []byte](c *wordCache, s T) {
	// Lowering valid text makes it at most half as long again: with 8
	// bytes more for wordHash, buf rarely grows below.
	buf := slices.Grow(c.text, len(s)+len(s)/2+8)
	start := -1 // where the current word starts in buf
	blank := false
	for i := 0; i < len(s); {
		cls := lowerClass[s[i]]
		if cls == lowerBlank {
			if !blank {
				if start >= 0 {
					c.word(buf[start:])
					start = -1
				}
				buf = append(buf, ' ')
				c.pendingSpace = true
				blank = true
			}
			i++
			continue
		}
		blank = false
		if start < 0 {
			start = len(buf)
		}
		switch cls {
		case lowerKeep:
			j := i + 1
			for j < len(s) && lowerClass[s[j]] == lowerKeep {
				j++
			}
			buf = append(buf, s[i:j]...)
			i = j
		case lowerUpper:
			buf = append(buf, s[i]+'a'-'A')
			i++
		default:
			var size int
			buf, size = appendLowerRune(buf, string(s[i:min(len(s), i+utf8.UTFMax)]))
			i += size
		}
	}
	if start >= 0 {
		c.word(buf[start:])
	}
	c.text = buf
}

// word adds the word w, just appended to c.text, to the sequence. A
// space between two words is implied.
func (c *wordCache) word(w []byte) {
	if c.pendingSpace && !c.afterWord {
		c.seq = append(c.seq, idSpace)
	}
	c.pendingSpace = false
	id, first := c.id(w)
	c.seq = append(c.seq, id)
	if first {
		c.set = append(c.set, id)
	}
	c.afterWord = true
}

// newline ends a field; a space before it is written.
func (c *wordCache) newline() {
	c.text = append(c.text, '\n')
	if c.pendingSpace {
		c.seq = append(c.seq, idSpace)
		c.pendingSpace = false
	}
	c.seq = append(c.seq, idNewline)
	c.afterWord = false
}

// encode writes the index of the post's words.
func (c *wordCache) encode() searchIndex {
	c.setBytes = appendUvarints(c.setBytes[:0], c.set)
	c.out = binary.AppendUvarint(c.out[:0], uint64(len(c.setBytes)))
	c.out = append(c.out, c.setBytes...)
	c.out = appendUvarints(c.out, c.seq)
	return searchIndex{data: string(c.out), vocab: c.vocab}
}

// appendUvarints appends ids as unsigned varints, growing b once.
func appendUvarints(b []byte, ids []uint32) []byte {
	n := len(b)
	b = slices.Grow(b, 5*len(ids))[:n+5*len(ids)]
	for _, id := range ids {
		for id >= 0x80 {
			b[n] = byte(id) | 0x80
			id >>= 7
			n++
		}
		b[n] = byte(id)
		n++
	}
	return b[:n]
}

// isText reports whether s is plain search text rather than numbers.
func (s searchIndex) isText() bool { return s.vocab == nil }

// parts splits the numbers into their set and their sequence.
func (s searchIndex) parts() (set, seq string) {
	n, k := uvarint(s.data)
	return s.data[k : k+int(n)], s.data[k+int(n):]
}

// uvarint decodes the varint at the start of s, as binary.Uvarint does,
// without turning s into a slice.
func uvarint(s string) (uint32, int) {
	var x uint32
	var shift uint
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b < 0x80 {
			return x | uint32(b)<<shift, i + 1
		}
		x |= uint32(b&0x7f) << shift
		shift += 7
	}
	return x, len(s)
}

// appendText appends the search text the index was made from.
func (s searchIndex) appendText(buf []byte) []byte {
	if s.isText() {
		return append(buf, s.data...)
	}
	_, seq := s.parts()
	return s.vocab.appendSeq(buf, seq, false, -1)
}

// appendSeq appends the text of seq, which follows a word if afterWord,
// until buf is limit bytes long or more (no limit if negative).
func (v *Vocabulary) appendSeq(buf []byte, seq string, afterWord bool, limit int) []byte {
	for len(seq) > 0 && (limit < 0 || len(buf) < limit) {
		id, k := uvarint(seq)
		seq = seq[k:]
		switch id {
		case idNewline:
			buf = append(buf, '\n')
			afterWord = false
		case idSpace:
			buf = append(buf, ' ')
			afterWord = false
		default:
			if afterWord {
				buf = append(buf, ' ')
			}
			buf = append(buf, v.word(id)...)
			afterWord = true
		}
	}
	return buf
}

// String returns the search text the index was made from.
func (s searchIndex) String() string { return string(s.appendText(nil)) }

// textMatcher finds a bare word or phrase (lowered) in search indexes.
// A value without blanks lies inside one word of the text; a value with
// blanks needs each of its blank-separated parts inside some word of the
// post, and is then looked for in the rebuilt text. Either way the answer
// is exactly strings.Contains on the search text.
type textMatcher struct {
	value  string
	bytes  []byte // value, to look for in a rebuilt text
	parts  []wordMatcher
	phrase bool // value holds a blank: check the rebuilt text
	// lead is the value's first part when the value starts with it: a
	// phrase can then only start at the end of a word ending in lead.
	lead *wordMatcher
}

// wordMatcher knows which words of a vocabulary contain part. Words of
// another vocabulary, or numbered from known on (added since it was
// prepared, or all when it was not), are checked one by one.
type wordMatcher struct {
	part   string
	suffix bool        // the word must end with part, not just contain it
	vocab  *Vocabulary // the one bits is about
	bits   []uint64
	known  uint32
}

// knownIn returns what w knows of v's words: which contain part, and
// how many words that covers; nothing for another vocabulary.
func (w *wordMatcher) knownIn(v *Vocabulary) (bits []uint64, known uint32) {
	if v != w.vocab {
		return nil, 0
	}
	return w.bits, w.known
}

// in reports whether word contains (or ends with) part.
func (w *wordMatcher) in(word string) bool {
	if w.suffix {
		return strings.HasSuffix(word, w.part)
	}
	return strings.Contains(word, w.part)
}

// prepared returns a copy that knows every word of v, up to known, that
// contains (or ends with) part.
func (w wordMatcher) prepared(v *Vocabulary, known uint32) wordMatcher {
	bits := make([]uint64, (known+63)/64)
	for id := uint32(firstWordID); id < known; id++ {
		if w.in(v.word(id)) {
			bits[id/64] |= 1 << (id % 64)
		}
	}
	w.vocab, w.bits, w.known = v, bits, known
	return w
}

func newTextMatcher(value string) *textMatcher {
	m := &textMatcher{value: value, bytes: []byte(value), phrase: strings.ContainsAny(value, " \n")}
	for _, part := range strings.FieldsFunc(value, func(r rune) bool { return r == ' ' || r == '\n' }) {
		m.parts = append(m.parts, wordMatcher{part: part})
	}
	if m.phrase && len(m.parts) > 0 && strings.HasPrefix(value, m.parts[0].part) {
		m.lead = &wordMatcher{part: m.parts[0].part, suffix: true}
	}
	return m
}

// prepared returns a copy that knows, for each part, every word of v
// that contains it: a filter over many posts scans the vocabulary once
// instead of testing each post's words.
func (m *textMatcher) prepared(v *Vocabulary) *textMatcher {
	out := &textMatcher{value: m.value, bytes: m.bytes, phrase: m.phrase, parts: make([]wordMatcher, len(m.parts))}
	known := v.size()
	for i, w := range m.parts {
		out.parts[i] = w.prepared(v, known)
	}
	if m.lead != nil {
		lead := m.lead.prepared(v, known)
		out.lead = &lead
	}
	return out
}

// inSet reports whether a word of set, numbers of v, contains the part.
// It is most of a filter's time: the words of one- and two-byte numbers
// are decoded here rather than through uvarint.
func (w *wordMatcher) inSet(v *Vocabulary, set string) bool {
	bits, known := w.knownIn(v)
	for i := 0; i < len(set); {
		var id uint32
		switch b := set[i]; {
		case b < 0x80:
			id = uint32(b)
			i++
		case i+1 < len(set) && set[i+1] < 0x80:
			id = uint32(b&0x7f) | uint32(set[i+1])<<7
			i += 2
		default:
			var k int
			id, k = uvarint(set[i:])
			i += k
		}
		if id < known {
			if bits[id/64]&(1<<(id%64)) != 0 {
				return true
			}
		} else if w.in(v.word(id)) {
			return true
		}
	}
	return false
}

// textBuffers are buffers for lowering a search text (searchFor) and
// rebuilding one (textMatcher.match).
var textBuffers = sync.Pool{New: func() any { return new([]byte) }}

// match reports whether the search text of s contains the value.
func (m *textMatcher) match(s searchIndex) bool {
	if s.isText() {
		return strings.Contains(s.data, m.value)
	}
	set, _ := s.parts()
	for i := range m.parts {
		if !m.parts[i].inSet(s.vocab, set) {
			return false
		}
	}
	if !m.phrase {
		return len(m.parts) > 0
	}
	buf := textBuffers.Get().(*[]byte)
	defer textBuffers.Put(buf)
	_, seq := s.parts()
	if m.lead == nil { // starts with a blank: look in the whole text
		*buf = s.vocab.appendSeq((*buf)[:0], seq, false, -1)
		return bytes.Contains(*buf, m.bytes)
	}
	// The phrase's first blank ends a word: try the words ending with its
	// first part, each followed by as much text as the phrase is long.
	bits, known := m.lead.knownIn(s.vocab)
	for len(seq) > 0 {
		id, k := uvarint(seq)
		seq = seq[k:]
		if id < firstWordID {
			continue
		}
		if id < known && bits[id/64]&(1<<(id%64)) != 0 || id >= known && m.lead.in(s.vocab.word(id)) {
			*buf = s.vocab.appendSeq(append((*buf)[:0], m.lead.part...), seq, true, len(m.value))
			if bytes.HasPrefix(*buf, m.bytes) {
				return true
			}
		}
	}
	return false
}
