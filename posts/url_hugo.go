package posts

import (
	"fmt"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// HugoURLs are the Hugo settings that place pages (Hugo 0.111).
type HugoURLs struct {
	// Permalinks are the [permalinks] patterns by top-level section ("" is
	// the content root).
	Permalinks map[string]string

	// UglyURLs writes pages as /section/name.html (uglyURLs = true);
	// UglySections does so for the sections listed (uglyURLs as a table).
	UglyURLs     bool
	UglySections map[string]bool

	// Languages are the site's language codes; a site with more than one
	// is multilingual and prefixes the pages of every language but the
	// default one with its code (all of them with
	// DefaultLangInSubdir).
	Languages           []string
	DefaultLangInSubdir bool

	// DisablePathToLower keeps the case of URLs (disablePathToLower);
	// RemovePathAccents drops accents (removePathAccents).
	DisablePathToLower bool
	RemovePathAccents  bool

	// DisabledKinds are the page kinds the site does not render
	// (disableKinds: "page", "section", "home"), lowercase.
	DisabledKinds []string

	// OutputFormats are the site's [outputFormats], by lowercase name,
	// merged over Hugo's own; KindOutputs its [outputs] by lowercase
	// kind ("page", "section", "home"). A page's first output format
	// decides its address.
	OutputFormats map[string]HugoFormat
	KindOutputs   map[string][]string

	// IsSection reports whether a folder, slash-separated and relative to
	// the content folder, is a section below the top level: it holds an
	// _index file. Nil means only top-level folders are sections.
	IsSection func(dir string) bool
}

// hugoKind is what Hugo makes of a content file.
type hugoKind int

const (
	hugoKindPage hugoKind = iota
	hugoKindSection
	hugoKindHome
)

// hugoURL places a content file as Hugo 0.111's createTargetPathDescriptor
// and page.CreateTargetPaths do for the HTML output format: the link
// RelPermalink gives, without the baseURL's path. Headless bundles and
// pages that are never rendered get no page.
func (n *normalizer) hugoURL(rel, rawTitle, fileSlug string) string {
	rules := &n.rules.URLs.Hugo
	if truthy(n.fields["headless"].value) {
		return ""
	}
	for _, key := range []string{"_build", "build"} {
		if b, ok := n.fields[key].value.(map[string]any); ok {
			if r, set := b["render"]; set {
				switch v := r.(type) {
				case bool:
					if !v {
						return ""
					}
				case string:
					if s := strings.ToLower(v); s == "never" || s == "link" || s == "false" {
						return ""
					}
				}
			}
		}
	}
	dir := strings.TrimSuffix(path.Dir(rel), "/")
	if dir == "." {
		dir = ""
	}
	stem, lang := n.hugo.Base, n.p.Lang
	kind, kindName := hugoKindPage, "page"
	if n.hugo.Branch {
		kind, kindName = hugoKindSection, "section"
		if dir == "" {
			kind, kindName = hugoKindHome, "home"
		}
	}
	if slices.Contains(rules.DisabledKinds, kindName) {
		return ""
	}
	d := hugoTarget{kind: kind, rules: rules, format: n.hugoFormat(kindName)}
	if fu := n.str("url"); fu != "" && !strings.HasPrefix(fu, "http://") && !strings.HasPrefix(fu, "https://") {
		d.url = fu
	}
	if len(rules.Languages) > 1 {
		if def := strings.ToLower(n.rules.Lang); lang != def || rules.DefaultLangInSubdir {
			d.prefix = lang
		}
	}
	section, _, _ := strings.Cut(dir, "/")
	d.ugly = rules.UglyURLs || rules.UglySections[section]
	slug := strings.Trim(n.str("slug"), "-")
	if slug == "" {
		slug = fileSlug // Hugo's :filename date names the page too
	}
	switch kind {
	case hugoKindSection:
		d.sections = strings.Split(dir, "/")
	case hugoKindPage:
		d.dir = dir
		base := stem
		if n.hugo.Leaf && dir != "" {
			// A leaf bundle is named by its folder.
			d.dir, base = path.Split(dir)
			d.dir = strings.TrimSuffix(d.dir, "/")
		}
		d.base = base
		if slug != "" {
			d.base = slug
		}
		if pattern, ok := rules.Permalinks[section]; ok {
			e := hugoExpander{rules: rules, date: n.p.Date.Time, title: rawTitle, slug: slug,
				filename: base, section: section, sections: n.hugoCurrentSection(dir)}
			expanded := e.expand(pattern)
			if u, err := url.QueryUnescape(expanded); err == nil {
				expanded = u
			}
			d.permalink = expanded
		}
	}
	return d.link()
}

// hugoCurrentSection is the path of the section a page in dir belongs
// to: the nearest folder that is a section (a top-level folder, or one
// with an _index file).
func (n *normalizer) hugoCurrentSection(dir string) []string {
	if dir == "" {
		return nil
	}
	parts := strings.Split(dir, "/")
	for i := len(parts); i > 1; i-- {
		if f := n.rules.URLs.Hugo.IsSection; f != nil && f(strings.Join(parts[:i], "/")) {
			return parts[:i]
		}
	}
	return parts[:1]
}

// hugoTarget is Hugo's TargetPathDescriptor, for one output format.
type hugoTarget struct {
	kind      hugoKind
	rules     *HugoURLs
	format    HugoFormat
	sections  []string
	dir, base string
	url       string
	prefix    string
	permalink string
	ugly      bool
}

// link is the Link of Hugo's CreateTargetPaths for the target's output
// format (for HTML, base name "index" and suffix ".html"), followed step
// by step.
func (d hugoTarget) link() string {
	format := d.format
	if format.BaseName == "" {
		format = hugoBuiltinFormats["html"] // the zero target is HTML's
	}
	typeBase, suffix := format.BaseName, format.Suffix
	forcePrefix := d.url != "" && !strings.HasPrefix(d.url, "/")
	pagePath := "/"
	var link string
	isUgly := d.ugly && !format.NoUgly
	baseNameSameAsType := d.base != "" && d.base == typeBase
	if d.permalink == "" && baseNameSameAsType {
		isUgly = true
	}
	needsBase := true
	if d.kind != hugoKindPage && d.url == "" && len(d.sections) > 0 {
		pagePath = hugoJoin(d.sections...)
		needsBase = false
	}
	if format.Path != "" {
		pagePath = hugoJoin(pagePath, format.Path)
	}
	switch {
	case d.kind != hugoKindHome && d.url != "":
		pagePath = hugoJoin(pagePath, d.url)
		link = pagePath
		hasDot := strings.Contains(d.url, ".")
		hasSlash := strings.HasSuffix(d.url, "/")
		if hasSlash || !hasDot {
			pagePath = hugoJoin(pagePath, typeBase+suffix)
		}
		if !strings.HasSuffix(pagePath, "/index.html") {
			link = pagePath
		} else if !hasSlash {
			link += "/"
		}
		if forcePrefix && d.prefix != "" && !strings.HasPrefix(d.url, "/"+d.prefix) {
			link = hugoJoin(d.prefix, link)
		}
	case d.kind == hugoKindPage:
		if d.permalink != "" {
			pagePath = hugoJoin(pagePath, d.permalink)
		} else {
			if d.dir != "" {
				pagePath = hugoJoin(pagePath, d.dir)
			}
			if d.base != "" {
				pagePath = hugoJoin(pagePath, d.base)
			}
		}
		link = pagePath
		if baseNameSameAsType {
			link = strings.TrimSuffix(link, d.base)
		}
		link += "/"
		if isUgly {
			pagePath = strings.Trim(pagePath, "/") + suffix
		} else {
			pagePath = hugoJoin(pagePath, typeBase+suffix)
		}
		if !strings.HasSuffix(pagePath, "/index.html") {
			link = pagePath
		}
		if d.prefix != "" {
			link = hugoJoin(d.prefix, link)
		}
	default:
		base := ""
		if needsBase || !isUgly {
			base = typeBase
		}
		link = pagePath
		if base != "" {
			pagePath = path.Join(pagePath, base+suffix)
		} else {
			pagePath = strings.Trim(pagePath, "/") + suffix
		}
		if !strings.HasSuffix(pagePath, "/index.html") {
			link = pagePath
		} else {
			link += "/"
		}
		if d.prefix != "" {
			link = hugoJoin(d.prefix, link)
		}
	}
	hadSlash := strings.HasSuffix(link, "/")
	link = strings.Trim(link, "/")
	if hadSlash {
		link += "/"
	}
	if !strings.HasPrefix(link, "/") {
		link = "/" + link
	}
	if d.kind != hugoKindPage || d.url == "" {
		link = d.rules.sanitize(link)
	}
	// The round trip percent-encodes the path as Hugo's RelPermalink
	// shows it. A path that sanitizing left starting with "//" would
	// parse as an empty host and come back without its slashes, so
	// such a link keeps Hugo's unescaped form.
	if u, err := url.Parse(link); err == nil && strings.HasPrefix(u.String(), "/") {
		link = u.String()
	}
	if link == "" {
		link = "/"
	}
	return link
}

// hugoJoin is Hugo's pjoin: path.Join that keeps a trailing slash of the
// last element.
func hugoJoin(elem ...string) string {
	hadSlash := strings.HasSuffix(elem[len(elem)-1], "/")
	joined := path.Join(elem...)
	if hadSlash && !strings.HasSuffix(joined, "/") {
		return joined + "/"
	}
	return joined
}

// sanitize is Hugo's PathSpec.MakePathSanitized: UnicodeSanitize, then
// lower case unless disablePathToLower.
func (r *HugoURLs) sanitize(s string) string {
	if r.RemovePathAccents {
		s = removeAccents(s)
	}
	s = hugoUnicodeSanitize(s)
	if !r.DisablePathToLower {
		s = strings.ToLower(s)
	}
	return s
}

// urlize is Hugo's PathSpec.URLize.
func (r *HugoURLs) urlize(s string) string {
	s = r.sanitize(s)
	if u, err := url.Parse(s); err == nil {
		return u.String()
	}
	return s
}

// hugoUnicodeSanitize is Hugo 0.111's helpers.UnicodeSanitize: it keeps
// letters, digits, marks, ./\_#+~-@ and %XX escapes, turns a run of
// spaces between kept characters into one hyphen, and drops the rest.
func hugoUnicodeSanitize(s string) string {
	source := []rune(s)
	target := make([]rune, 0, len(source))
	var prependHyphen, wasHyphen bool
	for i, r := range source {
		allowed := strings.ContainsRune("./\\_#+~-@", r) || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) ||
			(r == '%' && i+2 < len(source) && isHex(source[i+1]) && isHex(source[i+2]))
		if allowed {
			wasHyphen = r == '-'
			if prependHyphen {
				if !wasHyphen {
					target = append(target, '-')
				}
				prependHyphen = false
			}
			target = append(target, r)
		} else if len(target) > 0 && !wasHyphen && unicode.IsSpace(r) {
			prependHyphen = true
		}
	}
	return string(target)
}

