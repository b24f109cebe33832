package posts

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/folio-blog/folio/site"
)

// TestPelicanHTML reads .html files as Pelican's HTML reader does (issue
// 21, class 2); the cases follow pelican/readers.py's HTMLReader and the
// files of its test suite (pelican/tests/content/article_with_*.html).
func TestPelicanHTML(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, content     string
		title, body, date string
		tags, authors     []string
		bodyLine          int
		format            Format
	}{
		{name: "title and meta tags", content: "<html>\n  <head>\n    <title>This is a super article !</title>\n    <meta name=\"tags\" content=\"foo, bar, foobar\" />\n" +
			"    <meta name=\"date\" content=\"2010-12-02 10:14\" />\n    <meta name=\"author\" content=\"Alexis Métaireau\" />\n  </head>\n  <body>\n    Multi-line metadata should be supported\n  </body>\n</html>\n",
			title: "This is a super article !", tags: []string{"foo", "bar", "foobar"}, authors: []string{"Alexis Métaireau"}, date: "2010-12-02",
			body: "\n    Multi-line metadata should be supported\n  ", bodyLine: 8, format: FormatHTML},
		{name: "keywords are tags; a repeated name is a list", content: "<html><head><title>K</title>\n<meta name=\"keywords\" content=\"foo, bar\">\n<meta name=\"Tags\" content=\"baz\">\n" +
			"<meta name=\"date\" content=\"2020-01-01\"></head><body>x</body></html>",
			title: "K", tags: []string{"foo, bar", "baz"}, date: "2020-01-01", body: "x", bodyLine: 4, format: FormatHTML},
		{name: "the misspelt contents attribute", content: "<head><title>C</title><meta name=\"date\" contents=\"2012-11-30\"></head><body></body>",
			title: "C", date: "2012-11-30", format: FormatHTML, bodyLine: 1},
		{name: "entities in the title are shown unescaped", content: "<head><title>Caf&eacute; &amp; tea</title><meta name=\"date\" content=\"2020-01-01\"></head><body>b</body>",
			title: "Café & tea", date: "2020-01-01", body: "b", bodyLine: 1, format: FormatHTML},
		{name: "a body never closed is empty", content: "<head><title>U</title><meta name=\"date\" content=\"2020-01-01\"></head><body><p>lost",
			title: "U", date: "2020-01-01", bodyLine: 1, format: FormatHTML},
		{name: "a fragment has no metadata and no body", content: "<p>Just a fragment</p>\n", format: FormatNone, bodyLine: 1},
		{name: "a title outside head does not count", content: "<title>Nope</title><body>b</body>", body: "b", bodyLine: 1, format: FormatNone},
		{name: "a script's </body> does not end the body", content: "<head><title>S</title><meta name=\"date\" content=\"2020-01-01\"></head><body><script>var s = \"</p>\";</script>after</body>",
			title: "S", date: "2020-01-01", body: "<script>var s = \"</p>\";</script>after", bodyLine: 1, format: FormatHTML},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := Parse("content/a.html", []byte(tc.content), Options{KeepBody: true, Rules: Rules{Generator: site.Pelican, ContentDir: "content"}})
			got := ""
			if !p.Date.IsZero() {
				got = p.Date.Format("2006-01-02")
			}
			if p.Format != tc.format || p.Title != tc.title && tc.title != "" || got != tc.date || p.Body != tc.body || p.BodyLine != tc.bodyLine {
				t.Errorf("format %s title %q date %q body %q line %d", p.Format, p.Title, got, p.Body, p.BodyLine)
			}
			if tc.tags != nil && !slices.Equal(p.Tags, tc.tags) {
				t.Errorf("tags %q, want %q", p.Tags, tc.tags)
			}
			if tc.authors != nil && !slices.Equal(p.Authors, tc.authors) {
				t.Errorf("authors %q, want %q", p.Authors, tc.authors)
			}
		})
	}
}

// TestHTMLContentFiles lists .html and .htm files as each generator reads
// them (issue 21, class 2): Hugo those that start with front matter
// (blank lines first allowed; it copies the others), Jekyll those in
// _posts and _drafts (front matter or not), Pelican all, a plain folder
// none. Checked with hugo 0.111 and jekyll 4.3.
func TestHTMLContentFiles(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{
		"content/post/a.html":           {Data: []byte("---\ntitle: A\n---\n<p>a</p>\n")},
		"content/post/b.html":           {Data: []byte("<html><head><title>B</title></head><body></body></html>\n")},
		"content/post/c.html":           {Data: []byte("\n\n+++\ntitle = 'C'\n+++\n<p>c</p>\n")},
		"content/post/d.htm":            {Data: []byte("{\"title\": \"D\"}\n<p>d</p>\n")},
		"content/post/e.HTML":           {Data: []byte("---\ntitle: E\n---\n")},
		"_posts/2020-01-01-f.html":      {Data: []byte("<p>no front matter</p>\n")},
		"_drafts/g.htm":                 {Data: []byte("---\n---\n<p>g</p>\n")},
		"index.html":                    {Data: []byte("---\nlayout: home\n---\n")},
		"notes/h.md":                    {Data: []byte("# H\n")},
		"content/post/2017-05-24-x.Rmd": {Data: []byte("---\ntitle: X\n---\n")},
	}
	tests := []struct {
		gen  site.Generator
		want []string
	}{
		{site.Hugo, []string{"content/post/a.html", "content/post/c.html", "content/post/d.htm"}},
		{site.Jekyll, []string{"_drafts/g.htm", "_posts/2020-01-01-f.html", "notes/h.md"}},
		{site.Pelican, []string{"_drafts/g.htm", "_posts/2020-01-01-f.html", "content/post/a.html", "content/post/b.html", "content/post/c.html", "content/post/d.htm", "index.html", "notes/h.md"}},
		{site.Plain, []string{"notes/h.md"}},
	}
	for _, tc := range tests {
		t.Run(string(tc.gen), func(t *testing.T) {
			t.Parallel()
			rules := Rules{Generator: tc.gen}
			if tc.gen == site.Hugo {
				rules.ContentDir = "content"
			}
			got, _, err := Find(context.Background(), fsys, Options{Rules: rules})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
