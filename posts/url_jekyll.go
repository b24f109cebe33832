package posts

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// JekyllURLs are the Jekyll settings that place pages.
type JekyllURLs struct {
	// Permalink is the site's permalink setting: a style (date, pretty,
	// ordinal, weekdate, none) or a template; "" is Jekyll's default,
	// date.
	Permalink string

	// Collections are the site's collections other than posts by name,
	// and posts itself when the site configures it.
	Collections map[string]JekyllCollection
}

// JekyllCollection is how one collection is written.
type JekyllCollection struct {
	Output    bool   // its documents get pages
	Permalink string // its URL template; "" is Jekyll's default
}

// jekyllStyles are Jekyll's named permalink styles.
var jekyllStyles = map[string]string{
	"none":     "/:categories/:title:output_ext",
	"date":     "/:categories/:year/:month/:day/:title:output_ext",
	"ordinal":  "/:categories/:year/:y_day/:title:output_ext",
	"pretty":   "/:categories/:year/:month/:day/:title/",
	"weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
}

// jekyllMarkdownExts are Jekyll's default markdown_ext: files it
// converts to .html.
var jekyllMarkdownExts = []string{".markdown", ".mkdown", ".mkdn", ".mkd", ".md"}

// jekyllURL places a post, draft, collection document or page as Jekyll
// 4.3's Document#url and Page#url do (built with --drafts).
func (n *normalizer) jekyllURL(rel string, name JekyllName) string {
	rules := n.rules.URLs.Jekyll
	style := rules.Permalink
	if style == "" {
		style = "date"
	}
	permalink := n.str("permalink")
	if name.InPosts || name.InDrafts {
		tmpl := rules.Collections["posts"].Permalink
		if tmpl == "" {
			tmpl = style
			if t, ok := jekyllStyles[style]; ok {
				tmpl = t
			}
		}
		return n.jekyllDocumentURL(rel, name, "posts", path.Join(n.rules.CollectionsDir, "_posts"), tmpl, permalink)
	}
	if coll, dir, ok := n.jekyllCollection(rel); ok {
		c := rules.Collections[coll]
		if !c.Output {
			return ""
		}
		tmpl := c.Permalink
		if tmpl == "" {
			tmpl = jekyllPermalinkSuffix("/:collection/:path", style)
		}
		return n.jekyllDocumentURL(rel, name, coll, dir, tmpl, permalink)
	}
	return jekyllPageURL(rel, style, permalink)
}

// jekyllCollection finds the collection other than posts that holds rel,
// and the collection's folder relative to the source.
func (n *normalizer) jekyllCollection(rel string) (name, dir string, ok bool) {
	inner := rel
	if cd := n.rules.CollectionsDir; cd != "" {
		if !strings.HasPrefix(rel, cd+"/") {
			return "", "", false
		}
		inner = strings.TrimPrefix(rel, cd+"/")
	}
	first, _, _ := strings.Cut(inner, "/")
	if !strings.HasPrefix(first, "_") || first == inner {
		return "", "", false
	}
	if _, ok := n.rules.URLs.Jekyll.Collections[first[1:]]; !ok || first == "_posts" {
		return "", "", false
	}
	return first[1:], strings.TrimPrefix(path.Join(n.rules.CollectionsDir, first), "/"), true
}

// jekyllPermalinkSuffix is Jekyll's Utils.add_permalink_suffix.
func jekyllPermalinkSuffix(tmpl, style string) string {
	switch style {
	case "pretty":
		return tmpl + "/"
	case "date", "ordinal", "none":
		return tmpl + ":output_ext"
	}
	if strings.HasSuffix(style, "/") {
		tmpl += "/"
	}
	if strings.HasSuffix(style, ":output_ext") {
		tmpl += ":output_ext"
	}
	return tmpl
}

// jekyllOutputExt is the extension of the page Jekyll writes.
func jekyllOutputExt(rel string) string {
	ext := path.Ext(rel)
	if slices.Contains(jekyllMarkdownExts, strings.ToLower(ext)) {
		return ".html"
	}
	return ext
}

