package ui

import (
	"io/fs"

	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/preview"
)

// Config is everything the interface needs to know about the blog and
// the user's settings. main fills it from the same resolver the CLI uses
// (config.Load, then the blog's settings), so the TUI and the commands
// never disagree about a setting.
type Config struct {
	// Dir is the blog folder, absolute.
	Dir string
	// Title names the blog in the title bar; empty means Dir's base name.
	Title string
	// FS reads the folder; nil means posts.DirFS(Dir).
	FS fs.FS
	// Posts says how posts are read (site rules); KeepBody and Search are
	// set by the interface itself.
	Posts posts.Options
	// SiteValues are the site's settings that {{ site.x }} and Hugo's
	// param show in posts (config.Site.Values).
	SiteValues map[string]string
	// JekyllFiles gives a Jekyll site's _data and _includes
	// (config.Site.JekyllFiles); nil shows includes as markers.
	JekyllFiles func() *config.JekyllFiles
	// Emoji turns ":wave:" shortcodes into emoji, as the site does
	// (config.Site.Emoji).
	Emoji bool
	// StaticDirs are the folders the site's generator copies as they
	// are (config.Site.StaticDirs), where the site-wide check looks for
	// linked images and files.
	StaticDirs []posts.StaticDir
	// DefinitionTermIDs says definition list terms have ids that links
	// may name (config.Site.DefinitionTermIDs).
	DefinitionTermIDs bool
	// Taxonomies are the site's own taxonomies, accepted in queries.
	Taxonomies []string
	// Style is the Glamour style: "dark" or "light" forces one, a path
	// names a JSON style file (read by main into StyleJSON), and "" or
	// "auto" asks the terminal for its background.
	Style string
	// StyleJSON is the content of the JSON style file named by Style,
	// used for every rendering when set.
	StyleJSON []byte
	// DateFormat is the Go layout dates are shown with; empty means
	// "2006-01-02".
	DateFormat string
	// Watch follows changes on disk and reloads.
	Watch bool
	// Sort and Reverse are the initial order of the list; empty Sort
	// means newest first.
	Sort    posts.SortKey
	Reverse bool
	// Editor is the configured editor, used when $VISUAL and $EDITOR
	// are unset.
	Editor string
	// NewPost is how new posts are written, resolved as folio new
	// resolves it (author, path pattern, front matter style).
	NewPost NewPostSettings
	// Width is the reading width: posts are rendered at most this wide
	// (the terminal caps it); 0 means the terminal's width.
	Width int
	// HideDrafts leaves drafts out of the list (the show_drafts setting
	// turned off).
	HideDrafts bool
	// Preview says how to start the site's own server for the preview
	// key; a nil Site means no preview.
	Preview preview.Options
}

// NewPostSettings are the settings of folio new that the new-post form
// uses: main resolves them with the same function as the command.
type NewPostSettings struct {
	// Author is the default author of new posts.
	Author string
	// PathPattern is where new posts go ("" for the site's default).
	PathPattern string
	// Style is the front matter of new posts; the zero Style means the
	// site's own.
	Style edit.Style
}

// dateLayout is the layout dates are shown with.
func (c Config) dateLayout() string {
	if c.DateFormat == "" {
		return "2006-01-02"
	}
	return c.DateFormat
}

// forcedStyle is "dark" or "light" when the settings force a background,
// "" when the terminal decides.
func (c Config) forcedStyle() string {
	if c.Style == "dark" || c.Style == "light" {
		return c.Style
	}
	return ""
}
