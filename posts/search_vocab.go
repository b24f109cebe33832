package posts

import (
	"encoding/binary"
	"strings"
	"sync"
	"sync/atomic"
)

// Vocabulary numbers the words (runs of bytes without blanks) of the
// search texts of posts loaded with Options.CompactSearch, each word
// stored once and numbered in the order first seen. A post keeps the
// numbers of its words, not its text: the search text of a big blog was
// most of the interface's memory, and its words repeat from post to post.
//
// Whoever loads posts owns their vocabulary, and each post remembers
// its own, so posts of different vocabularies are searched alike. Words
// are only added, never changed or removed: loading the folder again
// with a new Vocabulary is how the words of deleted posts are let go.
//
// A Vocabulary is safe for concurrent use: posts are parsed on every CPU
// while a filter reads the words, and reading takes no lock.
type Vocabulary struct {
	mu  sync.Mutex
	ids map[string]uint32
	// arena holds the words: each is a slice of its string, which a
	// strings.Builder never changes once written. A word that does not
	// fit starts a new Builder, so no word is ever copied twice.
	arena strings.Builder
	pages atomic.Pointer[[]*vocabPage]
	count atomic.Uint32 // words numbered so far, firstWordID included
}

// NewVocabulary returns an empty vocabulary, for Options.Vocabulary.
func NewVocabulary() *Vocabulary { return new(Vocabulary) }

// Word numbers below firstWordID stand for the blanks of a search text.
const (
	idNewline   = 0 // "\n", between title, summary, tags and body
	idSpace     = 1 // a space not between two words
	firstWordID = 2
)

const vocabPageBits = 12

type vocabPage [1 << vocabPageBits]string

// arenaChunk is the size of the arena's Builders.
const arenaChunk = 64 << 10

// intern returns word's number, adding it when it is new. The returned
// string is the vocabulary's copy, for a caller's cache to key on.
func (v *Vocabulary) intern(word []byte) (uint32, string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if id, ok := v.ids[string(word)]; ok {
		return id, v.word(id)
	}
	if v.ids == nil {
		v.ids = make(map[string]uint32)
		v.count.Store(firstWordID)
	}
	if len(word) > v.arena.Cap()-v.arena.Len() {
		v.arena = strings.Builder{}
		v.arena.Grow(max(arenaChunk, len(word)))
	}
	start := v.arena.Len()
	v.arena.Write(word)
	w := v.arena.String()[start:]

	id := v.count.Load()
	var pages []*vocabPage
	if p := v.pages.Load(); p != nil {
		pages = *p
	}
	if int(id>>vocabPageBits) == len(pages) {
		grown := append(pages[:len(pages):len(pages)], new(vocabPage))
		v.pages.Store(&grown)
		pages = grown
	}
	pages[id>>vocabPageBits][id&(1<<vocabPageBits-1)] = w
	v.ids[w] = id
	v.count.Store(id + 1) // publishes the word to readers of count
	return id, w
}

// size is how many numbers are in use; every number below it has its
// word (the first two are blanks, with no word).
func (v *Vocabulary) size() uint32 { return max(v.count.Load(), firstWordID) }

// word returns the word numbered id, which must come from intern.
func (v *Vocabulary) word(id uint32) string {
	return (*v.pages.Load())[id>>vocabPageBits][id&(1<<vocabPageBits-1)]
}

// wordCache is one parsing goroutine's memory of word numbers in one
// vocabulary, so that most words are numbered without taking the
// vocabulary's lock, and its buffers for building a post's index. It is
// an open-addressing table rather than a map: numbering the words is
// most of building an index, and a map's lookup took twice as long.
type wordCache struct {
	vocab *Vocabulary // whose numbers slots hold
	slots []cacheSlot
	used  int
	post  uint32 // this post's stamp, to list each of its words once

	afterWord    bool // the sequence ends with a word
	pendingSpace bool // a space follows it, not yet written

	fields   []string // the post's title, summary, tags and body
	text     []byte   // the post's search text, lowered
	seq      []uint32 // its words and blanks in order
	set      []uint32 // its distinct words
	setBytes []byte
	out      []byte
}

type cacheSlot struct {
	word           string // the vocabulary's copy
	hash, id, post uint32 // id 0: empty
}

// cacheSlots is a cache's size; past half full, it starts again empty.
const cacheSlots = 1 << 15

// wordCaches are the caches not in use. They are kept, not pooled: a
// sync.Pool drops its items at every collection, and a load collects
// often. A cache kept here holds on to its vocabulary until it serves
// another: until the next load, which no longer needs the old one.
var wordCaches struct {
	sync.Mutex
	free []*wordCache
}

// getWordCache returns a cache of v's numbers: one that already knows
// some when there is one, or one emptied for v.
func getWordCache(v *Vocabulary) *wordCache {
	wordCaches.Lock()
	defer wordCaches.Unlock()
	n := len(wordCaches.free)
	if n == 0 {
		return &wordCache{vocab: v, slots: make([]cacheSlot, cacheSlots)}
	}
	i := n - 1
	for j, c := range wordCaches.free {
		if c.vocab == v {
			i = j
		}
	}
	c := wordCaches.free[i]
	wordCaches.free[i] = wordCaches.free[n-1]
	wordCaches.free = wordCaches.free[:n-1]
	if c.vocab != v { // its numbers are another vocabulary's
		clear(c.slots)
		c.used = 0
		c.vocab = v
	}
	return c
}

func putWordCache(c *wordCache) {
	wordCaches.Lock()
	defer wordCaches.Unlock()
	wordCaches.free = append(wordCaches.free, c)
}

// id returns word's number, and whether it is the first time in this
// post (see startPost) the cache saw it.
func (c *wordCache) id(word []byte) (uint32, bool) {
	h := wordHash(word)
	for i := h & (cacheSlots - 1); ; i = (i + 1) & (cacheSlots - 1) {
		s := &c.slots[i]
		if s.id == 0 {
			if c.used >= cacheSlots/2 {
				clear(c.slots)
				c.used = 0
				return c.id(word)
			}
			id, w := c.vocab.intern(word)
			*s = cacheSlot{word: w, hash: h, id: id, post: c.post}
			c.used++
			return id, true
		}
		if s.hash == h && s.word == string(word) {
			first := s.post != c.post
			s.post = c.post
			return s.id, first
		}
	}
}

// startPost begins a new post for id's first-time answers.
func (c *wordCache) startPost() {
	c.post++
	if c.post == 0 { // the stamps wrapped: forget them
		clear(c.slots)
		c.used = 0
		c.post = 1
	}
}

// wordHash mixes word eight bytes at a time: words are short, and a byte
// at a time was a sixth of numbering them. It reads up to 8 bytes past
// the word's end when they are within its capacity, and ignores them.
func wordHash(w []byte) uint32 {
	const k = 0x9E3779B97F4A7C15
	h := uint64(len(w)) * k
	n := len(w)
	if cap(w)-n < 8 {
		w = append(w[:n:n], make([]byte, 8)...) // rare: a copy with room
	}
	w = w[:n+8]
	for ; n >= 8; n -= 8 {
		h = (h ^ binary.LittleEndian.Uint64(w)) * k
		h ^= h >> 29
		w = w[8:]
	}
	if n > 0 {
		h = (h ^ binary.LittleEndian.Uint64(w)&(1<<(8*n)-1)) * k
	}
	return uint32(h >> 32)
}
