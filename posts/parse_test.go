package posts

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/folio-blog/folio/site"
)

// want describes the fields a table case checks; zero fields are not
// checked, except where noted.
type want struct {
	format     Format
	title      string
	date       string
	modified   string
	tags       []string
	categories []string
	authors    []string
	slug       string
	status     Status
	kind       Kind
	lang       string
	summary    string
	bodyStart  string   // Body must start with this
	bodyLine   int      // first line of the body
	warnings   []string // substrings, one per warning, in order; nil means none
	untitled   bool     // no title, as the generator has none; lists show "(Post)"
	derived    string   // no title, and lists show this made-up one (its first heading)
}

type parseCase struct {
	name      string
	generator site.Generator
	path      string
	content   string
	want      want
}

func runParseCases(t *testing.T, cases []parseCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := tc.path
			if path == "" {
				path = "post.md"
			}
			p := Parse(path, []byte(tc.content), Options{Rules: Rules{Generator: tc.generator}, KeepBody: true})
			checkPost(t, p, tc.want)
		})
	}
}

func checkPost(t *testing.T, p *Post, w want) {
	t.Helper()
	check := func(name string, got, want any) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %#v, want %#v", name, got, want)
		}
	}
	if w.format != "" {
		check("format", p.Format, w.format)
	}
	if w.untitled {
		check("title", p.Title, "")
		check("fallback title", p.FallbackTitle(), "(Post)")
	}
	if w.derived != "" {
		check("title", p.Title, "")
		check("fallback title", p.FallbackTitle(), w.derived)
	}
	if w.title != "" {
		check("title", p.Title, w.title)
	}
	if w.date != "" {
		check("date", p.Date.String(), w.date)
	}
	if w.modified != "" {
		check("modified", p.Modified.String(), w.modified)
	}
	if w.tags != nil {
		check("tags", nonNil(p.Tags), w.tags)
	}
	if w.categories != nil {
		check("categories", nonNil(p.Categories), w.categories)
	}
	if w.authors != nil {
		check("authors", nonNil(p.Authors), w.authors)
	}
	if w.slug != "" {
		check("slug", p.Slug, w.slug)
	}
	if w.status != "" {
		check("status", p.Status, w.status)
	}
	if w.kind != "" {
		check("kind", p.Kind, w.kind)
	}
	if w.lang != "" {
		check("lang", p.Lang, w.lang)
	}
	if w.summary != "" {
		check("summary", p.Summary, w.summary)
	}
	if w.bodyStart != "" && !strings.HasPrefix(p.Body, w.bodyStart) {
		t.Errorf("body starts %q, want %q", firstN(p.Body, 40), w.bodyStart)
	}
	if w.bodyLine != 0 {
		check("body line", p.BodyLine, w.bodyLine)
	}
	if len(p.Warnings) != len(w.warnings) {
		t.Errorf("warnings = %q, want %d matching %q", p.Warnings, len(w.warnings), w.warnings)
		return
	}
	for i, sub := range w.warnings {
		if got := p.Warnings[i].String(); !strings.Contains(got, sub) {
			t.Errorf("warning %d = %q, want it to contain %q", i, got, sub)
		}
	}
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func TestSeedPost(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../testdata/seed/collaborative-article.md")
	if err != nil {
		t.Fatal(err)
	}
	p := Parse("content/thoughts/collaborative-article.md", data, Options{KeepBody: true})
	checkPost(t, p, want{
		format:     FormatPelican,
		title:      "Collaborative article",
		date:       "2024-11-11T00:00:00",
		tags:       []string{"open source"},
		categories: []string{"thoughts"},
		authors:    []string{"Raffaella"},
		slug:       "collaborative-article",
		status:     StatusPublished,
		kind:       KindPost,
		bodyStart:  "![Foto di Leonhard",
		bodyLine:   8,
		warnings:   []string{"content/thoughts/collaborative-article.md:18: text was double-encoded UTF-8 (3 places); shown repaired"},
	})
	for _, s := range []string{"they’re really enjoy", "didn’t know", "See you there 🚀"} {
		if !strings.Contains(p.Body, s) {
			t.Errorf("body lacks repaired %q", s)
		}
	}
	for _, s := range []string{"â€", "ðŸ"} {
		if strings.Contains(p.Body, s) {
			t.Errorf("body still has mojibake %q", s)
		}
	}
}

