package posts

import (
	"slices"
	"testing"

	"github.com/folio-blog/folio/site"
)

// Issue 21's Hugo classes, piece by piece; config's TestFidelity checks
// them against Hugo itself on real files (testdata/hugo-classes-e, -f).

func TestParseHugoName(t *testing.T) {
	t.Parallel()
	langs := []string{"en", "es", "pt-br"}
	tests := []struct {
		name, file string
		want       HugoName
	}{
		{"plain", "about.md", HugoName{Base: "about"}},
		{"translation", "about.es.md", HugoName{Base: "about", Lang: "es"}},
		{"default language written", "about.en.md", HugoName{Base: "about", Lang: "en"}},
		{"region code", "about.pt-br.md", HugoName{Base: "about", Lang: "pt-br"}},
		// Hugo's language keys are lowercase; the file's code is matched
		// as written.
		{"code in capitals", "about.pt-BR.md", HugoName{Base: "about.pt-BR"}},
		{"code not configured", "larmigsvenska.se.md", HugoName{Base: "larmigsvenska.se"}},
		{"dot in the name", "semver-2.0-semver.es.md", HugoName{Base: "semver-2.0-semver", Lang: "es"}},
		{"leaf bundle", "index.md", HugoName{Base: "index", Leaf: true}},
		{"leaf translation", "index.es.md", HugoName{Base: "index", Lang: "es", Leaf: true}},
		{"leaf by prefix", "index.draft.md", HugoName{Base: "index.draft", Leaf: true}},
		{"section", "_index.md", HugoName{Base: "_index", Branch: true}},
		{"section translation", "_index.es.md", HugoName{Base: "_index", Lang: "es", Branch: true}},
		// https://github.com/ropensci/roweb3: content/author/*/_index.en.md.md
		{"double extension", "_index.en.md.md", HugoName{Base: "_index.en.md", Branch: true}},
		{"not index", "indexes.md", HugoName{Base: "indexes"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ParseHugoName(tc.file, langs); got != tc.want {
				t.Errorf("ParseHugoName(%q) = %+v, want %+v", tc.file, got, tc.want)
			}
		})
	}
}

func TestHugoLanguages(t *testing.T) {
	t.Parallel()
	if got := HugoLanguages(nil, "EN"); !slices.Equal(got, []string{"en"}) {
		t.Errorf("a site without languages reads its default one: %v", got)
	}
	if got := HugoLanguages(nil, ""); !slices.Equal(got, []string{"en"}) {
		t.Errorf("Hugo's default language is en: %v", got)
	}
	if got := HugoLanguages([]string{"en", "fr"}, "fr"); !slices.Equal(got, []string{"en", "fr"}) {
		t.Errorf("configured languages: %v", got)
	}
}

// TestHugoTranslations reads translations named by file suffix: each has
// its language, its slug without the code and its own address.
func TestHugoTranslations(t *testing.T) {
	t.Parallel()
	multi := Rules{Generator: site.Hugo, ContentDir: "content", Lang: "en",
		URLs: URLRules{Hugo: HugoURLs{Languages: []string{"en", "es", "pt"}}}}
	inSubdir := multi
	inSubdir.URLs.Hugo.DefaultLangInSubdir = true
	mono := Rules{Generator: site.Hugo, ContentDir: "content", Lang: "en"}
	byName := multi
	byName.DateKeys = []string{":filename", "date"} // [frontmatter] date = [":filename", ":default"]
	tests := []struct {
		name            string
		rules           Rules
		rel, src        string
		lang, slug, url string
		kind            Kind
	}{
		{"single file", multi, "content/about.pt.md", "---\ntitle: Sobre\n---\n", "pt", "about", "/pt/about/", KindPage},
		{"default language", multi, "content/about.md", "---\ntitle: About\n---\n", "en", "about", "/about/", KindPage},
		{"default language in its folder", inSubdir, "content/about.md", "---\ntitle: About\n---\n", "en", "about", "/en/about/", KindPage},
		{"bundle", multi, "content/posts/x/index.es.md", "---\ntitle: X\n---\n", "es", "x", "/es/posts/x/", KindPost},
		{"section", multi, "content/posts/_index.es.md", "---\ntitle: Posts\n---\n", "es", "posts", "/es/posts/", KindPage},
		{"front matter lang is a parameter", multi, "content/posts/y.md", "---\nlang: es\n---\n", "en", "y", "/posts/y/", KindPost},
		{"code of no configured language", mono, "content/posts/larmigsvenska.se.md", "---\ntitle: S\n---\n", "en", "larmigsvenska.se", "/posts/larmigsvenska.se/", KindPost},
		{"monolingual site's own code", mono, "content/whoami.en.md", "---\ntitle: W\n---\n", "en", "whoami", "/whoami/", KindPage},
		// Hugo's :filename reads the ContentBaseName: no language code, a
		// bundle's folder (checked with Hugo 0.111).
		{":filename of a translation", byName, "content/posts/2024-01-03-single.es.md", "---\ntitle: S\n---\n", "es", "single", "/es/posts/single/", KindPost},
		{":filename of a bundle", byName, "content/posts/2024-01-02-bund/index.md", "---\ntitle: B\n---\n", "en", "bund", "/posts/bund/", KindPost},
		{"double extension", multi, "content/author/Juan/_index.en.md.md", "---\nname: Juan\n---\n", "en", "juan", "/author/juan/", KindPage},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := Parse(tc.rel, []byte(tc.src), Options{Rules: tc.rules})
			if p.Lang != tc.lang || p.Slug != tc.slug || p.URL != tc.url || p.Kind != tc.kind {
				t.Errorf("lang %q, slug %q, URL %q, kind %v; want %q, %q, %q, %v", p.Lang, p.Slug, p.URL, p.Kind, tc.lang, tc.slug, tc.url, tc.kind)
			}
		})
	}
}

