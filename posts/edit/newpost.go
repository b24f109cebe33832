package edit

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// NewPost is what a writer enters for a new post. Create and FrontMatter
// turn it into a file in the site's own style.
type NewPost struct {
	Title    string
	Tags     []string
	Category string
	Authors  []string
	Draft    bool
	// Date is when the post is dated; the zero time means now. Pelican's
	// header keeps minutes, the others seconds.
	Date time.Time
	// Slug overrides the slug made from the title.
	Slug string
	// Page makes a page rather than a post: it goes where the site keeps
	// pages, and a Jekyll page has the page layout.
	Page bool
	// unlisted marks a Jekyll draft written into _posts (a path pattern
	// chose it): it needs "published: false" to stay a draft.
	unlisted bool
	// layout is a Jekyll post's layout as the site uses it
	// (jekyllLayout); "" writes post, or page for a page.
	layout string
}

// Style is how a new post's front matter is written: the syntax and the
// generator whose keys and conventions it follows.
type Style struct {
	Format    posts.Format   // posts.FormatPelican, FormatYAML or FormatTOML
	Generator site.Generator // decides keys: Pelican's Status, Hugo's draft, Jekyll's layout
}

// ErrUnwritable is wrapped by errors about a value that the chosen format
// cannot hold (a tag with both "," and ";" in a Pelican header, a control
// character in a title).
var ErrUnwritable = errors.New("cannot be written in this format")

// ErrNoTitle means a new post was given an empty title.
var ErrNoTitle = errors.New("a post needs a title")

// DefaultStyle is the front matter a site's generator expects for a new
// post: a Pelican header (YAML with the YAML metadata plugin), TOML for
// Hugo like `hugo new content`, YAML for Jekyll and for a plain folder.
func DefaultStyle(rules posts.Rules) Style {
	switch rules.Generator {
	case site.Pelican:
		if rules.YAMLHeaders {
			return Style{posts.FormatYAML, site.Pelican}
		}
		return Style{posts.FormatPelican, site.Pelican}
	case site.Hugo:
		return Style{posts.FormatTOML, site.Hugo}
	case site.Jekyll:
		return Style{posts.FormatYAML, site.Jekyll}
	}
	return Style{posts.FormatYAML, site.Plain}
}

// StyleNames are the front matter styles StyleNamed knows, as a user
// types them: a generator's own, or a syntax with the site's keys.
var StyleNames = []string{"pelican", "pelican-yaml", "yaml", "toml", "hugo", "hugo-yaml", "jekyll"}

// StyleNamed is the style a user asks for by name (one of StyleNames,
// any case) for a new post in site: a generator's name brings its keys,
// "yaml" and "toml" keep the site's. The empty name is DefaultStyle. The
// command line and the new-post form both read names through it, so
// they cannot disagree on what a name means.
func StyleNamed(name string, rules posts.Rules) (Style, error) {
	def := DefaultStyle(rules)
	switch strings.ToLower(name) {
	case "":
		return def, nil
	case "pelican":
		return Style{posts.FormatPelican, site.Pelican}, nil
	case "pelican-yaml":
		return Style{posts.FormatYAML, site.Pelican}, nil
	case "yaml":
		return Style{posts.FormatYAML, def.Generator}, nil
	case "toml":
		return Style{posts.FormatTOML, def.Generator}, nil
	case "hugo":
		return Style{posts.FormatTOML, site.Hugo}, nil
	case "hugo-yaml":
		return Style{posts.FormatYAML, site.Hugo}, nil
	case "jekyll":
		return Style{posts.FormatYAML, site.Jekyll}, nil
	}
	return Style{}, fmt.Errorf("front matter style %q is not one of %s", name, strings.Join(StyleNames, ", "))
}

// minutes reports whether the style writes dates to the minute, as
// Pelican's "YYYY-MM-DD HH:MM" does (in its header and in YAML).
func (st Style) minutes() bool {
	return st.Format == posts.FormatPelican || st.Format == posts.FormatYAML && (st.Generator == site.Pelican || st.Generator == site.Plain)
}

