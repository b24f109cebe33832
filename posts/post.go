// Package posts reads a folder of blog posts the way its static-site
// generator would (Pelican, Hugo, Jekyll or a plain folder of Markdown),
// normalizes their metadata to one model, and indexes and queries them.
//
// It reads and never writes: nothing here creates, changes, moves or
// removes a file. Changing a user's files is package posts/edit's job,
// which reads them through this package by the same rules.
//
// The package never imports a terminal or UI library: everything here is
// usable from scripts and tests through an fs.FS.
package posts

import (
	"fmt"
	"sync/atomic"
	"time"
)

// Kind says whether a file is a dated post or a standalone page.
type Kind string

// Kinds of content.
const (
	KindPost Kind = "post"
	KindPage Kind = "page"
)

// Status is the publication state of a post.
type Status string

// Statuses a post can have.
const (
	StatusPublished Status = "published"
	StatusDraft     Status = "draft"
	StatusHidden    Status = "hidden"
	// StatusScheduled is a post its generator does not publish yet: Hugo
	// and Jekyll leave out posts dated in the future.
	StatusScheduled Status = "scheduled"
	// StatusExpired is a Hugo post past its expiryDate.
	StatusExpired Status = "expired"
	// StatusHeadless is Hugo content that is never a page of its own: a
	// headless bundle, or content below a section that cascades build
	// options rendering it never (headless.go). Lists leave it out
	// unless a query asks for status:headless.
	StatusHeadless Status = "headless"
)

// Format names the metadata syntax a file was written in.
type Format string

// Formats folio reads.
const (
	FormatPelican Format = "pelican" // Pelican/Python-Markdown "Key: value" header
	FormatYAML    Format = "yaml"    // --- YAML front matter
	FormatTOML    Format = "toml"    // +++ TOML front matter
	FormatJSON    Format = "json"    // {…} JSON front matter (Hugo)
	FormatRST     Format = "rst"     // reStructuredText title and field list
	FormatHTML    Format = "html"    // <title> and <meta> tags (Pelican's HTML reader)
	FormatNone    Format = "none"    // no metadata at all
)

// Warning is a problem found in a post. A post with warnings is still
// loaded and listed; the warning says what is wrong and where.
type Warning struct {
	Path string // slash-separated, relative to the loaded folder
	Line int    // 1-based; 0 when the problem is not on one line
	Msg  string
}

// String formats the warning as "path:line: message" (or "path: message").
func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", w.Path, w.Line, w.Msg)
	}
	return fmt.Sprintf("%s: %s", w.Path, w.Msg)
}

// Post is one content file with its normalized metadata.
type Post struct {
	Path       string // slash-separated, relative to the loaded folder
	Kind       Kind
	Format     Format
	Title      string
	Date       Date // zero when the post has none
	Modified   Date
	Tags       []string
	Categories []string
	Authors    []string
	Slug       string
	Status     Status
	Lang       string
	Section    string // the first folder under the content folder ("" at its top)
	Summary    string // plain text
	// Heading is the text of the body's first "# " heading, kept only
	// for a post without a title: lists show it, marked as made up,
	// where the generator shows no title (DerivedTitle); Title stays
	// the generator's.
	Heading string
	// URL is where the generator writes the post's page, relative to the
	// site's base URL and starting with "/" (drafts at the address their
	// preview has); "" when it writes none (see URLRules).
	URL string
	// Image is the header or cover image the front matter names
	// (image, cover, featured_image, banner, header.image), as written.
	Image string
	Words int

	// Taxonomies holds the terms of the site's own taxonomies by name
	// (Hugo's [taxonomies] beyond tags and categories, which have their
	// own fields), so that they can be filtered on too; nil when none.
	Taxonomies map[string][]string

	// Body is the text after the metadata, with double-encoded UTF-8
	// repaired. It is only kept when Options.KeepBody is set.
	Body string
	// FrontMatter holds the values of a YAML or TOML front matter as
	// written, before the generator's rules read them, for the templates
	// a body may use ({{ page.image }}, Hugo's param): by lowercase
	// dotted key, text, numbers and booleans only (see TemplateValues).
	// Like Body it is only kept when Options.KeepBody is set; nil for
	// other metadata (Pelican headers, reST fields, JSON).
	FrontMatter map[string]string
	// BodyLine is the 1-based line of the file where Body starts.
	BodyLine int

	ModTime  time.Time // file modification time
	Size     int64     // file size in bytes
	Warnings []Warning

	// search is the lowercased text searched by bare query words, as
	// word numbers; built only when Options.Search is set, while parsing
	// or, with Options.DeferSearch, by IndexSearch.
	search searchIndex
	// searchState says whether search is there yet for a post parsed with
	// Options.DeferSearch, which IndexSearch fills in later from bodyAt,
	// where its body starts in the file's readable text. Filters read
	// search only once searchState says so.
	searchState atomic.Uint32
	// headlessBelow says the post, a section's _index, cascades headless
	// build options to the content below it (headless.go).
	headlessBelow bool
	bodyAt        int

	// keys hold the term keys (slugs) of Tags, Categories and Authors,
	// computed once at load so that each filter keystroke compares
	// strings instead of slugifying.
	keys postTermKeys
}

// postTermKeys are a post's term keys, with the term slices they were
// computed from, so that keys for replaced terms are never used.
type postTermKeys struct {
	tags, categories, authors       []string
	tagsOf, categoriesOf, authorsOf []string
}

// HasWarnings reports whether anything was wrong with the post.
func (p *Post) HasWarnings() bool { return len(p.Warnings) > 0 }

// Date is a point in time that remembers whether its source named a time
// zone. A date written without one ("2024-11-11") is floating: it is shown
// and serialized without an offset, as the generators keep it.
type Date struct {
	time.Time
	HasZone bool
}

// layoutNaive and layoutZoned are how dates are serialized in JSON output.
const (
	layoutNaive = "2006-01-02T15:04:05.999999999"
	layoutZoned = time.RFC3339Nano
)

// String formats the date as ISO 8601, with an offset only when the
// source had one. The zero Date formats as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.HasZone {
		return d.Format(layoutZoned)
	}
	return d.Format(layoutNaive)
}
