package posts

import (
	"regexp"
	"strings"
	"time"

	"github.com/folio-blog/folio/site"
)

// Rules holds the generator rules that change what a post means. The zero
// value is a plain folder. The config package fills it from a site's own
// settings files.
type Rules struct {
	Generator site.Generator

	// Location is the site's time zone: a date written without an offset
	// is read in it (and then carries the offset), as Pelican's TIMEZONE,
	// Hugo's timeZone and Jekyll's timezone do. Nil keeps such dates
	// floating.
	Location *time.Location

	// DefaultCategory fills the category of a post that has none
	// (Pelican's DEFAULT_CATEGORY).
	DefaultCategory string

	// NoFolderCategory turns off Pelican's rule that a post's folder is
	// its category (USE_FOLDER_AS_CATEGORY = False).
	NoFolderCategory bool

	// PageDirs are the folders, relative to the loaded folder, whose files
	// are pages (Pelican's PAGE_PATHS). Nil means the generator's default.
	PageDirs []string

	// ArticleDirs limit where posts are looked for (Pelican's
	// ARTICLE_PATHS); nil means everywhere.
	ArticleDirs []string

	// Exclude reports whether a slash-separated path relative to the
	// loaded folder is left out (excludes, ignore lists). Hidden files and
	// folders and the generator's own folders are always left out.
	Exclude func(path string, isDir bool) bool

	// DateFromFile gives posts without a date their file's modification
	// time (Pelican's DEFAULT_DATE = 'fs').
	DateFromFile bool

	// PublishFuture says the generator publishes posts dated after Now:
	// Hugo's buildFuture, Jekyll's future, Pelican's WITH_FUTURE_DATES.
	// Without it a Hugo or Jekyll post dated later is StatusScheduled,
	// a Pelican one a draft (as Pelican makes it). Plain folders publish
	// everything.
	PublishFuture bool
	// PublishExpired is Hugo's buildExpired: without it a post whose
	// expiryDate is before Now is StatusExpired.
	PublishExpired bool
	// Now is the time future and expiry dates are judged against; the
	// zero time means when the posts are read (Options.Now, else the
	// clock).
	Now time.Time

	// DefaultMetadata is applied to posts that do not set a key
	// (Pelican's DEFAULT_METADATA, Jekyll's front matter defaults). Keys
	// are lowercase; values are as they would be written in the file.
	DefaultMetadata map[string]any

	// Author is the site's default author (Pelican's AUTHOR).
	Author string

	// Lang is the site's default language (DEFAULT_LANG).
	Lang string

	// YAMLHeaders makes a Pelican site read "---" blocks as YAML, as its
	// YAML metadata plugin does.
	YAMLHeaders bool
	// YAMLTermsWhole keeps a YAML header's tags or authors written as one
	// string ("a, b") as one term, as the yaml_metadata plugin does;
	// Pelican's own reader, which the other plugins hand the values to,
	// splits it at commas.
	YAMLTermsWhole bool

	// SlugSubstitutions replace Pelican's default slug rules
	// (SLUG_REGEX_SUBSTITUTIONS); nil keeps the defaults.
	SlugSubstitutions []SlugSubstitution

	// ContentDir is the folder, relative to the loaded folder, that holds
	// the content (Pelican's PATH, Hugo's contentDir, Jekyll's source).
	// Empty means the loaded folder itself.
	ContentDir string

	// FilenameMetadata, matched at the start of a file's base name
	// (without extension), gives metadata by its named groups, as
	// Pelican's FILENAME_METADATA: "(?P<date>\d{4}-\d{2}-\d{2}).*" dates
	// "2012-11-22-x.md". Values written in the file win.
	FilenameMetadata *regexp.Regexp

	// PathMetadata is the same for the path relative to the content
	// folder (Pelican's PATH_METADATA); FilenameMetadata's groups win.
	PathMetadata *regexp.Regexp

	// SlugFromFile derives slugs from the file name instead of the title
	// (Pelican's SLUGIFY_SOURCE = 'basename').
	SlugFromFile bool

	// Taxonomies are the site's taxonomy names (Hugo's [taxonomies]);
	// the terms of those other than tags and categories are collected in
	// Post.Taxonomies. Tags and categories are read unless
	// OnlyTaxonomies is set and leaves them out.
	Taxonomies []string

	// OnlyTaxonomies makes Taxonomies the complete list: tags and
	// categories are only read when listed, as a Hugo [taxonomies] table
	// replaces Hugo's defaults.
	OnlyTaxonomies bool

	// DateKeys are the front matter keys tried in order for a post's date
	// (Hugo's [frontmatter] date), lowercase. ":filename" takes the date
	// from a "2024-01-02-name.md" file name (and the slug from the rest),
	// ":filemodtime" the file's modification time; ":git" is skipped.
	// Nil means "date", then the generator's usual fallbacks.
	DateKeys []string

	// LangDirs are the content folders of a multilingual site, relative
	// to the loaded folder: a file under Dir is in language Lang, and its
	// path below Dir decides its kind and section (Hugo's per-language
	// contentDir). When set, ContentDir is empty.
	LangDirs []LangDir

	// CollectionsDir is the folder, relative to ContentDir, that holds
	// Jekyll's _posts and _drafts (collections_dir); it is not a
	// category.
	CollectionsDir string

	// ScopedDefaults are front matter defaults that apply to the posts
	// under a folder or of a type (Jekyll's defaults); a more specific
	// scope wins, and the file's own values win over all.
	ScopedDefaults []ScopedDefault

	// URLs are the generator's rules for where each post's page is
	// written (see url.go).
	URLs URLRules
}

// LangDir is one language's content folder.
type LangDir struct {
	Dir  string
	Lang string
}

// ScopedDefault is one front matter default and the files it applies to.
type ScopedDefault struct {
	// Path is a folder relative to ContentDir ("" is every file).
	Path string
	// Type is "posts", "pages", "drafts" or a collection name; "" is
	// every type.
	Type string
	// Values are the defaults, by lowercase key.
	Values map[string]any
}

// ContentRelative returns rel, a path relative to the loaded folder,
// relative to the content folder instead: the path the generator's
// name-based rules (Jekyll's _posts, Hugo's sections) apply to.
func (s Rules) ContentRelative(rel string) string {
	contentDir := strings.Trim(s.ContentDir, "/")
	if contentDir == "" || contentDir == "." {
		return rel
	}
	return strings.TrimPrefix(rel, contentDir+"/")
}

// WithDefaults fills in what the zero Rules leaves implicit: a plain
// folder, judged at the time it is called.
func (s Rules) WithDefaults() Rules {
	if s.Generator == "" {
		s.Generator = site.Plain
	}
	if s.Now.IsZero() {
		s.Now = time.Now()
	}
	return s
}