func TestPelicanHeader(t *testing.T) {
	t.Parallel()
	runParseCases(t, []parseCase{
		{name: "basic", content: "Title: Hello\nDate: 2024-03-02 10:20\nTags: a, b\nCategory: misc\n\nBody\n", want: want{
			format: FormatPelican, title: "Hello", date: "2024-03-02T10:20:00", tags: []string{"a", "b"},
			categories: []string{"misc"}, bodyStart: "Body", bodyLine: 6}},
		{name: "keys are case-insensitive", content: "TITLE: Hi\ntAgS: x\n\nB", want: want{title: "Hi", tags: []string{"x"}}},
		{name: "key indented up to three spaces", content: "   Title: Indented\n\nB", want: want{title: "Indented"}},
		{name: "four spaces is not a key", content: "    Title: Code\n\nB", want: want{format: FormatNone, untitled: true,
			warnings: []string{"no title"}}},
		{name: "continuation line joins the value", content: "Title: A long\n    title\n\nB", want: want{title: "A long title"}},
		{name: "continuation of a single-valued key is ignored", content: "Title: T\nTags: a\n    b\n\nB",
			want: want{tags: []string{"a"}, warnings: []string{"post.md:3: continuation lines of \"tags\""}}},
		{name: "optional --- begin and end", content: "---\nTitle: Dashed\n---\nBody", want: want{
			title: "Dashed", bodyStart: "Body", bodyLine: 4}},
		{name: "... ends the header", content: "Title: Dots\n...\nBody", want: want{title: "Dots", bodyStart: "Body", bodyLine: 3}},
		{name: "header ends at first non-meta line", content: "Title: T\nnot a key line\n", want: want{
			title: "T", bodyStart: "not a key line", bodyLine: 2}},
		{name: "first value wins for tags", content: "Title: T\nTags: first\nTags: second\n\n", want: want{
			tags: []string{"first"}, warnings: []string{`post.md:3: duplicate "tags": the first one, on line 2, is used`}}},
		{name: "other repeated keys warn", content: "Title: T\nLang: en\nLang: fr\n\n", want: want{
			warnings: []string{`post.md:3: duplicate "lang" (first on line 2): Pelican reads both as a list`}}},
		{name: "classic Mac line endings", content: "Title: Mac\rTags: a\r\rBody\r", want: want{title: "Mac", tags: []string{"a"}, bodyStart: "Body\n"}},
		{name: "first value wins for date", content: "Title: T\nDate: 2020-01-01\nDate: 2021-01-01\n\n", want: want{
			date: "2020-01-01T00:00:00", warnings: []string{`duplicate "date"`}}},
		{name: "tags split on semicolon when present", content: "Title: T\nTags: a, b; c\n\n", want: want{tags: []string{"a, b", "c"}}},
		{name: "tags trimmed, empties and exact duplicates dropped", content: "Title: T\nTags: a,, b , a,A\n\n", want: want{tags: []string{"a", "b", "A"}}},
		// Issue 10, class 5: each post keeps its own spellings, as Pelican does.
		{name: "tags that slugify alike keep their spellings", content: "Title: T\nTags: Python, python, PYTHON\n\n", want: want{tags: []string{"Python", "python", "PYTHON"}}},
		{name: "C and C++ are two tags", content: "Title: T\nTags: C, C++\n\n", want: want{tags: []string{"C", "C++"}}},
		{name: "authors split like tags", content: "Title: T\nAuthors: Doe, Jane; Roe, Rick\n\n", want: want{authors: []string{"Doe, Jane", "Roe, Rick"}}},
		{name: "author is one author", content: "Title: T\nAuthor: Jane, Esq.\n\n", want: want{authors: []string{"Jane, Esq."}}},
		{name: "status draft", content: "Title: T\nStatus: draft\n\n", want: want{status: StatusDraft}},
		{name: "status hidden", content: "Title: T\nStatus: Hidden\n\n", want: want{status: StatusHidden}},
		{name: "unknown status warns", content: "Title: T\nStatus: pending\n\n", want: want{status: StatusDraft,
			warnings: []string{`post.md:2: unknown status "pending"`}}},
		{name: "explicit slug wins", content: "Title: T\nSlug: my-slug\n\n", want: want{slug: "my-slug"}},
		{name: "slug from title", content: "Title: Perché Django è fantastico!\n\n", want: want{slug: "perche-django-e-fantastico"}},
		{name: "summary is plain text", content: "Title: T\nSummary: A **bold** <em>claim</em>\n\n", want: want{summary: "A bold claim"}},
		{name: "lang", content: "Title: T\nLang: fr\n\n", want: want{lang: "fr"}},
		{name: "modified", content: "Title: T\nModified: 2024-01-02 03:04\n\n", want: want{modified: "2024-01-02T03:04:00"}},
		{name: "pelican date with underscore", content: "Title: T\nDate: 2012-11-22_22:11\n\n", want: want{date: "2012-11-22T22:11:00"}},
		{name: "bad date warns with line", content: "Title: T\nDate: yesterday\n\n", want: want{
			warnings: []string{`post.md:2: date: "yesterday" is not a date`}}},
		{name: "folder is the category", path: "python/x.md", content: "Title: T\n\n", want: want{categories: []string{"python"}}},
		{name: "nested folder: immediate parent", path: "a/b/x.md", content: "Title: T\n\n", want: want{categories: []string{"b"}}},
		{name: "content root: no category", path: "x.md", content: "Title: T\n\n", want: want{categories: []string{}}},
		{name: "pages folder is a page", path: "pages/about.md", content: "Title: About\n\n", want: want{kind: KindPage, categories: []string{"pages"}}}, // Pelican: its folder, as for articles (issue 10)
		{name: "CRLF line endings", content: "Title: Windows\r\nTags: a, b\r\n\r\nBody\r\n", want: want{
			title: "Windows", tags: []string{"a", "b"}, bodyStart: "Body\n"}},
		{name: "UTF-8 BOM", content: "\ufeffTitle: Bom\n\nB", want: want{title: "Bom"}},
		{name: "no metadata", content: "Just text.\n", want: want{format: FormatNone, untitled: true, warnings: []string{"post.md: no title; named after the file"}}},
		{name: "plain folder: title from the first heading", content: "\n# My notes #\n\ntext\n", want: want{format: FormatNone, title: "My notes", slug: "my-notes"}},
		{name: "plain folder: setext heading", content: "My notes\n========\n\ntext\n", want: want{title: "My notes"}},
		// Issue 21, class 11: the heading is shown, marked, never the title.
		{name: "plain folder: a later heading is not the title", content: "intro\n\n# Later\n", want: want{derived: "(Later)", warnings: []string{"no title"}}},
		{name: "pelican site: no title from headings", generator: site.Pelican, content: "# Heading\n", want: want{derived: "(Heading)", warnings: []string{"no date", "no title"}}},
		{name: "empty file", content: "", want: want{format: FormatNone, warnings: []string{"no title"}}},
		{name: "mojibake in title", content: "Title: Itâ€™s here\n\n", want: want{title: "It’s here",
			warnings: []string{"post.md:1: text was double-encoded UTF-8 (1 place); shown repaired"}}},
		{name: "not UTF-8 read as Windows-1252", content: "Title: caf\xe9\n\nna\xefve", want: want{title: "café",
			bodyStart: "naïve", warnings: []string{"post.md:1: not valid UTF-8; read as Windows-1252"}}},
		{name: "NUL byte", content: "Title: Bin\n\nabc\x00def", want: want{title: "Bin",
			warnings: []string{"post.md:3: binary data"}}},
	})
}

