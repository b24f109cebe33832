package posts

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/folio-blog/folio/site"
)

// normalizer turns a file's fields into a Post by the rules of its site's
// generator.
type normalizer struct {
	p      *Post
	h      *header
	rules  *Rules
	fields map[string]field
	dir    string // the file's folder relative to the content folder
	// jekyllInPlain marks a Jekyll post found in a plain folder (a
	// folder copied out of a site): its front matter's categories win
	// over its folders.
	jekyllInPlain bool
	// hugo is what Hugo reads from the file's name, on a Hugo site.
	hugo HugoName
}

// fileSets reports whether the file itself sets key.
func (n *normalizer) fileSets(key string) bool {
	for _, f := range n.h.fields {
		if f.key == key {
			return true
		}
	}
	return false
}

// normalize fills p from the parsed header. rel is the file's path relative
// to the site's content folder.
func normalize(p *Post, h *header, rules *Rules, rel string) {
	jekyllInPlain := false
	if rules.Generator == site.Plain && inJekyllPosts(rel) {
		// A plain folder holds posts in several dialects; a file in
		// _posts/ or _drafts/ is read as Jekyll reads it.
		js := *rules
		js.Generator = site.Jekyll
		rules, jekyllInPlain = &js, true
	}
	n := &normalizer{p: p, h: h, rules: rules, fields: make(map[string]field, len(h.fields)), jekyllInPlain: jekyllInPlain}
	for _, f := range h.fields {
		if _, dup := n.fields[f.key]; !dup {
			n.fields[f.key] = f
		}
	}
	lang := ""
	for _, ld := range rules.LangDirs {
		if ld.Dir == "" || p.Path == ld.Dir || strings.HasPrefix(p.Path, ld.Dir+"/") {
			rel = strings.TrimPrefix(strings.TrimPrefix(p.Path, ld.Dir), "/")
			lang = ld.Lang
			break
		}
	}
	n.dir = path.Dir(rel)
	if n.dir == "." {
		n.dir = ""
	}
	if rules.Generator == site.Hugo {
		// about.pt.md is in Portuguese wherever it is: the name's
		// language wins over its folder's.
		n.hugo = ParseHugoName(path.Base(rel), HugoLanguages(rules.URLs.Hugo.Languages, rules.Lang))
		if n.hugo.Lang != "" {
			lang = n.hugo.Lang
		}
	}
	if rules.Generator == site.Pelican || rules.Generator == site.Plain {
		n.pathMetadata(rel)
	}
	jekyll := rules.Generator == site.Jekyll
	var name JekyllName
	if jekyll {
		name = ParseJekyllName(rel, rules.CollectionsDir)
		n.scopedDefaults(rel, name)
	}
	for k, v := range rules.DefaultMetadata {
		n.setDefault(k, v)
	}

	p.Title = n.str("title")
	if p.Title != "" && (rules.Generator == site.Hugo || rules.Generator == site.Jekyll) {
		// Hugo and Jekyll keep a quoted title's spaces as written
		// (" How …", "… について "); Pelican strips them.
		p.Title = scalarString(n.fields["title"].value)
	}
	rawTitle := strings.TrimSpace(p.Title)
	if p.Title == "" && rules.Generator == site.Plain && h.format != FormatRST {
		// A plain folder of Markdown (notes, a README-style post) is
		// titled by its first heading, as glow and editors show it.
		p.Title = firstHeading(h.body)
	}
	p.Kind = n.kind(rel, name)
	var fileSlug string
	if rules.DateKeys != nil {
		p.Date, fileSlug = n.dateByKeys(rel)
	} else {
		p.Date = n.date("date")
		if rules.Generator == site.Hugo && p.Date.IsZero() {
			p.Date = n.date("publishdate")
		}
	}
	if jekyll && p.Date.IsZero() {
		// Jekyll dates a post by its file name unless "date:" says more.
		p.Date = name.Date
		if name.InDrafts && !p.ModTime.IsZero() {
			p.Date = Date{Time: p.ModTime, HasZone: true}
		}
	}
	p.Modified = n.date("modified")
	if p.Modified.IsZero() {
		p.Modified = n.date("lastmod")
	}
	if p.Date.IsZero() && rules.DateFromFile && !p.ModTime.IsZero() {
		// Pelican's DEFAULT_DATE = 'fs' takes the modification time as
		// this machine's wall clock, without a zone; TIMEZONE then
		// places that wall time, as for a date written in the file.
		p.Date = floatingLocal(p.ModTime)
		if p.Modified.IsZero() {
			p.Modified = p.Date
		}
	}
	if loc := rules.Location; loc != nil {
		if jekyll {
			p.Date, p.Modified = jekyllTime(p.Date, loc), jekyllTime(p.Modified, loc)
		} else {
			p.Date, p.Modified = p.Date.inLocation(loc), p.Modified.inLocation(loc)
		}
	}
	if p.Date.IsZero() && p.Kind == KindPost && rules.Generator == site.Pelican {
		n.warn(0, "no date; Pelican skips an article without one (add Date: or set DEFAULT_DATE)")
	}

	if n.hasTaxonomy("tags") {
		p.Tags = n.terms("tags", "tag")
	}
	if n.hasTaxonomy("categories") {
		p.Categories = n.categories(name)
	}
	p.Authors = n.terms("authors", "author")
	if len(p.Authors) == 0 && rules.Author != "" {
		p.Authors = []string{rules.Author}
	}
	p.Status = n.status(name)
	if p.Status == StatusPublished {
		p.Status = n.schedule()
	}
	if rules.Generator == site.Hugo {
		p.headlessBelow = n.cascadesHeadless()
		if p.headlessBelow || n.hugoHeadless() {
			p.Status = StatusHeadless
		}
	} else {
		// Hugo 0.111 takes a page's language from its file name or
		// folder only; "lang:" is just a parameter.
		p.Lang = n.str("lang")
	}
	if p.Lang == "" {
		p.Lang = lang
	}
	if p.Lang == "" {
		p.Lang = rules.Lang
	}
	p.Summary = plainText(n.str("summary"))
	if p.Summary == "" && rules.Generator != site.Pelican {
		p.Summary = plainText(n.str("description"))
	}
	p.Image = n.image()
	p.Slug = n.slug(rel, name)
	if fileSlug != "" && !n.fileSets("slug") {
		p.Slug = fileSlug
	}
	if p.Title == "" {
		n.untitled(rel, name)
	}
	if p.Title == "" && h.format != FormatRST {
		p.Heading = firstH1(h.body)
	}
	n.taxonomies()
	p.URL = n.url(rel, rawTitle, fileSlug, name)
	if p.Status == StatusHeadless {
		p.URL = "" // a section cascading headless options is not rendered either (Hugo 0.111 checked)
	}
}

