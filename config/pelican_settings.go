package config

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// pelicanDefaultFilenameMetadata is Pelican's default FILENAME_METADATA:
// a file named "2012-11-22-x.md" is dated by its name.
const pelicanDefaultFilenameMetadata = `(?P<date>\d{4}-\d{2}-\d{2}).*`

// pelicanExtensions are the file endings Pelican's Markdown, reST and
// HTML readers take, matched as written.
var pelicanExtensions = []string{".md", ".markdown", ".mkd", ".mdown", ".rst", ".html", ".htm"}

// pelicanKeys are the Pelican settings folio reads; every other setting
// does not change what a post means and is ignored.
var pelicanKeys = map[string]bool{
	"PATH": true, "ARTICLE_PATHS": true, "PAGE_PATHS": true, "ARTICLE_EXCLUDES": true,
	"PAGE_EXCLUDES": true, "IGNORE_FILES": true, "USE_FOLDER_AS_CATEGORY": true,
	"DEFAULT_CATEGORY": true, "DEFAULT_DATE": true, "DEFAULT_METADATA": true,
	"FILENAME_METADATA": true, "PATH_METADATA": true, "TIMEZONE": true, "AUTHOR": true,
	"DEFAULT_LANG": true, "SLUGIFY_SOURCE": true, "SLUG_REGEX_SUBSTITUTIONS": true,
	"PLUGINS": true, "WITH_FUTURE_DATES": true, "READERS": true, "STATIC_PATHS": true,
	"MARKDOWN": true,
}

// pelicanConf is the literal settings of a pelicanconf.py.
type pelicanConf struct {
	detected *Site
	vals     map[string]any
	line     map[string]int    // key → line of its last assignment
	from     map[string]string // key → file of its last assignment
}

// readPelican reads the Pelican settings file at the site root without
// running it.
func readPelican(s *Site, found pelicanSettings) error {
	settingsFile := found.file
	data, err := readSettingsFile(filepath.Join(s.Root, settingsFile))
	if err != nil {
		return &FileError{File: settingsFile, Msg: fmt.Sprintf("cannot read: %v", unwrapPath(err))}
	}
	c := &pelicanConf{detected: s, vals: map[string]any{}, line: map[string]int{}, from: map[string]string{}}
	c.read(filepath.ToSlash(settingsFile), string(data), 0)
	if _, set := c.vals["PATH"]; (!set || found.commandLine) && found.contentDir != "" {
		// pelican INPUTDIR, as the Makefile runs it, sets the content
		// folder when the settings do not; a path on pelican's command
		// line wins over PATH, as in pelican's get_config.
		c.vals["PATH"], c.from["PATH"] = found.contentDir, found.contentFrom
		delete(c.line, "PATH")
	}
	s.Rules = c.site2posts()
	s.Rules.URLs = c.urls()
	s.Title = c.title()
	s.StaticDirs = c.staticDirs(s.Rules.ContentDir)
	s.Emoji = c.markdownEmoji()
	// site2posts drops the values it cannot use, so only what it
	// understood is shown as read.
	for _, key := range sortedKeys(c.vals) {
		s.setting(c.from[key], c.line[key], key, c.vals[key])
	}
	return nil
}

// read takes the assignments of one settings file; "from module import
// *" reads module.py (beside the site root, as Pelican's publishconf.py
// imports pelicanconf.py) in its place.
func (c *pelicanConf) read(file, src string, depth int) {
	c.detected.Files = append(c.detected.Files, file)
	for _, a := range parsePython(src) {
		if a.StarImport != "" {
			mod := a.StarImport + ".py"
			data, err := readSettingsFile(filepath.Join(c.detected.Root, mod))
			if err != nil || depth >= 5 || slices.Contains(c.detected.Files, mod) {
				why := ""
				if err != nil && !errors.Is(err, os.ErrNotExist) {
					why = fmt.Sprintf(" (%v)", unwrapPath(err))
				}
				c.detected.notUnderstood(file, a.Line, "", "from %s import *: %s.py not read%s; its settings are unknown", a.StarImport, a.StarImport, why)
				continue
			}
			c.read(mod, string(data), depth+1)
			continue
		}
		if a.Name == "" {
			c.detected.notUnderstood(file, a.Line, "", "%s; settings after this line are not read", a.Err)
			continue
		}
		if !pelicanKeys[a.Name] && !pelicanURLKeys[a.Name] && a.Name != pelicanTitleKey {
			continue
		}
		// A later assignment replaces an earlier one, understood or not.
		delete(c.vals, a.Name)
		c.line[a.Name], c.from[a.Name] = a.Line, file
		if a.Err != "" {
			c.detected.notUnderstood(file, a.Line, a.Name, "not understood (%s); the generator's default is used", a.Err)
			continue
		}
		c.vals[a.Name] = a.Value
	}
}

