package posts

import (
	"bytes"
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode/utf8"
)

var bom = []byte("\xef\xbb\xbf")

// Parse reads one file's content into a Post. rel is its slash-separated
// path relative to the loaded folder; it decides kind, category and the
// generator's name-based rules. Problems become warnings on the Post;
// Parse never fails.
func Parse(rel string, data []byte, opts Options) *Post {
	p := &Post{Path: rel, Size: int64(len(data))}
	opts.withClock()
	opts.Site = opts.Site.withDefaults()
	parseInto(p, data, &opts)
	return p
}

func parseInto(p *Post, data []byte, opts *Options) {
	site := &opts.Site
	var early []lineWarning
	data = bytes.TrimPrefix(data, bom)
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line := 1 + bytes.Count(data[:i], []byte("\n"))
		early = append(early, lineWarning{line, "binary data (a NUL byte); only the text before it is read"})
		data = data[:i]
	}
	if bytes.IndexByte(data, '\r') >= 0 {
		// CRLF (Windows) and lone CR (classic Mac OS) both end lines.
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalidUTF8(data)], []byte("\n"))
		early = append(early, lineWarning{line, "not valid UTF-8; read as Windows-1252"})
		data = []byte(decodeWindows1252(data))
	}

	rel := contentRelative(p.Path, site.ContentDir)
	isRST := strings.EqualFold(path.Ext(rel), ".rst")
	h := splitHeader(data, isRST, *site)
	h.warns = append(early, h.warns...)
	p.Format = h.format
	p.BodyLine = h.bodyLine

	repaired, firstLine := repairFields(h)
	// The body is only turned into a string when it is kept, searched or
	// has double-encoded text to repair: most loads only count its words.
	var body string
	if opts.KeepBody || opts.Search || bytes.IndexByte(h.body, 0xC3) >= 0 {
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

	normalize(p, h, site, rel)
	p.indexTerms()
	if opts.KeepBody {
		p.Body = body
	}
	if opts.Search {
		p.search = searchText(p, body)
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

// contentRelative returns p relative to the content folder.
func contentRelative(p, contentDir string) string {
	contentDir = strings.Trim(contentDir, "/")
	if contentDir == "" || contentDir == "." {
		return p
	}
	return strings.TrimPrefix(p, contentDir+"/")
}

// searchText is the lowercased text that bare query words search.
func searchText(p *Post, body string) string {
	var b strings.Builder
	b.Grow(len(p.Title) + len(p.Summary) + len(body) + 64)
	b.WriteString(p.Title)
	b.WriteByte('\n')
	b.WriteString(p.Summary)
	b.WriteByte('\n')
	for _, t := range p.Tags {
		b.WriteString(t)
		b.WriteByte('\n')
	}
	b.WriteString(body)
	return toLower(b.String())
}

// toLower lowercases s with one byte loop when it is all ASCII (most
// posts' text) and falls back to strings.ToLower, which handles every
// script, otherwise.
func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(s)
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
