package posts

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/folio-blog/folio/posts/internal/frontmatter"
)

// Query is a parsed search: terms that all must match (AND).
//
// The language: bare words and "quoted phrases" search title, summary,
// tags and body, case-insensitive; key:value filters are tag:, category:,
// author:, status:, kind:, format:, lang:, section: (the first folder
// under the content folder), path: (text in the file's path), year:,
// date: (a year, month or day), after: and before: (both exclude the
// period named), has:warnings, and any site taxonomy (series:x); a
// leading "-" negates a term. A filter other than a date takes several
// values separated by "," or "|", any of which may match
// (tag:go,rust); a quoted value is one value.
//
// The interface asks the parsed query what it needs (BareWords,
// WithoutBareWords, Narrows, ToggleTerm) rather than scanning the text
// again.
type Query struct {
	terms []queryTerm
	text  string
}

type queryTerm struct {
	key     string // "" for text
	value   string // lowercased for text; term key for taxonomies
	negate  bool
	quoted  bool      // the value was written in quotes
	from    time.Time // period start for date keys (floating, UTC)
	to      time.Time // period end, exclusive
	raw     string
	written string       // the value as written, for rebuilding the text
	alts    []queryTerm  // other values of a filter, any of which may match
	text    *textMatcher // for text: finds value in search indexes
}

// String returns the query as it was written.
func (q Query) String() string { return q.text }

// IsZero reports whether the query matches everything.
func (q Query) IsZero() bool { return len(q.terms) == 0 }

// Has reports whether the query filters on key ("status", "tag", …),
// negated or not.
func (q Query) Has(key string) bool {
	canon, ok := queryKeys[strings.ToLower(key)]
	if !ok {
		canon = strings.ToLower(key)
	}
	for _, t := range q.terms {
		if t.key == canon {
			return true
		}
	}
	return false
}

// SearchesText reports whether the query has words or phrases without
// a key (negated or not), which search the posts' text: their results
// change as IndexSearch indexes it.
func (q Query) SearchesText() bool { return q.Has("") }

// Words returns the bare words and phrases (not negated), for highlighting
// matches.
func (q Query) Words() []string {
	var out []string
	for _, t := range q.terms {
		if t.key == "" && !t.negate {
			out = append(out, t.value)
		}
	}
	return out
}

var queryKeys = map[string]string{
	"tag": "tags", "tags": "tags", "category": "categories", "categories": "categories", "cat": "categories",
	"author": "authors", "authors": "authors", "status": "status", "kind": "kind", "format": "format",
	"lang": "lang", "year": "year", "date": "date", "after": "after", "before": "before", "has": "has",
	"section": "section", "path": "path",
}

// ParseQuery parses the query language. taxonomies are the site's own
// taxonomy names, accepted as keys too. A malformed query is an error that
// says what is wrong, never a query that silently matches nothing.
func ParseQuery(s string, taxonomies ...string) (Query, error) {
	q := Query{text: s}
	tokens, err := tokenizeQuery(s)
	if err != nil {
		return Query{}, err
	}
	for _, tok := range tokens {
		t := queryTerm{raw: tok.raw, negate: tok.negate, quoted: tok.quoted}
		if tok.key == "" {
			t.value = toLower(tok.value)
			t.text = newTextMatcher(t.value)
			q.terms = append(q.terms, t)
			continue
		}
		key := strings.ToLower(tok.key)
		canon, known := queryKeys[key]
		if !known {
			for _, tax := range taxonomies {
				if strings.EqualFold(tax, key) {
					canon, known = strings.ToLower(tax), true
				}
			}
		}
		if !known {
			return Query{}, fmt.Errorf("unknown filter %q in %q (known: tag, category, author, status, kind, format, lang, section, path, year, date, after, before, has)", key+":", tok.raw)
		}
		if tok.value == "" {
			return Query{}, fmt.Errorf("%q needs a value, as in %s:something", key+":", key)
		}
		t, err := filterTerm(t, canon, tok)
		if err != nil {
			return Query{}, err
		}
		q.terms = append(q.terms, t)
	}
	return q, nil
}

