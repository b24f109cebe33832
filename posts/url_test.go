package posts

import (
	"strings"
	"testing"
	"time"

	"github.com/folio-blog/folio/site"
)

// The URL rules are checked end to end against the real generators in
// config (TestFidelityURLs, on testdata/generators/*-urls*); these tables
// pin the pieces, each case as its generator computes it.

func TestStrftime(t *testing.T) {
	t.Parallel()
	d := time.Date(2024, time.March, 5, 9, 8, 7, 0, time.UTC) // a Tuesday
	tests := []struct{ format, want string }{
		{"%Y/%m/%d", "2024/03/05"},
		{"%-m-%-d", "3-5"}, // glibc's and Ruby's no-padding flag
		{"%y %j %H:%M:%S", "24 065 09:08:07"},
		{"%b %B %a %A", "Mar March Tue Tuesday"},
		{"%G-W%V-%u", "2024-W10-2"}, // Jekyll's weekdate
		{"%e|%I%p|%%|%Q", " 5|09AM|%|%Q"},
	}
	for _, tc := range tests {
		if got := strftime(d, tc.format); got != tc.want {
			t.Errorf("strftime(%q) = %q, want %q", tc.format, got, tc.want)
		}
	}
	// 2024-12-30 is in ISO week 1 of 2025.
	if got := strftime(time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), "%G-%V"); got != "2025-01" {
		t.Errorf("ISO week: %q", got)
	}
}

func TestPythonFormat(t *testing.T) {
	t.Parallel()
	fields := map[string]any{
		"slug": "hello", "lang": "fr",
		"date": time.Date(2024, time.July, 4, 9, 5, 0, 0, time.UTC),
	}
	tests := []struct{ tmpl, want string }{
		{"{slug}.html", "hello.html"},
		{"posts/{date:%Y}/{date:%m}/{slug}/", "posts/2024/07/hello/"},
		{"{lang}/{date.year}/{date.month}/{slug}", "fr/2024/7/hello"},
		{"{{literal}}/{slug}", "{literal}/hello"},
		{"{missing}x", "x"},
		{"{slug!s:>10}", "hello"},
		{"unclosed {slug", "unclosed {slug"},
	}
	lookup := func(name string) any { return fields[name] }
	for _, tc := range tests {
		if got := pythonFormat(tc.tmpl, lookup); got != tc.want {
			t.Errorf("pythonFormat(%q) = %q, want %q", tc.tmpl, got, tc.want)
		}
	}
}

func TestJekyllSlugify(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in            string
		pretty, cased bool
		want          string
	}{
		{"Custom Slug Here!", true, true, "Custom-Slug-Here!"},  // :title
		{"Custom Slug Here!", false, false, "custom-slug-here"}, // :slug
		{"Tech News", false, false, "tech-news"},                // :slugified_categories
		{"perché", true, true, "perché"},
		{"--a  b--", false, false, "a-b"},
		{"2014-01-15-yaml-error", true, true, "2014-01-15-yaml-error"},
	}
	for _, tc := range tests {
		if got := jekyllSlugify(tc.in, tc.pretty, tc.cased); got != tc.want {
			t.Errorf("jekyllSlugify(%q, %v, %v) = %q, want %q", tc.in, tc.pretty, tc.cased, got, tc.want)
		}
	}
}

