package posts

import (
	"io"
	"runtime"
	"strconv"
	"sync"
	"unicode/utf8"
)

// The JSON shape of a post (folio list --json) is a contract with scripts:
// these keys, in this order, with these types:
//
//	{"path", "kind", "format", "title", "date", "modified", "tags",
//	 "categories", "authors", "slug", "url", "status", "lang", "summary",
//	 "words", "warnings", "git"}
//
// Dates are ISO 8601 strings (with an offset only when the source had one)
// or null; "url" is the page's address relative to the site's base URL,
// null when the generator writes no page; lists are never null; warnings
// are "file:line: message"; "git" (new, modified, staged or clean) is
// there only when the site is in a git work tree and the file has a state.
//
// It is written by hand rather than with encoding/json's reflection
// because `folio list --json` spends most of its time here after reading:
// the hand-written encoder is several times faster and its output is the
// same (TestJSONMatchesEncodingJSON).

// MarshalJSON encodes the post in folio's JSON Lines shape.
func (p *Post) MarshalJSON() ([]byte, error) {
	return p.appendJSON(nil), nil
}

// WriteJSONLines writes one JSON object per post, each on its own line.
// Posts are encoded on every CPU in chunks and written in order.
func WriteJSONLines(w io.Writer, ps []*Post) error {
	const chunk = 512
	workers := runtime.GOMAXPROCS(0)
	bufs := make([][]byte, workers)
	for start := 0; start < len(ps); start += chunk * workers {
		var wg sync.WaitGroup
		for i := range workers {
			lo := start + i*chunk
			hi := min(lo+chunk, len(ps))
			if lo >= hi {
				bufs[i] = bufs[i][:0]
				continue
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				b := bufs[i][:0]
				for _, p := range ps[lo:hi] {
					b = p.appendJSON(b)
					b = append(b, '\n')
				}
				bufs[i] = b
			}()
		}
		wg.Wait()
		for _, b := range bufs {
			if _, err := w.Write(b); err != nil {
				return err
			}
		}
	}
	return nil
}

// appendJSON appends the post's JSON object to b.
func (p *Post) appendJSON(b []byte) []byte {
	b = append(b, `{"path":`...)
	b = appendJSONString(b, p.Path)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, string(p.Kind))
	b = append(b, `,"format":`...)
	b = appendJSONString(b, string(p.Format))
	b = append(b, `,"title":`...)
	b = appendJSONString(b, p.Title)
	b = append(b, `,"date":`...)
	b = appendJSONDate(b, p.Date)
	b = append(b, `,"modified":`...)
	b = appendJSONDate(b, p.Modified)
	b = append(b, `,"tags":`...)
	b = appendJSONStrings(b, p.Tags)
	b = append(b, `,"categories":`...)
	b = appendJSONStrings(b, p.Categories)
	b = append(b, `,"authors":`...)
	b = appendJSONStrings(b, p.Authors)
	b = append(b, `,"slug":`...)
	b = appendJSONString(b, p.Slug)
	b = append(b, `,"url":`...)
	if p.URL == "" {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, p.URL)
	}
	b = append(b, `,"status":`...)
	b = appendJSONString(b, string(p.Status))
	b = append(b, `,"lang":`...)
	b = appendJSONString(b, p.Lang)
	b = append(b, `,"summary":`...)
	b = appendJSONString(b, p.Summary)
	b = append(b, `,"words":`...)
	b = strconv.AppendInt(b, int64(p.Words), 10)
	b = append(b, `,"warnings":[`...)
	for i, w := range p.Warnings {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, w.String())
	}
	b = append(b, ']')
	if p.Git != "" {
		b = append(b, `,"git":`...)
		b = appendJSONString(b, string(p.Git))
	}
	return append(b, '}')
}

func appendJSONDate(b []byte, d Date) []byte {
	if d.IsZero() {
		return append(b, "null"...)
	}
	return appendJSONString(b, d.String())
}

func appendJSONStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string. Like encoding/json (without
// HTML escaping) it escapes quotes, backslashes, control characters,
// U+2028 and U+2029, and turns invalid UTF-8 into U+FFFD; it also escapes
// DEL, the C1 controls and the bidirectional formatting characters (which
// reorder what a terminal shows), so that JSON output never carries a
// character a terminal would act on, while still decoding to the exact
// text.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != 0x7f {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, `\n`...)
			case '\r':
				b = append(b, `\r`...)
			case '\t':
				b = append(b, `\t`...)
			default:
				b = append(b, `\u00`...)
				b = append(b, hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r >= 0x80 && r <= 0x9f, r == 0x2028, r == 0x2029, isBidiControl(r):
			b = append(b, s[start:i]...)
			b = append(b, `\u`...)
			b = append(b, hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// isBidiControl reports whether r is one of Unicode's bidirectional
// formatting characters (embeddings, overrides, isolates and marks), the
// same set ui/termsafe removes from text.
func isBidiControl(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return r == 0x200e || r == 0x200f || r == 0x061c
}

// AppendJSON appends the warning as one JSON object,
// {"file": …, "line": …, "message": …}, with the same escaping as the
// posts' JSON Lines (line 0 when the problem is not on one line).
func (w Warning) AppendJSON(b []byte) []byte {
	b = append(b, `{"file":`...)
	b = appendJSONString(b, w.Path)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(w.Line), 10)
	b = append(b, `,"message":`...)
	b = appendJSONString(b, w.Msg)
	return append(b, '}')
}
