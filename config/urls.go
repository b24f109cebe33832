package config

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/folio-blog/folio/posts"
)

// This file reads the settings that decide where each post's page is
// published and the site's base URL, for posts.URLRules. It is kept apart
// from the settings that change what posts mean (pelican.go, hugo.go,
// jekyll.go), which only call in here.

// pelicanURLKeys are the Pelican settings that place pages.
var pelicanURLKeys = func() map[string]bool {
	keys := map[string]bool{"SITEURL": true, "AUTHOR_REGEX_SUBSTITUTIONS": true, "CATEGORY_REGEX_SUBSTITUTIONS": true}
	for _, k := range posts.PelicanURLSettings() {
		keys[k] = true
	}
	return keys
}()

// urls reads Pelican's *_URL and *_SAVE_AS settings and SITEURL. A
// settings file that leaves SITEURL empty (pelicanconf.py usually does,
// for local builds) gets the one publishconf.py sets, which is where
// the site is published.
func (c *pelicanConf) urls() posts.URLRules {
	var r posts.URLRules
	for _, k := range posts.PelicanURLSettings() {
		if v, ok := c.vals[k]; ok {
			if v == nil {
				v = "" // None formats as no page, as '' does
			}
			s, isStr := v.(string)
			if !isStr {
				c.bad(k, "is a string")
				continue
			}
			if r.Pelican.Patterns == nil {
				r.Pelican.Patterns = map[string]string{}
			}
			r.Pelican.Patterns[k] = s
		}
	}
	r.Pelican.AuthorSubs = c.regexSubs("AUTHOR_REGEX_SUBSTITUTIONS")
	r.Pelican.CategorySubs = c.regexSubs("CATEGORY_REGEX_SUBSTITUTIONS")
	if s, ok := c.str("SITEURL"); ok {
		r.Base = strings.TrimSuffix(s, "/")
	}
	if r.Base == "" {
		r.Base = publishSiteURL(c.detected.Root)
	}
	return r
}

// regexSubs reads a list of (pattern, replacement) pairs in Python's re
// syntax, as SLUG_REGEX_SUBSTITUTIONS; nil when the setting is not set or
// not understood.
func (c *pelicanConf) regexSubs(key string) []posts.SlugSubstitution {
	v, ok := c.vals[key]
	if !ok {
		return nil
	}
	list, _ := v.([]any)
	out := make([]posts.SlugSubstitution, 0, len(list))
	for _, item := range list {
		pair, _ := item.([]any)
		if len(pair) != 2 {
			c.bad(key, "is a list of (pattern, replacement) pairs")
			return nil
		}
		pat, ok1 := pair[0].(string)
		rep, ok2 := pair[1].(string)
		re, err := regexp.Compile(goRegexp(pat))
		if !ok1 || !ok2 || err != nil {
			c.bad(key, "is a list of (pattern, replacement) pairs of regular expressions and strings")
			return nil
		}
		out = append(out, posts.SlugSubstitution{Pattern: re, Replace: pythonReplacement(rep)})
	}
	if list == nil {
		c.bad(key, "is a list of (pattern, replacement) pairs")
		return nil
	}
	return out
}

// publishSiteURL reads SITEURL from publishconf.py beside the site's
// settings, without running it; "" when it has none.
func publishSiteURL(root string) string {
	data, err := readSettingsFile(filepath.Join(root, "publishconf.py"))
	if err != nil || len(data) > maxPythonSettings {
		return ""
	}
	base := ""
	for _, a := range parsePython(string(data)) {
		if a.Name == "SITEURL" && a.Err == "" {
			if s, ok := a.Value.(string); ok {
				base = strings.TrimSuffix(s, "/")
			}
		}
	}
	return base
}

// maxPythonSettings bounds the publishconf.py read for its SITEURL.
const maxPythonSettings = 1 << 20