// normalized returns the post as it will read back: every text trimmed,
// empty and duplicate terms dropped (duplicates by slug, as the reader
// groups them), the date in minutes or seconds as the format keeps it.
// It fails on text no front matter line can hold: control characters,
// line breaks, and invalid UTF-8.
func (np NewPost) normalized(st Style) (NewPost, error) {
	out := NewPost{Draft: np.Draft, Page: np.Page, unlisted: np.unlisted, layout: np.layout}
	var err error
	if out.Title, err = cleanText("title", np.Title); err != nil {
		return out, err
	}
	if out.Title == "" {
		return out, ErrNoTitle
	}
	if out.Category, err = cleanText("category", np.Category); err != nil {
		return out, err
	}
	if out.Slug, err = cleanText("slug", np.Slug); err != nil {
		return out, err
	}
	if out.Tags, err = cleanTerms("tag", np.Tags); err != nil {
		return out, err
	}
	if out.Authors, err = cleanTerms("author", np.Authors); err != nil {
		return out, err
	}
	if st.Generator == site.Hugo {
		// Hugo files "Go" and "go" as one term of a page: write the
		// page's terms as Hugo will read them.
		out.Tags = posts.UniqueTerms(site.Hugo, out.Tags)
	}
	out.Date = np.Date.Truncate(time.Second)
	if st.minutes() {
		out.Date = np.Date.Truncate(time.Minute)
	}
	return out, nil
}

func cleanText(what, s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("%s %q is not valid UTF-8: %w", what, s, ErrUnwritable)
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\t' || r == '\u2028' || r == '\u2029' || r == '\ufeff' {
			return "", fmt.Errorf("%s %q has a control character or line break (%U): %w", what, s, r, ErrUnwritable)
		}
	}
	return strings.TrimSpace(s), nil
}

func cleanTerms(what string, terms []string) ([]string, error) {
	cleaned := make([]string, 0, len(terms))
	for _, t := range terms {
		c, err := cleanText(what, t)
		if err != nil {
			return nil, err
		}
		cleaned = append(cleaned, c)
	}
	return posts.UniqueTerms(site.Plain, cleaned), nil
}

// FrontMatter renders the metadata block of a new post in style st,
// ending with the blank line after which the body goes. Every value is
// quoted or escaped as its format needs, so that the file reads back
// (with Parse, and with the generator) as exactly what was entered.
// np.Date must be set.
func FrontMatter(np NewPost, st Style) ([]byte, error) {
	np, err := np.normalized(st)
	if err != nil {
		return nil, err
	}
	switch st.Format {
	case posts.FormatPelican:
		return pelicanFrontMatter(np)
	case posts.FormatYAML:
		return yamlFrontMatter(np, st.Generator), nil
	case posts.FormatTOML:
		return tomlFrontMatter(np, st.Generator), nil
	}
	return nil, fmt.Errorf("folio writes Pelican, YAML or TOML front matter, not %q", st.Format)
}

// Date layouts of new posts.
const (
	pelicanDateLayout = "2006-01-02 15:04"
	jekyllDateLayout  = "2006-01-02 15:04:05 -0700"
)

// pelicanFrontMatter writes a Python-Markdown meta header. Its values
// cannot be quoted: a line's value is everything after "Key:", trimmed,
// so only a list separator inside a term needs care.
func pelicanFrontMatter(np NewPost) ([]byte, error) {
	var b strings.Builder
	line := func(k, v string) { b.WriteString(k + ": " + v + "\n") }
	line("Title", np.Title)
	line("Date", np.Date.Format(pelicanDateLayout))
	if np.Category != "" {
		line("Category", np.Category)
	}
	if len(np.Tags) > 0 {
		v, err := pelicanList("tag", np.Tags)
		if err != nil {
			return nil, err
		}
		line("Tags", v)
	}
	if np.Slug != "" {
		line("Slug", np.Slug)
	}
	switch {
	case len(np.Authors) == 0:
	case len(np.Authors) == 1 && !strings.ContainsAny(np.Authors[0], ",;"):
		line("Author", np.Authors[0])
	default:
		// Pelican never splits "Author:" but folio's reader, like
		// Pelican for "Authors:", does: a name with a comma goes in
		// "Authors:" so both read one name.
		v, err := pelicanList("author", np.Authors)
		if err != nil {
			return nil, err
		}
		line("Authors", v)
	}
	if np.Draft {
		line("Status", "draft")
	} else {
		line("Status", "published")
	}
	b.WriteString("\n")
	return []byte(b.String()), nil
}

// pelicanList joins terms the way Pelican splits them back: on ";" when
// the value has one, else on ",". A term with a comma forces ";"; a term
// with ";" cannot be written at all, and a single term with a comma is
// written with a trailing ";" so that it is not split.
func pelicanList(what string, terms []string) (string, error) {
	sep := ", "
	for _, t := range terms {
		if strings.Contains(t, ";") {
			return "", fmt.Errorf("%s %q has a \";\", which Pelican always splits on: %w", what, t, ErrUnwritable)
		}
		if strings.Contains(t, ",") {
			sep = "; "
		}
	}
	v := strings.Join(terms, sep)
	if sep == "; " && len(terms) == 1 {
		v += ";"
	}
	return v, nil
}