// site2posts turns the settings into posts rules, with Pelican's defaults
// for what is not set.
func (c *pelicanConf) site2posts() posts.Rules {
	ps := posts.Rules{Generator: site.Pelican, DefaultCategory: "misc"}
	content := ""
	if p, ok := c.str("PATH"); ok {
		content = c.contentPath(p)
	}
	ps.ContentDir = content
	articles := c.paths("ARTICLE_PATHS", []string{""})
	pages := c.paths("PAGE_PATHS", []string{"pages"})
	ps.PageDirs = nonNil(pages)
	ps.ArticleDirs = nonNil(articles)
	// Pelican adds each kind's folders to the other's excludes.
	articleExcludes := append(c.paths("ARTICLE_EXCLUDES", nil), pages...)
	pageExcludes := append(c.paths("PAGE_EXCLUDES", nil), articles...)
	ignores := []string{".#*"}
	if v, ok := c.strList("IGNORE_FILES"); ok {
		ignores = v
	}
	ps.Exclude = pelicanExclude(content, articles, pages, articleExcludes, pageExcludes, ignores, c.readerExtensions())

	// Pelican publishes future dates unless WITH_FUTURE_DATES is off.
	ps.PublishFuture = true
	if v, ok := c.boolean("WITH_FUTURE_DATES"); ok {
		ps.PublishFuture = v
	}
	if v, ok := c.boolean("USE_FOLDER_AS_CATEGORY"); ok {
		ps.NoFolderCategory = !v
	}
	if v, ok := c.vals["DEFAULT_CATEGORY"]; ok {
		ps.DefaultCategory = fmt.Sprint(orEmpty(v))
	}
	if v, ok := c.vals["DEFAULT_DATE"]; ok {
		switch v := v.(type) {
		case nil:
		case string:
			if v == "fs" {
				ps.DateFromFile = true
			} else if d, err := posts.ParseDate(v); err == nil {
				ps.DefaultMetadata = setDefault(ps.DefaultMetadata, "date", d)
			} else {
				c.bad("DEFAULT_DATE", "%v", err)
			}
		case []any:
			if d, ok := dateFromTuple(v); ok {
				ps.DefaultMetadata = setDefault(ps.DefaultMetadata, "date", d)
			} else {
				c.bad("DEFAULT_DATE", "a date tuple is (year, month, day[, hour, minute, second])")
			}
		default:
			c.bad("DEFAULT_DATE", "is 'fs', a date string or a tuple")
		}
	}
	if v, ok := c.vals["DEFAULT_METADATA"]; ok {
		if m, isMap := v.(map[string]any); isMap {
			for k, val := range m {
				ps.DefaultMetadata = setDefault(ps.DefaultMetadata, strings.ToLower(k), val)
			}
		} else if v != nil {
			c.bad("DEFAULT_METADATA", "is a dict")
		}
	}
	ps.FilenameMetadata = c.regexp("FILENAME_METADATA", pelicanDefaultFilenameMetadata)
	ps.PathMetadata = c.regexp("PATH_METADATA", "")
	if tz, ok := c.str("TIMEZONE"); ok && tz != "" {
		if loc, err := time.LoadLocation(tz); err == nil {
			ps.Location = loc
		} else {
			c.bad("TIMEZONE", "unknown time zone %q", tz)
		}
	}
	if a, ok := c.str("AUTHOR"); ok {
		ps.Author = a
	}
	ps.Lang = "en"
	if l, ok := c.str("DEFAULT_LANG"); ok {
		ps.Lang = l
	}
	if src, ok := c.str("SLUGIFY_SOURCE"); ok {
		switch src {
		case "title":
		case "basename":
			ps.SlugFromFile = true
		default:
			c.bad("SLUGIFY_SOURCE", "is 'title' or 'basename', not %q", src)
		}
	}
	if v, ok := c.vals["SLUG_REGEX_SUBSTITUTIONS"]; ok {
		ps.SlugSubstitutions = c.slugSubs(v)
	}
	plugins, set := c.vals["PLUGINS"]
	if v, ok := c.strList("PLUGINS"); ok && plugins != nil {
		for _, p := range v {
			if m := yamlReaderModule(p); m != "" {
				ps.YAMLHeaders = true
				ps.YAMLTermsWhole = ps.YAMLTermsWhole || m == "yaml_metadata"
			}
		}
	} else if !set || plugins == nil {
		if module, file, line := installedYAMLReader(c.detected.Root); module != "" {
			// Pelican loads every installed namespace plugin when
			// PLUGINS is not set (or None).
			ps.YAMLHeaders, ps.YAMLTermsWhole = true, module == "yaml_metadata"
			c.detected.setting(file, line, "PLUGINS", "(not set: Pelican loads the installed pelican.plugins."+module+")")
		}
	}
	return ps
}