func TestJekyllEscapeAndSanitize(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"2024/03/first-post", "2024/03/first-post"},
		{"tech news/c++", "tech%20news/c++"},
		{"perché", "perch%C3%A9"},
		{"a#b#c", "a%23b#c"}, // only the first "#", as Jekyll does
	}
	for _, tc := range tests {
		if got := jekyllEscapePath(tc.in); got != tc.want {
			t.Errorf("jekyllEscapePath(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := jekyllSanitizeURL("//a/../b/./c//"); got != "/a/b/c/" {
		t.Errorf("jekyllSanitizeURL = %q", got)
	}
	if got := jekyllSanitizeURL("/:path//x"); got != "/:path/x" {
		t.Errorf("jekyllSanitizeURL = %q", got)
	}
}

func TestJekyllPageURL(t *testing.T) {
	t.Parallel()
	tests := []struct{ rel, style, permalink, want string }{
		{"about.md", "date", "", "/about.html"},
		{"about.md", "pretty", "", "/about/"},
		{"about.md", "weekdate", "", "/about"}, // Jekyll adds no suffix for weekdate
		{"about.md", "/:categories/:title/", "", "/about/"},
		{"about.md", "/:year/:title:output_ext", "", "/about.html"},
		{"docs/index.md", "date", "", "/docs/"},
		{"index.md", "pretty", "", "/"},
		{"docs/setup.markdown", "pretty", "", "/docs/setup/"},
		{"pattern.md", "pretty", "/p/:basename:output_ext", "/p/pattern.html"},
		{"contact.md", "pretty", "/contact-me/", "/contact-me/"},
	}
	for _, tc := range tests {
		if got := jekyllPageURL(tc.rel, tc.style, tc.permalink); got != tc.want {
			t.Errorf("jekyllPageURL(%q, %q, %q) = %q, want %q", tc.rel, tc.style, tc.permalink, got, tc.want)
		}
	}
}

func TestHugoUnicodeSanitize(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"/posts/My Custom Slug/", "/posts/My-Custom-Slug/"},
		{"/posts/Perché-Django-è-fantastico!/", "/posts/Perché-Django-è-fantastico/"},
		{"a - b", "a-b"},
		{"c# & c++ @home ~x", "c#-c++-@home-~x"},
		{"100%25 %zz", "100%25-zz"},
	}
	for _, tc := range tests {
		if got := hugoUnicodeSanitize(tc.in); got != tc.want {
			t.Errorf("hugoUnicodeSanitize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHugoPermalinkAttributes(t *testing.T) {
	t.Parallel()
	rules := &HugoURLs{}
	e := hugoExpander{rules: rules, date: time.Date(2023, time.February, 14, 8, 0, 0, 0, time.UTC),
		title: "Intro to Things & Stuff", filename: "big-story", section: "news", sections: []string{"news", "world", "asia"}}
	tests := []struct{ pattern, want string }{
		{"/:year/:month/:day/", "/2023/02/14/"},
		{"/:monthname/:weekday/:weekdayname/:yearday/", "/February/2/Tuesday/45/"},
		{"/:06/:Jan/", "/23/Feb/"}, // Go layouts
		{"/:section/:sections/", "/news/news/world/asia/"},
		{"/:sections[1:]/:sections[last]/:sections[0]/:sections[:2]/", "/world/asia/asia/news/news/world/"},
		{"/:title/", "/intro-to-things-stuff/"},
		{"/:slug/", "/intro-to-things-stuff/"}, // no slug: the title
		{"/:slugorfilename/:filename/", "/big-story/big-story/"},
		{"/:contentbasename/:slugorcontentbasename/", "/big-story/big-story/"}, // newer Hugo
		{"/:unknown/", "/:unknown/"},
	}
	for _, tc := range tests {
		if got := e.expand(tc.pattern); got != tc.want {
			t.Errorf("expand(%q) = %q, want %q", tc.pattern, got, tc.want)
		}
	}
}

func TestHugoTargetLink(t *testing.T) {
	t.Parallel()
	rules := &HugoURLs{}
	tests := []struct {
		name string
		d    hugoTarget
		want string
	}{
		{"page", hugoTarget{kind: hugoKindPage, dir: "posts", base: "Hello World"}, "/posts/hello-world/"},
		{"ugly page", hugoTarget{kind: hugoKindPage, dir: "posts", base: "a", ugly: true}, "/posts/a.html"},
		{"permalink", hugoTarget{kind: hugoKindPage, permalink: "/2024/a/"}, "/2024/a/"},
		{"section", hugoTarget{kind: hugoKindSection, sections: []string{"news", "World"}}, "/news/world/"},
		{"ugly section", hugoTarget{kind: hugoKindSection, sections: []string{"ugly"}, ugly: true}, "/ugly.html"},
		{"home", hugoTarget{kind: hugoKindHome}, "/"},
		{"home in French", hugoTarget{kind: hugoKindHome, prefix: "fr"}, "/fr/"},
		{"url kept as written", hugoTarget{kind: hugoKindPage, url: "/Nice Place"}, "/Nice%20Place/"},
		{"url with a dot", hugoTarget{kind: hugoKindPage, url: "relative/thing.html"}, "/relative/thing.html"},
		{"language prefix", hugoTarget{kind: hugoKindPage, dir: "posts", base: "a", prefix: "fr"}, "/fr/posts/a/"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.d.rules = rules
			if got := tc.d.link(); got != tc.want {
				t.Errorf("link() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestURLsThroughParse(t *testing.T) {
	t.Parallel()
	// Hugo places a page by its first output format (issue 21): the
	// site's own formats and its outputs by kind count too.
	hugo := Rules{Generator: site.Hugo, ContentDir: "content", Lang: "en"}
	ugly := hugo
	ugly.URLs.Hugo.UglyURLs = true
	custom := hugo
	custom.URLs.Hugo.OutputFormats = map[string]HugoFormat{"feed": {BaseName: "feed", Suffix: ".json"}}
	kinds := hugo
	kinds.URLs.Hugo.KindOutputs = map[string][]string{"page": {"JSON"}}
	tests := []struct {
		name  string
		rules Rules
		rel   string
		src   string
		want  string
	}{
		{"pelican default", Rules{Generator: site.Pelican, Lang: "en"}, "a.md", "Title: Hello World\nDate: 2024-01-02\n\nx", "/hello-world.html"},
		{"pelican translation", Rules{Generator: site.Pelican, Lang: "en"}, "a.md", "Title: Salut\nDate: 2024-01-02\nLang: fr\n\nx", "/salut-fr.html"},
		{"pelican page", Rules{Generator: site.Pelican, Lang: "en"}, "pages/about.md", "Title: About\n\nx", "/pages/about.html"},
		{"pelican draft", Rules{Generator: site.Pelican, Lang: "en"}, "a.md", "Title: D\nDate: 2024-01-02\nStatus: draft\n\nx", "/drafts/d.html"},
		{"pelican without a date", Rules{Generator: site.Pelican, Lang: "en"}, "a.md", "Title: D\n\nx", ""},
		{"pelican no page", Rules{Generator: site.Pelican, Lang: "en", URLs: URLRules{Pelican: PelicanURLs{Patterns: map[string]string{"ARTICLE_SAVE_AS": ""}}}},
			"a.md", "Title: D\nDate: 2024-01-02\n\nx", ""},
		{"hugo section page", Rules{Generator: site.Hugo, ContentDir: "content", Lang: "en"}, "content/posts/My Post.md", "---\ntitle: x\n---\n", "/posts/my-post/"},
		{"hugo headless", Rules{Generator: site.Hugo, ContentDir: "content", Lang: "en"}, "content/h/index.md", "---\nheadless: true\n---\n", ""},
		{"hugo disabled kind", Rules{Generator: site.Hugo, ContentDir: "content", Lang: "en", URLs: URLRules{Hugo: HugoURLs{DisabledKinds: []string{"page"}}}},
			"content/p/a.md", "---\ntitle: x\n---\n", ""},
		{"hugo build render false", Rules{Generator: site.Hugo, ContentDir: "content", Lang: "en"}, "content/p/a.md", "---\nbuild:\n  render: false\n---\n", ""},
		{"jekyll post", Rules{Generator: site.Jekyll}, "_posts/2024-01-02-hi-there.md", "---\ntitle: x\n---\n", "/2024/01/02/hi-there.html"},
		{"jekyll post in categories", Rules{Generator: site.Jekyll}, "news/_posts/2024-01-02-hi.md", "---\ncategories: [Big News]\n---\n", "/news/big%20news/2024/01/02/hi.html"},
		{"jekyll :path in a collections_dir", Rules{Generator: site.Jekyll, CollectionsDir: "coll", URLs: URLRules{Jekyll: JekyllURLs{Permalink: "/:path/"}}},
			"coll/_posts/2024-01-02-hi.md", "---\ntitle: x\n---\n", "/2024-01-02-hi/"},
		{"jekyll collection not written", Rules{Generator: site.Jekyll, URLs: URLRules{Jekyll: JekyllURLs{Collections: map[string]JekyllCollection{"notes": {}}}}},
			"_notes/a.md", "---\ntitle: x\n---\n", ""},
		{"plain folder", Rules{}, "a.md", "# Hi\n", ""},
		{"hugo outputs: JSON only", hugo, "content/packages/all.md", "---\noutputs: [JSON]\n---\n", "/packages/all/index.json"},
		{"hugo outputs: JSON first", hugo, "content/packages/all.md", "---\noutputs: [JSON, HTML]\n---\n", "/packages/all/index.json"},
		{"hugo outputs: HTML first", hugo, "content/calls/x.md", "---\noutputs: [HTML, Calendar]\n---\n", "/calls/x/"},
		{"hugo outputs: section as RSS", hugo, "content/rbloggers/_index.md", "---\noutputs: [RSS, JSON]\n---\n", "/rbloggers/index.xml"},
		{"hugo outputs: one name as a string", hugo, "content/search/_index.md", "---\noutputs: json\n---\n", "/search/index.json"},
		{"hugo outputs: RSS is never ugly", ugly, "content/feed/_index.md", "---\noutputs: [rss]\n---\n", "/feed/index.xml"},
		{"hugo outputs: JSON is ugly too", ugly, "content/p/a.md", "---\noutputs: [json]\n---\n", "/p/a.json"},
		{"hugo outputs: AMP has a folder", hugo, "content/p/a.md", "---\noutputs: [amp]\n---\n", "/amp/p/a/"},
		{"hugo outputs: unknown format ignores the list", hugo, "content/p/a.md", "---\noutputs: [nope, json]\n---\n", "/p/a/"},
		{"hugo outputs: site's own format", custom, "content/p/a.md", "---\noutputs: [Feed]\n---\n", "/p/a/feed.json"},
		{"hugo outputs: site's outputs by kind", kinds, "content/p/a.md", "---\ntitle: A\n---\n", "/p/a/index.json"},
		{"hugo outputs: front matter wins over the site", kinds, "content/p/a.md", "---\noutputs: [html]\n---\n", "/p/a/"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := Parse(tc.rel, []byte(tc.src), Options{Rules: tc.rules})
			if p.URL != tc.want {
				t.Errorf("URL = %q, want %q (warnings %v)", p.URL, tc.want, p.Warnings)
			}
		})
	}
}

// FuzzURLTemplates runs the three generators' template languages on
// arbitrary templates (they come from the site's settings and front
// matter): no panic, and Jekyll's and Hugo's URLs start with "/".
func FuzzURLTemplates(f *testing.F) {
	for _, s := range []string{"posts/{date:%Y}/{slug}/", "/:categories/:year/:title:output_ext", "/:sections[1:]/:slug/",
		"{date.year}{{}}{", ":title_:i_day%-d", "/:sections[last:0]/", "/:sections[", "%", "?/#/"} {
		f.Add(s)
	}
	d := time.Date(2024, 3, 5, 9, 8, 7, 0, time.UTC)
	f.Fuzz(func(t *testing.T, tmpl string) {
		pythonFormat(tmpl, func(name string) any { return map[string]any{"slug": "s", "date": d}[name] })
		strftime(d, tmpl)
		src := "---\ntitle: T\npermalink: " + strings.ReplaceAll(tmpl, "\n", " ") + "\n---\n"
		p := Parse("_posts/2024-01-02-x.md", []byte(src), Options{Rules: Rules{Generator: site.Jekyll}})
		if p.URL != "" && !strings.HasPrefix(p.URL, "/") {
			t.Errorf("Jekyll URL %q does not start with /", p.URL)
		}
		e := hugoExpander{rules: &HugoURLs{}, date: d, title: tmpl, sections: []string{"a", "b"}}
		link := hugoTarget{kind: hugoKindPage, rules: &HugoURLs{}, permalink: e.expand(tmpl)}.link()
		if !strings.HasPrefix(link, "/") {
			t.Errorf("Hugo link %q does not start with /", link)
		}
	})
}
