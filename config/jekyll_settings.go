package config

import (
	"bytes"
	"io"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// jekyllDefaultExcludes are the paths Jekyll 4 always leaves out.
var jekyllDefaultExcludes = []string{".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock",
	"node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/"}

// jekyllDefaultKeys are the front matter defaults folio applies: the ones
// that change how a post is listed, permalink, which places its page, and
// layout, which new posts are written with.
var jekyllDefaultKeys = []string{"author", "authors", "category", "categories", "tags", "tag", "lang", "permalink", "layout"}

// jekyllPostName is the name Jekyll requires of a file in _posts.
var jekyllPostName = regexp.MustCompile(`^\d{2,4}-\d{1,2}-\d{1,2}-.+\.[^.]+$`)

// readJekyll reads a Jekyll site's _config.yml.
func readJekyll(s *Site) error {
	name := "_config.yml"
	if !isFile(filepath.Join(s.Root, name)) {
		name = "_config.yaml"
	}
	t := &tree{file: name, vals: map[string]any{}, lines: map[string]int{}}
	if isFile(filepath.Join(s.Root, name)) {
		var err error
		if t, err = readTree(s.Root, name, false); err != nil {
			return err
		}
		s.Files = append(s.Files, name)
	} // else Jekyll's defaults: it runs without a _config.yml
	j := &jekyllConf{detected: s, t: t}
	s.Rules = j.posts()
	s.Rules.URLs = j.urls()
	s.Title = stringValue(t.vals["title"])
	s.Values = siteValues(site.Jekyll, t.vals)
	s.jekyllConfig = t.vals
	// Jekyll copies every file of its source folder that is not its own.
	s.StaticDirs = []posts.StaticDir{{Dir: s.Rules.ContentDir, URL: "/"}}
	s.Emoji = jekyllPlugin(t.vals, "jemoji")
	return nil
}

type jekyllConf struct {
	detected *Site
	t        *tree
}

func (j *jekyllConf) record(key string, v any) {
	j.detected.setting(j.t.file, j.t.lines[key], key, v)
}

func (j *jekyllConf) bad(key, format string, args ...any) {
	j.detected.notUnderstood(j.t.file, j.t.lines[key], key, "not understood: "+format+"; Jekyll's default is used", args...)
}

// folder reads a setting that names a folder, cleaned to slash form.
func (j *jekyllConf) folder(key string) (string, bool) {
	v, ok := j.t.vals[key]
	if !ok {
		return "", false
	}
	d, isStr := v.(string)
	if !isStr {
		j.bad(key, "is a folder name")
		return "", false
	}
	j.record(key, d)
	return cleanRel(d), true
}

func (j *jekyllConf) posts() posts.Rules {
	ps := posts.Rules{Generator: site.Jekyll}
	vals := j.t.vals
	if d, ok := j.folder("source"); ok {
		ps.ContentDir = d
	}
	if d, ok := j.folder("collections_dir"); ok {
		ps.CollectionsDir = d
	}
	if v, ok := vals["timezone"]; ok {
		if loc, ok := zone(v); ok {
			ps.Location = loc
			j.record("timezone", v)
		} else {
			j.bad("timezone", "unknown time zone %v", v)
		}
	}
	if ps.Location == nil {
		// Without a timezone setting Jekyll reads and shows dates in the
		// zone of the machine it runs on: so does folio.
		ps.Location = time.Local
	}
	if v, ok := vals["show_drafts"]; ok {
		if b, isBool := v.(bool); isBool {
			j.detected.ShowDrafts = &b
			j.record("show_drafts", b)
		} else {
			j.bad("show_drafts", "is true or false")
		}
	}
	if v, ok := vals["future"]; ok {
		// future: true publishes posts dated later; the default does not.
		if b, isBool := v.(bool); isBool {
			ps.PublishFuture = b
			j.record("future", b)
		} else {
			j.bad("future", "is true or false")
		}
	}
	excludes := slices.Clone(jekyllDefaultExcludes)
	if v, ok := vals["exclude"]; ok {
		if list, isList := strList(v); isList {
			excludes = append(excludes, list...)
			j.record("exclude", list)
		} else {
			j.bad("exclude", "is a list of paths")
		}
	}
	var includes []string
	if v, ok := vals["include"]; ok {
		if list, isList := strList(v); isList {
			includes = list
		}
	}
	collections := []string{"posts"}
	if m, ok := vals["collections"].(map[string]any); ok {
		collections = append(collections, sortedKeys(m)...)
	} else if list, ok := strList(vals["collections"]); ok {
		collections = append(collections, list...)
	}
	if v, ok := vals["defaults"]; ok {
		ps.ScopedDefaults = j.defaults(v)
	}
	root := filepath.Join(j.detected.Root, filepath.FromSlash(ps.ContentDir))
	ps.Exclude = jekyllExclude(root, ps.ContentDir, ps.CollectionsDir, excludes, includes, collections)
	return ps
}

// defaults reads the front matter defaults that apply to posts and pages.
func (j *jekyllConf) defaults(v any) []posts.ScopedDefault {
	list, ok := v.([]any)
	if !ok {
		j.bad("defaults", "is a list of {scope, values}")
		return nil
	}
	var out []posts.ScopedDefault
	for _, item := range list {
		m, _ := item.(map[string]any)
		scope, _ := m["scope"].(map[string]any)
		values, _ := m["values"].(map[string]any)
		if m == nil || values == nil {
			j.bad("defaults", "each entry has scope and values")
			continue
		}
		d := posts.ScopedDefault{Values: map[string]any{}}
		if p, ok := scope["path"].(string); ok {
			d.Path = cleanRel(p)
		}
		if t, ok := scope["type"].(string); ok {
			d.Type = t
		}
		for _, k := range jekyllDefaultKeys {
			if val, ok := values[k]; ok {
				d.Values[k] = val
			}
		}
		if len(d.Values) > 0 {
			out = append(out, d)
		}
	}
	if len(out) > 0 {
		j.record("defaults", printDefaults(out))
	}
	return out
}

func printDefaults(ds []posts.ScopedDefault) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = "{path: " + printValue(d.Path) + ", type: " + printValue(d.Type) + ", values: " + printValue(d.Values) + "}"
	}
	return strings.Join(parts, ", ")
}