// setDefault gives key a value when the file does not set it.
func (n *normalizer) setDefault(key string, v any) {
	// An empty value is no value: Pelican discards it before defaults
	// apply.
	if f, set := n.fields[key]; !set || f.value == nil || f.value == "" {
		n.fields[key] = field{key: key, value: v, line: f.line}
	}
}

// jekyllTime puts a date in the site's time zone as Jekyll does: a YAML
// timestamp with a time but no offset is UTC (Ruby's YAML reads it so), a
// bare date is local midnight, and a date with an offset is converted.
func jekyllTime(d Date, loc *time.Location) Date {
	if d.IsZero() {
		return d
	}
	if d.HasZone {
		return Date{Time: d.In(loc), HasZone: true}
	}
	t := d.Time
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return d.inLocation(loc)
	}
	return Date{Time: time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC).In(loc), HasZone: true}
}

// pathMetadata applies what Pelican learns from a file's path, which
// loses to the file's own metadata and wins over the site's defaults:
// FILENAME_METADATA's groups, then PATH_METADATA's, then the folder as
// category (USE_FOLDER_AS_CATEGORY).
func (n *normalizer) pathMetadata(rel string) {
	base := strings.TrimSuffix(path.Base(rel), path.Ext(rel))
	for _, m := range []struct {
		re   *regexp.Regexp
		text string
	}{{n.rules.FilenameMetadata, base}, {n.rules.PathMetadata, rel}} {
		if m.re == nil {
			continue
		}
		match := m.re.FindStringSubmatch(m.text)
		if match == nil {
			continue
		}
		for i, name := range m.re.SubexpNames() {
			if name != "" && i < len(match) && m.re.SubexpIndex(name) == i {
				n.setDefault(strings.ToLower(name), match[i])
			}
		}
	}
	if !n.rules.NoFolderCategory && n.dir != "" {
		n.setDefault("category", path.Base(n.dir))
	}
}

