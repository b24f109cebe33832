// Package config holds folio's settings and knows the site a folder
// belongs to.
//
// Load layers folio's own settings (defaults, then the user file
// $XDG_CONFIG_HOME/folio/config.toml, then the site's .folio.toml, then
// FOLIO_* environment variables, then flags; later wins) and records
// where each came from. Detect walks up from a folder to the site root,
// recognises Pelican, Hugo and Jekyll sites, and reads, without running
// anything, the generator settings that change what posts mean, as
// posts.Rules for posts.Load, and the values posts' templates show
// ({{ site.title }}), as Site.Values. It is the one reader of a site's
// settings files: nothing else reads them again.
//
// The package never imports a terminal or UI library.
package config

import (
	"fmt"
	"strings"

	"github.com/folio-blog/folio/posts"
)

// Config is folio's effective configuration for one site.
type Config struct {
	// ContentDir, when set, overrides the folder (relative to the site
	// root) that holds the posts; empty keeps the site's own.
	ContentDir string

	// Author is the author written into new posts. It defaults to the
	// site's own default author (Pelican's AUTHOR).
	Author string

	// NewPostFormat is the front matter syntax of new posts: pelican,
	// yaml or toml. It defaults to the site's usual one.
	NewPostFormat posts.Format

	// NewPostPath is where new posts are created, relative to the site
	// root, with the placeholders {slug} {category} {date} {year} {month}
	// {day} (see edit.ExpandPathPattern). It defaults to where the
	// site's generator expects posts (edit.DefaultPathPattern).
	NewPostPath string

	// DateFormat is how dates are shown, as a Go time layout
	// ("2006-01-02").
	DateFormat string

	// Sort is the order posts are listed in; SortReverse flips it. The
	// setting is written "date", "title" or "modified", with a leading
	// "-" to reverse.
	Sort        posts.SortKey
	SortReverse bool

	// Style is the Glamour style posts are rendered with: "auto",
	// "dark", "light", or the absolute path of a JSON style file.
	Style string

	// Editor is the command that edits a file (words split like a
	// shell's; the file is appended): $VISUAL, then $EDITOR, then the
	// setting; an --editor flag wins over all. Empty means none is set.
	// Like every setting that runs a program (ProgramKeys), it is never
	// taken from a site's .folio.toml.
	Editor string

	// ShowDrafts says whether drafts are listed. It defaults to true, or
	// to a Jekyll site's show_drafts.
	ShowDrafts bool

	// Width is the reading width in columns, capped by the terminal's;
	// it defaults to DefaultWidth.
	Width int

	// SiteFile names the Pelican settings file to read instead of
	// pelicanconf.py, relative to the site root.
	SiteFile string

	// Site is the detected site, with the posts rules to load it with.
	Site *Site

	// UserFile is the path of the user settings file, whether or not it
	// exists.
	UserFile string

	// Sources records where each setting's value came from, by key.
	Sources map[string]Source

	// Warnings are problems that did not stop folio: unknown keys, a
	// style file that does not exist. Each names its file and line.
	Warnings []string

	// Ignored are settings a site's .folio.toml gave that folio did not
	// take because they run a program (ProgramKeys); each is also in
	// Warnings.
	Ignored []Note
}

// SourceKind says which layer a setting came from.
type SourceKind string

// Layers of configuration, from weakest to strongest.
const (
	FromDefault  SourceKind = "default"
	FromSite     SourceKind = "site settings" // the generator's own settings file
	FromUserFile SourceKind = "user file"
	FromSiteFile SourceKind = "site file" // .folio.toml
	FromEnv      SourceKind = "env"
	FromFlag     SourceKind = "flag"
)

// Source is where a setting's value came from.
type Source struct {
	Kind SourceKind
	// Where names the file (with line), variable or flag; empty for a
	// default.
	Where string
}

// String formats the source as "user file (/home/x/.config/folio/config.toml:3)".
func (s Source) String() string {
	if s.Where == "" {
		return string(s.Kind)
	}
	return fmt.Sprintf("%s (%s)", s.Kind, s.Where)
}

// PostsOptions returns the options to load the site's posts with: the
// site's rules, with the content folder override applied.
func (c *Config) PostsOptions() posts.Options {
	rules := c.Site.Rules
	if c.ContentDir != "" {
		// The generator's excludes name paths in its own content folder;
		// they still apply to a folder inside it, not to one elsewhere.
		inside := rules.ContentDir == "" || c.ContentDir == rules.ContentDir ||
			strings.HasPrefix(c.ContentDir, rules.ContentDir+"/")
		for _, ld := range rules.LangDirs {
			inside = inside || c.ContentDir == ld.Dir || strings.HasPrefix(c.ContentDir, ld.Dir+"/")
		}
		if !inside {
			rules.Exclude = nil
		}
		rules.ContentDir = c.ContentDir
		rules.LangDirs = nil
	}
	return posts.Options{Rules: rules}
}

// Taxonomies are the site's own taxonomies beyond tags and categories,
// which queries accept as filters.
func (c *Config) Taxonomies() []string {
	var out []string
	for _, t := range c.Site.Rules.Taxonomies {
		if t != "tags" && t != "categories" {
			out = append(out, t)
		}
	}
	return out
}