// jekyllDocumentURL fills a document's URL template (or its permalink
// front matter) with Jekyll's UrlDrop placeholders.
func (n *normalizer) jekyllDocumentURL(rel string, name JekyllName, coll, collDir, tmpl, permalink string) string {
	if permalink != "" {
		tmpl = permalink
	}
	ext := path.Ext(rel)
	stem := strings.TrimSuffix(path.Base(rel), ext)
	slug := n.str("slug")
	if slug == "" {
		slug = strings.TrimRight(name.Slug, ".")
	}
	cleaned := strings.TrimRight(strings.Replace(strings.TrimSuffix(rel, ext), collDir, "", 1), ".")
	d := n.p.Date.Time
	if n.p.Date.HasZone && n.rules.Location == nil {
		d = d.Local() // Jekyll shows dates in the build machine's zone
	}
	categories := func(slugify bool) string {
		var out []string
		for _, c := range n.p.Categories {
			if slugify {
				c = jekyllSlugify(c, false, false)
			} else {
				c = strings.ToLower(c)
			}
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
		return strings.Join(out, "/")
	}
	// value is Jekyll's UrlDrop: each placeholder computed when the
	// template names it.
	value := func(key string) (string, bool) {
		switch key {
		case "collection":
			return coll, true
		case "path":
			return cleaned, true
		case "name":
			return jekyllSlugify(stem, false, false), true
		case "title":
			return jekyllSlugify(slug, true, true), true
		case "slug":
			return jekyllSlugify(slug, false, false), true
		case "categories":
			return categories(false), true
		case "slugified_categories":
			return categories(true), true
		case "output_ext":
			return jekyllOutputExt(rel), true
		}
		if format, ok := jekyllDateTokens[key]; ok {
			return strftime(d, format), true
		}
		return "", false
	}
	out := jekyllPlaceholder.ReplaceAllStringFunc(tmpl, func(m string) string {
		key := m[1:]
		v, ok := value(key)
		if !ok && strings.HasSuffix(key, "_") {
			key = strings.TrimSuffix(key, "_")
			v, ok = value(key)
		}
		if !ok {
			return m // Jekyll stops the build: unknown placeholder
		}
		rest := strings.TrimPrefix(m[1:], key)
		return jekyllEscapePath(v) + rest
	})
	return jekyllSanitizeURL(out)
}

// jekyllDateTokens are the date placeholders of Jekyll's UrlDrop.
var jekyllDateTokens = map[string]string{
	"year": "%Y", "month": "%m", "day": "%d", "hour": "%H", "minute": "%M", "second": "%S",
	"i_day": "%-d", "i_month": "%-m", "short_month": "%b", "long_month": "%B", "short_year": "%y",
	"w_year": "%G", "week": "%V", "w_day": "%u", "short_day": "%a", "long_day": "%A", "y_day": "%j",
}

var jekyllPlaceholder = regexp.MustCompile(`:[a-z_]+`)

// jekyllPageURL places a page as Jekyll's Page#url does: its template
// (or permalink front matter) with only :path, :basename and :output_ext
// filled in.
func jekyllPageURL(rel, style, permalink string) string {
	ext := path.Ext(rel)
	base := strings.TrimRight(strings.TrimSuffix(path.Base(rel), ext), ".")
	dir := path.Dir(rel)
	if dir == "." {
		dir = ""
	}
	outExt := jekyllOutputExt(rel)
	tmpl := permalink
	if tmpl == "" {
		switch {
		case outExt != ".html":
			tmpl = "/:path/:basename:output_ext"
		case base == "index":
			tmpl = "/:path/"
		default:
			tmpl = jekyllPermalinkSuffix("/:path/:basename", style)
		}
	}
	for _, kv := range [][2]string{{"path", dir}, {"basename", base}, {"output_ext", outExt}} {
		if !strings.Contains(tmpl, ":") {
			break
		}
		tmpl = strings.ReplaceAll(tmpl, ":"+kv[0], jekyllEscapePath(kv[1]))
	}
	return jekyllSanitizeURL(tmpl)
}

// jekyllSanitizeURL is Jekyll's URL#sanitize_url.
func jekyllSanitizeURL(s string) string {
	s = strings.ReplaceAll("/"+s, "..", "/")
	s = strings.ReplaceAll(s, "./", "")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '/' && i > 0 && s[i-1] == '/' {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// jekyllEscapePath is Jekyll's URL.escape_path: Addressable's encoding
// of a path, with the first "#" escaped too.
func jekyllEscapePath(s string) string {
	if s == "" || jekyllPlainPath.MatchString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && (unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) || strings.IndexByte("-._~!$&'()*+,;=:@/?#", c) >= 0) {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return strings.Replace(b.String(), "#", "%23", 1)
}

var jekyllPlainPath = regexp.MustCompile(`^[a-zA-Z0-9./-]+$`)

// JekyllSlugify is Jekyll's Utils.slugify in its default mode ("Ruby 9.9
// test" is "ruby-9-9-test"): what jekyll-compose names a new post's file
// after, and so what the writer does in a Jekyll site.
func JekyllSlugify(s string) string { return jekyllSlugify(s, false, false) }

// jekyllSlugify is Jekyll's Utils.slugify in its default mode, or its
// pretty mode (which keeps ._~!$&'()+,;=@); cased keeps the case.
func jekyllSlugify(s string, pretty, cased bool) string {
	var b strings.Builder
	hyphen := false
	for _, r := range s {
		keep := unicode.IsLetter(r) || unicode.IsMark(r) || unicode.Is(unicode.Nd, r)
		if pretty && strings.ContainsRune("._~!$&'()+,;=@", r) {
			keep = true
		}
		if !keep {
			if !hyphen {
				b.WriteByte('-')
			}
			hyphen = true
			continue
		}
		hyphen = false
		b.WriteRune(r)
	}
	out := strings.TrimSuffix(strings.TrimPrefix(b.String(), "-"), "-")
	if !cased {
		out = strings.ToLower(out)
	}
	return out
}
