package posts

import (
	"fmt"
	"path"
	"strings"
)

// normalizer turns a file's fields into a Post by the rules of its site's
// generator.
type normalizer struct {
	p      *Post
	h      *header
	site   *Site
	fields map[string]field
	dir    string // the file's folder relative to the content folder
}

// normalize fills p from the parsed header. rel is the file's path relative
// to the site's content folder.
func normalize(p *Post, h *header, site *Site, rel string) {
	n := &normalizer{p: p, h: h, site: site, fields: make(map[string]field, len(h.fields))}
	for _, f := range h.fields {
		if _, dup := n.fields[f.key]; !dup {
			n.fields[f.key] = f
		}
	}
	for k, v := range site.DefaultMetadata {
		if _, set := n.fields[k]; !set {
			n.fields[k] = field{key: k, value: v}
		}
	}
	n.dir = path.Dir(rel)
	if n.dir == "." {
		n.dir = ""
	}
	jekyll := site.Flavor == FlavorJekyll
	var name jekyllName
	if jekyll {
		name = parseJekyllName(rel)
	}

	p.Title = n.str("title")
	p.Kind = n.kind(rel, name)
	p.Date = n.date("date")
	if site.Flavor == FlavorHugo && p.Date.IsZero() {
		p.Date = n.date("publishdate")
	}
	if jekyll && p.Date.IsZero() {
		// Jekyll dates a post by its file name unless "date:" says more.
		p.Date = name.date
		if name.inDrafts && !p.ModTime.IsZero() {
			p.Date = Date{Time: p.ModTime, HasZone: true}
		}
	}
	p.Modified = n.date("modified")
	if p.Modified.IsZero() {
		p.Modified = n.date("lastmod")
	}
	if p.Date.IsZero() && site.DateFromFile && !p.ModTime.IsZero() {
		p.Date = Date{Time: p.ModTime, HasZone: true}
	}
	if loc := site.Location; loc != nil {
		p.Date, p.Modified = p.Date.inLocation(loc), p.Modified.inLocation(loc)
	}

	p.Tags = n.terms("tags", "tag")
	p.Categories = n.categories(name)
	p.Authors = n.terms("authors", "author")
	if len(p.Authors) == 0 && site.Author != "" {
		p.Authors = []string{site.Author}
	}
	p.Status = n.status(name)
	p.Lang = n.str("lang")
	if p.Lang == "" {
		p.Lang = site.Lang
	}
	p.Summary = plainText(n.str("summary"))
	if p.Summary == "" && site.Flavor != FlavorPelican {
		p.Summary = plainText(n.str("description"))
	}
	p.Slug = n.slug(rel, name)
	if p.Title == "" {
		p.Title = n.fallbackTitle(rel, name)
	}
	n.taxonomies()
}

// str returns a field as one string; a list gives its first item.
func (n *normalizer) str(key string) string {
	f, ok := n.fields[key]
	if !ok {
		return ""
	}
	return strings.TrimSpace(scalarString(f.value))
}

func scalarString(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case Date:
		return v.String()
	case []any:
		if len(v) > 0 {
			return scalarString(v[0])
		}
		return ""
	case map[string]any:
		return ""
	default:
		return fmt.Sprint(v)
	}
}

// date reads a date field, with a warning when it cannot be read.
func (n *normalizer) date(key string) Date {
	f, ok := n.fields[key]
	if !ok {
		return Date{}
	}
	switch v := f.value.(type) {
	case Date:
		return v
	case nil:
		return Date{}
	}
	s := scalarString(f.value)
	if n.site.Flavor == FlavorPelican || n.site.Flavor == FlavorPlain {
		// Pelican reads "2012-11-22_22:11" too.
		s = strings.ReplaceAll(s, "_", " ")
	}
	if strings.TrimSpace(s) == "" {
		return Date{}
	}
	d, err := ParseDate(s)
	if err != nil {
		n.warn(f.line, "%s: %v", key, err)
		return Date{}
	}
	return d
}