func TestYAMLFrontMatter(t *testing.T) {
	t.Parallel()
	runParseCases(t, []parseCase{
		{name: "basic", generator: site.Hugo, path: "post/x.md", content: "---\ntitle: \"Hello: world\"\ndate: 2023-10-15T10:00:00+02:00\ntags: [a, b]\ncategories:\n  - c\ndraft: true\n---\nBody\n", want: want{
			format: FormatYAML, title: "Hello: world", date: "2023-10-15T10:00:00+02:00", tags: []string{"a", "b"},
			categories: []string{"c"}, status: StatusDraft, bodyStart: "Body", bodyLine: 9}},
		{name: "... closes", content: "---\ntitle: T\n...\nBody", want: want{title: "T", bodyStart: "Body"}},
		{name: "... does not close for Hugo", generator: site.Hugo, path: "post/x.md", content: "---\ntitle: T\n...\nBody", want: want{
			format: FormatNone, warnings: []string{`never closed`}}},
		{name: "jekyll reads a quoted naive time in the site zone", generator: site.Jekyll, path: "_posts/2014-01-12-x.md", content: "---\ntitle: T\ndate: \"2014-01-12 08:30:00\"\n---\n", want: want{
			date: "2014-01-12T08:30:00"}},
		{name: "hugo keeps a tag string whole", generator: site.Hugo, path: "post/x.md", content: "---\ntitle: T\ntags: one two, three\n---\n", want: want{
			tags: []string{"one two, three"}}},
		{name: "jekyll splits plural keys on whitespace", generator: site.Jekyll, path: "_posts/2020-01-02-x.md", content: "---\ntitle: T\ntags: a b  c\ncategories: x y\n---\n", want: want{
			tags: []string{"a", "b", "c"}, categories: []string{"x", "y"}}},
		{name: "jekyll singular keys never split", generator: site.Jekyll, path: "_posts/2020-01-02-x.md", content: "---\ntitle: T\ntag: a b\ncategory: x y\n---\n", want: want{
			tags: []string{"a b"}, categories: []string{"x y"}}},
		{name: "plain folder splits a tag string like Pelican", content: "---\ntitle: T\ntags: a, b\n---\n", want: want{tags: []string{"a", "b"}}},
		{name: "date without zone stays floating", content: "---\ntitle: T\ndate: 2020-01-02 03:04:05\n---\n", want: want{date: "2020-01-02T03:04:05"}},
		{name: "jekyll date with offset", generator: site.Jekyll, path: "_posts/2013-05-06-x.md", content: "---\ntitle: T\ndate: 2013-05-05 17:12:52 -0700\n---\n", want: want{
			date: "2013-05-05T17:12:52-07:00"}},
		{name: "published false is a draft", content: "---\ntitle: T\npublished: false\n---\n", want: want{status: StatusDraft}},
		{name: "syntax error with file line", content: "---\ntitle: T\ntags: [a, b\n---\n", want: want{
			untitled: true, warnings: []string{"no title", "post.md:4: YAML front matter: did not find expected ',' or ']'"}}},
		{name: "duplicate key", content: "---\ntitle: A\ntitle: B\n---\n", want: want{title: "B",
			warnings: []string{`post.md:3: duplicate key "title" (first on line 2)`}}},
		{name: "never closed", content: "---\ntitle: T\nbody", want: want{format: FormatNone,
			warnings: []string{"no title", `post.md:1: front matter opened with "---" is never closed`}}},
		{name: "not a mapping", content: "---\n- a\n- b\n---\n", want: want{
			warnings: []string{"no title", "post.md:2: YAML front matter is not a mapping"}}},
		{name: "empty front matter", content: "---\n---\nBody", want: want{format: FormatYAML, bodyStart: "Body", warnings: []string{"no title"}}},
		{name: "alias bomb stays small", content: "---\ntitle: T\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n", want: want{
			title: "T", warnings: []string{"too large or too deeply nested"}}},
		{name: "yaml 1.1 yes is true", content: "---\ntitle: T\ndraft: yes\n---\n", want: want{status: StatusDraft}},
		{name: "quoted no is a string", content: "---\ntitle: \"no\"\n---\n", want: want{title: "no"}},
		{name: "hugo build list never is hidden", generator: site.Hugo, path: "post/x.md", content: "---\ntitle: T\nbuild:\n  list: never\n---\n", want: want{status: StatusHidden}},
	})
}

