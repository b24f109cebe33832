package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// Site is what Detect learned about the site a folder belongs to.
type Site struct {
	Generator site.Generator
	// Root is the absolute path of the site's root folder: the one that
	// holds its settings file (or the folder Detect started from, for a
	// plain folder).
	Root string
	// Files are the settings files read, relative to Root.
	Files []string
	// Why says what made Root the site and its kind (the settings file
	// and how it was chosen), for folio config.
	Why string
	// Settings are the generator settings that change what posts mean,
	// as read, in the order found.
	Settings []SiteSetting
	// NotUnderstood are settings folio saw but could not read (code
	// instead of a literal, a value of the wrong type); they are left at
	// the generator's default rather than guessed.
	NotUnderstood []Note
	// Rules holds the rules to pass to posts.Load in Options.Rules; its
	// paths are relative to Root.
	Rules posts.Rules
	// ShowDrafts is the site's own say on drafts (Jekyll's show_drafts);
	// nil when the site does not say.
	ShowDrafts *bool
	// Title is the site's name as its settings give it (Pelican's
	// SITENAME, Hugo's and Jekyll's title); "" when they do not.
	Title string
	// Values are the site's settings as a post's templates show them:
	// {{ site.x }} in Jekyll and Hugo's param shortcode. Keys are
	// lowercase and dotted ("author.name"); only text, numbers and
	// booleans are kept, a few levels deep; a Hugo site's params are
	// also under their bare names ("version" for params.version) unless
	// a setting has that name. They are computed once, from the settings
	// files Detect reads (all of Hugo's forms, config/_default included;
	// Jekyll's _config.yml). Nil for Pelican and plain folders, whose
	// templates are not run over posts.
	Values map[string]string
	// StaticDirs are the folders whose files the generator copies into
	// the built site as they are, so that a link to "/images/x.png" can
	// be checked without building.
	StaticDirs []posts.StaticDir
	// DefinitionTermIDs says the terms of definition lists get ids as
	// headings do (Hugo's markup.goldmark.parser.autoDefinitionTermID).
	DefinitionTermIDs bool

	// jekyllConfig is a Jekyll site's _config.yml as read, for
	// JekyllFiles.
	jekyllConfig map[string]any

	// Emoji says the site turns ":wave:" shortcodes into emoji: Hugo's
	// enableEmoji, Jekyll's jemoji plugin, a Python-Markdown emoji
	// extension in Pelican's MARKDOWN.
	Emoji bool
}

// SiteSetting is one generator setting read from a site file.
type SiteSetting struct {
	File  string // relative to the site root
	Line  int    // 1-based; 0 when not known
	Key   string // as written in the file
	Value string // the value, printed for people
}

// Note is a problem with a setting that folio reports and works around.
type Note struct {
	File string
	Line int
	Key  string
	Msg  string
}

// String formats the note as "file:line: key: message".
func (n Note) String() string {
	var b strings.Builder
	b.WriteString(n.File)
	if n.Line > 0 {
		fmt.Fprintf(&b, ":%d", n.Line)
	}
	b.WriteString(": ")
	if n.Key != "" {
		b.WriteString(n.Key + ": ")
	}
	b.WriteString(n.Msg)
	return b.String()
}

// FileError is a settings file folio cannot read at all. Its message names
// the file, the line and the key, so that one line tells the user what to
// fix.
type FileError struct {
	File string
	Line int
	Key  string
	Msg  string
}

func (e *FileError) Error() string {
	return Note{File: e.File, Line: e.Line, Key: e.Key, Msg: e.Msg}.String()
}

// SiteFileName is folio's own settings file at a site's root.
const SiteFileName = ".folio.toml"