// terms reads a list-valued field (tags, authors) with the generator's
// splitting rules; single is its singular spelling.
func (n *normalizer) terms(plural, single string) []string {
	var out []string
	if f, ok := n.fields[plural]; ok {
		out = n.split(f.value, true)
	}
	if f, ok := n.fields[single]; ok && (len(out) == 0 || n.site.Flavor == FlavorJekyll) {
		if n.site.Flavor == FlavorJekyll {
			// Jekyll's singular keys are one term, never split.
			out = append(out, listOf(f.value)...)
		} else {
			out = append(out, n.split(f.value, false)...)
		}
	}
	return uniqueTerms(out)
}

// split applies the splitting rule for a string value: Pelican splits on
// ";" if there is one, else ","; Jekyll splits plural keys on whitespace;
// Hugo keeps a string as one term. A list stays a list.
func (n *normalizer) split(v any, plural bool) []string {
	s, isString := v.(string)
	if !isString {
		return listOf(v)
	}
	switch n.site.Flavor {
	case FlavorHugo:
		return []string{s}
	case FlavorJekyll:
		if plural {
			return strings.Fields(s)
		}
		return []string{s}
	}
	if strings.Contains(s, ";") {
		return strings.Split(s, ";")
	}
	return strings.Split(s, ",")
}

// listOf returns a value as a list of strings.
func listOf(v any) []string {
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		out := make([]string, 0, len(v))
		for _, item := range v {
			out = append(out, scalarString(item))
		}
		return out
	default:
		return []string{scalarString(v)}
	}
}

// uniqueTerms trims terms, drops empty ones and drops later duplicates
// that have the same slug ("Python" and "python" are one tag).
func uniqueTerms(terms []string) []string {
	if len(terms) == 0 {
		return nil
	}
	out := terms[:0:0]
	seen := make(map[string]bool, len(terms))
	for _, t := range terms {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		key := termKey(t)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, t)
	}
	return out
}

// termKey is what makes two spellings of a term the same term: their slug,
// as Pelican groups tags, or the lowercased text when it has no slug.
func termKey(t string) string {
	if k := Slugify(t, nil); k != "" {
		return k
	}
	return strings.ToLower(t)
}

// categories applies the category rules: metadata first, then Jekyll's
// folders above _posts, then Pelican's folder rule, then the default.
func (n *normalizer) categories(name jekyllName) []string {
	var out []string
	switch n.site.Flavor {
	case FlavorJekyll:
		out = append(out, name.categories...)
		if f, ok := n.fields["categories"]; ok {
			out = append(out, n.split(f.value, true)...)
		}
		if f, ok := n.fields["category"]; ok {
			out = append(out, listOf(f.value)...)
		}
		return uniqueTerms(out)
	case FlavorHugo:
		if f, ok := n.fields["categories"]; ok {
			out = n.split(f.value, true)
		}
		if f, ok := n.fields["category"]; ok && len(out) == 0 {
			out = n.split(f.value, true)
		}
		return uniqueTerms(out)
	}
	if c := n.str("category"); c != "" {
		return []string{c}
	}
	if f, ok := n.fields["categories"]; ok {
		return uniqueTerms(n.split(f.value, true))
	}
	if n.p.Kind == KindPage {
		return nil
	}
	if !n.site.NoFolderCategory && n.dir != "" {
		return []string{path.Base(n.dir)}
	}
	if n.site.DefaultCategory != "" {
		return []string{n.site.DefaultCategory}
	}
	return nil
}

// kind decides post or page by where the file is.
func (n *normalizer) kind(rel string, name jekyllName) Kind {
	if k := strings.ToLower(n.str("type")); k == "page" && n.site.Flavor == FlavorPelican {
		return KindPage
	}
	switch n.site.Flavor {
	case FlavorJekyll:
		if name.inPosts || name.inDrafts {
			return KindPost
		}
		return KindPage
	case FlavorHugo:
		// Regular pages inside a section are posts; files at the content
		// root and section/home list pages are pages.
		base := path.Base(rel)
		if n.dir == "" || strings.HasPrefix(base, "_index.") {
			return KindPage
		}
		return KindPost
	}
	dirs := n.site.PageDirs
	if dirs == nil {
		dirs = []string{"pages"}
	}
	for _, d := range dirs {
		d = strings.Trim(d, "/")
		if d != "" && (rel == d || strings.HasPrefix(rel, d+"/")) {
			return KindPage
		}
	}
	return KindPost
}

