package markup

import (
	"strings"
	"testing"
)

// BenchmarkFromHTML times whole-HTML bodies: a post-sized page and the
// hostile shapes of TestFromHTMLCostIsLinear at 16k repetitions.
func BenchmarkFromHTML(b *testing.B) {
	post := strings.Repeat("<h2>Part</h2>\n<p>Some <em>text</em> with <a href=\"https://example.org/x\">a link</a>.</p>\n<ul><li>one</li><li>two</li></ul>\n<pre><code>x &lt;- 1</code></pre>\n", 40)
	bodies := map[string]string{
		"post":          post,
		"nested-lists":  strings.Repeat("<ul><li>i", 1<<14) + strings.Repeat("</li></ul>", 1<<14),
		"nested-quotes": strings.Repeat("<blockquote>q\n", 1<<14) + strings.Repeat("</blockquote>", 1<<14),
		"unclosed-bold": strings.Repeat("<b>x", 1<<14),
	}
	for name, body := range bodies {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				FromHTML(body)
			}
		})
	}
}
