package posts

import (
	"context"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SortRelevance orders a filter's results by how well they match its
// words (Rank); without words it is the date order.
const SortRelevance SortKey = "relevance"

// maxRankTerms is how many distinct words of a query count in ranking;
// a query rarely has more, and each takes two bits of a word's class.
const maxRankTerms = 7

// The fields a post is ranked on, in the order its search text holds
// them, with their weights (a match in the title counts most) and how
// much their length tempers a match (BM25F's b).
const (
	fieldTitle = iota
	fieldSummary
	fieldTags
	fieldBody
	rankFieldCount
)

var rankWeights = [rankFieldCount]struct{ weight, b float64 }{
	fieldTitle:   {6, 0.3},
	fieldSummary: {2, 0.5},
	fieldTags:    {3, 0.3},
	fieldBody:    {1, 0.75},
}

// bm25K1 is how fast more matches of a word stop adding to a post's
// score.
const bm25K1 = 1.2

// A word's class for a query: two bits per term, how the word matches
// it (classNone, classPrefix, classExact), then from bit 16 how many
// tokens the word has (up to 255), and classKnown once computed.
const (
	classNone   = 0
	classPrefix = 1 // a token of the word starts with the term being typed
	classExact  = 2 // a token of the word is the term
	tokenShift  = 16
	classKnown  = 1 << 31
)

// Rank returns ps ordered by relevance to q's words and phrases, best
// first: BM25 over title, summary, tags and text, the title weighted
// most, with the posts whose title is, starts with or holds the query's
// words in order lifted above the rest, and those holding them in order
// in their text a little. Words match whole words of the text (a word
// starting with one counts half); a post matching only inside words
// ("to" in "$convertToLower") comes after those that match whole words.
// Ties keep ps's order. A query without words returns ps itself.
func Rank(ps []*Post, q Query) []*Post {
	out, _ := RankContext(context.Background(), ps, q)
	return out
}

// RankContext is Rank, given up when ctx is cancelled: it then returns
// ctx's error and ps as they were.
//
// A post's text is most of the work: every post is ranked on its title,
// summary, tags and length, and only the first rankExactly, which a list
// shows first, on how often and in what order its text has the words.
// Counting every post's words took ten times a keystroke's filtering
// (10,000 posts of 600 words), and even their distinct words three.
func RankContext(ctx context.Context, ps []*Post, q Query) ([]*Post, error) {
	r := newRanker(q)
	if r == nil || len(ps) < 2 {
		return ps, nil
	}
	stats := make([]rankStats, len(ps))
	var total [rankFieldCount]float64
	for i, p := range ps {
		if i%256 == 0 && contextDone(ctx) {
			return ps, ctx.Err()
		}
		r.count(p, &stats[i], false)
		for f := range total {
			total[f] += float64(stats[i].length[f])
		}
	}
	sc := scorer{r: r, stats: stats, n: float64(len(ps)), df: make([]int, len(r.terms))}
	for f := range sc.avg {
		sc.avg[f] = max(1, total[f]/float64(len(ps)))
	}
	tfs := make([]float64, len(ps)*len(r.terms))
	for i := range stats {
		for j := range r.terms {
			if tf := sc.tf(i, j); tf > 0 {
				tfs[i*len(r.terms)+j] = tf
				sc.df[j]++
			}
		}
	}
	scores := make([]float64, len(ps))
	for i := range stats {
		scores[i] = sc.score(i, tfs[i*len(r.terms):(i+1)*len(r.terms)])
	}
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	byScore := func(a, b int) int {
		switch {
		case scores[a] > scores[b]:
			return -1
		case scores[a] < scores[b]:
			return 1
		}
		return 0
	}
	slices.SortStableFunc(order, byScore)
	// The first posts, counted in full.
	top := order[:min(len(order), rankExactly)]
	one := make([]float64, len(r.terms))
	for _, i := range top {
		stats[i] = rankStats{}
		r.count(ps[i], &stats[i], true)
		for j := range r.terms {
			one[j] = sc.tf(i, j)
		}
		scores[i] = sc.score(i, one)
	}
	slices.SortStableFunc(top, byScore)
	out := make([]*Post, len(ps))
	for i, k := range order {
		out[i] = ps[k]
	}
	return out, nil
}

// rankExactly is how many of the best posts are ranked on their whole
// text: more than a screen of rows.
const rankExactly = 200

// scorer turns counts into BM25F scores over one ranking's posts.
type scorer struct {
	r     *ranker
	stats []rankStats
	n     float64
	avg   [rankFieldCount]float64
	df    []int // posts with each term
}

// tf is term j's weighted frequency in post i, each field's matches
// tempered by its length.
func (sc *scorer) tf(i, j int) float64 {
	tf := 0.0
	st := &sc.stats[i]
	for f, w := range rankWeights {
		if n := st.tf[j][f]; n > 0 {
			norm := 1 - w.b + w.b*float64(st.length[f])/sc.avg[f]
			tf += w.weight * float64(n) / 2 / norm // counts are in halves
		}
	}
	return tf
}

// score is post i's score from its terms' frequencies tfs.
func (sc *scorer) score(i int, tfs []float64) float64 {
	s := 0.0
	for j, tf := range tfs {
		if tf > 0 {
			df := float64(sc.df[j])
			idf := math.Log(1 + (sc.n-df+0.5)/(df+0.5))
			s += idf * tf * (bm25K1 + 1) / (bm25K1 + tf)
		}
	}
	return s * sc.stats[i].boost()
}

// rankStats is what ranking counts in one post: each term's matches
// per field (in halves: a prefix match is one, a whole word two), each
// field's length in words, and where the query's words come in order.
type rankStats struct {
	tf          [maxRankTerms][rankFieldCount]uint16
	length      [rankFieldCount]int32
	phraseIn    [rankFieldCount]bool
	titleStarts bool // the title starts with the query's words
	titleIs     bool // the title is the query's words
}

// boost lifts a post whose title is, starts with or holds the query's
// words in order, and one whose text holds them in order.
func (s *rankStats) boost() float64 {
	b := 1.0
	switch {
	case s.titleIs:
		b = 4
	case s.titleStarts:
		b = 2.5
	case s.phraseIn[fieldTitle]:
		b = 1.8
	}
	if s.phraseIn[fieldSummary] || s.phraseIn[fieldBody] || s.phraseIn[fieldTags] {
		b *= 1.2
	}
	return b
}

// ranker ranks posts for one query.
type ranker struct {
	terms  []string // the query's distinct tokens
	phrase []int    // the query's tokens in order, as indexes of terms
	// typed is the term of the query's last word, which may be a word
	// being typed: a word starting with it counts half.
	typed int
	// classes caches, by word number of vocab, the word's class.
	vocab   *Vocabulary
	classes []uint32
}

// newRanker returns the ranker for q's words and phrases, or nil when
// q has none.
func newRanker(q Query) *ranker {
	r := &ranker{}
	for _, w := range q.Words() {
		eachToken(w, func(tok string) {
			j := slices.Index(r.terms, tok)
			if j < 0 {
				if len(r.terms) == maxRankTerms {
					return
				}
				j = len(r.terms)
				r.terms = append(r.terms, tok)
			}
			r.phrase = append(r.phrase, j)
		})
	}
	if len(r.terms) == 0 {
		return nil
	}
	r.typed = r.phrase[len(r.phrase)-1]
	return r
}

// class returns word's class (see classKnown).
func (r *ranker) class(word string) uint32 {
	c := uint32(classKnown)
	if !slices.ContainsFunc(r.terms, func(t string) bool { return strings.Contains(word, t) }) {
		// Most words hold no term: not split in tokens, and counted as
		// one unless they hold no letter or digit at all.
		if strings.IndexFunc(word, isTokenRune) < 0 {
			return c
		}
		return c | 1<<tokenShift
	}
	tokens := uint32(0)
	eachToken(word, func(tok string) {
		tokens = min(tokens+1, 255)
		for j, t := range r.terms {
			k := uint32(classNone)
			switch {
			case tok == t:
				k = classExact
			case j == r.typed && strings.HasPrefix(tok, t):
				k = classPrefix
			}
			if shift := 2 * j; k > c>>shift&3 {
				c = c&^(3<<shift) | k<<shift
			}
		}
	})
	return c | tokens<<tokenShift
}

// classOf returns the class of word number id of v, computed once.
func (r *ranker) classOf(v *Vocabulary, id uint32) uint32 {
	if v != r.vocab {
		r.vocab, r.classes = v, make([]uint32, v.size())
	}
	if int(id) >= len(r.classes) {
		r.classes = append(r.classes, make([]uint32, int(v.size())-len(r.classes))...)
	}
	c := r.classes[id]
	if c == 0 {
		c = r.class(v.word(id))
		r.classes[id] = c
	}
	return c
}

// count fills s from p's search text: the fields as its index holds
// them, or as the post has them when its text is not indexed (yet).
// Unless full, the body is not read: each of the query's words counts
// once in it (the filter found them all). Its length is the post's word
// count either way.
func (r *ranker) count(p *Post, s *rankStats, full bool) {
	c := fieldCounter{r: r, s: s, tags: len(p.Tags)}
	idx, ok := p.textIndex()
	switch {
	case ok && !idx.isText():
		_, seq := idx.parts()
		for len(seq) > 0 && (full || c.segment < 2+c.tags) {
			id, k := uvarint(seq)
			seq = seq[k:]
			switch id {
			case idNewline:
				c.next()
			case idSpace:
			default:
				if full {
					c.word(r.classOf(idx.vocab, id))
				} else {
					// A few words each: classed directly, whatever
					// their vocabulary (a cache per vocabulary cost
					// more when posts were parsed apart).
					c.word(r.class(idx.vocab.word(id)))
				}
			}
		}
		if !full {
			// The filter found every word in the text: each counts
			// once, as a whole word.
			for j := range r.terms {
				s.tf[j][fieldBody] = classExact
			}
		}
	case ok:
		for i, f := range strings.Split(idx.data, "\n") {
			if i > 0 {
				c.next()
			}
			c.words(f)
		}
	default:
		c.words(toLower(p.Title))
		c.next()
		c.words(toLower(p.Summary))
		for _, t := range p.Tags {
			c.next()
			c.words(toLower(t))
		}
	}
	c.end()
	s.length[fieldBody] = int32(p.Words) // the same measure counted in full or not
}

// fieldCounter counts the words of a post's search text field by field.
type fieldCounter struct {
	r       *ranker
	s       *rankStats
	tags    int // how many fields are tags
	segment int // which field of the text: title, summary, each tag, body
	pos     int // how many of the query's words in order end here
	lead    int // how many of the title's first words are the query's
}

// field is the rank field of the current segment.
func (c *fieldCounter) field() int {
	switch {
	case c.segment == 0:
		return fieldTitle
	case c.segment == 1:
		return fieldSummary
	case c.segment < 2+c.tags:
		return fieldTags
	}
	return fieldBody
}

// next starts the next segment.
func (c *fieldCounter) next() {
	c.end()
	c.segment++
	c.pos = 0
}

// end closes the segment: the title's lead is judged.
func (c *fieldCounter) end() {
	if c.segment == 0 && c.lead == len(c.r.phrase) {
		c.s.titleStarts = true
		c.s.titleIs = c.s.length[fieldTitle] == int32(len(c.r.phrase))
	}
}

// words counts the blank-separated words of s, lowered.
func (c *fieldCounter) words(s string) {
	for _, w := range strings.Fields(s) {
		c.word(c.r.class(w))
	}
}

// word counts one word of the current segment, of class cl.
func (c *fieldCounter) word(cl uint32) {
	f := c.field()
	tokens := int32(cl >> tokenShift & 255)
	if tokens == 0 {
		return // punctuation only
	}
	leading := c.lead == int(c.s.length[f]) // every word of the title so far was the query's
	c.s.length[f] += tokens
	if cl&(1<<(2*len(c.r.terms))-1) == 0 {
		// No term in it, as most words: it ends a run of the query's
		// words and the title's lead.
		c.pos = 0
		if f == fieldTitle && leading {
			c.lead = -1
		}
		return
	}
	for j := range c.r.terms {
		if k := cl >> (2 * j) & 3; k != classNone {
			c.s.tf[j][f] += uint16(k)
		}
	}
	ph := c.r.phrase
	is := func(i int, least uint32) bool { return cl>>(2*ph[i])&3 >= least }
	if f == fieldTitle && leading && c.lead < len(ph) {
		least := uint32(classExact)
		if c.lead == len(ph)-1 {
			least = classPrefix // the last word may be being typed
		}
		if is(c.lead, least) {
			c.lead++
		}
	}
	switch {
	case is(c.pos, classExact):
		c.pos++
	case is(0, classExact):
		c.pos = 1
	default:
		c.pos = 0
	}
	if c.pos == len(ph) {
		c.s.phraseIn[f] = true
		c.pos = 0
	}
}

// isTokenRune reports whether r is a letter or a digit, which tokens
// are made of.
func isTokenRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// eachToken calls f with each run of letters and digits of s.
func eachToken(s string, f func(tok string)) {
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		alnum := isTokenRune(r)
		switch {
		case alnum && start < 0:
			start = i
		case !alnum && start >= 0:
			f(s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		f(s[start:])
	}
}