// floatingLocal is t's wall time on this machine, with no zone.
func floatingLocal(t time.Time) Date {
	l := t.In(time.Local)
	return Date{Time: time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), l.Nanosecond(), time.UTC)}
}

// inJekyllPosts reports whether rel is inside a _posts or _drafts folder.
func inJekyllPosts(rel string) bool {
	return strings.HasPrefix(rel, "_posts/") || strings.HasPrefix(rel, "_drafts/") ||
		strings.Contains(rel, "/_posts/") || strings.Contains(rel, "/_drafts/")
}

// hasTaxonomy reports whether the site has the taxonomy plural.
func (n *normalizer) hasTaxonomy(plural string) bool {
	return !n.rules.OnlyTaxonomies || slices.Contains(n.rules.Taxonomies, plural)
}

// scopedDefaults applies the front matter defaults whose scope holds the
// file, the most specific last so that it wins: a longer path, then a
// type over none (Jekyll's order).
func (n *normalizer) scopedDefaults(rel string, name JekyllName) {
	for k, v := range n.rules.defaultsFor(rel, name) {
		n.setDefault(k, v)
	}
}

// DefaultsFor returns the front matter defaults (Jekyll's defaults) that
// apply to a file at rel, relative to the content folder, merged so that
// the more specific scope wins; nil when none apply. The writer asks it
// which layout a new post gets.
func (s Rules) DefaultsFor(rel string) map[string]any {
	return s.defaultsFor(rel, ParseJekyllName(rel, s.CollectionsDir))
}

func (s Rules) defaultsFor(rel string, name JekyllName) map[string]any {
	if len(s.ScopedDefaults) == 0 {
		return nil
	}
	typ := "pages"
	switch {
	case name.InDrafts:
		typ = "drafts"
	case name.InPosts:
		typ = "posts"
	default:
		// A document of another collection (_work/x.md) has its
		// collection's label as its type; pages never live in "_" folders.
		in := strings.TrimPrefix(strings.TrimPrefix(rel, s.CollectionsDir), "/")
		if first, _, nested := strings.Cut(in, "/"); nested && strings.HasPrefix(first, "_") {
			typ = first[1:]
		}
	}
	var matching []ScopedDefault
	for _, d := range s.ScopedDefaults {
		if d.Path != "" && rel != d.Path && !strings.HasPrefix(rel, d.Path+"/") {
			continue
		}
		if d.Type != "" && d.Type != typ && !(d.Type == "posts" && typ == "drafts") {
			continue
		}
		matching = append(matching, d)
	}
	slices.SortStableFunc(matching, func(a, b ScopedDefault) int {
		if c := len(a.Path) - len(b.Path); c != 0 {
			return c
		}
		return len(a.Type) - len(b.Type)
	})
	merged := map[string]any{}
	for _, d := range matching {
		for k, v := range d.Values {
			merged[strings.ToLower(k)] = v
		}
	}
	return merged
}