func TestTOMLFrontMatter(t *testing.T) {
	t.Parallel()
	runParseCases(t, []parseCase{
		{name: "basic", generator: site.Hugo, path: "post/x.md", content: "+++\ntitle = \"Hello\"\ndate = 2021-01-22T12:17:58-07:00\ntags = [\"a\", \"b\"]\ndraft = false\n+++\nBody", want: want{
			format: FormatTOML, title: "Hello", date: "2021-01-22T12:17:58-07:00", tags: []string{"a", "b"},
			status: StatusPublished, bodyStart: "Body", bodyLine: 7}},
		{name: "local date-time is floating", generator: site.Hugo, path: "post/x.md", content: "+++\ntitle = \"T\"\ndate = 2021-01-22T12:17:58\n+++\n", want: want{date: "2021-01-22T12:17:58"}},
		{name: "local date", generator: site.Hugo, path: "post/x.md", content: "+++\ntitle = \"T\"\ndate = 2021-01-22\n+++\n", want: want{date: "2021-01-22T00:00:00"}},
		{name: "date as a string", generator: site.Hugo, path: "post/x.md", content: "+++\ntitle = \"T\"\ndate = \"15 Oct 2023\"\n+++\n", want: want{date: "2023-10-15T00:00:00"}},
		{name: "draft", generator: site.Hugo, path: "post/x.md", content: "+++\ntitle = \"T\"\ndraft = true\n+++\n", want: want{status: StatusDraft}},
		{name: "syntax error with file line", generator: site.Hugo, path: "post/x.md", content: "+++\ntitle = \"T\"\ntags = [\n+++\n", want: want{
			warnings: []string{"post/x.md:3: TOML front matter: array is incomplete"}}},
		{name: "duplicate key is an error", generator: site.Hugo, path: "post/x.md", content: "+++\ntitle = \"A\"\ntitle = \"B\"\n+++\n", want: want{
			warnings: []string{"post/x.md:3: TOML front matter"}}},
		{name: "never closed", generator: site.Hugo, path: "post/x.md", content: "+++\ntitle = \"T\"\n", want: want{format: FormatNone,
			warnings: []string{`front matter opened with "+++" is never closed`}}},
	})
}

