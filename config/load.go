package config

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/pelletier/go-toml/v2"
)

// Setting keys, as written in the TOML files. The environment variable
// of a key is FOLIO_ and the key in capitals (FOLIO_SHOW_DRAFTS); its
// flag, where a command has one, is the key with hyphens (--show-drafts).
const (
	KeyContentDir    = "content_dir"
	KeyAuthor        = "author"
	KeyNewPostFormat = "new_post_format"
	KeyNewPostPath   = "new_post_path"
	KeyDateFormat    = "date_format"
	KeySort          = "sort"
	KeyStyle         = "style"
	KeyEditor        = "editor"
	KeyShowDrafts    = "show_drafts"
	KeySiteFile      = "site_file"
	KeyWidth         = "width"
)

// ProgramKeys are the settings whose value is a program folio runs. A
// site's .folio.toml never sets them: a cloned repository would otherwise
// run whatever it likes when the user opens a post (git's safe.directory
// reasoning). They come only from the user's own file, the environment
// and flags. A preview server command, if one becomes a setting, belongs
// here too.
var ProgramKeys = []string{KeyEditor}

// DefaultWidth is the reading width when none is set, as glow's: long
// lines are hard to read, and the terminal caps it anyway.
const DefaultWidth = 80

// Keys lists every setting in the order folio config prints them.
var Keys = []string{KeyContentDir, KeyAuthor, KeyNewPostFormat, KeyNewPostPath, KeyDateFormat,
	KeySort, KeyStyle, KeyEditor, KeyShowDrafts, KeySiteFile, KeyWidth}

// EnvName is the environment variable that sets key.
func EnvName(key string) string { return "FOLIO_" + strings.ToUpper(key) }

// FlagName is the command-line flag that sets key.
func FlagName(key string) string { return strings.ReplaceAll(key, "_", "-") }

// Value returns a setting's value as folio config prints it.
func (c *Config) Value(key string) string {
	switch key {
	case KeyContentDir:
		return c.ContentDir
	case KeyAuthor:
		return c.Author
	case KeyNewPostFormat:
		return string(c.NewPostFormat)
	case KeyNewPostPath:
		return c.NewPostPath
	case KeyDateFormat:
		return c.DateFormat
	case KeySort:
		if c.SortReverse {
			return "-" + string(c.Sort)
		}
		return string(c.Sort)
	case KeyStyle:
		return c.Style
	case KeyEditor:
		return c.Editor
	case KeyShowDrafts:
		return strconv.FormatBool(c.ShowDrafts)
	case KeySiteFile:
		return c.SiteFile
	case KeyWidth:
		return strconv.Itoa(c.Width)
	}
	return ""
}

// LoadOptions say where Load looks.
type LoadOptions struct {
	// Dir is the folder folio was started in (--dir); "" is the current
	// folder. The site root is found by walking up from it.
	Dir string
	// Getenv reads the environment; nil means os.Getenv.
	Getenv func(string) string
	// Flags are settings given on the command line, by key, as text.
	Flags map[string]string
	// UserFile overrides the user settings file; "" means
	// UserFilePath(Getenv).
	UserFile string
}

