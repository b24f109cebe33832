package posts

import (
	"strconv"
	"strings"
	"time"
)

// PelicanURLs are the Pelican settings that place pages.
type PelicanURLs struct {
	// Patterns holds the *_URL and *_SAVE_AS settings the site sets, by
	// name ("ARTICLE_URL", "DRAFT_PAGE_LANG_SAVE_AS", …); a setting not
	// in it has Pelican's default.
	Patterns map[string]string

	// AuthorSubs and CategorySubs slugify {author} and {category}
	// (AUTHOR_REGEX_SUBSTITUTIONS, CATEGORY_REGEX_SUBSTITUTIONS); nil
	// uses the site's slug rules.
	AuthorSubs, CategorySubs []SlugSubstitution
}

// pelicanURLDefaults are Pelican 4.8's defaults for the settings that
// place articles, pages and their drafts.
var pelicanURLDefaults = map[string]string{
	"ARTICLE_URL": "{slug}.html", "ARTICLE_SAVE_AS": "{slug}.html",
	"ARTICLE_LANG_URL": "{slug}-{lang}.html", "ARTICLE_LANG_SAVE_AS": "{slug}-{lang}.html",
	"DRAFT_URL": "drafts/{slug}.html", "DRAFT_SAVE_AS": "drafts/{slug}.html",
	"DRAFT_LANG_URL": "drafts/{slug}-{lang}.html", "DRAFT_LANG_SAVE_AS": "drafts/{slug}-{lang}.html",
	"PAGE_URL": "pages/{slug}.html", "PAGE_SAVE_AS": "pages/{slug}.html",
	"PAGE_LANG_URL": "pages/{slug}-{lang}.html", "PAGE_LANG_SAVE_AS": "pages/{slug}-{lang}.html",
	"DRAFT_PAGE_URL": "drafts/pages/{slug}.html", "DRAFT_PAGE_SAVE_AS": "drafts/pages/{slug}.html",
	"DRAFT_PAGE_LANG_URL": "drafts/pages/{slug}-{lang}.html", "DRAFT_PAGE_LANG_SAVE_AS": "drafts/pages/{slug}-{lang}.html",
}

// PelicanURLSettings are the names of the settings PelicanURLs.Patterns
// may hold.
func PelicanURLSettings() []string {
	out := make([]string, 0, len(pelicanURLDefaults))
	for _, kind := range []string{"ARTICLE", "DRAFT", "PAGE", "DRAFT_PAGE"} {
		for _, lang := range []string{"", "_LANG"} {
			for _, what := range []string{"_URL", "_SAVE_AS"} {
				out = append(out, kind+lang+what)
			}
		}
	}
	return out
}

// pelicanURL places a post as Pelican's Content.url and save_as do: the
// url/save_as metadata win as written; otherwise the setting for its
// class (article, draft, page, draft page), in its _LANG_ form when the
// post is not in the site's default language, formatted with the post's
// fields. An empty SAVE_AS means Pelican writes no page.
func (n *normalizer) pelicanURL(rel string) string {
	p := n.p
	if p.Kind == KindPost && p.Date.IsZero() {
		return "" // Pelican skips an article without a date
	}
	class := "ARTICLE"
	switch {
	case p.Kind == KindPage && p.Status == StatusDraft:
		class = "DRAFT_PAGE"
	case p.Kind == KindPage:
		class = "PAGE"
	case p.Status == StatusDraft:
		class = "DRAFT"
	}
	defaultLang := strings.ToLower(n.rules.Lang)
	if defaultLang == "" {
		defaultLang = "en"
	}
	lang := n.str("lang")
	if lang == "" {
		lang = defaultLang
	}
	if lang != defaultLang {
		class += "_LANG"
	}
	setting := func(what string) string {
		if v, ok := n.rules.URLs.Pelican.Patterns[class+what]; ok {
			return v
		}
		return pelicanURLDefaults[class+what]
	}
	fields := n.pelicanField(rel, lang)
	saveAs, overridden := n.fields["save_as"]
	if overridden {
		if scalarString(saveAs.value) == "" {
			return ""
		}
	} else if pythonFormat(setting("_SAVE_AS"), fields) == "" {
		return ""
	}
	if f, ok := n.fields["url"]; ok {
		return "/" + scalarString(f.value)
	}
	return "/" + pythonFormat(setting("_URL"), fields)
}

// pelicanField looks up the values Pelican's url_format offers: slug,
// lang, date, author and category (as slugs), the source path, then
// every metadata field. It is a function rather than a map so that a
// template only computes what it names.
func (n *normalizer) pelicanField(rel, lang string) func(string) any {
	p := n.p
	rules := n.rules.URLs.Pelican
	return func(name string) any {
		switch name {
		case "slug":
			return p.Slug
		case "lang":
			return lang
		case "path":
			return rel
		case "date":
			return p.Date.Time
		case "author":
			if len(p.Authors) > 0 {
				return slugWith(p.Authors[0], rules.AuthorSubs, n.rules.SlugSubstitutions)
			}
			return ""
		case "category":
			category := n.str("category")
			if len(p.Categories) > 0 {
				category = p.Categories[0]
			}
			if category == "" {
				return ""
			}
			return slugWith(category, rules.CategorySubs, n.rules.SlugSubstitutions)
		}
		if f, ok := n.fields[name]; ok {
			return scalarString(f.value)
		}
		return nil
	}
}

func slugWith(s string, own, site []SlugSubstitution) string {
	if own != nil {
		return Slugify(s, own)
	}
	return Slugify(s, site)
}

// pythonFormat formats a str.format template with the named fields field
// gives:
// "{slug}", "{date:%Y}" (a date's format spec is strftime),
// "{date.year}", "{{" and "}}". A field the post does not have is empty
// (Pelican stops with a KeyError).
func pythonFormat(tmpl string, field func(string) any) string {
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		switch {
		case c == '{' && i+1 < len(tmpl) && tmpl[i+1] == '{':
			b.WriteByte('{')
			i++
		case c == '}' && i+1 < len(tmpl) && tmpl[i+1] == '}':
			b.WriteByte('}')
			i++
		case c == '{':
			end := strings.IndexByte(tmpl[i:], '}')
			if end < 0 {
				b.WriteString(tmpl[i:])
				return b.String()
			}
			b.WriteString(formatField(tmpl[i+1:i+end], field))
			i += end
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// formatField formats one replacement field: name[.attr][!conv][:spec].
func formatField(spec string, field func(string) any) string {
	spec, format, _ := strings.Cut(spec, ":")
	spec, _, _ = strings.Cut(spec, "!")
	name, attr, _ := strings.Cut(spec, ".")
	v := field(name)
	if t, ok := v.(time.Time); ok {
		switch attr {
		case "year":
			return strconv.Itoa(t.Year())
		case "month":
			return strconv.Itoa(int(t.Month()))
		case "day":
			return strconv.Itoa(t.Day())
		case "hour":
			return strconv.Itoa(t.Hour())
		case "minute":
			return strconv.Itoa(t.Minute())
		case "second":
			return strconv.Itoa(t.Second())
		}
		if format != "" {
			return strftime(t, format)
		}
		return t.Format("2006-01-02 15:04:05-07:00")
	}
	if r, ok := v.(rubyTimestamp); ok {
		return string(r)
	}
	s, _ := v.(string)
	return s
}
