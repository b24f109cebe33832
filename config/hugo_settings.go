package config

import (
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// hugoConfigNames are the site settings files Hugo 0.111 looks for, in its
// order: hugo.* before config.*, each in TOML, YAML (.yaml or .yml) and
// JSON.
var hugoConfigNames = []string{"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
	"config.toml", "config.yaml", "config.yml", "config.json"}

// hugoExtensions are the content files Hugo renders that folio reads, in
// the order Hugo prefers one when two files share a base name. Hugo
// matches them case-sensitively.
// HTML files count when they start with front matter (posts.Find
// checks).
var hugoExtensions = []string{".md", ".markdown", ".mdown", ".rst", ".html", ".htm"}

// hugoBundleExtensions are the extensions of every content file Hugo
// makes a bundle's page of, read by folio or not: an index.org or
// _index.adoc makes its folder a bundle all the same. (.html is left out:
// Hugo opens it to decide.)
var hugoBundleExtensions = []string{".md", ".markdown", ".mdown", ".rst", ".rest",
	".adoc", ".asciidoc", ".ad", ".org", ".pandoc", ".pdc"}

// isHugoHeader reports whether a file name is a bundle's own page as Hugo
// classifies it: prefix "index." (a leaf) or "_index." (a branch), and a
// content file's extension.
func isHugoHeader(name, prefix string) bool {
	return strings.HasPrefix(name, prefix) && slices.Contains(hugoBundleExtensions, path.Ext(name))
}

// isListedHeader is isHugoHeader for a name dirCache listed, where an
// .html file is left only when it starts with front matter: such an
// index.html makes its folder a bundle too.
func isListedHeader(name, prefix string) bool {
	return isHugoHeader(name, prefix) || (posts.IsHTMLFile(name) && strings.HasPrefix(name, prefix))
}

// hugoDefaultDateKeys is Hugo's default [frontmatter] date precedence,
// with its aliases (publishDate is also pubdate or published; lastmod is
// also modified).
var hugoDefaultDateKeys = []string{"date", "publishdate", "pubdate", "published", "lastmod", "modified"}

// readHugo reads a Hugo site's settings: the root settings file and the
// files of config/_default/, merged as Hugo merges them.
func readHugo(s *Site) error {
	vals := map[string]any{}
	where := map[string]fileLine{} // top-level key → where it was set
	// merge adds a file's settings; a file of config/_default/ other than
	// hugo.* or config.* holds the settings under its own name
	// (taxonomies.toml is [taxonomies]).
	merge := func(t *tree, under string) {
		if under == "" {
			for k, v := range t.vals {
				vals[k] = v
				where[k] = fileLine{t.file, t.lines[k]}
			}
			return
		}
		m, _ := vals[under].(map[string]any)
		if m == nil {
			m = map[string]any{}
		}
		for k, v := range t.vals {
			m[k] = v
		}
		vals[under] = m
		where[under] = fileLine{t.file, 1}
	}
	mergeLang := func(t *tree, lang, key string) {
		langs, _ := vals["languages"].(map[string]any)
		if langs == nil {
			langs = map[string]any{}
		}
		conf, _ := langs[lang].(map[string]any)
		if conf == nil {
			conf = map[string]any{}
		}
		if key == "languages" {
			for k, v := range t.vals {
				conf[k] = v
			}
		} else {
			conf[key] = t.vals
		}
		langs[lang] = conf
		vals["languages"] = langs
		if _, ok := where["languages"]; !ok {
			where["languages"] = fileLine{t.file, 1}
		}
	}
	for _, name := range hugoConfigNames {
		if isFile(filepath.Join(s.Root, name)) {
			t, err := readTree(s.Root, name, true)
			if err != nil {
				return err
			}
			s.Files = append(s.Files, name)
			merge(t, "")
			break
		}
	}
	defDir := filepath.Join(s.Root, "config", "_default")
	if entries, err := os.ReadDir(defDir); err == nil {
		for _, e := range entries {
			ext := path.Ext(e.Name())
			if e.IsDir() || !slices.Contains([]string{".toml", ".yaml", ".yml", ".json"}, ext) {
				continue
			}
			rel := "config/_default/" + e.Name()
			t, err := readTree(s.Root, rel, true)
			if err != nil {
				return err
			}
			s.Files = append(s.Files, rel)
			base := strings.ToLower(strings.TrimSuffix(e.Name(), ext))
			switch root, lang, perLang := strings.Cut(base, "."); {
			case base == "hugo" || base == "config":
				merge(t, "")
			case perLang:
				// languages.de.toml is [languages.de]; params.de.toml
				// and menus.de.toml are that language's params, menus.
				mergeLang(t, lang, root)
			default:
				merge(t, base)
			}
		}
	}
	h := &hugoConf{detected: s, vals: vals, where: where}
	s.Rules = h.posts()
	s.Rules.URLs = h.urls(&s.Rules)
	s.Title = stringValue(h.vals["title"])
	s.Values = siteValues(site.Hugo, vals)
	s.StaticDirs = h.staticDirs()
	s.DefinitionTermIDs = h.definitionTermIDs()
	s.Emoji, _ = vals["enableemoji"].(bool)
	return nil
}

// definitionTermIDs reads markup.goldmark.parser.autoDefinitionTermID.
func (h *hugoConf) definitionTermIDs() bool {
	var v any = h.vals
	for _, k := range []string{"markup", "goldmark", "parser", "autodefinitiontermid"} {
		m, ok := v.(map[string]any)
		if !ok {
			return false
		}
		v = m[k]
	}
	on, _ := v.(bool)
	return on
}

// staticDirs are Hugo's staticDir (a folder or a list, "static" unless
// set) and the static folder of each theme.
func (h *hugoConf) staticDirs() []posts.StaticDir {
	dirs := []string{"static"}
	if v, ok := h.vals["staticdir"]; ok {
		if l, ok := strList(v); ok {
			dirs = l
		} else if d, ok := v.(string); ok && d != "" {
			dirs = []string{d}
		}
	}
	var out []posts.StaticDir
	for _, d := range dirs {
		out = append(out, posts.StaticDir{Dir: cleanRel(d), URL: "/"})
	}
	themes, ok := strList(h.vals["theme"])
	if !ok {
		if t, isStr := h.vals["theme"].(string); isStr && t != "" {
			themes = []string{t}
		}
	}
	for _, t := range themes {
		out = append(out, posts.StaticDir{Dir: path.Join("themes", t, "static"), URL: "/"})
	}
	return out
}

type hugoConf struct {
	detected *Site
	vals     map[string]any
	where    map[string]fileLine
}

// contentMount reads a module mount whose target is the content folder
// (module.mounts: [{source: src/content, target: content}]); a mount
// replaces contentDir. More than one content mount is reported as not
// understood.
func (h *hugoConf) contentMount() (string, bool) {
	module, _ := h.vals["module"].(map[string]any)
	mounts, _ := module["mounts"].([]any)
	var found []string
	for _, m := range mounts {
		mount, _ := m.(map[string]any)
		source, _ := mount["source"].(string)
		target, _ := mount["target"].(string)
		if cleanRel(target) == "content" && source != "" {
			found = append(found, cleanRel(source))
		}
	}
	switch len(found) {
	case 0:
		return "", false
	case 1:
		h.record("module.mounts", found[0]+" → content")
		return found[0], true
	}
	h.bad("module.mounts", "%d folders mounted as content; folio reads one", len(found))
	return "", false
}

// fileLine is where a setting was set: the file, relative to the site
// root, and its 1-based line.
type fileLine struct {
	file string
	line int
}

// record notes a setting that changes what posts mean.
func (h *hugoConf) record(key string, v any) {
	file, line := h.at(key)
	h.detected.setting(file, line, key, v)
}

func (h *hugoConf) bad(key, format string, args ...any) {
	file, line := h.at(key)
	h.detected.notUnderstood(file, line, key, "not understood: "+format+"; Hugo's default is used", args...)
}

// at says where the top-level key of key was set.
func (h *hugoConf) at(key string) (string, int) {
	top, _, _ := strings.Cut(strings.ToLower(key), ".")
	w := h.where[top]
	return w.file, w.line
}

func (h *hugoConf) posts() posts.Rules {
	// Hugo reads a date without an offset in timeZone, which is UTC
	// unless set.
	ps := posts.Rules{Generator: site.Hugo, ContentDir: "content", Lang: "en", Location: time.UTC}
	if v, ok := h.vals["contentdir"]; ok {
		if s, isStr := v.(string); isStr && s != "" {
			ps.ContentDir = cleanRel(s)
			h.record("contentDir", s)
		} else {
			h.bad("contentDir", "is a folder name")
		}
	}
	if dir, ok := h.contentMount(); ok {
		ps.ContentDir = dir
	}
	if v, ok := h.vals["defaultcontentlanguage"].(string); ok && v != "" {
		ps.Lang = strings.ToLower(v)
	}
	if v, ok := h.vals["timezone"]; ok {
		if loc, ok := zone(v); ok {
			ps.Location = loc
			h.record("timeZone", v)
		} else {
			h.bad("timeZone", "unknown time zone %v", v)
		}
	}
	if v, ok := h.vals["taxonomies"]; ok {
		m, isMap := v.(map[string]any)
		if !isMap {
			h.bad("taxonomies", "is a table of singular = \"plural\" names")
		} else {
			// A [taxonomies] table replaces Hugo's defaults entirely.
			ps.OnlyTaxonomies = true
			ps.Taxonomies = []string{}
			for _, singular := range sortedKeys(m) {
				if plural, ok := m[singular].(string); ok && plural != "" {
					ps.Taxonomies = append(ps.Taxonomies, strings.ToLower(plural))
				}
			}
			h.record("taxonomies", m)
		}
	}
	ps.DateKeys = hugoDefaultDateKeys
	if fm, ok := h.vals["frontmatter"].(map[string]any); ok {
		if v, ok := fm["date"]; ok {
			keys, isList := strList(v)
			if !isList {
				h.bad("frontmatter.date", "is a list of front matter keys")
			} else {
				var out []string
				for _, k := range keys {
					k = strings.ToLower(k)
					if k == ":default" {
						out = append(out, hugoDefaultDateKeys...)
						continue
					}
					out = append(out, k)
				}
				ps.DateKeys = out
				h.record("frontmatter.date", keys)
			}
		}
	}
	var ignores []*regexp.Regexp
	if v, ok := h.vals["ignorefiles"]; ok {
		pats, isList := strList(v)
		if !isList {
			h.bad("ignoreFiles", "is a list of regular expressions")
		}
		for _, p := range pats {
			re, err := regexp.Compile(p)
			if err != nil {
				h.bad("ignoreFiles", "%v", err)
				continue
			}
			ignores = append(ignores, re)
		}
		if len(pats) > 0 {
			h.record("ignoreFiles", pats)
		}
	}
	if langs, ok := h.vals["languages"].(map[string]any); ok {
		dirs := []posts.LangDir{}
		shared := false
		for _, lang := range sortedKeys(langs) {
			conf, _ := langs[lang].(map[string]any)
			if d, ok := conf["contentdir"].(string); ok && d != "" {
				dirs = append(dirs, posts.LangDir{Dir: cleanRel(d), Lang: lang})
			} else {
				shared = true
			}
		}
		if len(dirs) > 0 {
			// Languages without a folder of their own use contentDir;
			// when every language has its own, Hugo reads nothing else.
			if shared {
				dirs = append(dirs, posts.LangDir{Dir: ps.ContentDir, Lang: ps.Lang})
			}
			ps.LangDirs = dirs
			ps.ContentDir = ""
			h.record("languages", langs)
		}
	}
	langs := posts.HugoLanguages(h.languages(), ps.Lang)
	ps.Exclude = hugoExclude(h.detected.Root, ps.ContentDir, ps.LangDirs, ignores, langs)
	// buildFuture and buildExpired publish posts dated later and posts
	// past their expiryDate; Hugo's default does neither.
	for _, b := range []struct {
		key string
		dst *bool
	}{{"buildFuture", &ps.PublishFuture}, {"buildExpired", &ps.PublishExpired}} {
		key, dst := b.key, b.dst
		if v, ok := h.vals[strings.ToLower(key)]; ok {
			if b, isBool := v.(bool); isBool {
				*dst = b
				h.record(key, b)
			} else {
				h.bad(key, "is true or false")
			}
		}
	}
	return ps
}

// languages are the site's enabled language codes, lowercase, as Hugo's
// settings hold them; none when it lists no languages.
func (h *hugoConf) languages() []string {
	var out []string
	if langs, ok := h.vals["languages"].(map[string]any); ok {
		for _, lang := range sortedKeys(langs) {
			if conf, _ := langs[lang].(map[string]any); conf != nil && conf["disabled"] == true {
				continue
			}
			out = append(out, strings.ToLower(lang))
		}
	}
	return out
}

// hugoExclude leaves out what Hugo does not read as pages: files whose
// extension it does not render, the loser of two files with the same base
// name, the resources of a leaf bundle (a folder with index.md or a
// translation of it, index.fr.md), files matching ignoreFiles, and
// everything outside the content folders. langs are the language codes
// Hugo reads in file names.
func hugoExclude(root, content string, langDirs []posts.LangDir, ignores []*regexp.Regexp, langs []string) func(string, bool) bool {
	inContent := func(p string) bool {
		if len(langDirs) == 0 {
			return within(p, content)
		}
		for _, ld := range langDirs {
			if within(p, ld.Dir) || within(ld.Dir, p) {
				return true
			}
		}
		return false
	}
	dirs := &dirCache{root: root, names: map[string]map[string]bool{}}
	return func(p string, isDir bool) bool {
		if !inContent(p) {
			return true
		}
		if len(ignores) > 0 {
			// Hugo matches ignoreFiles against the full file name.
			abs := filepath.Join(root, filepath.FromSlash(p))
			for _, re := range ignores {
				if re.MatchString(abs) || re.MatchString(p) {
					return true
				}
			}
		}
		if isDir {
			return false
		}
		ext := path.Ext(p)
		rank := slices.Index(hugoExtensions, ext)
		if rank < 0 {
			return true
		}
		dir, base := path.Split(p)
		dir = strings.TrimSuffix(dir, "/")
		stem := strings.TrimSuffix(base, ext)
		for _, better := range hugoExtensions[:rank] {
			if dirs.has(dir, stem+better) {
				return true
			}
		}
		name := posts.ParseHugoName(base, langs)
		if (name.Branch || name.Leaf) && !dirs.firstHeader(dir, base, name, langs) {
			// _index.es.md.md beside _index.en.md.md: neither ".md"
			// is a language, so both are the default language's
			// section page, and Hugo bundles the second as a resource.
			return true
		}
		if name.Branch {
			return false
		}
		// A file inside a leaf bundle is one of its resources; so is
		// the page of a leaf bundle inside another.
		d := dir
		if name.Leaf {
			d = path.Dir(dir)
		}
		for ; d != "" && d != "." && d != content && within(d, content); d = path.Dir(d) {
			if dirs.isLeaf(d) {
				return true
			}
		}
		return false
	}
}

// dirCache lists each folder once, so that the sibling checks of a large
// site cost one ReadDir per folder rather than several Stats per file.
type dirCache struct {
	root  string
	mu    sync.Mutex // Exclude may be called from several goroutines
	names map[string]map[string]bool
	// leaves remembers which folders are leaf bundles.
	leaves map[string]bool
}

// isPage reports whether the .html file at rel starts with front matter:
// Hugo copies one that does not as it is, so it neither is a page nor
// makes its folder a bundle.
func (c *dirCache) isPage(rel string) bool {
	f, err := os.Open(filepath.Join(c.root, filepath.FromSlash(rel)))
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, posts.HTMLHeadSize)
	n, _ := io.ReadFull(f, head)
	return posts.StartsWithFrontMatter(head[:n])
}