// removeAccents drops combining marks after decomposing, as Hugo's
// text.RemoveAccentsString does.
func removeAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

func isHex(r rune) bool {
	return '0' <= r && r <= '9' || 'a' <= r && r <= 'f' || 'A' <= r && r <= 'F'
}

// hugoExpander fills a [permalinks] pattern, as Hugo 0.111's
// PermalinkExpander.
type hugoExpander struct {
	rules       *HugoURLs
	date        time.Time
	title, slug string
	filename    string
	section     string
	sections    []string
}

var hugoAttribute = regexp.MustCompile(`:\w+(\[.+?\])?`)

// hugoReferenceTime tells a Go date layout (":2006") from a word.
var hugoReferenceTime = time.Date(2019, time.November, 9, 23, 1, 42, 1, time.UTC)

func (e hugoExpander) expand(pattern string) string {
	out := pattern
	for _, m := range hugoAttribute.FindAllString(pattern, -1) {
		out = strings.Replace(out, m, e.attribute(m[1:]), 1)
	}
	return out
}

func (e hugoExpander) attribute(attr string) string {
	d := e.date
	switch attr {
	case "year":
		return strconv.Itoa(d.Year())
	case "month":
		return fmt.Sprintf("%02d", int(d.Month()))
	case "monthname":
		return d.Month().String()
	case "day":
		return fmt.Sprintf("%02d", d.Day())
	case "weekday":
		return strconv.Itoa(int(d.Weekday()))
	case "weekdayname":
		return d.Weekday().String()
	case "yearday":
		return strconv.Itoa(d.YearDay())
	case "section":
		return e.section
	case "sections":
		return strings.Join(e.sections, "/")
	case "title":
		return e.rules.urlize(e.title)
	case "slug":
		if e.slug != "" {
			return e.rules.urlize(e.slug)
		}
		return e.rules.urlize(e.title)
	case "slugorfilename":
		if e.slug != "" {
			return e.rules.urlize(e.slug)
		}
		return e.rules.urlize(e.filename)
	case "filename":
		return e.rules.urlize(e.filename)
	case "contentbasename":
		// Newer Hugo (0.144); 0.111 refuses to build with it.
		return e.rules.urlize(e.filename)
	case "slugorcontentbasename":
		if e.slug != "" {
			return e.rules.urlize(e.slug)
		}
		return e.rules.urlize(e.filename)
	}
	if strings.HasPrefix(attr, "sections[") {
		return path.Join(hugoSlice(e.sections, strings.TrimPrefix(attr, "sections"))...)
	}
	if hugoReferenceTime.Format(attr) != attr {
		return d.Format(attr)
	}
	return ":" + attr // Hugo refuses to build with an unknown attribute
}

// hugoSlice is Hugo's toSliceFunc: "[1:]", "[:2]", "[last]", "[0]".
func hugoSlice(s []string, cut string) []string {
	cut = strings.ToLower(strings.TrimSpace(cut))
	if len(cut) < 3 || cut[0] != '[' || cut[len(cut)-1] != ']' {
		return nil
	}
	index := func(v string, low bool) int {
		switch v {
		case "":
			if low {
				return 0
			}
			return len(s)
		case "last":
			return len(s) - 1
		}
		n, _ := strconv.Atoi(v)
		n = max(n, 0)
		if n >= len(s) {
			if low {
				return -1
			}
			return len(s)
		}
		return n
	}
	lo, hi, isRange := strings.Cut(cut[1:len(cut)-1], ":")
	if len(s) == 0 {
		return nil
	}
	if !isRange {
		i := index(lo, true)
		if i < 0 || s[i] == "" {
			return nil
		}
		return []string{s[i]}
	}
	a, b := index(lo, true), index(hi, false)
	if a < 0 || b < 0 || a > b {
		return nil
	}
	return s[a:b]
}