// filterTerm prepares the filter tok of key canon: one value, or, unless
// quoted or a date, several separated by "," or "|" as alternatives.
func filterTerm(t queryTerm, canon string, tok queryToken) (queryTerm, error) {
	values := []string{tok.value}
	if !tok.quoted && !isDateKey(canon) {
		values = strings.FieldsFunc(tok.value, func(r rune) bool { return r == ',' || r == '|' })
		if len(values) == 0 {
			return t, fmt.Errorf("%q needs a value, as in %s:something", tok.key+":", tok.key)
		}
	}
	for i, v := range values {
		alt := queryTerm{key: canon, value: v, written: v, negate: t.negate, quoted: t.quoted}
		if err := alt.prepare(); err != nil {
			return t, err
		}
		if i == 0 {
			t.key, t.value, t.written, t.from, t.to = alt.key, alt.value, alt.written, alt.from, alt.to
			continue
		}
		t.alts = append(t.alts, alt)
	}
	return t, nil
}

// isDateKey reports whether key takes a period, which has no
// alternatives.
func isDateKey(key string) bool {
	return key == "year" || key == "date" || key == "after" || key == "before"
}

// prepare checks a filter's value and precomputes what matching needs.
func (t *queryTerm) prepare() error {
	switch t.key {
	case "status":
		t.value = strings.ToLower(t.value)
		switch Status(t.value) {
		case StatusPublished, StatusDraft, StatusHidden, StatusScheduled, StatusExpired, StatusHeadless:
		default:
			return fmt.Errorf("status must be published, draft, hidden, scheduled, expired or headless, not %q", t.value)
		}
	case "kind":
		t.value = strings.ToLower(t.value)
		if t.value != "post" && t.value != "page" {
			return fmt.Errorf("kind must be post or page, not %q", t.value)
		}
	case "has":
		t.value = strings.ToLower(t.value)
		if t.value != "warnings" && t.value != "warning" {
			return fmt.Errorf("has: takes \"warnings\", not %q", t.value)
		}
	case "year":
		y, err := strconv.Atoi(t.value)
		if err != nil || len(t.value) != 4 || !allDigits(t.value) { // not "+202" or "-999"
			return fmt.Errorf("year: takes a year like 2024, not %q", t.value)
		}
		t.from = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		t.to = t.from.AddDate(1, 0, 0)
	case "date", "after", "before":
		from, to, err := parsePeriod(t.value)
		if err != nil {
			return fmt.Errorf("%s: %v", t.key, err)
		}
		t.from, t.to = from, to
	case "format", "lang", "path", "section":
		t.value = strings.ToLower(t.value)
	default: // taxonomies
		t.value = termKey(t.value)
	}
	return nil
}

// parsePeriod reads "2024", "2024-03" or a full date as a period.
func parsePeriod(s string) (from, to time.Time, err error) {
	for _, l := range []struct {
		layout string
		years  int
		months int
		days   int
	}{{"2006", 1, 0, 0}, {"2006-01", 0, 1, 0}, {"2006-01-02", 0, 0, 1}} {
		if t, e := time.Parse(l.layout, s); e == nil {
			return t, t.AddDate(l.years, l.months, l.days), nil
		}
	}
	if d, e := ParseDate(s); e == nil {
		y, m, day := d.Date()
		t := time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(0, 0, 1), nil
	}
	return from, to, fmt.Errorf("%q is not a year (2024), month (2024-03) or day (2024-03-02)", s)
}

// Match reports whether p matches every term of the query.
func (q Query) Match(p *Post) bool {
	for i := range q.terms {
		if q.terms[i].match(p) == q.terms[i].negate {
			return false
		}
	}
	return true
}

func (t *queryTerm) match(p *Post) bool {
	if t.matchOne(p) {
		return true
	}
	for i := range t.alts {
		if t.alts[i].matchOne(p) {
			return true
		}
	}
	return false
}

