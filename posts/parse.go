package posts

import (
	"bytes"
	"fmt"
	"path"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/folio-blog/folio/posts/internal/frontmatter"
	"github.com/folio-blog/folio/site"
)

// Parse reads one file's content into a Post. rel is its slash-separated
// path relative to the loaded folder; it decides kind, category and the
// generator's name-based rules. Problems become warnings on the Post;
// Parse never fails.
func Parse(rel string, data []byte, opts Options) *Post {
	return ParseModified(rel, data, time.Time{}, opts)
}

// ParseModified is Parse for a file last modified at mod, which dates an
// undated Jekyll draft (and so its URL) as loading the folder does.
func ParseModified(rel string, data []byte, mod time.Time, opts Options) *Post {
	p := &Post{Path: rel, Size: int64(len(data)), ModTime: mod}
	opts.withClock()
	opts.Rules = opts.Rules.WithDefaults()
	parseInto(p, data, &opts)
	return p
}

// readableText is the text a file's bytes are read as: without a byte
// order mark, cut at a NUL, with Unix line ends, and valid UTF-8 (bytes
// that are not read as Windows-1252). It warns of what it changed when
// warns is not nil. IndexSearch finds a body again through it.
func readableText(data []byte, warns *[]lineWarning) []byte {
	warn := func(at int, msg string) {
		if warns != nil {
			*warns = append(*warns, lineWarning{1 + bytes.Count(data[:at], []byte("\n")), msg})
		}
	}
	data = bytes.TrimPrefix(data, []byte(frontmatter.BOM))
	if i := bytes.IndexByte(data, 0); i >= 0 {
		warn(i, "binary data (a NUL byte); only the text before it is read")
		data = data[:i]
	}
	if bytes.IndexByte(data, '\r') >= 0 {
		// CRLF (Windows) and lone CR (classic Mac OS) both end lines.
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	if !utf8.Valid(data) {
		warn(firstInvalidUTF8(data), "not valid UTF-8; read as Windows-1252")
		data = []byte(decodeWindows1252(data))
	}
	return data
}

func parseInto(p *Post, data []byte, opts *Options) {
	rules := &opts.Rules
	var early []lineWarning
	data = readableText(data, &early)

	rel := rules.ContentRelative(p.Path)
	isRST := strings.EqualFold(path.Ext(rel), ".rst")
	var h *header
	if rules.Generator == site.Pelican && IsHTMLFile(rel) {
		h = parsePelicanHTML(data)
	} else {
		h = splitHeader(data, isRST, *rules)
	}
	h.warns = append(early, h.warns...)
	p.Format = h.format
	p.BodyLine = h.bodyLine

	repaired, firstLine := repairFields(h)
	// The body is only turned into a string when it is kept, searched or
	// has double-encoded text to repair: most loads only count its words.
	var body string
	// The search text is made from the body's bytes directly when there
	// is nothing to repair and the body is not kept: one allocation for a
	// post instead of three (the body, then its copy, then lowercased).
	// The search text is left for IndexSearch when asked, if it can
	// find the body again (always, but a wrong offset would index the
	// wrong text).
	deferred := opts.Search && opts.DeferSearch && endsText(data, h.body)
	search := opts.Search && !deferred
	searchFromBytes := search && !opts.KeepBody && bytes.IndexByte(h.body, 0xC3) < 0
	if (opts.KeepBody || search || bytes.IndexByte(h.body, 0xC3) >= 0) && !searchFromBytes {
		var n, off int
		body, n, off = repairMojibake(string(h.body))
		if n > 0 && firstLine == 0 {
			firstLine = h.bodyLine + strings.Count(body[:off], "\n")
		}
		repaired += n
		p.Words = countWords(body)
	} else {
		p.Words = countWords(h.body)
	}
	if repaired > 0 {
		h.warn(firstLine, "text was double-encoded UTF-8 (%d %s); shown repaired", repaired, plural(repaired, "place", "places"))
	}

	normalize(p, h, rules, rel)
	p.indexTerms()
	if opts.KeepBody {
		p.Body = body
		p.FrontMatter = frontMatterValues(h)
	}
	vocab := opts.Vocabulary
	if opts.Search && opts.CompactSearch && vocab == nil {
		vocab = NewVocabulary() // a post parsed alone has its own
	}
	switch {
	case searchFromBytes:
		p.search = searchFor(p, h.body, opts.CompactSearch, vocab)
	case search:
		p.search = searchFor(p, body, opts.CompactSearch, vocab)
	case deferred:
		p.deferSearch(len(data)-len(h.body), vocab)
	}
	// Warnings read top to bottom, like a compiler's.
	slices.SortStableFunc(h.warns, func(a, b lineWarning) int { return a.line - b.line })
	for _, w := range h.warns {
		p.Warnings = append(p.Warnings, Warning{Path: p.Path, Line: w.line, Msg: w.msg})
	}
}

// repairFields repairs double-encoded UTF-8 in every string value and
// returns how many places were repaired and the line of the first.
func repairFields(h *header) (count, firstLine int) {
	for i := range h.fields {
		var n int
		h.fields[i].value, n = repairValue(h.fields[i].value)
		if n > 0 && firstLine == 0 {
			firstLine = h.fields[i].line
		}
		count += n
	}
	return count, firstLine
}

func repairValue(v any) (any, int) {
	switch v := v.(type) {
	case string:
		s, n, _ := repairMojibake(v)
		return s, n
	case []any:
		total := 0
		for i := range v {
			var n int
			v[i], n = repairValue(v[i])
			total += n
		}
		return v, total
	}
	return v, 0
}

// searchFor is what bare query words search in p: its text, or its
// words' numbers in vocab when compact. body is read, not kept: it may
// be the file's bytes.
func searchFor[T string | []byte](p *Post, body T, compact bool, vocab *Vocabulary) searchIndex {
	if compact {
		return searchText(p, body, vocab)
	}
	// The text is lowered into a reused buffer, then copied once into a
	// string of its exact size.
	buf := textBuffers.Get().(*[]byte)
	defer textBuffers.Put(buf)
	b := append(lowerCompact((*buf)[:0], p.Title), '\n')
	b = append(lowerCompact(b, p.Summary), '\n')
	for _, t := range p.Tags {
		b = append(lowerCompact(b, t), '\n')
	}
	b = lowerCompact(b, body)
	*buf = b
	if cap(b) > 1<<20 {
		*buf = nil // no rare huge post's buffer is kept
	}
	return searchIndex{data: string(b)}
}

// searchText is what bare query words search: title, summary, tags and
// body, lowercased, with every run of blanks and line breaks made one
// space, kept as the numbers of its words (see searchIndex). Kept for
// every post of a big blog, it was most of the interface's memory as
// text. Its words are numbered in vocab.
func searchText[T string | []byte](p *Post, body T, vocab *Vocabulary) searchIndex {
	c := getWordCache(vocab)
	defer putWordCache(c)
	fields := append(c.fields[:0], p.Title, p.Summary)
	c.fields = append(fields, p.Tags...)
	idx := indexFields(c, c.fields, body)
	clear(c.fields) // no post's text is kept alive by the cache
	if cap(c.text) > 1<<20 {
		c.text = nil // nor a rare huge post's buffer
	}
	return idx
}

// lowerCompact appends s to buf lowercased, each run of spaces, tabs and
// line breaks as one space. ASCII is lowered byte by byte, runs that
// need no change copied at once; other text rune by rune, as toLower
// does. It is most of the search text's cost, hence the byte table.
func lowerCompact[T string | []byte](buf []byte, s T) []byte {
	blank := false
	for i := 0; i < len(s); {
		switch lowerClass[s[i]] {
		case lowerKeep:
			j := i + 1
			for j < len(s) && lowerClass[s[j]] == lowerKeep {
				j++
			}
			buf = append(buf, s[i:j]...)
			i, blank = j, false
		case lowerUpper:
			buf = append(buf, s[i]+'a'-'A')
			i++
			blank = false
		case lowerBlank:
			if !blank {
				buf = append(buf, ' ')
			}
			i++
			blank = true
		default:
			var size int
			buf, size = appendLowerRune(buf, string(s[i:min(len(s), i+utf8.UTFMax)]))
			i += size
			blank = false
		}
	}
	return buf
}

// appendLowerRune appends the rune that starts s, lowered, and returns
// its size. Callers pass at most utf8.UTFMax bytes of their text or
// bytes: a string that short is made on the stack, and a function that
// is not generic kept lowering text as fast as it was before bytes were
// lowered too.
func appendLowerRune(buf []byte, s string) ([]byte, int) {
	r, size := utf8.DecodeRuneInString(s)
	return utf8.AppendRune(buf, unicode.ToLower(r)), size
}

// Byte classes for lowerCompact.
const (
	lowerKeep  = iota // copied as it is
	lowerUpper        // A to Z
	lowerBlank        // space, tab, line break
	lowerOther        // the start of a non-ASCII rune
)

var lowerClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = lowerOther
		case c >= 'A' && c <= 'Z':
			t[c] = lowerUpper
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			t[c] = lowerBlank
		}
	}
	return t
}()

// toLower lowercases s with one byte loop when it is all ASCII (most
// posts' text) and rune by rune otherwise, exactly as the search text
// and title comparisons lower it.
func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Map(unicode.ToLower, s)
		}
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// errorPost is a post that could not be read at all; it is still listed.
func errorPost(rel string, err error) *Post {
	p := &Post{Path: rel, Kind: KindPost, Format: FormatNone, Status: StatusPublished}
	p.Title = strings.TrimSuffix(path.Base(rel), path.Ext(rel))
	p.Slug = Slugify(p.Title, nil)
	p.Warnings = []Warning{{Path: rel, Msg: fmt.Sprintf("cannot read: %v", err)}}
	return p
}