// jekyllExclude leaves out what Jekyll does not read: excluded paths,
// names starting with ".", "_", "#" or ending in "~" (unless included or a
// collection's folder), posts whose name has no date, and pages without
// front matter (Jekyll copies those as static files).
func jekyllExclude(root, content, collectionsDir string, excludes, includes, collections []string) func(string, bool) bool {
	// Exclude runs for every file of the site: trim the patterns once.
	trimmed := make([]string, len(excludes))
	for i, e := range excludes {
		trimmed[i] = strings.TrimSuffix(e, "/")
	}
	return func(p string, isDir bool) bool {
		rel := p
		if content != "" {
			if !within(p, content) {
				return true
			}
			rel = strings.TrimPrefix(strings.TrimPrefix(p, content), "/")
		}
		for _, e := range trimmed {
			if ok, _ := path.Match(e, rel); ok || within(rel, e) {
				return true
			}
		}
		name := path.Base(rel)
		special := strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") ||
			strings.HasPrefix(name, "#") || strings.HasSuffix(name, "~")
		if isDir {
			if strings.HasPrefix(name, "_") && slices.Contains(collections, name[1:]) || name == "_drafts" {
				return false
			}
			return special && !slices.Contains(includes, name)
		}
		if special && !slices.Contains(includes, name) {
			return true
		}
		dir := path.Dir(rel)
		if hasSegment(dir, "_posts") {
			return !jekyllPostName.MatchString(name)
		}
		if hasSegment(dir, "_drafts") {
			return false
		}
		if inCollection(rel, collectionsDir, collections) {
			return false
		}
		return !hasFrontMatter(filepath.Join(root, filepath.FromSlash(rel)))
	}
}

// hasSegment reports whether the slash-separated path p has a segment
// named seg, without splitting it.
func hasSegment(p, seg string) bool {
	for p != "" {
		var first string
		first, p, _ = strings.Cut(p, "/")
		if first == seg {
			return true
		}
	}
	return false
}

// inCollection reports whether rel is a document of a collection other
// than posts; those are read whether or not they have front matter.
func inCollection(rel, collectionsDir string, collections []string) bool {
	if collectionsDir != "" {
		if !within(rel, collectionsDir) {
			return false
		}
		rel = strings.TrimPrefix(strings.TrimPrefix(rel, collectionsDir), "/")
	}
	first, _, _ := strings.Cut(rel, "/")
	return strings.HasPrefix(first, "_") && slices.Contains(collections, first[1:])
}

// hasFrontMatter reports whether a file starts with a "---" line, as a
// Jekyll page must.
func hasFrontMatter(file string) bool {
	f, _, err := posts.OpenRegular(file)
	if err != nil {
		return true // let the reader report the problem
	}
	defer f.Close()
	buf := make([]byte, 5)
	n, _ := io.ReadFull(f, buf)
	buf = buf[:n]
	return bytes.HasPrefix(buf, []byte("---\n")) || bytes.HasPrefix(buf, []byte("---\r\n")) ||
		bytes.HasPrefix(buf, []byte("--- ")) || bytes.Equal(buf, []byte("---"))
}

// jekyllPlugin reports whether _config.yml lists the plugin in plugins
// (or gems, its name before Jekyll 3.5).
func jekyllPlugin(vals map[string]any, name string) bool {
	for _, key := range []string{"plugins", "gems"} {
		list, _ := vals[key].([]any)
		for _, v := range list {
			if s, ok := v.(string); ok && strings.TrimSpace(s) == name {
				return true
			}
		}
	}
	return false
}