// status reads the publication status with each generator's keys.
func (n *normalizer) status(name jekyllName) Status {
	if name.inDrafts {
		return StatusDraft
	}
	if f, ok := n.fields["draft"]; ok && truthy(f.value) {
		return StatusDraft
	}
	if f, ok := n.fields["published"]; ok && !truthy(f.value) {
		return StatusDraft
	}
	if f, ok := n.fields["status"]; ok {
		switch s := strings.ToLower(strings.TrimSpace(scalarString(f.value))); s {
		case "", "published":
			return StatusPublished
		case "draft":
			return StatusDraft
		case "hidden":
			return StatusHidden
		default:
			n.warn(f.line, "unknown status %q (use published, draft or hidden); the generator will not publish it, so it is shown as a draft", s)
			return StatusDraft
		}
	}
	if b, ok := n.fields["build"].value.(map[string]any); ok && strings.EqualFold(scalarString(b["list"]), "never") {
		return StatusHidden
	}
	return StatusPublished
}

// truthy reads a boolean the way YAML, TOML and Pelican headers write it.
func truthy(v any) bool {
	switch v := v.(type) {
	case bool:
		return v
	case string:
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "true", "yes", "on", "1", "y":
			return true
		}
	case int64:
		return v != 0
	}
	return false
}

// slug chooses the explicit slug, else the one the generator derives.
func (n *normalizer) slug(rel string, name jekyllName) string {
	if s := n.str("slug"); s != "" {
		return s
	}
	base := strings.TrimSuffix(path.Base(rel), path.Ext(rel))
	switch n.site.Flavor {
	case FlavorJekyll:
		if name.slug != "" {
			return name.slug
		}
		return base
	case FlavorHugo:
		return Slugify(base, nil)
	}
	if n.p.Title != "" {
		return Slugify(n.p.Title, n.site.SlugSubstitutions)
	}
	return Slugify(base, n.site.SlugSubstitutions)
}

// fallbackTitle names a post that has no title after its file, the way
// Jekyll titles posts from their slug, and warns where the generator
// would not publish it.
func (n *normalizer) fallbackTitle(rel string, name jekyllName) string {
	base := strings.TrimSuffix(path.Base(rel), path.Ext(rel))
	if name.slug != "" {
		base = name.slug
	}
	if n.site.Flavor == FlavorPelican || n.site.Flavor == FlavorPlain {
		n.warn(0, "no title; named after the file")
	}
	words := strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// taxonomies gathers every taxonomy's terms for filtering.
func (n *normalizer) taxonomies() {
	p := n.p
	p.Taxonomies = map[string][]string{}
	if len(p.Tags) > 0 {
		p.Taxonomies["tags"] = p.Tags
	}
	if len(p.Categories) > 0 {
		p.Taxonomies["categories"] = p.Categories
	}
	for _, t := range n.site.Taxonomies {
		t = strings.ToLower(t)
		if f, ok := n.fields[t]; ok && t != "tags" && t != "categories" {
			if terms := uniqueTerms(n.split(f.value, true)); len(terms) > 0 {
				p.Taxonomies[t] = terms
			}
		}
	}
}

func (n *normalizer) warn(line int, format string, args ...any) {
	n.h.warn(line, format, args...)
}

// plainText turns a short Markdown or HTML summary into plain text.
func plainText(s string) string {
	if s == "" {
		return ""
	}
	s = stripTags(s)
	s = strings.NewReplacer("**", "", "__", "", "`", "").Replace(s)
	return s
}