func TestJSONFrontMatter(t *testing.T) {
	t.Parallel()
	runParseCases(t, []parseCase{
		{name: "basic", generator: site.Hugo, path: "post/x.md", content: "{\n  \"title\": \"Brace } inside\",\n  \"date\": \"2023-10-15\",\n  \"tags\": [\"a\"]\n}\nBody", want: want{
			format: FormatJSON, title: "Brace } inside", date: "2023-10-15T00:00:00", tags: []string{"a"}, bodyStart: "Body", bodyLine: 6}},
		{name: "duplicate key", generator: site.Hugo, path: "post/x.md", content: "{\"title\": \"A\",\n\"title\": \"B\"}\n", want: want{
			title: "B", warnings: []string{`post/x.md:2: duplicate key "title"`}}},
		{name: "syntax error", generator: site.Hugo, path: "post/x.md", content: "{\"title\": \"A\",\n\"tags\": [1,]}\n", want: want{
			warnings: []string{"post/x.md:2: JSON front matter: invalid character"}}},
		{name: "never closed", generator: site.Hugo, path: "post/x.md", content: "{\"title\": \"A\"\n", want: want{format: FormatNone,
			warnings: []string{`JSON front matter opened with "{" is never closed`}}},
	})
}

func TestRSTPost(t *testing.T) {
	t.Parallel()
	runParseCases(t, []parseCase{
		{name: "title and field list", path: "Dev/x.rst", content: "URL reverse en Javascript\n#########################\n\n:date: 2011-05-27 15:25\n:tags: django, javascript\n:lang: fr\n\nBody text\n", want: want{
			format: FormatRST, title: "URL reverse en Javascript", date: "2011-05-27T15:25:00", tags: []string{"django", "javascript"},
			lang: "fr", categories: []string{"Dev"}, bodyStart: "\nBody", bodyLine: 7}},
		{name: "overline and underline", path: "x.rst", content: "=====\nTitle\n=====\n\n:slug: s\n", want: want{title: "Title", slug: "s"}},
		{name: "subsections do not stop promotion", path: "x.rst", content: "About\n#####\n\nHi\n==\n\ntext\n", want: want{title: "About"}},
		{name: "two top-level sections: no title", path: "x.rst", content: "One\n===\n\ntext\n\nTwo\n===\n\ntext\n", want: want{
			warnings: []string{"no title", `"One" is not the only top-level section`}}},
		{name: "multi-line summary field", path: "x.rst", content: "T\n=\n\n:summary: first line\n    second line\n:tags: a\n", want: want{
			title: "T", summary: "first line second line", tags: []string{"a"}}},
		{name: "field list without a title is still docinfo", path: "x.rst", content: ":date: 2020-01-02\n:tags: a\n\nText\n", want: want{
			date: "2020-01-02T00:00:00", tags: []string{"a"}, bodyStart: "\nText", warnings: []string{"no title"}}},
		{name: "title field wins over the heading", path: "x.rst", content: "Heading\n=======\n\n:title: Field title\n", want: want{title: "Field title"}},
		{name: "authors", path: "x.rst", content: "T\n===\n\n:authors: A B; C D\n", want: want{authors: []string{"A B", "C D"}}},
	})
}

