package markup

import (
	"strings"
	"testing"
)

// TestFromHTML converts whole-HTML bodies (issue 21, class 2): a blogdown
// post's HTML (rbind/simplystats, content/post/2017-05-24-toward-tidy-analysis.html),
// a Pelican HTML reader's <body>, Hugo shortcodes and Liquid tags kept
// for the Markdown passes.
func TestFromHTML(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"blogdown post",
			"\n\n<p><a href=\"http://vita.had.co.nz/papers/tidy-data.html\">Tidy data</a> at its heart is a set of three rules:</p>\n" +
				"<ol style=\"list-style-type: decimal\">\n<li>Each variable forms a column.</li>\n<li>Each observation forms a row.</li>\n</ol>\n" +
				"<div class=\"figure\">\n<img src=\"https://cloud.githubusercontent.com/a.png\" alt=\"Data rectangle\" />\n<p class=\"caption\">Data rectangle</p>\n</div>\n" +
				"<pre class=\"r\"><code>library(dslabs)\nx &lt;- 1</code></pre>\n<h2>Rules</h2>\n<p>It makes <em>much</em> easier</p>\n",
			"[Tidy data](http://vita.had.co.nz/papers/tidy-data.html) at its heart is a set of three rules:\n\n" +
				"1. Each variable forms a column.\n2. Each observation forms a row.\n\n![Data rectangle](https://cloud.githubusercontent.com/a.png)\n\nData rectangle\n\n" +
				"```\nlibrary(dslabs)\nx <- 1\n```\n\n## Rules\n\nIt makes *much* easier\n"},
		{"table", "<table><tr><th>a</th><th>b</th></tr><tr><td rowspan=\"3\">1</td><td>2</td></tr></table>", "| a | b |\n|---|---|\n| 1 | 2 |\n"},
		{"shortcodes and Liquid as written", "<p>{{< figure src=\"a.png\" title=\"A_b\" >}}</p>\n<p>{% include note.html x=\"*\" %}</p>",
			"{{< figure src=\"a.png\" title=\"A_b\" >}}\n\n{% include note.html x=\"*\" %}\n"},
		{"a shortcode that looks like a tag", "<p>{{<figure src=\"a.png\">}} after</p>", "{{<figure src=\"a.png\">}} after\n"},
		{"Pelican's link placeholders", "<p><img src=\"{static}/images/a.png\" alt=\"a\"> <a href=\"{filename}/x.md\">x</a></p>", "![a]({static}/images/a.png) [x]({filename}/x.md)\n"},
		{"embeds name their address", "<p>Watch:</p><iframe src=\"https://www.youtube.com/embed/x_y\"></iframe><video><source src=\"v.mp4\"></video>",
			"Watch:\n\n⟨▶ YouTube: https://youtu.be/x_y⟩\n\n⟨▶ Video: v.mp4⟩\n"},
		{"scripts and styles go", "<style>p{}</style><p>a</p><script>alert(1)</script>", "a\n"},
		{"the placeholder's own name is text", "<p>FolioKept0Z {{x}}</p>", "FolioKept0Z {{x}}\n"},
		{"an opener without a closer", "<p>{{ a {% b</p>", "{{ a {% b\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := FromHTML(tc.in); got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

// TestHTMLBodyMarkdownPasses checks that a whole-HTML body goes through the
// Markdown passes after its conversion: its shortcodes become what the
// site shows, and Pelican's links are resolved.
func TestHTMLBodyMarkdownPasses(t *testing.T) {
	t.Parallel()
	got := ToMarkdown("<p>See {{< ref \"other.md\" >}} and <a href=\"{static}/f.pdf\">the file</a>.</p>",
		Options{Syntax: HTML, Generator: "hugo", Dir: "/blog", ContentDir: "content", Path: "content/post/a.html"})
	if strings.Contains(got, "{{<") || strings.Contains(got, "<p>") || !strings.Contains(got, "(/blog/content/f.pdf)") {
		t.Errorf("got %q", got)
	}
}

// TestFromHTMLCostIsLinear converts bodies built to make an HTML
// converter's work grow faster than its input: deep nesting (the parser
// checks the open elements at each tag; Markdown repeats a quote's or
// list's prefix on every line), unclosed elements, spanning table cells,
// openers of kept markup without closers. At every size the output stays
// a few times the input and the allocations per input byte stay flat,
// and the structure before the nesting is still converted: x/net/html
// gives up past 512 open elements, and the fallback only strips tags.
// Not parallel: testing.AllocsPerRun counts the whole
// process's allocations.
func TestFromHTMLCostIsLinear(t *testing.T) {
	shapes := map[string][2]string{
		"nested divs":        {"<div>x", "</div>"},
		"nested quotes":      {"<blockquote>q\n", "</blockquote>"},
		"nested lists":       {"<ul><li>i", "</li></ul>"},
		"unclosed bold":      {"<b>x", ""},
		"unclosed items":     {"<li>x", ""},
		"spanning cells":     {"<table><tr><td rowspan=100000 colspan=100000>x", "</td></tr></table>"},
		"openers, no closer": {"{{{%", ""},
	}
	for name, sh := range shapes {
		var perByte float64
		for _, n := range []int{1 << 9, 1 << 11, 1 << 13} {
			body := "<h2>Top</h2><p><em>e</em></p>" + strings.Repeat(sh[0], n) + strings.Repeat(sh[1], n)
			var out string
			allocs := testing.AllocsPerRun(1, func() { out = FromHTML(body) })
			if !strings.HasPrefix(out, "## Top\n\n*e*") {
				t.Errorf("%s × %d: not converted: %.40q", name, n, out)
			}
			if len(out) > 4*len(body)+64 {
				t.Errorf("%s × %d: %d bytes of Markdown from %d of HTML", name, n, len(out), len(body))
			}
			ratio := allocs / float64(len(body))
			if perByte > 0 && ratio > 1.5*perByte {
				t.Errorf("%s × %d: %.2f allocations per input byte, %.2f at a quarter of the size", name, n, ratio, perByte)
			}
			perByte = ratio
		}
	}
}
