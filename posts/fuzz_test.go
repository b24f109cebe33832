package posts

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/folio-blog/folio/site"
)

// addHostileSeeds seeds a fuzz target with the hostile corpus.
func addHostileSeeds(f *testing.F) {
	files, _ := filepath.Glob("../testdata/hostile/*")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err == nil && len(data) < 64<<10 {
			f.Add(string(data))
		}
	}
}

// fuzzParse checks the properties every parse must have, whatever the
// input: no panic, a valid post with a path, valid UTF-8 text, a known
// status, kind and format, and warnings that name the file.
func fuzzParse(t *testing.T, rel string, generator site.Generator, data string) {
	p := Parse(rel, []byte(data), Options{Rules: Rules{Generator: generator}, KeepBody: true})
	if p.Path != rel {
		t.Fatalf("path = %q", p.Path)
	}
	for _, s := range append([]string{p.Title, p.Slug, p.Summary, p.Lang, p.Body}, append(p.Tags, append(p.Categories, p.Authors...)...)...) {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in %q", s)
		}
	}
	switch p.Status {
	case StatusPublished, StatusDraft, StatusHidden, StatusScheduled, StatusExpired:
	default:
		t.Fatalf("status = %q", p.Status)
	}
	if p.Kind != KindPost && p.Kind != KindPage {
		t.Fatalf("kind = %q", p.Kind)
	}
	for _, w := range p.Warnings {
		if !strings.HasPrefix(w.String(), rel) {
			t.Fatalf("warning %q does not name the file", w)
		}
	}
	if p.BodyLine < 1 {
		t.Fatalf("body line = %d", p.BodyLine)
	}
}

func FuzzPelican(f *testing.F) {
	f.Add("Title: T\nDate: 2024-01-01\nTags: a, b\n\nBody")
	f.Add("---\nTitle: T\n    more\n...\nBody")
	f.Add("   Key-1_x:  v\n    continued\n")
	addHostileSeeds(f)
	f.Fuzz(func(t *testing.T, data string) { fuzzParse(t, "cat/post.md", site.Pelican, data) })
}

// FuzzPelicanHTML reads any file as Pelican's HTML reader does.
func FuzzPelicanHTML(f *testing.F) {
	f.Add("<html><head><title>T &amp; U</title><meta name=\"date\" content=\"2024-01-01\"><meta name=keywords content=\"a, b\"></head><body><p>x</p></body></html>")
	f.Add("<head><title>open")
	f.Add("<body><head><title>x</title></head></body></body>")
	addHostileSeeds(f)
	f.Fuzz(func(t *testing.T, data string) { fuzzParse(t, "cat/post.html", site.Pelican, data) })
}

func FuzzYAML(f *testing.F) {
	f.Add("---\ntitle: T\ntags: [a, b]\ndate: 2020-01-01T00:00:00Z\n---\nBody")
	f.Add("---\na: &a [x, x]\nb: [*a, *a]\n---\n")
	f.Add("---\ntitle: [[[[[[[[\n---\n")
	addHostileSeeds(f)
	f.Fuzz(func(t *testing.T, data string) { fuzzParse(t, "_posts/2020-01-02-x.md", site.Jekyll, data) })
}

func FuzzTOML(f *testing.F) {
	f.Add("+++\ntitle = \"T\"\ndate = 2021-01-22T12:17:58-07:00\ntags = [\"a\"]\n+++\nBody")
	f.Add("+++\n[a.b.c]\nd = 1979-05-27\n+++\n")
	f.Add("\n \n+++\ntitle = \"T\"\n+++ x\nBody")        // Hugo's fences (issue 21)
	f.Add("\r\n---\r\ntitle: T\r\n---6----1---\r\nBody") // read by Hugo's rules too
	addHostileSeeds(f)
	f.Fuzz(func(t *testing.T, data string) { fuzzParse(t, "post/x.md", site.Hugo, data) })
}

func FuzzJSON(f *testing.F) {
	f.Add("{\"title\": \"T\", \"tags\": [\"a\"]}\nBody")
	f.Add("{\"a\": {\"b\": [1, 2.5, null, true]}, \"a\": 1}")
	addHostileSeeds(f)
	f.Fuzz(func(t *testing.T, data string) { fuzzParse(t, "post/x.md", site.Hugo, "{"+data) })
}

func FuzzRST(f *testing.F) {
	f.Add("Title\n=====\n\n:date: 2011-05-27 15:25\n:tags: a, b\n\nBody")
	f.Add("=====\nTitle\n=====\n:summary: x\n    y\n")
	addHostileSeeds(f)
	f.Fuzz(func(t *testing.T, data string) { fuzzParse(t, "Dev/x.rst", site.Pelican, data) })
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2012-11-22", "22.11.2012 22:11", "2012-11-22T22:11:10.123Z", "8 November 2013", "2013-05-05 17:12:52 -0700", "Sun, 15 Oct 2023 10:00:00 +0200"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		// What folio prints, it must read back as the same instant.
		again, err := ParseDate(d.String())
		if err != nil {
			t.Fatalf("ParseDate(%q) = %s, which does not parse back: %v", s, d, err)
		}
		if !again.Equal(d.Time) || again.HasZone != d.HasZone {
			t.Fatalf("round trip of %q: %s became %s", s, d, again)
		}
	})
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`tag:django -status:draft async`, `"open source" after:2024`, `tag:"a b" year:2024`, `-`, `""`, `a:b:c`,
		`tag:go,rust|zig section:posts path:2024/`, `tag:,|`} {
		f.Add(s)
	}
	ps := queryCorpus()
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s, "series")
		if err != nil {
			return
		}
		Filter(ps, q)
		for _, w := range q.Words() {
			if w == "" {
				t.Fatalf("empty word from %q", s)
			}
		}
		// What the interface builds from a query must parse again, and a
		// query always narrows itself.
		if _, err := ParseQuery(q.WithoutBareWords().String(), "series"); err != nil {
			t.Fatalf("%q without its bare words does not parse: %v", s, err)
		}
		if toggled := q.ToggleTerm("tag", "go"); toggled != "" {
			if _, err := ParseQuery(toggled, "series"); err != nil {
				t.Fatalf("%q with tag go toggled is %q, which does not parse: %v", s, toggled, err)
			}
		}
		if !q.Narrows(q) {
			t.Fatalf("%q does not narrow itself", s)
		}
	})
}

var slugAlphabet = regexp.MustCompile(`^[a-z0-9_-]*$`)

func FuzzSlugify(f *testing.F) {
	for _, s := range []string{"Perché Django è fantastico!", "../../etc/passwd", "日本語", "<b>x</b> &amp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Slugify(s, nil)
		if !slugAlphabet.MatchString(got) {
			t.Fatalf("Slugify(%q) = %q has characters outside [a-z0-9_-]", s, got)
		}
		if again := Slugify(got, nil); again != got {
			t.Fatalf("Slugify is not idempotent: %q → %q → %q", s, got, again)
		}
	})
}

func FuzzRepairMojibake(f *testing.F) {
	for _, s := range []string{"theyâ€™re", "ðŸš€", "cafÃ©", "Ã", "plain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, n, first := repairMojibake(s)
		if n == 0 && (got != s || first != -1) {
			t.Fatalf("no repair but text changed: %q → %q", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("repair made invalid UTF-8: %q → %q", s, got)
		}
		if n > 0 && len(got) >= len(s) {
			t.Fatalf("a repair must shorten the text: %q → %q", s, got)
		}
	})
}