func TestJekyllNames(t *testing.T) {
	t.Parallel()
	runParseCases(t, []parseCase{
		{name: "date and slug from name", generator: site.Jekyll, path: "_posts/2013-05-06-jekyll-1-0-0-released.markdown", content: "---\ntitle: Jekyll 1.0.0 Released\n---\n", want: want{
			date: "2013-05-06T00:00:00", slug: "jekyll-1-0-0-released", kind: KindPost, status: StatusPublished}},
		{name: "title from slug when none", generator: site.Jekyll, path: "_posts/2020-01-02-hello-world.md", content: "---\nlayout: post\n---\n", want: want{title: "Hello World"}},
		{name: "drafts folder is draft", generator: site.Jekyll, path: "_drafts/idea.md", content: "---\ntitle: Idea\n---\n", want: want{status: StatusDraft, slug: "idea", kind: KindPost}},
		{name: "folders above _posts are categories", generator: site.Jekyll, path: "news/tech/_posts/2020-01-02-x.md", content: "---\ntitle: T\ncategory: extra\n---\n", want: want{
			categories: []string{"news", "tech", "extra"}}},
		{name: "page outside _posts", generator: site.Jekyll, path: "about.md", content: "---\ntitle: About\n---\n", want: want{kind: KindPage}},
		{name: "front matter slug wins", generator: site.Jekyll, path: "_posts/2020-01-02-x.md", content: "---\ntitle: T\nslug: other\n---\n", want: want{slug: "other"}},
	})
}