// has reports whether the slash-separated folder dir holds a file name
// (an .html file only when it is a page).
func (c *dirCache) has(dir, name string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.list(dir)[name]
}

// isLeaf reports whether the slash-separated folder dir is a leaf bundle:
// it holds an index file, in any language.
func (c *dirCache) isLeaf(dir string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	leaf, ok := c.leaves[dir]
	if !ok {
		for name := range c.list(dir) {
			if isListedHeader(name, "index.") {
				leaf = true
				break
			}
		}
		if c.leaves == nil {
			c.leaves = map[string]bool{}
		}
		c.leaves[dir] = leaf
	}
	return leaf
}

// firstHeader reports whether the bundle file base (named name) comes
// first, by name, of the files in dir that are the same kind of bundle
// page in the same language: Hugo makes a page of that one only.
func (c *dirCache) firstHeader(dir, base string, name posts.HugoName, langs []string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	prefix := "index."
	if name.Branch {
		prefix = "_index."
	}
	for other := range c.list(dir) {
		if other < base && isListedHeader(other, prefix) && posts.ParseHugoName(other, langs).Lang == name.Lang {
			return false
		}
	}
	return true
}

// list is the set of file names in dir, read once; c.mu is held.
func (c *dirCache) list(dir string) map[string]bool {
	set, ok := c.names[dir]
	if !ok {
		set = map[string]bool{}
		entries, _ := os.ReadDir(filepath.Join(c.root, filepath.FromSlash(dir)))
		for _, e := range entries {
			if !e.IsDir() && (!posts.IsHTMLFile(e.Name()) || c.isPage(path.Join(dir, e.Name()))) {
				set[e.Name()] = true
			}
		}
		c.names[dir] = set
	}
	return set
}
