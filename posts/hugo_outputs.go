package posts

import "strings"

// HugoFormat is the part of a Hugo output format that places a page:
// output.Format's BaseName, Path and NoUgly, and its media type's first
// suffix.
type HugoFormat struct {
	BaseName string // the file name without suffix: "index"
	Suffix   string // with its dot: ".html", ".json", ".xml"
	Path     string // a folder every page of the format is under ("amp")
	NoUgly   bool   // ignores uglyURLs (RSS, sitemaps)
}

// hugoBuiltinFormats are Hugo 0.111's output formats
// (output.DefaultFormats), by lowercase name.
var hugoBuiltinFormats = map[string]HugoFormat{
	"amp":            {BaseName: "index", Suffix: ".html", Path: "amp"},
	"calendar":       {BaseName: "index", Suffix: ".ics"},
	"css":            {BaseName: "styles", Suffix: ".css"},
	"csv":            {BaseName: "index", Suffix: ".csv"},
	"html":           {BaseName: "index", Suffix: ".html"},
	"json":           {BaseName: "index", Suffix: ".json"},
	"markdown":       {BaseName: "index", Suffix: ".md"},
	"robots":         {BaseName: "robots", Suffix: ".txt"},
	"rss":            {BaseName: "index", Suffix: ".xml", NoUgly: true},
	"sitemap":        {BaseName: "sitemap", Suffix: ".xml", NoUgly: true},
	"webappmanifest": {BaseName: "manifest", Suffix: ".webmanifest"},
}

// HugoBuiltinFormat returns Hugo's own output format of that name (any
// case), which a site's [outputFormats] may change.
func HugoBuiltinFormat(name string) (HugoFormat, bool) {
	f, ok := hugoBuiltinFormats[strings.ToLower(name)]
	return f, ok
}

// hugoFormat is the output format a page's RelPermalink points to: the
// first of its outputs (front matter "outputs:", else the site's
// [outputs] for its kind), as Hugo 0.111's newPagePaths takes it, or
// HTML. A page written only as JSON is at …/index.json; one whose
// outputs start with HTML keeps its HTML address. An unknown name makes
// Hugo ignore the list, and so folio.
func (n *normalizer) hugoFormat(kindName string) HugoFormat {
	rules := &n.rules.URLs.Hugo
	v := n.fields["outputs"].value
	names := listOf(v)
	if s, ok := v.(string); ok {
		names = strings.Fields(s) // as Hugo's cast.ToStringSlice reads one string
	}
	if len(names) == 0 {
		names = rules.KindOutputs[kindName]
	}
	html := hugoBuiltinFormats["html"]
	if len(names) == 0 {
		return html
	}
	lookup := func(name string) (HugoFormat, bool) {
		if f, ok := rules.OutputFormats[strings.ToLower(name)]; ok {
			return f, true
		}
		return HugoBuiltinFormat(name)
	}
	for _, name := range names {
		if _, ok := lookup(name); !ok {
			return html
		}
	}
	f, _ := lookup(names[0])
	return f
}