// TestHugoSingularTag: Hugo reads a taxonomy by its plural; "tag:" and
// "category:" are parameters, or taxonomies of those names (checked with
// Hugo 0.111: neither gives a term).
func TestHugoSingularTag(t *testing.T) {
	t.Parallel()
	src := []byte("---\ntag:\n  - champions program\ncategory: news\n---\n")
	p := Parse("content/events/x.md", src, Options{Rules: Rules{Generator: site.Hugo, ContentDir: "content"}})
	if len(p.Tags) != 0 || len(p.Categories) != 0 {
		t.Errorf("Hugo: tags %q, categories %q, want none", p.Tags, p.Categories)
	}
	named := Rules{Generator: site.Hugo, ContentDir: "content", Taxonomies: []string{"tag"}, OnlyTaxonomies: true}
	p = Parse("content/events/x.md", src, Options{Rules: named})
	if len(p.Tags) != 0 || !slices.Equal(p.Taxonomies["tag"], []string{"champions program"}) {
		t.Errorf("taxonomy tag: tags %q, taxonomies %v", p.Tags, p.Taxonomies)
	}
	p = Parse("_posts/2024-01-02-x.md", src, Options{Rules: Rules{Generator: site.Jekyll}})
	if !slices.Equal(p.Tags, []string{"champions program"}) {
		t.Errorf("Jekyll still reads tag: %q", p.Tags)
	}
}

// TestHugoDelimiters reads front matter as Hugo 0.111's page parser
// does, and leaves the other generators' stricter rules as they were.
func TestHugoDelimiters(t *testing.T) {
	t.Parallel()
	runParseCases(t, []parseCase{
		// https://github.com/ropensci/roweb3:
		// content/blog/2025-07-03-champions-2025/index.en.md starts with
		// a blank line.
		{name: "hugo skips blank lines before ---", generator: site.Hugo, path: "post/x.md", content: "\n \n---\ntitle: T\ntags: [a]\n---\nBody", want: want{
			format: FormatYAML, title: "T", tags: []string{"a"}, bodyStart: "Body", bodyLine: 7}},
		{name: "hugo field lines count the blank lines", generator: site.Hugo, path: "post/x.md", content: "\n---\ntitle: T\ntitle: U\n---\n", want: want{
			title: "U", warnings: []string{`post/x.md:4: duplicate key "title" (first on line 3)`}}},
		{name: "hugo: indented opening", generator: site.Hugo, path: "post/x.md", content: "  ---\ntitle: T\n---\n", want: want{title: "T"}},
		{name: "hugo closes at a line starting with ---", generator: site.Hugo, path: "post/x.md", content: "---\ntitle: T\n---6----1---\nBody", want: want{
			title: "T", bodyStart: "6----1---\nBody", bodyLine: 3}},
		// As roweb3's blog/2021-09-21-creando-tu-r-universe/index.md
		// closes; the rest of the line is body (a rule, to Markdown).
		{name: "hugo closes at a longer rule", generator: site.Hugo, path: "post/x.md", content: "---\ntitle: T\n-------\nBody", want: want{
			title: "T", bodyStart: "----\nBody", bodyLine: 3}},
		{name: "hugo TOML the same way", generator: site.Hugo, path: "post/x.md", content: "\n+++\ntitle = \"T\"\n+++ x\nBody", want: want{
			format: FormatTOML, title: "T", bodyStart: " x\nBody", bodyLine: 4}},
		{name: "hugo: never closed counts from the opening line", generator: site.Hugo, path: "post/x.md", content: "\n\n---\ntitle: T\n", want: want{
			format: FormatNone, warnings: []string{`post/x.md:3: front matter opened with "---" is never closed`}}},
		// Jekyll's YAML_FRONT_MATTER_REGEXP wants "---" on the first line
		// and a closing line of the delimiter alone.
		{name: "jekyll: no front matter after a blank line", generator: site.Jekyll, path: "_posts/2020-01-02-x.md", content: "\n---\ntitle: T\n---\n", want: want{
			format: FormatNone, title: "X"}},
		{name: "jekyll: a longer rule does not close", generator: site.Jekyll, path: "_posts/2020-01-02-x.md", content: "---\ntitle: T\n-------\nx: 1\n---\n", want: want{
			warnings: []string{"YAML front matter"}, title: "X"}},
		{name: "plain: a longer rule does not close", content: "---\ntitle: T\n-------\n", want: want{
			format: FormatNone, untitled: true, warnings: []string{"no title", "never closed"}}},
	})
}