// dateByKeys reads the date from the first of Site.DateKeys that gives
// one, as Hugo's [frontmatter] date does, and the slug a ":filename" date
// implies.
func (n *normalizer) dateByKeys(rel string) (Date, string) {
	for _, k := range n.rules.DateKeys {
		switch k {
		case ":git":
		case ":filemodtime":
			if !n.p.ModTime.IsZero() {
				return Date{Time: n.p.ModTime, HasZone: true}, ""
			}
		case ":filename":
			base := strings.TrimSuffix(path.Base(rel), path.Ext(rel))
			if n.rules.Generator == site.Hugo {
				// Hugo's ContentBaseName: without the language code,
				// and a bundle's folder name.
				base = n.hugo.Base
				if n.hugo.Leaf || n.hugo.Branch {
					base = path.Base(n.dir)
				}
			}
			if len(base) >= 10 {
				if t, err := time.Parse("2006-01-02", base[:10]); err == nil {
					slug := strings.TrimLeft(base[10:], "-_ ")
					return Date{Time: t}, slug
				}
			}
		default:
			if d := n.date(k); !d.IsZero() {
				return d, ""
			}
		}
	}
	return Date{}, ""
}

// str returns a field as one string; a list gives its first item.
// image is the header image the front matter names: a plain key the
// themes use, or Jekyll's header: {image: …} / {teaser: …}, or Hugo's
// cover: {image: …}.
func (n *normalizer) image() string {
	for _, k := range []string{"image", "cover", "cover_image", "featured_image", "featuredimage", "banner", "header", "og_image"} {
		f, ok := n.fields[k]
		if !ok {
			continue
		}
		switch v := f.value.(type) {
		case string:
			if s := strings.TrimSpace(v); s != "" {
				return s
			}
		case map[string]any:
			for _, sub := range []string{"image", "overlay_image", "teaser", "src"} {
				if s, ok := v[sub].(string); ok && strings.TrimSpace(s) != "" {
					return strings.TrimSpace(s)
				}
			}
		}
	}
	return ""
}

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
	case yamlTimestamp:
		return string(v)
	case rubyTimestamp:
		return string(v)
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
	_, unquotedYAML := f.value.(yamlTimestamp)
	if _, ruby := f.value.(rubyTimestamp); ruby {
		unquotedYAML = true
	}
	s := scalarString(f.value)
	if n.rules.Generator == site.Pelican || n.rules.Generator == site.Plain {
		// Pelican reads "2012-11-22_22:11" too.
		s = strings.ReplaceAll(s, "_", " ")
	}
	if strings.TrimSpace(s) == "" {
		return Date{}
	}
	if n.rules.Generator == site.Jekyll {
		if d, err := n.jekyllDate(s, unquotedYAML); err == nil {
			return d
		}
	}
	d, err := ParseDate(s)
	if err != nil {
		n.warn(f.line, "%s: %v", key, err)
		return Date{}
	}
	if n.rules.Generator == site.Jekyll && !unquotedYAML {
		// Jekyll parses a date string in the site's zone; only an
		// unquoted YAML timestamp is read as UTC (see jekyllTime).
		d = d.inLocation(n.rules.Location)
	}
	return d
}

// jekyllDate reads a date as Jekyll does: Ruby's YAML makes an unquoted
// timestamp with a time but no offset UTC, and a bare date local
// midnight; Time.parse reads everything else (parseRubyTime), in the
// site's zone unless it names one Ruby knows.
func (n *normalizer) jekyllDate(s string, unquotedYAML bool) (Date, error) {
	d, err := parseRubyTime(s, n.rules.Location)
	if err != nil {
		return Date{}, err
	}
	if !d.HasZone && unquotedYAML && strings.ContainsRune(s, ':') {
		return Date{Time: d.Time, HasZone: true}, nil
	}
	return d.inLocation(n.rules.Location), nil
}

