package posts

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var (
	corpusDir  = flag.String("corpus", "", "TestWriteCorpus writes a generated blog here (for whole-process benchmarks)")
	corpusSize = flag.Int("corpus-size", 10000, "posts in the generated blog")
)

// TestWriteCorpus writes a generated blog for whole-process benchmarks
// (testdata/bench/compare.sh); it does nothing without -corpus.
func TestWriteCorpus(t *testing.T) {
	t.Parallel()
	if *corpusDir == "" {
		t.Skip("no -corpus folder given")
	}
	writeCorpus(t, *corpusDir, *corpusSize)
}

var corpusWords = strings.Fields(`the a blog post about python django go hugo pelican jekyll static site
generator terminal reader writer markdown front matter yaml toml json tags categories
async await performance memory benchmark test fuzz parse render glamour bubble tea
lipgloss folder file editor draft publish server client network request response
cache index query filter search sort date time zone offset slug title summary
community open source contributor mentor conference talk travel train coffee
morning evening write read think build ship fix break learn teach share`)

// writeCorpus writes n posts of about 600 words under dir as a Hugo-style
// site (config.toml and content/), in five formats in turn: Pelican
// header, YAML, TOML, JSON and reStructuredText, across 20 folders.
func writeCorpus(tb testing.TB, dir string, n int) {
	tb.Helper()
	rng := rand.New(rand.NewPCG(1, uint64(n)))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("baseURL = \"https://example.org/\"\ntitle = \"corpus\"\n"), 0o644); err != nil {
		tb.Fatal(err)
	}
	var body strings.Builder
	for i := range n {
		folder := filepath.Join(dir, "content", fmt.Sprintf("section%02d", i%20))
		if i < 20 {
			if err := os.MkdirAll(folder, 0o755); err != nil {
				tb.Fatal(err)
			}
		}
		title := fmt.Sprintf("Post %d about %s and %s", i, corpusWords[rng.IntN(len(corpusWords))], corpusWords[rng.IntN(len(corpusWords))])
		date := fmt.Sprintf("20%02d-%02d-%02d", 10+i%16, 1+i%12, 1+i%28)
		tags := []string{corpusWords[rng.IntN(len(corpusWords))], corpusWords[rng.IntN(len(corpusWords))]}
		body.Reset()
		for p := 0; p < 6; p++ {
			if p == 2 {
				body.WriteString("## A heading\n\n")
			}
			for w := 0; w < 100; w++ {
				body.WriteString(corpusWords[rng.IntN(len(corpusWords))])
				body.WriteByte(' ')
			}
			body.WriteString("\n\n")
		}
		var content, ext string
		switch i % 5 {
		case 0:
			ext = ".md"
			content = fmt.Sprintf("Title: %s\nDate: %s 10:00\nTags: %s\nAuthor: Someone\n\n%s", title, date, strings.Join(tags, ", "), body.String())
		case 1:
			ext = ".md"
			content = fmt.Sprintf("---\ntitle: %q\ndate: %sT10:00:00+02:00\ntags: [%s]\ndraft: %t\n---\n%s", title, date, strings.Join(tags, ", "), i%50 == 1, body.String())
		case 2:
			ext = ".md"
			content = fmt.Sprintf("+++\ntitle = %q\ndate = %sT10:00:00Z\ntags = [%q, %q]\n+++\n%s", title, date, tags[0], tags[1], body.String())
		case 3:
			ext = ".md"
			content = fmt.Sprintf("{\n  \"title\": %q,\n  \"date\": \"%s\",\n  \"tags\": [%q, %q]\n}\n%s", title, date, tags[0], tags[1], body.String())
		case 4:
			ext = ".rst"
			content = fmt.Sprintf("%s\n%s\n\n:date: %s\n:tags: %s\n\n%s", title, strings.Repeat("#", len(title)), date, strings.Join(tags, ", "), body.String())
		}
		name := filepath.Join(folder, fmt.Sprintf("post-%06d%s", i, ext))
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}
