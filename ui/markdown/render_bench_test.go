package markdown

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/glamour/v2"
	"github.com/folio-blog/folio/markup"
	"github.com/folio-blog/folio/site"
)

// post5000 is a 5,000-word Jekyll post: prose with the constructs of
// the construct files mixed in.
func post5000(tb testing.TB) string {
	src, err := os.ReadFile(filepath.Join("..", "..", "posts", "markup", "testdata", "jekyll.md"))
	if err != nil {
		tb.Fatal(err)
	}
	para := "The quick brown fox jumps over the lazy dog while the reader follows along with *some emphasis* and a [link](https://example.org).\n\n"
	var b strings.Builder
	for len(strings.Fields(b.String())) < 5000 {
		b.WriteString(para + para + para)
		b.Write(src)
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkExtraPass compares what folio adds to a render (the markup
// conversion and the cost estimate) with Glamour's render of the same
// 5,000-word post, in one run: extra/render is the ratio asked to stay
// under 10%.
func BenchmarkExtraPass(b *testing.B) {
	src := post5000(b)
	o := markup.Options{Generator: site.Jekyll, Site: map[string]string{"title": "T"}}
	var extra, render time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		md := markup.ToMarkdown(src, o)
		doc := newParser().Parser().Parse(textReader([]byte(md)))
		mid := time.Now()
		_ = estimate(doc, []byte(md), 80)
		extra += time.Since(mid) + mid.Sub(start)
		// The parse belongs to the render: Glamour would parse too.
		start = time.Now()
		if _, err := Render(context.Background(), md, Options{Width: 80, Style: "dark"}); err != nil {
			b.Fatal(err)
		}
		render += time.Since(start)
	}
	b.ReportMetric(float64(extra.Microseconds())/float64(b.N), "extra-µs/op")
	b.ReportMetric(float64(render.Microseconds())/float64(b.N), "render-µs/op")
	b.ReportMetric(100*float64(extra)/float64(render), "extra-%")
}

// BenchmarkMarkupOnly times the conversion alone on the 5,000-word post.
func BenchmarkMarkupOnly(b *testing.B) {
	src := post5000(b)
	o := markup.Options{Generator: site.Jekyll}
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		_ = markup.ToMarkdown(src, o)
	}
}

// BenchmarkShapes renders the shapes of issue 11 at 20, 80 and 200
// columns; the table in the report adds each one's peak RSS, measured
// with folio show.
func BenchmarkShapes(b *testing.B) {
	words := strings.Repeat("lorem ipsum dolor sit amet ", 5)
	shapes := map[string]string{
		"quotes16": strings.Repeat("> ", 16) + strings.Repeat(words, 120<<10/len(words)),
		"quotes12": strings.Repeat("> ", 12) + strings.Repeat(words, 120<<10/len(words)),
		"paras43k": strings.Repeat("w\n\n", 43000),
		"prose":    strings.Repeat(words+"\n\n", 127<<10/(len(words)+2)),
	}
	for _, name := range []string{"quotes16", "quotes12", "paras43k", "prose"} {
		for _, width := range []int{20, 80, 200} {
			b.Run(fmt.Sprintf("%s/w%d", name, width), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if _, err := Render(context.Background(), shapes[name], Options{Width: width, Style: "dark"}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkGlamourWhole is Glamour's own render of the 5,000-word post,
// for comparison with Render's chunks.
func BenchmarkGlamourWhole(b *testing.B) {
	md := markup.ToMarkdown(post5000(b), markup.Options{Generator: site.Jekyll})
	for i := 0; i < b.N; i++ {
		r, _ := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(78))
		if _, err := r.Render(md); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstScreen reports how soon a long post's first screen is
// ready (Progress) against its whole render: 120 KiB of dense markup.
func BenchmarkFirstScreen(b *testing.B) {
	unit := "## Heading *em* `code`\n\nText with **bold**, _em_, [a link](https://example.org) and `code`.\n\n- one\n- two\n\n> a quote\n\n```go\nfunc main() { fmt.Println(1) }\n```\n\n"
	src := strings.Repeat(unit, 120<<10/len(unit))
	var first, whole time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		o := Options{Width: 80, Style: "dark", Progress: func(Result) { first += time.Since(start) }}
		if _, err := Render(context.Background(), src, o); err != nil {
			b.Fatal(err)
		}
		whole += time.Since(start)
	}
	b.ReportMetric(float64(first.Milliseconds())/float64(b.N), "first-ms/op")
	b.ReportMetric(float64(whole.Milliseconds())/float64(b.N), "whole-ms/op")
}
