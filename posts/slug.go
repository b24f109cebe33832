package posts

import (
	"html"
	"regexp"
	"strings"

	"github.com/folio-blog/folio/posts/internal/frontmatter"
	"github.com/gosimple/unidecode"
	"golang.org/x/text/unicode/norm"
)

// SlugSubstitution is one regular-expression replacement applied while
// slugifying, like an entry of Pelican's SLUG_REGEX_SUBSTITUTIONS.
type SlugSubstitution struct {
	Pattern *regexp.Regexp
	Replace string
}

// Slugify turns a title into a URL slug the way Pelican does: strip HTML
// tags, normalize with NFKC, transliterate to ASCII (gosimple/slug's
// unidecode tables, the Go port of the library Pelican uses), drop
// everything but word characters, spaces and hyphens, lowercase, and join
// runs of spaces and hyphens with one hyphen:
// "Perché Django è fantastico!" becomes "perche-django-e-fantastico".
//
// gosimple/slug's own Make is not used because it adds language rules
// Pelican does not have ("&" becomes "and").
//
// With subs, those replacements run instead of Pelican's defaults.
func Slugify(s string, subs []SlugSubstitution) string {
	s = stripTags(s)
	if !isASCII(s) {
		// unidecode decodes its whole table on first use (a few
		// milliseconds, the most of reading a small blog): ASCII text,
		// which both steps leave as it is, never asks for it.
		s = norm.NFKC.String(s)
		s = unidecode.Unidecode(s)
	}
	if subs != nil {
		for _, sub := range subs {
			s = sub.Pattern.ReplaceAllString(s, sub.Replace)
		}
		return strings.TrimSpace(strings.ToLower(s))
	}
	return pelicanSlug(s)
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// pelicanSlug applies Pelican's default substitutions to ASCII text:
// [^\w\s-] → "", strip whitespace, [-\s]+ → "-", lowercase.
func pelicanSlug(s string) string {
	kept := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; isWordByte(c) || c == '-' || frontmatter.IsSpace(c) {
			kept = append(kept, c)
		}
	}
	kept = bytesTrimSpace(kept)
	out := make([]byte, 0, len(kept))
	inRun := false
	for _, c := range kept {
		if c == '-' || frontmatter.IsSpace(c) {
			if !inRun {
				out = append(out, '-')
			}
			inRun = true
			continue
		}
		inRun = false
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		out = append(out, c)
	}
	return string(out)
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func bytesTrimSpace(b []byte) []byte {
	for len(b) > 0 && frontmatter.IsSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && frontmatter.IsSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

var tagPattern = regexp.MustCompile(`(?s)<!--.*?-->|<[^>]*>`)

// stripTags does what markupsafe's striptags does: remove comments and
// tags, unescape entities and collapse whitespace.
func stripTags(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = tagPattern.ReplaceAllString(s, "")
		s = html.UnescapeString(s)
	}
	return strings.Join(strings.Fields(s), " ")
}