func (t *queryTerm) matchOne(p *Post) bool {
	switch t.key {
	case "":
		text, ok := p.textIndex()
		if !ok {
			return strings.Contains(toLower(p.Title+"\n"+p.Summary+"\n"+strings.Join(p.Tags, "\n")), t.value)
		}
		m := t.text
		if m == nil {
			m = newTextMatcher(t.value)
		}
		return m.match(text)
	case "status":
		return string(p.Status) == t.value
	case "kind":
		return string(p.Kind) == t.value
	case "format":
		return string(p.Format) == t.value
	case "lang":
		return strings.EqualFold(p.Lang, t.value)
	case "has":
		return len(p.Warnings) > 0
	case "section":
		return strings.EqualFold(p.Section, t.value)
	case "path":
		return containsFold(p.Path, t.value)
	case "year", "date":
		w := wallTime(p.Date)
		return !p.Date.IsZero() && !w.Before(t.from) && w.Before(t.to)
	case "after":
		return !p.Date.IsZero() && !wallTime(p.Date).Before(t.to)
	case "before":
		return !p.Date.IsZero() && wallTime(p.Date).Before(t.from)
	case "authors":
		for _, k := range p.termKeys("authors") {
			if k == t.value || strings.Contains("-"+k+"-", "-"+t.value+"-") {
				return true
			}
		}
		return false
	}
	keys := p.termKeys(t.key)
	if keys == nil {
		keys = keysFor(p.terms(t.key)) // a site taxonomy
	}
	return slices.Contains(keys, t.value)
}

// wallTime is the date as written, as a floating UTC time, so that
// periods are compared in the post's own calendar.
func wallTime(d Date) time.Time {
	y, m, day := d.Date()
	h, mi, s := d.Clock()
	return time.Date(y, m, day, h, mi, s, 0, time.UTC)
}

// prepared returns q with its bare words and phrases ready to match many
// posts of v: each scans the vocabulary once (see textMatcher.prepared).
func (q Query) prepared(v *Vocabulary) Query {
	terms := slices.Clone(q.terms)
	for i := range terms {
		if terms[i].text != nil {
			terms[i].text = terms[i].text.prepared(v)
		}
	}
	q.terms = terms
	return q
}

// queryToken is one whitespace-separated term of a query.
type queryToken struct {
	key, value, raw string
	negate, quoted  bool
}

// tokenizeQuery splits a query into terms, honouring double quotes both
// around whole terms ("open source") and values (tag:"open source").
func tokenizeQuery(s string) ([]queryToken, error) {
	var out []queryToken
	i := 0
	for {
		for i < len(s) && isQuerySpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return out, nil
		}
		start := i
		var tok queryToken
		if s[i] == '-' && i+1 < len(s) && !isQuerySpace(s[i+1]) {
			tok.negate = true
			i++
		}
		var b strings.Builder
		quoted := false
		for i < len(s) && (quoted || !isQuerySpace(s[i])) {
			c := s[i]
			switch {
			case c == '"':
				quoted = !quoted
				tok.quoted = true
			case c == ':' && !quoted && tok.key == "" && b.Len() > 0 && isQueryKey(b.String()):
				tok.key = b.String()
				b.Reset()
			default:
				b.WriteByte(c)
			}
			i++
		}
		if quoted {
			return nil, fmt.Errorf("unclosed quote in %q", s[start:])
		}
		tok.value, tok.raw = b.String(), s[start:i]
		if !utf8.ValidString(tok.value) {
			return nil, fmt.Errorf("%q is not valid UTF-8", tok.raw)
		}
		if tok.key == "" && tok.value == "" {
			continue // "" or a lone -
		}
		out = append(out, tok)
	}
}

// isQuerySpace reports whether c separates terms: the ASCII blanks that
// strings.TrimSpace removes too, so that a query rebuilt and trimmed
// (ToggleTerm) splits where it split before.
func isQuerySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// isQueryKey reports whether s can be a filter key: letters, digits, "_"
// and "-". Anything else before a colon (a URL's "https") is text.
func isQueryKey(s string) bool {
	for i := 0; i < len(s); i++ {
		if !frontmatter.IsKeyByte(s[i]) {
			return false
		}
	}
	return s != "https" && s != "http" && s != "mailto"
}