// terms reads a list-valued field (tags, authors) with the generator's
// splitting rules; single is its singular spelling.
func (n *normalizer) terms(plural, single string) []string {
	value := func(key string) (any, bool) {
		f, ok := n.fields[key]
		if ok && plural == "authors" {
			return authorNames(f.value), true
		}
		return f.value, ok
	}
	var out []string
	if v, ok := value(plural); ok {
		out = n.split(v, true)
	}
	if n.rules.Generator == site.Hugo && plural == "tags" {
		// Hugo reads a taxonomy by its plural only: "tag:" is a
		// parameter, or the terms of a taxonomy named "tag".
		return UniqueTerms(n.rules.Generator, out)
	}
	if v, ok := value(single); ok && (len(out) == 0 || n.rules.Generator == site.Jekyll) {
		switch n.rules.Generator {
		case site.Jekyll:
			if single == "tag" {
				// Jekyll's singular tag wins over tags and is one term,
				// never split (Utils.pluralized_array_from_hash).
				out = listOf(v)
			} else {
				out = append(out, listOf(v)...)
			}
		case site.Pelican, site.Plain:
			// Pelican reads Author: as one author, commas and all.
			if single == "author" {
				out = listOf(v)
			} else {
				out = n.split(v, false)
			}
		default:
			out = append(out, n.split(v, false)...)
		}
	}
	if plural == "authors" {
		// Authors are not a Hugo taxonomy: every name stays.
		return uniqueTerms(out)
	}
	return UniqueTerms(n.rules.Generator, out)
}

// authorNames reads authors written as maps ({name: Jeff Zhang,
// twitter: …}, alone or in a list) as their names, as jekyll-seo-tag
// (author.name) and the Hugo and Jekyll themes that take such maps show
// them; a map without a name is no author.
func authorNames(v any) any {
	switch v := v.(type) {
	case map[string]any:
		// A list of one: a name is never split at its spaces.
		if name, ok := v["name"].(string); ok {
			return []any{name}
		}
		return []any{}
	case []any:
		out := make([]any, 0, len(v))
		for _, item := range v {
			if m, ok := item.(map[string]any); ok {
				out = append(out, authorNames(m).([]any)...)
				continue
			}
			out = append(out, item)
		}
		return out
	}
	return v
}

// split applies the splitting rule for a string value: Pelican splits on
// ";" if there is one, else ","; Jekyll splits plural keys on whitespace;
// Hugo keeps a string as one term. A list stays a list.
func (n *normalizer) split(v any, plural bool) []string {
	s, isString := v.(string)
	if !isString {
		return listOf(v)
	}
	switch n.rules.Generator {
	case site.Hugo:
		return []string{s}
	case site.Pelican:
		if n.rules.YAMLTermsWhole && n.h.format == FormatYAML {
			return []string{s}
		}
	case site.Jekyll:
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

// UniqueTerms drops a post's empty and duplicate terms as generator g
// does when it reads them (uniqueTerms), and more on Hugo: Hugo files
// one term under its URL key, so "Go" and "go", "Web Dev" and "web-dev"
// are one term of the page (the first spelling is kept); Pelican and
// Jekyll keep every distinct spelling. The writer drops them the same
// way, so that a new post reads back as entered.
func UniqueTerms(g site.Generator, terms []string) []string {
	if g != site.Hugo {
		return uniqueTerms(terms)
	}
	out := uniqueTerms(terms)
	keep := out[:0]
	seen := make(map[string]bool, len(out))
	for _, t := range out {
		if k := hugoTermKey(t); !seen[k] {
			seen[k] = true
			keep = append(keep, t)
		}
	}
	return keep
}

// hugoTermKey is the key Hugo files a taxonomy term under: its URL
// form, lowercased, spaces as hyphens, other punctuation than
// "%._-#+~" dropped ("C++" stays apart from "C").
func hugoTermKey(t string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(t) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || strings.ContainsRune("%._-#+~", r):
			b.WriteRune(r)
		case unicode.IsSpace(r):
			b.WriteByte('-')
		}
	}
	return b.String()
}