// UserFilePath is the user settings file:
// $XDG_CONFIG_HOME/folio/config.toml, or ~/.config/folio/config.toml.
func UserFilePath(getenv func(string) string) string {
	if getenv == nil {
		getenv = os.Getenv
	}
	dir := getenv("XDG_CONFIG_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home := getenv("HOME")
		if home == "" {
			home, _ = os.UserHomeDir()
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "folio", "config.toml")
}

// Load finds the site that opts.Dir belongs to and builds folio's
// configuration for it: defaults, then the user file, then the site's
// .folio.toml, then FOLIO_* variables, then opts.Flags; later wins. A
// settings file that cannot be parsed, or a value of the wrong kind, is a
// *FileError (or an error naming the variable or flag); an unknown key
// is only a warning.
func Load(opts LoadOptions) (*Config, error) {
	getenv := opts.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	dir := opts.Dir
	if dir == "" {
		dir = "."
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	c := &Config{
		DateFormat: "2006-01-02",
		Sort:       posts.SortDate,
		Style:      "auto",
		ShowDrafts: true,
		Width:      DefaultWidth,
		UserFile:   opts.UserFile,
		Sources:    map[string]Source{},
	}
	if c.UserFile == "" {
		c.UserFile = UserFilePath(getenv)
	}
	for _, k := range Keys {
		c.Sources[k] = Source{Kind: FromDefault}
	}
	// Messages name the site's files from the current folder when they
	// are below it, else in full.
	cwd, _ := os.Getwd()

	if err := c.applyFile(c.UserFile, c.UserFile, FromUserFile); err != nil {
		return nil, err
	}
	root, _ := findRoot(abs, "")
	siteFile := filepath.Join(root, SiteFileName)
	if err := c.applyFile(siteFile, relTo(cwd, siteFile), FromSiteFile); err != nil {
		return nil, err
	}
	for _, k := range Keys {
		name := EnvName(k)
		if v, ok := lookup(getenv, name); ok {
			if err := c.apply(k, v, Source{Kind: FromEnv, Where: name}, ""); err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
		}
	}
	for _, k := range sortedKeys(opts.Flags) {
		if !slices.Contains(Keys, k) {
			return nil, fmt.Errorf("--%s: not a setting", FlagName(k))
		}
		if err := c.apply(k, opts.Flags[k], Source{Kind: FromFlag, Where: "--" + FlagName(k)}, ""); err != nil {
			return nil, fmt.Errorf("--%s: %v", FlagName(k), err)
		}
	}

	detected, err := Detect(abs, c.SiteFile)
	if err != nil {
		var fe *FileError
		if errors.As(err, &fe) {
			// Name the generator's file from where folio was started.
			siteRoot, _ := findRoot(abs, c.SiteFile)
			fe.File = relTo(cwd, filepath.Join(siteRoot, filepath.FromSlash(fe.File)))
		}
		return nil, err
	}
	c.Site = detected
	c.siteDefaults(getenv)
	return c, nil
}

// lookup reads an environment variable; set but empty counts as unset.
func lookup(getenv func(string) string, name string) (string, bool) {
	v := getenv(name)
	return v, v != ""
}

// relTo shows p relative to dir when it is inside it; an empty dir (the
// current folder is unknown) shows p in full.
func relTo(dir, p string) string {
	if dir == "" {
		return p
	}
	if r, err := filepath.Rel(dir, p); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return p
}

// set reports whether a file, the environment or a flag set key; the
// rest are still at their defaults.
func (c *Config) set(key string) bool { return c.Sources[key].Kind != FromDefault }

// siteDefaults fills the settings nobody set from what the site says.
func (c *Config) siteDefaults(getenv func(string) string) {
	s := c.Site
	siteSource := Source{Kind: FromSite}
	if len(s.Files) > 0 {
		siteSource.Where = s.Files[0]
	}
	if !c.set(KeyAuthor) && s.Rules.Author != "" {
		c.Author = s.Rules.Author
		c.Sources[KeyAuthor] = siteSource
	}
	if !c.set(KeyShowDrafts) && s.ShowDrafts != nil {
		c.ShowDrafts = *s.ShowDrafts
		c.Sources[KeyShowDrafts] = siteSource
	}
	kind := Source{Kind: FromDefault, Where: "for a " + string(s.Generator) + " site"}
	if !c.set(KeyNewPostFormat) {
		c.NewPostFormat = edit.DefaultStyle(s.Rules).Format
		c.Sources[KeyNewPostFormat] = kind
	}
	if !c.set(KeyNewPostPath) {
		rules := s.Rules
		if c.ContentDir != "" {
			rules.ContentDir = c.ContentDir
		}
		c.NewPostPath = edit.DefaultPathPattern(rules, false)
		c.Sources[KeyNewPostPath] = kind
	}
	// As every terminal program does (and as the editor launcher runs
	// it), $VISUAL, then $EDITOR, win over folio's own setting; only an
	// explicit --editor wins over them.
	if c.Sources[KeyEditor].Kind != FromFlag {
		for _, name := range []string{"VISUAL", "EDITOR"} {
			if v, ok := lookup(getenv, name); ok {
				c.Editor = v
				c.Sources[KeyEditor] = Source{Kind: FromEnv, Where: name}
				break
			}
		}
	}
}

// applyFile applies a folio settings file if it exists. shown is how
// messages name it.
func (c *Config) applyFile(file, shown string, kind SourceKind) error {
	data, err := readSettingsFile(file)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if errors.Is(err, posts.ErrNotRegular) {
		// Like a missing file: folio's own settings are optional.
		c.Warnings = append(c.Warnings, fmt.Sprintf("%s: %v; skipped", shown, unwrapPath(err)))
		return nil
	}
	if err != nil {
		return &FileError{File: shown, Msg: fmt.Sprintf("cannot read: %v", unwrapPath(err))}
	}
	var vals map[string]any
	if err := toml.Unmarshal(data, &vals); err != nil {
		return tomlError(shown, err)
	}
	lines := keyLines(data, vals)
	for _, k := range sortedKeys(vals) {
		line := lines[k]
		if !slices.Contains(Keys, k) {
			c.Warnings = append(c.Warnings, Note{File: shown, Line: line, Key: k,
				Msg: "unknown setting, ignored (settings: " + strings.Join(Keys, ", ") + ")"}.String())
			continue
		}
		if kind == FromSiteFile && slices.Contains(ProgramKeys, k) {
			n := Note{File: shown, Line: line, Key: k, Msg: "ignored: a setting that runs a program is taken only from your own settings file, the environment or a flag, never from a site's files"}
			c.Ignored = append(c.Ignored, n)
			c.Warnings = append(c.Warnings, n.String())
			continue
		}
		src := Source{Kind: kind, Where: fmt.Sprintf("%s:%d", shown, line)}
		if err := c.apply(k, vals[k], src, filepath.Dir(file)); err != nil {
			return &FileError{File: shown, Line: line, Key: k, Msg: err.Error()}
		}
	}
	return nil
}

// apply checks and sets one setting. v is a TOML value or, from the
// environment and flags, text. base resolves a relative style file.
func (c *Config) apply(key string, v any, src Source, base string) error {
	text, isText := v.(string)
	switch key {
	case KeyWidth:
		n, ok := v.(int64)
		if isText {
			i, err := strconv.Atoi(strings.TrimSpace(text))
			if err != nil {
				return fmt.Errorf("%q is not a number of columns", text)
			}
			n, ok = int64(i), true
		}
		if !ok {
			return fmt.Errorf("is a number of columns, not %s", tomlKind(v))
		}
		if n < 20 || n > 1000 {
			return fmt.Errorf("%d is not a reading width between 20 and 1000 columns", n)
		}
		c.Width = int(n)
		c.Sources[key] = src
		return nil
	case KeyShowDrafts:
		b, ok := v.(bool)
		if isText {
			var err error
			if b, err = strconv.ParseBool(strings.TrimSpace(text)); err != nil {
				return fmt.Errorf("%q is not true or false", text)
			}
			ok = true
		}
		if !ok {
			return fmt.Errorf("is %s, not true or false", tomlKind(v))
		}
		c.ShowDrafts = b
		c.Sources[key] = src
		return nil
	}
	if !isText {
		return fmt.Errorf("is %s, not a string", tomlKind(v))
	}
	switch key {
	case KeyContentDir:
		d := cleanRel(text)
		if filepath.IsAbs(text) || d == ".." || strings.HasPrefix(d, "../") {
			return fmt.Errorf("%q is not a folder inside the site", text)
		}
		c.ContentDir = d
	case KeyAuthor:
		c.Author = strings.TrimSpace(text)
	case KeyNewPostFormat:
		f := posts.Format(strings.ToLower(strings.TrimSpace(text)))
		if f != posts.FormatPelican && f != posts.FormatYAML && f != posts.FormatTOML {
			return fmt.Errorf("%q is not a format for new posts (pelican, yaml or toml)", text)
		}
		c.NewPostFormat = f
	case KeyNewPostPath:
		if _, err := edit.ExpandPathPattern(text, "slug", "category", time.Now()); err != nil {
			return err
		}
		c.NewPostPath = text
	case KeyDateFormat:
		// A layout without any of the reference date's parts formats
		// every date the same.
		other := time.Date(2019, 11, 28, 23, 47, 33, 0, time.UTC)
		if strings.TrimSpace(text) == "" || other.Format(text) == text {
			return fmt.Errorf("%q is not a Go date layout (write the date 2006-01-02 15:04 the way it should look)", text)
		}
		c.DateFormat = text
	case KeySort:
		key, rev := strings.CutPrefix(strings.TrimSpace(text), "-")
		switch posts.SortKey(key) {
		case posts.SortDate, posts.SortTitle, posts.SortModified, posts.SortRelevance:
		default:
			return fmt.Errorf("%q is not an order (date, title, modified or relevance, with - in front to reverse)", text)
		}
		c.Sort, c.SortReverse = posts.SortKey(key), rev
	case KeyStyle:
		style, err := styleSetting(text, base)
		if err != nil {
			return err
		}
		if err := styleFileProblem(style); err != nil && !isStyleName(style) {
			c.Warnings = append(c.Warnings, fmt.Sprintf("%s: style file %s: %v; the auto style is used", src.Where, style, unwrapPath(err)))
			style = "auto"
		}
		c.Style = style
	case KeyEditor:
		c.Editor = strings.TrimSpace(text)
	case KeySiteFile:
		f := cleanRel(text)
		if f == "" || filepath.IsAbs(text) || strings.HasPrefix(f, "../") {
			return fmt.Errorf("%q is not a file inside the site", text)
		}
		c.SiteFile = f
	}
	c.Sources[key] = src
	return nil
}

func isStyleName(s string) bool { return s == "auto" || s == "dark" || s == "light" }

// styleSetting reads a Glamour style: a name, or a JSON file relative to
// the folder of the file that set it.
func styleSetting(text, base string) (string, error) {
	s := strings.TrimSpace(text)
	if isStyleName(strings.ToLower(s)) {
		return strings.ToLower(s), nil
	}
	if !strings.EqualFold(path.Ext(s), ".json") {
		return "", fmt.Errorf("%q is not auto, dark, light or a .json style file", text)
	}
	if strings.HasPrefix(s, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			s = filepath.Join(home, s[2:])
		}
	}
	if !filepath.IsAbs(s) {
		if base == "" {
			base, _ = os.Getwd()
		}
		s = filepath.Join(base, s)
	}
	return s, nil
}

// tomlKind names a TOML value's type for messages.
func tomlKind(v any) string {
	switch v.(type) {
	case bool:
		return "a boolean"
	case int64, float64:
		return "a number"
	case []any:
		return "a list"
	case map[string]any:
		return "a table"
	case string:
		return "a string"
	}
	return fmt.Sprintf("%T", v)
}

// Template is the commented user file folio config --edit starts from.
var Template = []byte(`# folio settings. Later layers win: this file, then a site's .folio.toml,
# then FOLIO_* environment variables (FOLIO_SORT, …), then flags.
# Every setting is optional; remove the # to change one.

# Folder, relative to the site root, that holds the posts (default: the site's own).
# content_dir = "content"

# Author written into new posts (default: the site's, e.g. Pelican's AUTHOR).
# author = "Your Name"

# Front matter of new posts: pelican, yaml or toml (default: the site's usual one).
# new_post_format = "yaml"

# Where new posts go, relative to the site root. Placeholders: {slug} {category}
# {date} {year} {month} {day}.
# new_post_path = "content/{category}/{slug}.md"

# How dates are shown, as a Go layout: write 2006-01-02 15:04 the way it should look.
# date_format = "2 Jan 2006"

# Order of the list: date, title or modified; a leading - reverses it.
# sort = "date"

# Glamour style for reading: auto, dark, light, or a JSON style file.
# style = "auto"

# Command that edits a post when neither $VISUAL nor $EDITOR is set. Only
# this file, FOLIO_EDITOR or --editor can set it: a site's .folio.toml cannot.
# editor = "nvim"

# List drafts too.
# show_drafts = true

# Pelican settings file to read instead of pelicanconf.py.
# site_file = "publishconf.py"

# Reading width in columns (the terminal's width caps it).
# width = 80
`)

// EnsureUserFile creates the user settings file from Template when it
// does not exist, and never overwrites one that does. It reports whether
// it created the file.
func EnsureUserFile(file string) (bool, error) {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return false, err
	}
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if _, err := f.Write(Template); err != nil {
		f.Close()
		os.Remove(file)
		return false, err
	}
	return true, f.Close()
}
