package config

import (
	"strings"

	"github.com/folio-blog/folio/posts"
)

// hugoMediaSuffixes are the first suffixes of Hugo 0.111's own media
// types, which output formats name ("application/json").
var hugoMediaSuffixes = map[string]string{
	"application/json": "json", "application/manifest+json": "webmanifest",
	"application/rss+xml": "xml", "application/xml": "xml", "text/calendar": "ics",
	"text/css": "css", "text/csv": "csv", "text/html": "html", "text/javascript": "js",
	"text/markdown": "md", "text/plain": "txt",
}

// outputs reads what places a page written in another format than HTML:
// the site's [outputs] by kind, and its [outputFormats] (with the
// suffixes of its [mediaTypes]), merged over Hugo's own formats as Hugo's
// output.DecodeFormats does.
func (h *hugoConf) outputs() (map[string]posts.HugoFormat, map[string][]string) {
	var kinds map[string][]string
	if m, ok := h.vals["outputs"].(map[string]any); ok {
		kinds = map[string][]string{}
		for kind, v := range m {
			if names, ok := strList(v); ok {
				kinds[strings.ToLower(kind)] = names
			} else {
				h.bad("outputs", "%s is a list of output format names", kind)
			}
		}
	}
	defs, _ := h.vals["outputformats"].(map[string]any)
	if len(defs) == 0 {
		return nil, kinds
	}
	suffixes := map[string]string{}
	for k, v := range hugoMediaSuffixes {
		suffixes[k] = v
	}
	if mts, ok := h.vals["mediatypes"].(map[string]any); ok {
		for name, v := range mts {
			m, _ := v.(map[string]any)
			if list, ok := strList(lowerKeys(m)["suffixes"]); ok && len(list) > 0 {
				suffixes[strings.ToLower(name)] = list[0]
			}
		}
	}
	formats := map[string]posts.HugoFormat{}
	for name, v := range defs {
		m := lowerKeys(v)
		f, ok := posts.HugoBuiltinFormat(name)
		if !ok {
			f = posts.HugoFormat{BaseName: "index"}
		}
		if s, ok := m["basename"].(string); ok && s != "" {
			f.BaseName = s
		}
		if s, ok := m["path"].(string); ok {
			f.Path = s
		}
		if b, ok := m["nougly"].(bool); ok {
			f.NoUgly = b
		}
		if s, ok := m["mediatype"].(string); ok {
			if suffix, known := suffixes[strings.ToLower(s)]; known {
				f.Suffix = "." + suffix
			} else {
				h.bad("outputFormats", "%s: unknown media type %q", name, s)
			}
		}
		formats[strings.ToLower(name)] = f
	}
	return formats, kinds
}

// lowerKeys is a settings table with its keys lowercased, as Hugo reads
// them; anything else is an empty table.
func lowerKeys(v any) map[string]any {
	m, _ := v.(map[string]any)
	out := make(map[string]any, len(m))
	for k, val := range m {
		out[strings.ToLower(k)] = val
	}
	return out
}