// uniqueTerms trims terms, drops empty ones and drops later exact
// duplicates. Spellings that slugify alike stay as the post writes them
// ("Plugin" and "plugin", "C" and "C++"), as Pelican, Hugo and Jekyll
// keep them; folio groups them only where it aggregates (Terms, queries).
func uniqueTerms(terms []string) []string {
	if len(terms) == 0 {
		return nil
	}
	out := terms[:0:0]
	for _, t := range terms {
		t = strings.TrimSpace(t)
		if t == "" || slices.Contains(out, t) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// categories applies the category rules: metadata first, then Jekyll's
// folders above _posts, then Pelican's folder rule, then the default.
func (n *normalizer) categories(name JekyllName) []string {
	var out []string
	switch n.rules.Generator {
	case site.Jekyll:
		if !n.jekyllInPlain || !n.fileSets("categories") && !n.fileSets("category") {
			out = append(out, name.Categories...)
		}
		if f, ok := n.fields["categories"]; ok {
			out = append(out, n.split(f.value, true)...)
		}
		if f, ok := n.fields["category"]; ok {
			out = append(out, listOf(f.value)...)
		}
		return UniqueTerms(n.rules.Generator, out)
	case site.Hugo:
		// As with tags, Hugo reads only the plural: "category:" is a
		// parameter.
		if f, ok := n.fields["categories"]; ok {
			out = n.split(f.value, true)
		}
		return UniqueTerms(n.rules.Generator, out)
	}
	// A plain folder's file that lists categories has them rather than
	// its folder's name.
	if f, ok := n.fields["categories"]; ok && n.rules.Generator == site.Plain && !n.fileSets("category") {
		if cs := UniqueTerms(n.rules.Generator, n.split(f.value, true)); len(cs) > 0 {
			return cs
		}
	}
	// Pelican's pages carry a category as its articles do (its folder or
	// DEFAULT_CATEGORY), though no category page lists them.
	if c := n.str("category"); c != "" {
		return []string{c}
	}
	if f, ok := n.fields["categories"]; ok {
		return UniqueTerms(n.rules.Generator, n.split(f.value, true))
	}
	if n.rules.DefaultCategory != "" {
		return []string{n.rules.DefaultCategory}
	}
	return nil
}

// kind decides post or page by where the file is.
func (n *normalizer) kind(rel string, name JekyllName) Kind {
	if k := strings.ToLower(n.str("type")); k == "page" && n.rules.Generator == site.Pelican {
		return KindPage
	}
	switch n.rules.Generator {
	case site.Jekyll:
		if name.InPosts || name.InDrafts {
			return KindPost
		}
		return KindPage
	case site.Hugo:
		// Regular pages inside a section are posts; files at the content
		// root and section/home list pages are pages.
		base := path.Base(rel)
		if n.dir == "" || strings.HasPrefix(base, "_index.") {
			return KindPage
		}
		return KindPost
	}
	dirs := n.rules.PageDirs
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
func (n *normalizer) status(name JekyllName) Status {
	if name.InDrafts {
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

// schedule decides whether a published post is out yet: Hugo publishes a
// page from its publishDate (its date when it has none) until its
// expiryDate, Jekyll a post from its date, unless the site publishes
// future (and, Hugo, expired) posts. Pelican turns a future post into a
// draft when WITH_FUTURE_DATES is off.
func (n *normalizer) schedule() Status {
	now := n.rules.Now
	future := func(d Date) bool {
		if d.IsZero() || now.IsZero() {
			return false
		}
		if !d.HasZone {
			// A floating date is read in the site's zone, UTC if none.
			loc := n.rules.Location
			if loc == nil {
				loc = time.UTC
			}
			d = Date{Time: time.Date(d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute(), d.Second(), d.Nanosecond(), loc), HasZone: true}
		}
		return d.After(now)
	}
	switch n.rules.Generator {
	case site.Hugo:
		if !n.rules.PublishExpired {
			if exp := n.firstDate("expirydate", "unpublishdate"); !exp.IsZero() && !future(exp) {
				return StatusExpired
			}
		}
		if !n.rules.PublishFuture {
			pub := n.firstDate("publishdate", "pubdate", "published")
			if pub.IsZero() {
				pub = n.p.Date
			}
			if future(pub) {
				return StatusScheduled
			}
		}
	case site.Jekyll:
		if !n.rules.PublishFuture && n.p.Kind == KindPost && future(n.p.Date) {
			return StatusScheduled
		}
	case site.Pelican:
		if !n.rules.PublishFuture && n.p.Kind == KindPost && future(n.p.Date) {
			return StatusDraft
		}
	}
	return StatusPublished
}

// firstDate is the first of keys the file sets as a date.
func (n *normalizer) firstDate(keys ...string) Date {
	for _, k := range keys {
		if _, ok := n.fields[k]; ok {
			if d := n.date(k); !d.IsZero() {
				return d
			}
		}
	}
	return Date{}
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
func (n *normalizer) slug(rel string, name JekyllName) string {
	if s := n.str("slug"); s != "" {
		return s
	}
	base := strings.TrimSuffix(path.Base(rel), path.Ext(rel))
	switch n.rules.Generator {
	case site.Jekyll:
		if name.Slug != "" {
			return name.Slug
		}
		return base
	case site.Hugo:
		return hugoSlug(rel, n.hugo)
	}
	if n.p.Title != "" && !n.rules.SlugFromFile {
		return Slugify(n.p.Title, n.rules.SlugSubstitutions)
	}
	return Slugify(base, n.rules.SlugSubstitutions)
}

// hugoSlug is the last part of the URL Hugo gives a file without a slug:
// its translation base name (a bundle's or section's folder name for
// index and _index files), with what Hugo's path sanitizer drops removed,
// spaces as hyphens, lowercased. Unlike Pelican's slugs it keeps accented
// letters.
func hugoSlug(rel string, name HugoName) string {
	base := name.Base
	if name.Leaf || name.Branch {
		base = path.Base(path.Dir(rel))
		if base == "." || base == "/" {
			return ""
		}
	}
	var b strings.Builder
	for _, r := range base {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || strings.ContainsRune("%._-#+~", r):
			b.WriteRune(r)
		case unicode.IsSpace(r):
			b.WriteByte('-')
		}
	}
	return strings.ToLower(b.String())
}

// untitled handles a post without a title as its generator does: Jekyll
// titles a post, and any collection document, from its name; Hugo,
// Pelican's reST reader and a plain folder leave the title empty (Pelican
// rejects an untitled Markdown article, so folio warns). Lists show
// FallbackTitle in its place.
func (n *normalizer) untitled(rel string, name JekyllName) {
	switch n.rules.Generator {
	case site.Jekyll:
		// Every document of a collection is titled so (Document#
		// populate_title), posts and the others (_tabs/about.md); a
		// page is not, and pages never live in "_" folders.
		in := strings.TrimPrefix(strings.TrimPrefix(rel, n.rules.CollectionsDir), "/")
		if first, _, nested := strings.Cut(in, "/"); n.p.Kind == KindPost || nested && strings.HasPrefix(first, "_") {
			n.p.Title = titleFromName(rel, name, true)
		}
	case site.Pelican, site.Plain:
		n.warn(0, "no title; named after the file")
	}
}

// titleFromName makes a title of a file's name (a Jekyll post's slug):
// words split at "-", "_" and spaces, each capitalised. jekyll lowercases
// the rest of each word, as Ruby's String#capitalize does.
func titleFromName(rel string, name JekyllName, jekyll bool) string {
	base := strings.TrimSuffix(path.Base(rel), path.Ext(rel))
	if name.Slug != "" {
		base = name.Slug
	}
	words := strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		rest := w[size:]
		if jekyll {
			rest = strings.ToLower(rest)
		}
		words[i] = string(unicode.ToUpper(r)) + rest
	}
	return strings.Join(words, " ")
}

// FallbackTitle is what lists show for a post without a title: its
// DerivedTitle, else a title made of its file name, in parentheses so
// that it reads as made up; the post's own title when it has one.
func (p *Post) FallbackTitle() string {
	if p.Title != "" {
		return p.Title
	}
	if t := p.DerivedTitle(); t != "" {
		return t
	}
	t := titleFromName(p.Path, JekyllName{}, false)
	if t == "" {
		t = p.Path
	}
	return "(" + t + ")"
}

// DerivedTitle is the body's first heading in parentheses, marked so as
// made up, for a post its generator leaves untitled; "" when the post has
// a title or no such heading.
func (p *Post) DerivedTitle() string {
	if p.Title != "" || p.Heading == "" {
		return ""
	}
	return "(" + p.Heading + ")"
}

// maxHeadingLines bounds how far firstH1 looks into a body.
const maxHeadingLines = 200

// firstH1 returns the text of the first level-one ATX heading ("# Title")
// of a Markdown body outside fenced code, within its first lines; "" when
// there is none.
func firstH1(body []byte) string {
	fence := ""
	for i := 0; i < maxHeadingLines && len(body) > 0; i++ {
		line, rest := firstLine(body)
		body = rest
		t := bytes.TrimSpace(line)
		if indent := len(line) - len(bytes.TrimLeft(line, " ")); indent > 3 {
			continue // indented code
		}
		switch {
		case fence != "":
			if bytes.HasPrefix(t, []byte(fence)) && len(bytes.Trim(t, fence[:1])) == 0 {
				fence = ""
			}
		case bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~")):
			fence = string(t[:3])
		case bytes.HasPrefix(t, []byte("# ")):
			if h := strings.TrimSpace(strings.TrimRight(string(t[2:]), "# ")); h != "" {
				return h
			}
		}
	}
	return ""
}

// taxonomies gathers the terms of the site's own taxonomies (Hugo's
// series, …) for filtering. Tags and categories have their own fields; a
// post without other terms has no map at all, which keeps 100k loaded
// posts small.
func (n *normalizer) taxonomies() {
	p := n.p
	for _, t := range n.rules.Taxonomies {
		t = strings.ToLower(t)
		if f, ok := n.fields[t]; ok && t != "tags" && t != "categories" {
			if terms := UniqueTerms(n.rules.Generator, n.split(f.value, true)); len(terms) > 0 {
				if p.Taxonomies == nil {
					p.Taxonomies = map[string][]string{}
				}
				p.Taxonomies[t] = terms
			}
		}
	}
}

func (n *normalizer) warn(line int, format string, args ...any) {
	n.h.warn(line, format, args...)
}

// emphasisMarks are the Markdown marks plainText drops; a Replacer is
// safe for concurrent use, and building one per post showed in profiles.
var emphasisMarks = strings.NewReplacer("**", "", "__", "", "`", "")

// plainText turns a short Markdown or HTML summary into plain text.
func plainText(s string) string {
	if s == "" {
		return ""
	}
	return emphasisMarks.Replace(stripTags(s))
}

// firstHeading returns the text of a Markdown document's leading level-one
// heading ("# Title" or "Title" underlined with "="), skipping blank lines
// before it; "" when the document starts otherwise.
func firstHeading(body []byte) string {
	for len(body) > 0 {
		line, rest := firstLine(body)
		t := bytes.TrimSpace(line)
		switch {
		case len(t) == 0:
			body = rest
			continue
		case bytes.HasPrefix(t, []byte("# ")):
			return strings.TrimSpace(strings.TrimRight(string(t[2:]), "# "))
		}
		next, _ := firstLine(rest)
		if n := bytes.TrimSpace(next); len(n) > 0 && len(bytes.Trim(n, "=")) == 0 {
			return string(t)
		}
		return ""
	}
	return ""
}