// readerExtensions are the file endings Pelican reads: its own readers'
// less those READERS turns off ({'html': None}).
func (c *pelicanConf) readerExtensions() []string {
	v, ok := c.vals["READERS"]
	if !ok {
		return pelicanExtensions
	}
	m, isMap := v.(map[string]any)
	if !isMap {
		c.bad("READERS", "is a dict")
		return pelicanExtensions
	}
	return slices.DeleteFunc(slices.Clone(pelicanExtensions), func(ext string) bool {
		r, set := m[strings.TrimPrefix(ext, ".")]
		return set && r == nil
	})
}

func (c *pelicanConf) bad(key, format string, args ...any) {
	delete(c.vals, key)
	c.detected.notUnderstood(c.from[key], c.line[key], key, "not understood: "+format+"; the generator's default is used", args...)
}

func (c *pelicanConf) str(key string) (string, bool) {
	v, ok := c.vals[key]
	if !ok {
		return "", false
	}
	s, isStr := v.(string)
	if !isStr {
		c.bad(key, "is a string")
		return "", false
	}
	return s, true
}

func (c *pelicanConf) boolean(key string) (bool, bool) {
	v, ok := c.vals[key]
	if !ok {
		return false, false
	}
	switch v := v.(type) {
	case bool:
		return v, true
	case int64:
		return v != 0, true
	case nil:
		return false, true
	case string:
		return v != "", true
	}
	c.bad(key, "is True or False")
	return false, false
}

// strList reads a list of strings; Pelican also accepts one string, and
// None as no list.
func (c *pelicanConf) strList(key string) ([]string, bool) {
	v, ok := c.vals[key]
	if !ok {
		return nil, false
	}
	if v == nil {
		return []string{}, true
	}
	list, ok := strList(v)
	if !ok {
		c.bad(key, "is a list of strings")
	}
	return list, ok
}

// staticDirs are Pelican's STATIC_PATHS (["images"] unless set), folders
// or files under the content folder copied to the same path in the
// output.
func (c *pelicanConf) staticDirs(content string) []posts.StaticDir {
	var out []posts.StaticDir
	for _, p := range c.paths("STATIC_PATHS", []string{"images"}) {
		url := "/" + strings.Trim(p, "/") + "/"
		if p == "" || p == "." {
			url = "/"
		}
		out = append(out, posts.StaticDir{Dir: path.Join(content, p), URL: url})
	}
	return out
}

// paths reads a list of folders relative to the content folder.
func (c *pelicanConf) paths(key string, def []string) []string {
	v, ok := c.strList(key)
	if !ok {
		return def
	}
	out := make([]string, len(v))
	for i, p := range v {
		out[i] = cleanRel(p)
	}
	return out
}

