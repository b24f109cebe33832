package markup

import (
	"strings"

	"github.com/folio-blog/folio/site"
)

// hostileShape is a body built to make a converter quadratic: a naive
// scanner would look at the rest of a line, the rest of a tag's window
// or the text built so far once per unit.
type hostileShape struct {
	name string
	o    Options
	// body builds a body of about n bytes.
	body func(n int) string
}

// repeat builds about n bytes: head, then unit as often as fits, then
// tail.
func repeat(head, unit, tail string, n int) string {
	k := max(1, (n-len(head)-len(tail))/len(unit))
	return head + strings.Repeat(unit, k) + tail
}

var (
	jekyll = Options{Generator: site.Jekyll}
	hugo   = Options{Generator: site.Hugo}
	rst    = Options{Syntax: RST}
)

// windowed repeats unit, closing a tag every kilobyte: every opener
// is within maxTagLen of a closer it does not match.
func windowed(unit, closer string) func(int) string {
	return func(n int) string {
		return repeat("", strings.Repeat(unit, 1024/len(unit))+closer, "", n)
	}
}

// growingTicks is backtick runs of every length in turn, none closed,
// after a tag that makes the line worth converting.
func growingTicks(n int) string {
	var b strings.Builder
	b.WriteString("<b> ")
	for k := 1; b.Len() < n; k++ {
		b.WriteString(strings.Repeat("`", k))
		b.WriteString("a")
	}
	return b.String()
}

var emoji = Options{Emoji: true}

var hostileShapes = []hostileShape{
	{"emoji colons", emoji, func(n int) string { return repeat("", ":", "", n) }},
	{"emoji names unclosed", emoji, func(n int) string { return repeat("", ":wave", "", n) }},
	{"emoji long names", emoji, func(n int) string { return repeat("", ":"+strings.Repeat("a", 60), "", n) }},
	{"emoji ticks", emoji, func(n int) string { return ":wave: " + growingTicks(n) }},
	{"tags", jekyll, func(n int) string { return repeat("", "<", "", n) }},
	{"footnote refs", jekyll, func(n int) string { return repeat("[^1]: a\n\n", "[^", "", n) }},
	{"shortcode openers", hugo, func(n int) string { return repeat("", "{{<", "", n) }},
	{"img tags unclosed", jekyll, func(n int) string { return repeat("", "<img", "", n) }},
	{"html block tags", jekyll, func(n int) string { return repeat("<p>\n", "<a", "", n) }},
	{"html comments", jekyll, func(n int) string { return repeat("", "<!--\n\n", "", n) }},
	{"liquid window", jekyll, windowed("{%a", "%}")},
	{"liquid output window", jekyll, windowed("{{a", "}}")},
	{"shortcode window", hugo, windowed("{{<a", ">}}")},
	{"closing shortcode window", hugo, windowed("{{</a", ">}}")},
	{"liquid window spaces", jekyll, func(n int) string { return repeat("", "{%a "+strings.Repeat(" ", 4096)+"%}", "", n) }},
	{"growing backticks", jekyll, growingTicks},
	{"unreferenced notes", jekyll, func(n int) string {
		var b strings.Builder
		for k := 0; b.Len() < n; k++ {
			b.WriteString("[^n" + strings.Repeat("x", k%7) + string(rune('a'+k%26)) + itoa(k) + "]: t\n")
		}
		return b.String()
	}},
	{"footnote continuation", jekyll, func(n int) string { return repeat("[^1]: a\n", "    b\n", "\nx[^1]\n", n) }},
	{"alerts", jekyll, func(n int) string { return repeat("", "> [!NOTE] a\n", "", n) }},
	{"pelican links", Options{Generator: site.Pelican}, func(n int) string { return repeat("", "a{static}", "", n) }},
	{"rst line block", rst, func(n int) string { return repeat("| a\n", "  b\n", "", n) }},
	{"rst footnote continuation", rst, func(n int) string { return repeat("x [1]_\n\n.. [1] a\n", "   b\n", "", n) }},
	{"rst target continuation", rst, func(n int) string { return repeat("x_\n\n.. _x: http://a\n", "   b\n", "", n) }},
	{"rst grid cells", rst, func(n int) string { return repeat("+---+\n", "| a |\n", "+---+\n", n) }},
	{"rst simple table rows", rst, func(n int) string { return repeat("===  ===\na    b\n", "     c\n", "===  ===\n", n) }},
	{"rst wide simple table", rst, func(n int) string {
		return repeat("", "= ", "\n", n/2) + repeat("", "x\n", "", n/2)
	}},
	{"rst csv header", rst, func(n int) string {
		return repeat(".. csv-table::\n   :header: ", "a,", "\n\n", n/2) + repeat("", "   x\n", "", n/2)
	}},
	{"rst list table cell", rst, func(n int) string { return repeat(".. list-table::\n\n   * - a\n", "       b\n", "", n) }},
	{"rst inline", rst, func(n int) string { return repeat("", "`a`_ b_ |c| [#]_ :a:`", "", n) }},
	{"rst quotes", rst, func(n int) string { return repeat("", "   x\n\n      y\n\n", "", n) }},
}

func itoa(k int) string {
	if k == 0 {
		return "0"
	}
	var b []byte
	for ; k > 0; k /= 10 {
		b = append([]byte{byte('0' + k%10)}, b...)
	}
	return string(b)
}