// urls reads Hugo's permalinks, uglyURLs, languages and path settings,
// and baseURL.
func (h *hugoConf) urls(ps *posts.Rules) posts.URLRules {
	var r posts.URLRules
	if v, ok := h.vals["baseurl"].(string); ok {
		r.Base = strings.TrimSuffix(v, "/")
	}
	u := &r.Hugo
	if v, ok := h.vals["permalinks"]; ok {
		m, isMap := v.(map[string]any)
		if !isMap {
			h.bad("permalinks", "is a table of section = \"pattern\"")
		} else {
			u.Permalinks = map[string]string{}
			for k, p := range m {
				if s, isStr := p.(string); isStr {
					u.Permalinks[strings.Trim(k, " /")] = s
				} else {
					h.bad("permalinks", "%s is a pattern string", k)
				}
			}
			h.record("permalinks", m)
		}
	}
	switch v := h.vals["uglyurls"].(type) {
	case nil:
	case bool:
		u.UglyURLs = v
		h.record("uglyURLs", v)
	case map[string]any:
		u.UglySections = map[string]bool{}
		for k, b := range v {
			u.UglySections[k], _ = b.(bool)
		}
		h.record("uglyURLs", v)
	default:
		h.bad("uglyURLs", "is true, false or a table of section = true")
	}
	for _, key := range []string{"defaultcontentlanguageinsubdir", "disablepathtolower", "removepathaccents"} {
		v, ok := h.vals[key]
		if !ok {
			continue
		}
		b, isBool := v.(bool)
		if !isBool {
			h.bad(key, "is true or false")
			continue
		}
		switch key {
		case "defaultcontentlanguageinsubdir":
			u.DefaultLangInSubdir = b
		case "disablepathtolower":
			u.DisablePathToLower = b
		case "removepathaccents":
			u.RemovePathAccents = b
		}
		h.record(key, b)
	}
	if v, ok := h.vals["disablekinds"]; ok {
		if kinds, isList := strList(v); isList {
			for _, k := range kinds {
				u.DisabledKinds = append(u.DisabledKinds, strings.ToLower(k))
			}
		}
	}
	u.Languages = h.languages()
	u.OutputFormats, u.KindOutputs = h.outputs()
	var roots []string
	if ps.ContentDir != "" || len(ps.LangDirs) == 0 {
		roots = append(roots, filepath.Join(h.detected.Root, filepath.FromSlash(ps.ContentDir)))
	}
	for _, ld := range ps.LangDirs {
		roots = append(roots, filepath.Join(h.detected.Root, filepath.FromSlash(ld.Dir)))
	}
	u.IsSection = (&sectionCache{roots: roots, known: map[string]bool{}}).isSection
	return r
}

// sectionCache remembers which content folders hold an _index file, so
// that a large site stats each folder once.
type sectionCache struct {
	roots []string
	mu    sync.Mutex // posts are parsed on several goroutines
	known map[string]bool
}

func (c *sectionCache) isSection(dir string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.known[dir]; ok {
		return v
	}
	found := false
	for _, root := range c.roots {
		// _index.md, _index.fr.md, even _index.en.md.md: Hugo tells a
		// section's file by its prefix.
		entries, _ := os.ReadDir(filepath.Join(root, filepath.FromSlash(dir)))
		for _, e := range entries {
			if !e.IsDir() && isHugoHeader(e.Name(), "_index.") {
				found = true
			}
		}
	}
	c.known[dir] = found
	return found
}

// urls reads Jekyll's permalink and collections settings and the site's
// url and baseurl.
func (j *jekyllConf) urls() posts.URLRules {
	var r posts.URLRules
	vals := j.t.vals
	site, _ := vals["url"].(string)
	base, _ := vals["baseurl"].(string)
	if site != "" || base != "" {
		r.Base = strings.TrimSuffix(site, "/")
		if b := strings.Trim(base, "/"); b != "" {
			r.Base += "/" + b
		}
	}
	if v, ok := vals["permalink"]; ok {
		if s, isStr := v.(string); isStr {
			r.Jekyll.Permalink = s
			j.record("permalink", s)
		} else if v != nil {
			j.bad("permalink", "is a style (date, pretty, ordinal, weekdate, none) or a template")
		}
	}
	r.Jekyll.Collections = map[string]posts.JekyllCollection{}
	switch v := vals["collections"].(type) {
	case map[string]any:
		for name, conf := range v {
			m, _ := conf.(map[string]any)
			c := posts.JekyllCollection{}
			c.Output, _ = m["output"].(bool)
			if p, ok := m["permalink"].(string); ok {
				c.Permalink = p // used as written, style names too
			}
			r.Jekyll.Collections[name] = c
		}
		j.record("collections", v)
	case []any:
		for _, name := range v {
			if s, ok := name.(string); ok {
				r.Jekyll.Collections[s] = posts.JekyllCollection{}
			}
		}
	}
	return r
}