// Ruby's YAML reads an unquoted naive timestamp as UTC, while Jekyll parses
// a date string in the site's zone; the same wall time ends up an hour
// apart in Europe/Paris.
func TestJekyllTimestampQuoting(t *testing.T) {
	t.Parallel()
	rules := Rules{Generator: site.Jekyll, Location: mustLocation(t, "Europe/Paris")}
	for _, tc := range []struct{ date, want string }{
		{`2014-01-12 08:30:00`, "2014-01-12T09:30:00+01:00"},
		{`"2014-01-12 08:30:00"`, "2014-01-12T08:30:00+01:00"},
		{`2014-01-12`, "2014-01-12T00:00:00+01:00"},
		{`2014-01-12 08:30:00 -0500`, "2014-01-12T14:30:00+01:00"},
		// Midnight written with its time is a timestamp too (UTC).
		{`2014-01-12 00:00:00`, "2014-01-12T01:00:00+01:00"},
		// Ruby's YAML reads "T" without an offset as a UTC timestamp.
		{`2014-01-12T08:30:00`, "2014-01-12T09:30:00+01:00"},
		// Issue 21, class 5: what Ruby's Time.parse reads (the rest
		// is in testdata/rubytime).
		{`2014-01-12 08:30 EDT`, "2014-01-12T13:30:00+01:00"},
		{`2014-01-12 08:30:00 EDT`, "2014-01-12T13:30:00+01:00"},
		{`2014-01-12 08:30-400`, "2014-01-12T08:30:00+01:00"},
		{`2014-01-12 (optional)`, "2014-01-12T00:00:00+01:00"},
		{`12-1-2014`, "2014-01-12T00:00:00+01:00"},
		{`2014-1-12 29:30:00 +0800`, "2014-01-12T22:30:00+01:00"},
		{`2014-07-12 08:30 CEST`, "2014-07-12T08:30:00+02:00"},
	} {
		p := Parse("_posts/2014-01-12-x.md", []byte("---\ntitle: T\ndate: "+tc.date+"\n---\n"), Options{Rules: rules})
		if got := p.Date.String(); got != tc.want {
			t.Errorf("date: %s → %s, want %s", tc.date, got, tc.want)
		}
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Issue 10, class 7: a plain folder holds posts in several dialects, and
// reads each file by what it is.
func TestPlainFolderDialects(t *testing.T) {
	t.Parallel()
	runParseCases(t, []parseCase{
		{name: "a Jekyll post copied into a plain folder", path: "_posts/2020-05-06-hello-world.md",
			content: "---\ntitle: Hi\ntags: go web\n---\nB",
			want:    want{title: "Hi", date: "2020-05-06T00:00:00", slug: "hello-world", tags: []string{"go", "web"}, categories: []string{}, status: StatusPublished, kind: KindPost}},
		{name: "its folders above _posts are its categories", path: "old/blog/_posts/2020-05-06-x.md",
			content: "---\ntitle: X\n---\n", want: want{categories: []string{"old", "blog"}, slug: "x"}},
		{name: "front matter categories win over the folders", path: "blog/_posts/2020-05-06-x.md",
			content: "---\ntitle: X\ncategories: [a, b]\n---\n", want: want{categories: []string{"a", "b"}}},
		{name: "an untitled Jekyll post is titled from its slug", path: "_posts/2020-05-06-my-note.md",
			content: "---\ndate: 2020-05-06\n---\n", want: want{title: "My Note"}},
		{name: "a Jekyll draft", path: "notes/_drafts/idea.md", content: "---\ntitle: Idea\n---\n", want: want{status: StatusDraft, slug: "idea"}},
		{name: "a plain file's categories list wins over its folder", path: "notes/a.md",
			content: "---\ntitle: A\ncategories: [p, q]\n---\n", want: want{categories: []string{"p", "q"}}},
		{name: "a plain file without categories is in its folder", path: "notes/a.md",
			content: "---\ntitle: A\n---\n", want: want{categories: []string{"notes"}}},
		{name: "Pelican headers in a plain folder", path: "notes/b.md",
			content: "Title: B\nTags: x, y z\nDate: 2021-01-02\n\nBody", want: want{title: "B", tags: []string{"x", "y z"}, date: "2021-01-02T00:00:00"}},
	})
}

// Issue 10, class 5: each post keeps its own spelling of a term; within
// one Hugo page, spellings with the same URL are one term (Hugo files
// them together), while Pelican and Jekyll keep them all.
func TestTermSpellingsPerPost(t *testing.T) {
	t.Parallel()
	runParseCases(t, []parseCase{
		{name: "hugo: one term per URL key", generator: site.Hugo, path: "posts/a.md",
			content: "---\ntitle: T\ntags: [Go, go, C, C++, Web Dev, web-dev]\n---\n",
			want:    want{tags: []string{"Go", "C", "C++", "Web Dev"}}},
		{name: "hugo: authors are not a taxonomy", generator: site.Hugo, path: "posts/a.md",
			content: "---\ntitle: T\nauthors: [Ann, ann]\n---\n", want: want{authors: []string{"Ann", "ann"}}},
		{name: "jekyll keeps every spelling", generator: site.Jekyll, path: "_posts/2020-01-01-a.md",
			content: "---\ntitle: T\ntags: [Ruby, ruby, C, C++]\n---\n", want: want{tags: []string{"Ruby", "ruby", "C", "C++"}}},
	})
}

// Issue 21, class 6: authors written as maps are listed by their names,
// as jekyll-seo-tag (author.name) and the themes that take maps show them.
func TestAuthorMaps(t *testing.T) {
	t.Parallel()
	flink := "---\ntitle: T\nauthors:\n- jark:\n  name: \"Jark Wu\"\n  twitter: \"JarkWu\"\n- name: Jeff Zhang\n  twitter: zjffdu\n---\n"
	runParseCases(t, []parseCase{
		{name: "jekyll: a list of maps (apache/flink-web)", generator: site.Jekyll, path: "_posts/2020-07-28-x.md", content: flink,
			want: want{authors: []string{"Jark Wu", "Jeff Zhang"}}},
		{name: "jekyll: author as one map, its name not split", generator: site.Jekyll, path: "_posts/2020-07-28-x.md",
			content: "---\ntitle: T\nauthor:\n  name: Jeff Zhang\n  twitter: zjffdu\n---\n", want: want{authors: []string{"Jeff Zhang"}}},
		{name: "jekyll: authors as one map", generator: site.Jekyll, path: "_posts/2020-07-28-x.md",
			content: "---\ntitle: T\nauthors: {name: Jeff Zhang}\n---\n", want: want{authors: []string{"Jeff Zhang"}}},
		{name: "jekyll: names and maps mixed, a map without a name dropped", generator: site.Jekyll, path: "_posts/2020-07-28-x.md",
			content: "---\ntitle: T\nauthors: [Ann, {twitter: x}, {name: Bo}]\n---\n", want: want{authors: []string{"Ann", "Bo"}}},
		{name: "hugo: a list of maps", generator: site.Hugo, path: "content/posts/a.md", content: flink,
			want: want{authors: []string{"Jark Wu", "Jeff Zhang"}}},
		{name: "hugo: toml tables", generator: site.Hugo, path: "content/posts/a.md",
			content: "+++\ntitle = \"T\"\n[[authors]]\nname = \"Jeff Zhang\"\n[[authors]]\nname = \"Ann\"\n+++\n", want: want{authors: []string{"Jeff Zhang", "Ann"}}},
		{name: "pelican: yaml front matter in a plain folder", generator: site.Plain, path: "a.md", content: flink,
			want: want{authors: []string{"Jark Wu", "Jeff Zhang"}}},
	})
}

// Issue 21, class 11: a post without a title is shown by its first
// "# " heading, marked as made up; its title stays the generator's.
func TestDerivedTitle(t *testing.T) {
	t.Parallel()
	runParseCases(t, []parseCase{
		{name: "hugo page without a title", generator: site.Hugo, path: "content/notes/a.md",
			content: "---\ndate: 2024-01-02\n---\n\nSome text.\n\n# The Heading #\n", want: want{derived: "(The Heading)"}},
		{name: "jekyll page without a title", generator: site.Jekyll, path: "notes.md",
			content: "---\nlayout: page\n---\n# Notes\n", want: want{derived: "(Notes)"}},
		{name: "a heading in fenced code is not one", generator: site.Hugo, path: "content/a.md",
			content: "---\ndate: 2024-01-02\n---\n```sh\n# comment\n```\n# Real\n", want: want{derived: "(Real)"}},
		{name: "a level-two heading is not one", generator: site.Hugo, path: "content/post.md",
			content: "---\ndate: 2024-01-02\n---\n## Sub\n", want: want{untitled: true}},
		{name: "a titled post keeps its title", generator: site.Hugo, path: "content/a.md",
			content: "---\ntitle: T\n---\n# Other\n", want: want{title: "T"}},
	})
}

// Jekyll titles every collection document from its name, not only posts
// (Document#populate_title; found on SolidGoat/solidgoat.github.io's
// _tabs); a page stays untitled.
func TestJekyllCollectionTitles(t *testing.T) {
	t.Parallel()
	runParseCases(t, []parseCase{
		{name: "a tab", generator: site.Jekyll, path: "_tabs/about.md", content: "---\nicon: fas fa-info-circle\n---\n", want: want{title: "About"}},
		{name: "a page", generator: site.Jekyll, path: "post.md", content: "---\nlayout: page\n---\nText.\n", want: want{untitled: true}},
	})
}

// A timestamp only Ruby's YAML reads as one stays text to everything but
// Jekyll's dates: templates still see it as written.
func TestRubyTimestampIsTextElsewhere(t *testing.T) {
	t.Parallel()
	p := Parse("content/posts/a.md", []byte("---\ntitle: T\ndate: 2023-10-15T10:00:00\n---\n"),
		Options{Rules: Rules{Generator: site.Hugo}, KeepBody: true})
	if got := p.FrontMatter["date"]; got != "2023-10-15T10:00:00" {
		t.Errorf("template value date = %q", got)
	}
	if got := p.Date.String(); got != "2023-10-15T10:00:00" {
		t.Errorf("date = %q", got)
	}
}