// yamlFrontMatter writes "---" front matter. Strings are always
// double-quoted so that no title is read as a boolean, number, date, null,
// comment, alias or nested mapping, whatever YAML version the generator's
// parser implements.
func yamlFrontMatter(np NewPost, generator site.Generator) []byte {
	var b strings.Builder
	b.WriteString("---\n")
	kv := func(k, v string) { b.WriteString(k + ": " + v + "\n") }
	switch generator {
	case site.Jekyll:
		switch {
		case np.layout != "":
			kv("layout", np.layout)
		case np.Page:
			kv("layout", "page")
		default:
			kv("layout", "post")
		}
		kv("title", quoteEscaped(np.Title))
		if !np.Draft || np.unlisted {
			kv("date", np.Date.Format(jekyllDateLayout))
		}
		if np.unlisted {
			kv("published", "false")
		}
		if np.Slug != "" {
			kv("slug", quoteEscaped(np.Slug))
		}
		// Categories before tags, as the committed generator runs
		// (testdata/writer) saw them.
		if np.Category != "" {
			kv("categories", quotedList([]string{np.Category}))
		}
		if len(np.Tags) > 0 {
			kv("tags", quotedList(np.Tags))
		}
		writeAuthors(kv, np.Authors)
	case site.Hugo:
		hugoKeys(kv, np)
	default: // Pelican's YAML metadata plugin and plain folders
		kv("title", quoteEscaped(np.Title))
		kv("date", quoteEscaped(np.Date.Format(pelicanDateLayout)))
		if np.Category != "" {
			kv("category", quoteEscaped(np.Category))
		}
		if len(np.Tags) > 0 {
			kv("tags", quotedList(np.Tags))
		}
		if np.Slug != "" {
			kv("slug", quoteEscaped(np.Slug))
		}
		writeAuthors(kv, np.Authors)
		if np.Draft {
			kv("status", "draft")
		} else {
			kv("status", "published")
		}
	}
	b.WriteString("---\n\n")
	return []byte(b.String())
}

// tomlFrontMatter writes "+++" front matter like `hugo new content`.
func tomlFrontMatter(np NewPost, generator site.Generator) []byte {
	var b strings.Builder
	b.WriteString("+++\n")
	kv := func(k, v string) { b.WriteString(k + " = " + v + "\n") }
	if generator == site.Pelican || generator == site.Plain {
		kv("title", quoteEscaped(np.Title))
		kv("date", np.Date.Format(time.RFC3339))
		if np.Draft {
			kv("status", quoteEscaped("draft"))
		}
		enteredKeys(kv, np)
	} else {
		hugoKeys(kv, np)
	}
	b.WriteString("+++\n\n")
	return []byte(b.String())
}

// hugoKeys writes the keys of `hugo new content` and the ones entered,
// in YAML or TOML: both read the same quoted strings and lists. New
// front matter and an executed archetype both go through it.
func hugoKeys(kv func(k, v string), np NewPost) {
	kv("title", quoteEscaped(np.Title))
	kv("date", np.Date.Format(time.RFC3339))
	kv("draft", strconv.FormatBool(np.Draft))
	enteredKeys(kv, np)
}

// enteredKeys writes slug, tags, categories and authors when entered.
func enteredKeys(kv func(k, v string), np NewPost) {
	if np.Slug != "" {
		kv("slug", quoteEscaped(np.Slug))
	}
	if len(np.Tags) > 0 {
		kv("tags", quotedList(np.Tags))
	}
	if np.Category != "" {
		kv("categories", quotedList([]string{np.Category}))
	}
	writeAuthors(kv, np.Authors)
}

// writeAuthors writes one author as "author" and several as a list in
// "authors".
func writeAuthors(kv func(k, v string), authors []string) {
	switch {
	case len(authors) == 0:
	case len(authors) == 1 && !strings.ContainsAny(authors[0], ",;"):
		kv("author", quoteEscaped(authors[0]))
	default:
		// A plain or Pelican reader splits a string author on "," or
		// ";"; a list is never split.
		kv("authors", quotedList(authors))
	}
}

// quoteEscaped double-quotes s for YAML or TOML: backslash and quote
// escaped, and anything not printable as \u or \U escapes, which YAML 1.1
// and 1.2 parsers (PyYAML, Psych, Go's) all read the same way and which
// are TOML basic-string escapes too.
func quoteEscaped(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == ' ' || unicode.IsPrint(r) && r != '\ufeff':
			b.WriteRune(r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			fmt.Fprintf(&b, `\U%08X`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// quotedList is a flow list of quoted strings, the same in YAML and TOML.
func quotedList(items []string) string {
	q := make([]string, len(items))
	for i, it := range items {
		q[i] = quoteEscaped(it)
	}
	return "[" + strings.Join(q, ", ") + "]"
}