// regexp compiles a Python regular expression, anchored at the start as
// re.match is. Python-only syntax (look-arounds, back-references) is
// reported as not understood.
func (c *pelicanConf) regexp(key, def string) *regexp.Regexp {
	src := def
	if v, ok := c.vals[key]; ok {
		if v == nil {
			return nil
		}
		s, isStr := v.(string)
		if !isStr {
			c.bad(key, "is a regular expression string")
		} else {
			src = s
		}
	}
	if src == "" {
		return nil
	}
	re, err := regexp.Compile(`^(?:` + goRegexp(src) + `)`)
	if err != nil {
		c.bad(key, "%v", err)
		if src == def {
			return nil
		}
		re, _ = regexp.Compile(`^(?:` + def + `)`)
	}
	return re
}

// slugSubs reads SLUG_REGEX_SUBSTITUTIONS: a list of (pattern, replacement)
// pairs in Python's re syntax.
func (c *pelicanConf) slugSubs(v any) []posts.SlugSubstitution {
	list, ok := v.([]any)
	if !ok {
		c.bad("SLUG_REGEX_SUBSTITUTIONS", "is a list of (pattern, replacement) pairs")
		return nil
	}
	out := make([]posts.SlugSubstitution, 0, len(list))
	for _, item := range list {
		pair, ok := item.([]any)
		if !ok || len(pair) != 2 {
			c.bad("SLUG_REGEX_SUBSTITUTIONS", "is a list of (pattern, replacement) pairs")
			return nil
		}
		pat, ok1 := pair[0].(string)
		rep, ok2 := pair[1].(string)
		if !ok1 || !ok2 {
			c.bad("SLUG_REGEX_SUBSTITUTIONS", "is a list of (pattern, replacement) pairs of strings")
			return nil
		}
		re, err := regexp.Compile(goRegexp(pat))
		if err != nil {
			c.bad("SLUG_REGEX_SUBSTITUTIONS", "%v", err)
			return nil
		}
		out = append(out, posts.SlugSubstitution{Pattern: re, Replace: pythonReplacement(rep)})
	}
	return out
}

// goRegexp rewrites the Python regular expression syntax that Go spells
// differently: the (?u) flag (Go is always Unicode-aware) and \Z (Go's
// \z). Syntax Go lacks (look-arounds, back-references) is left to fail.
func goRegexp(py string) string {
	var b strings.Builder
	for i := 0; i < len(py); i++ {
		switch {
		case strings.HasPrefix(py[i:], "(?u)"):
			i += 3
		case py[i] == '\\' && i+1 < len(py):
			if py[i+1] == 'Z' {
				b.WriteString(`\z`)
			} else {
				b.WriteString(py[i : i+2])
			}
			i++
		default:
			b.WriteByte(py[i])
		}
	}
	return b.String()
}