// Detect finds the site that dir belongs to by walking up from dir to the
// nearest folder with a generator's settings file or a .folio.toml, and
// reads the settings that change what its posts mean. The walk stops at a
// repository root (a folder with .git) or the file system root; when it
// finds nothing, dir itself is a plain folder. settingsFile, when not
// empty, names the Pelican settings file to read instead of the one
// detection finds (relative to the root). A settings file that cannot be
// parsed is a *FileError.
func Detect(dir, settingsFile string) (*Site, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	root, found := findRoot(abs, settingsFile)
	s := &Site{Generator: found.generator, Root: root, Why: found.why}
	switch found.generator {
	case site.Pelican:
		err = readPelican(s, found.pelican)
	case site.Hugo:
		err = readHugo(s)
	case site.Jekyll:
		err = readJekyll(s)
	default:
		s.Rules = posts.Rules{Generator: site.Plain}
		s.StaticDirs = []posts.StaticDir{{Dir: "", URL: "/"}}
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

// siteFound is what makes a folder a site root.
type siteFound struct {
	generator site.Generator
	why       string
	pelican   pelicanSettings
}

// findRoot walks up from dir and returns the site root and what it is.
func findRoot(dir, settingsFile string) (string, siteFound) {
	for d := dir; ; {
		if f := kindOf(d, settingsFile); f.generator != "" {
			return d, f
		}
		if exists(filepath.Join(d, SiteFileName)) {
			return d, siteFound{generator: site.Plain, why: SiteFileName + " marks the folder"}
		}
		if exists(filepath.Join(d, ".git")) {
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	return dir, siteFound{generator: site.Plain, why: "no generator settings found up to the repository root"}
}

// kindOf recognises a site root by its settings files.
func kindOf(dir, settingsFile string) siteFound {
	if settingsFile != "" && isFile(filepath.Join(dir, settingsFile)) {
		ps := findPelicanSettings(dir)
		ps.file, ps.why = filepath.ToSlash(settingsFile), "named by the settings option"
		return siteFound{generator: site.Pelican, why: ps.file + ": " + ps.why, pelican: ps}
	}
	if isFile(filepath.Join(dir, "pelicanconf.py")) {
		ps := findPelicanSettings(dir)
		return siteFound{generator: site.Pelican, why: ps.file + ": " + ps.why, pelican: ps}
	}
	if isFile(filepath.Join(dir, "_config.yml")) || isFile(filepath.Join(dir, "_config.yaml")) {
		return siteFound{generator: site.Jekyll, why: "Jekyll's _config.yml"}
	}
	for _, name := range hugoConfigNames {
		if !isFile(filepath.Join(dir, name)) {
			continue
		}
		// config.* is a common name; only a folder that looks like a
		// Hugo site (or a hugo.* file) counts.
		if strings.HasPrefix(name, "hugo.") {
			return siteFound{generator: site.Hugo, why: "Hugo's " + name}
		}
		if looksLikeHugo(dir) || hugoSettingsIn(filepath.Join(dir, name)) {
			return siteFound{generator: site.Hugo, why: name + " with Hugo's settings or folders"}
		}
	}
	if isDir(filepath.Join(dir, "config", "_default")) {
		return siteFound{generator: site.Hugo, why: "Hugo's config/_default folder"}
	}
	if ps := findPelicanSettings(dir); ps.file != "" {
		return siteFound{generator: site.Pelican, why: ps.file + ": " + ps.why, pelican: ps}
	}
	// Jekyll runs without a _config.yml, with its defaults.
	if isDir(filepath.Join(dir, "_posts")) || isDir(filepath.Join(dir, "_drafts")) {
		return siteFound{generator: site.Jekyll, why: "a _posts or _drafts folder (Jekyll's defaults, no _config.yml)"}
	}
	return siteFound{}
}

// hugoSettingsIn reports whether a config.* file sets a key only Hugo
// reads (baseURL, languageCode, contentDir, …).
func hugoSettingsIn(p string) bool {
	text := strings.ToLower(readHead(p))
	for _, key := range []string{"baseurl", "languagecode", "contentdir", "defaultcontentlanguage", "permalinks", "taxonomies"} {
		if strings.Contains(text, key) {
			return true
		}
	}
	return false
}

// looksLikeHugo reports whether dir has the folders a Hugo site has.
func looksLikeHugo(dir string) bool {
	for _, d := range []string{"content", "archetypes", "layouts", "themes"} {
		if isDir(filepath.Join(dir, d)) {
			return true
		}
	}
	return false
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

func isFile(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.Mode().IsRegular()
}

func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}

// zone reads a time zone setting: an IANA name. An empty name is not
// one, though time.LoadLocation reads it as UTC.
func zone(v any) (*time.Location, bool) {
	name, _ := v.(string)
	if name == "" {
		return nil, false
	}
	loc, err := time.LoadLocation(name)
	return loc, err == nil
}

// setting records a generator setting read from a file.
func (s *Site) setting(file string, line int, key string, value any) {
	s.Settings = append(s.Settings, SiteSetting{File: file, Line: line, Key: key, Value: printValue(value)})
}

// notUnderstood records a setting folio leaves at the generator's default.
func (s *Site) notUnderstood(file string, line int, key, format string, args ...any) {
	s.NotUnderstood = append(s.NotUnderstood, Note{File: file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)})
}

// printValue shows a setting's value the way it would be written.
func printValue(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case string:
		return fmt.Sprintf("%q", v)
	case []any:
		parts := make([]string, len(v))
		for i, item := range v {
			parts[i] = printValue(item)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []string:
		parts := make([]string, len(v))
		for i, item := range v {
			parts[i] = fmt.Sprintf("%q", item)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := sortedKeys(v)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%q: %s", k, printValue(v[k]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(v)
}