// pythonReplacement turns Python's \1 and \g<name> into Go's ${1} and
// ${name}, and a literal "$" into "$$".
func pythonReplacement(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '$':
			b.WriteString("$$")
		case s[i] == '\\' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			b.WriteString("${" + s[i+1:i+2] + "}")
			i++
		case s[i] == '\\' && strings.HasPrefix(s[i+1:], "g<"):
			if end := strings.IndexByte(s[i:], '>'); end > 0 {
				b.WriteString("${" + s[i+3:i+end] + "}")
				i += end
				continue
			}
			b.WriteByte(s[i])
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// pelicanExclude decides which files Pelican reads, as its get_files does:
// an article is a file under ARTICLE_PATHS and not under
// ARTICLE_EXCLUDES, a page one under PAGE_PATHS and not under
// PAGE_EXCLUDES, and IGNORE_FILES patterns leave out files and folders by
// name. Paths are relative to the site root; content is the content
// folder.
func pelicanExclude(content string, articles, pages, articleExcl, pageExcl, ignores, exts []string) func(string, bool) bool {
	return func(p string, isDir bool) bool {
		rel := p
		if content != "" {
			if !within(p, content) {
				return true
			}
			rel = strings.TrimPrefix(strings.TrimPrefix(p, content), "/")
		}
		name := path.Base(p)
		for _, pat := range ignores {
			if ok, _ := path.Match(pat, name); ok {
				return true
			}
		}
		if isDir {
			// A folder is walked when some kind's root is inside it or it
			// is inside a root and not excluded.
			return !(reachable(rel, articles, articleExcl) || reachable(rel, pages, pageExcl))
		}
		if !slices.Contains(exts, path.Ext(name)) {
			return true // Pelican matches extensions case-sensitively
		}
		return !(included(rel, articles, articleExcl) || included(rel, pages, pageExcl))
	}
}

// reachable reports whether walking into dir can find files of a kind.
func reachable(dir string, roots, excl []string) bool {
	for _, r := range roots {
		if within(r, dir) {
			return true // dir leads to the root
		}
		if within(dir, r) && !excluded(dir, excl) {
			return true
		}
	}
	return false
}

func included(file string, roots, excl []string) bool {
	for _, r := range roots {
		if (r == file || within(file, r)) && !excluded(file, excl) {
			return true
		}
	}
	return false
}

// excluded reports whether p is or is inside one of the excluded
// folders; Pelican's excludes name folders, never a root itself ("").
func excluded(p string, excl []string) bool {
	for _, e := range excl {
		if e != "" && (p == e || strings.HasPrefix(p, e+"/")) {
			return true
		}
	}
	return false
}

// within reports whether p is dir or inside it ("" is the top).
func within(p, dir string) bool {
	return dir == "" || p == dir || strings.HasPrefix(p, dir+"/")
}

// cleanRel cleans a relative folder setting to slash form with no "./".
// contentPath is Pelican's PATH as a folder relative to the site root.
// An absolute PATH inside the site is made relative; one outside it keeps
// its leading slash, so that loading says it is outside the site instead
// of looking for it under the root.
func (c *pelicanConf) contentPath(p string) string {
	if !filepath.IsAbs(p) {
		return cleanRel(p)
	}
	root := c.detected.Root
	if real, err := filepath.EvalSymlinks(root); err == nil {
		if realP, err := filepath.EvalSymlinks(p); err == nil {
			root, p = real, realP
		}
	}
	if rel, err := filepath.Rel(root, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return cleanRel(rel)
	}
	return path.Clean(filepath.ToSlash(p))
}

func cleanRel(p string) string {
	p = path.Clean(filepath.ToSlash(p))
	if p == "." || p == "/" {
		return ""
	}
	return strings.TrimPrefix(p, "./")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func orEmpty(v any) any {
	if v == nil {
		return ""
	}
	return v
}

func setDefault(m map[string]any, k string, v any) map[string]any {
	if m == nil {
		m = map[string]any{}
	}
	m[k] = v
	return m
}

// dateFromTuple reads DEFAULT_DATE = (2012, 11, 22[, 22, 11, 0]).
func dateFromTuple(v []any) (posts.Date, bool) {
	if len(v) < 3 || len(v) > 6 {
		return posts.Date{}, false
	}
	n := [6]int{0, 1, 1}
	for i, item := range v {
		x, ok := item.(int64)
		if !ok {
			return posts.Date{}, false
		}
		n[i] = int(x)
	}
	return posts.Date{Time: time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, time.UTC)}, true
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// markdownEmoji reports whether MARKDOWN turns on a Python-Markdown emoji
// extension ("pymdownx.emoji", "markdown_emoji", "emoji"), in its
// extensions or its extension_configs.
func (c *pelicanConf) markdownEmoji() bool {
	md, _ := c.vals["MARKDOWN"].(map[string]any)
	var names []string
	if list, ok := md["extensions"].([]any); ok {
		for _, v := range list {
			if s, ok := v.(string); ok {
				names = append(names, s)
			}
		}
	}
	if confs, ok := md["extension_configs"].(map[string]any); ok {
		names = append(names, sortedKeys(confs)...)
	}
	for _, n := range names {
		n = n[strings.LastIndexAny(n, ".:")+1:]
		if strings.Contains(strings.ToLower(n), "emoji") {
			return true
		}
	}
	return false
}
