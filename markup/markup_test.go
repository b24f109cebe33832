package markup

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/folio-blog/folio/site"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// fakeLinks resolves every reference to a post titled after it.
type fakeLinks struct{}

func (fakeLinks) Post(kind LinkKind, ref string) (string, string, bool) {
	if strings.Contains(ref, "missing") {
		return "", "", false
	}
	return "Post " + filepath.Base(ref), "/blog/" + strings.TrimPrefix(ref, "/"), true
}

// optionsFor describes a test file by its name: jekyll.md, hugo.md,
// *.rst, and plain Markdown for the rest.
func optionsFor(name string) Options {
	o := Options{
		Generator: site.Plain,
		Page:      map[string]string{"title": "Jekyll 1.5.1 Released", "version": "1.29"},
		Site:      map[string]string{"title": "Jekyll • Simple, blog-aware, static sites", "product": "Kubernetes"},
		Links:     fakeLinks{},
	}
	switch {
	case strings.HasPrefix(name, "jekyll"):
		o.Generator = site.Jekyll
	case strings.HasPrefix(name, "hugo"):
		o.Generator = site.Hugo
	case strings.HasSuffix(name, ".rst"):
		o.Syntax = RST
	}
	return o
}

// TestGolden converts each construct file in testdata and compares the
// Markdown with its .golden.md file (go test -update rewrites them).
func TestGolden(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("testdata/*.*")
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".golden.md") {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := ToMarkdown(string(src), optionsFor(filepath.Base(f)))
			golden := strings.TrimSuffix(f, filepath.Ext(f)) + ".golden.md"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s:\n%s", f, golden, got)
			}
		})
	}
	if n < 6 {
		t.Fatalf("found %d construct files, want the six kinds", n)
	}
}

func TestToMarkdown(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, gen, in, want string
	}{
		{"plain text untouched", "plain", "Just *text*.\n", "Just *text*.\n"},
		{"highlight becomes a fence", "jekyll", "{% highlight go %}\nx := 1\n{% endhighlight %}\n", "```go\nx := 1\n```\n\n"},
		{"highlight with backticks inside", "jekyll", "{% highlight md %}\n```\n{% endhighlight %}\n", "````md\n```\n````\n\n"},
		{"whitespace control", "jekyll", "{%- highlight sh -%}\nls\n{%- endhighlight -%}\n", "```sh\nls\n```\n\n"},
		{"unclosed highlight is a marker", "jekyll", "{% highlight go %}\nx\n", "⟨highlight⟩\n\nx\n"},
		{"include line", "jekyll", "a\n\n{% include note.html a=1 %}\n\nb\n", "a\n\n⟨include note.html⟩\n\n\nb\n"},
		{"include inline", "jekyll", "see {% include_cached x.html %} here\n", "see ⟨include_cached x.html⟩ here\n"},
		{"assign and comment vanish", "jekyll", "{% assign a = 1 %}\nx{% comment %}no{% endcomment %}y\n", "\nxy\n"},
		{"raw keeps liquid", "jekyll", "{% raw %}{{ a }}{% endraw %}\n", "{{ a }}\n"},
		{"site value", "jekyll", "{{ site.title }}\n", "Site\n"},
		{"missing site value is empty, as in Jekyll", "jekyll", "{{ site.nope }}\n", "\n"},
		{"missing url in a link", "jekyll", "![x]({{ site.baseurl }}/a.png)\n", "![x](/a.png)\n"},
		{"string with filter", "jekyll", "[a]({{ \"/about/\" | relative_url }})\n", "[a](/about/)\n"},
		{"liquid untouched in hugo", "hugo", "{{ site.title }}\n", "{{ site.title }}\n"},
		{"link in a target", "jekyll", "[x]({% link a.md %})\n", "[x](/blog/a.md)\n"},
		{"post_url alone", "jekyll", "see {% post_url 2010-01-01-a %}\n", "see [Post 2010-01-01-a](/blog/2010-01-01-a)\n"},
		{"unresolved link shows the reference", "jekyll", "{% link missing.md %}\n", "[missing.md](missing.md)\n"},
		{"liquid runs in code spans, as in Jekyll", "jekyll", "`{% include x %}` and ``{{ site.title }}``\n", "`{% include x %}` and ``Site``\n"},
		{"fenced code untouched", "jekyll", "```\n{% include x %}\n```\n", "```\n{% include x %}\n```\n"},
		{"fence in a quote untouched", "hugo", "> ```\n> {{< x >}}\n> ```\n", "> ```\n> {{< x >}}\n> ```\n"},
		{"shortcode highlight", "hugo", "{{< highlight python >}}\npass\n{{< /highlight >}}\n", "```python\npass\n```\n\n"},
		{"shortcode figure", "hugo", "{{< figure src=\"a.png\" title=\"T\" >}}\n", "![T](a.png)\n\n"},
		{"figure caption", "hugo", "{{< figure src=\"a.png\" alt=\"A\" caption=\"C\" >}}\n", "![A](a.png)\n\n*C*\n\n"},
		{"positional youtube", "hugo", "{{< youtube abc >}}\n", "⟨▶ YouTube: https://youtu.be/abc⟩\n\n"},
		{"named youtube", "hugo", "{{< youtube id=\"abc\" >}}\n", "⟨▶ YouTube: https://youtu.be/abc⟩\n\n"},
		{"ref inline", "hugo", "go to {{< ref \"b.md\" >}} now\n", "go to [Post b.md](/blog/b.md) now\n"},
		{"relref in target", "hugo", "[b]({{< relref \"/b\" >}})\n", "[b](/blog/b)\n"},
		{"ref with a fragment", "hugo", "see {{< ref \"/b.md#step-2\" >}}\n", "see [Post b.md](/blog/b.md#step-2)\n"},
		{"unresolved link with a fragment", "jekyll", "{% link missing.md#x %}\n", "[missing.md#x](missing.md#x)\n"},
		{"param from page", "hugo", "v{{< param version >}}\n", "v1\n"},
		{"unknown paired keeps inner", "hugo", "{{< tabs >}}\ninside\n{{< /tabs >}}\n", "⟨tabs⟩\n\ninside\n"},
		{"unknown self-closing", "hugo", "{{< feature-state v=\"1\" />}}\n", "⟨feature-state⟩\n\n"},
		{"admonition shortcode", "hugo", "{{% note %}}\nhi\n{{% /note %}}\n", "> **Note**\n>\n> hi\n\n"},
		{"shortcode comment shown as code", "hugo", "{{</* x */>}}\n", "`{{< x >}}`\n"},
		// The comment's marks overlap in "/*/": no comment, and no panic
		// (FuzzToMarkdown found it).
		{"overlapping comment marks", "hugo", "{{</*/>}}\n", "{{</*/>}}\n"},
		{"stray closing tag dropped", "hugo", "a\n{{< /x >}}\nb\n", "a\nb\n"},
		{"footnote", "plain", "a[^1]\n\n[^1]: note\n", "a\\[1\\]\n\n---\n\n\\[1\\] note\n\n"},
		{"undefined footnote kept", "plain", "[^x] and [^a-z]\n", "[^x] and [^a-z]\n"},
		{"notes numbered by first use", "plain", "b[^b] a[^a] b[^b]\n\n[^a]: A\n[^b]: B\n", "b\\[1\\] a\\[2\\] b\\[1\\]\n\n---\n\n\\[1\\] B\n\n\\[2\\] A\n\n"},
		{"footnote before a colon", "plain", "see[^1]:\n\n[^1]: n\n", "see\\[1\\]:\n\n---\n\n\\[1\\] n\n\n"},
		{"liquid in an html block", "jekyll", "<ul>\n{% for p in site.posts %}<li>{{ p.title }}</li>{% endfor %}\n</ul>\n", "- ⟨site.posts⟩\n\n"},
		{"shortcode in an html block", "hugo", "<div>\n  {{< donate >}}\n</div>\n", "⟨donate⟩\n\n"},
		{"tag over many lines", "jekyll", "{% gallery /m\n" + strings.Repeat("    a.jpg caption | alt text\n", 100) + "%}\n", "⟨gallery⟩\n\n"},
		{"alert", "plain", "> [!WARNING]\n> x\n", "> **Warning**\n> x\n"},
		{"inline img", "plain", "a <img src=\"x.png\" alt=\"X\"> b\n", "a ![X](x.png) b\n"},
		{"img without alt", "plain", "<img src='y.png'>\n", "![image](y.png)\n\n"},
		{"html block to text", "plain", "<div>\n<p>Hi <em>there</em></p>\n</div>\n", "Hi there\n\n"},
		{"html link", "plain", "<p><a href=\"https://x.y\">site</a></p>\n", "[site](https://x.y)\n\n"},
		{"script dropped", "plain", "<script>\nalert(1)\n</script>\n", ""},
		{"comment dropped", "plain", "<!-- hidden -->\nshown\n", "shown\n"},
		{"less-than in text", "plain", "a < b and <b>c\n", "a < b and <b>c\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := Options{Generator: site.Generator(tc.gen), Links: fakeLinks{},
				Site: map[string]string{"title": "Site"}, Page: map[string]string{"version": "1"}}
			if got := ToMarkdown(tc.in, o); got != tc.want {
				t.Errorf("ToMarkdown(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFromRST(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"underlined sections nest by order", "A\n=\n\ntext\n\nB\n-\n\nC\n=\n", "## A\n\ntext\n\n### B\n\n## C\n\n"},
		{"overline differs from underline", "===\n T\n===\n\nU\n===\n", "## T\n\n### U\n\n"},
		{"embedded link", "See `py-spy <https://x.y>`_.\n", "See [py-spy](https://x.y).\n\n"},
		{"named link", "Use `the docs`_.\n\n.. _the docs: https://d.e\n", "Use [the docs](https://d.e).\n\n"},
		{"one-word link", "Use docs_ now.\n\n.. _docs: https://d.e\n", "Use [docs](https://d.e) now.\n\n"},
		{"anonymous links in order", "`a`__ and `b`__\n\n__ https://a\n__ https://b\n", "[a](https://a) and [b](https://b)\n\n"},
		{"url only", "`<https://x.y>`_\n", "<https://x.y>\n\n"},
		{"unknown target is text", "`Section`_\n", "Section\n\n"},
		{"inline literal", "``a*b``\n", "`a*b`\n\n"},
		{"interpreted text", "`Title`\n", "*Title*\n\n"},
		{"code role", ":code:`x = 1` and :py:func:`f`\n", "`x = 1` and `f`\n\n"},
		{"literal block", "Run::\n\n    ls -l\n\nDone.\n", "Run:\n\n```\nls -l\n```\n\nDone.\n\n"},
		{"expanded literal marker", "Run ::\n\n    ls\n", "Run\n\n```\nls\n```\n\n"},
		{"directive with a space", ".. code-block :: html\n\n   {% x %}\n", "```html\n{% x %}\n```\n\n"},
		{"code-block", ".. code-block:: go\n   :linenos:\n\n   x := 1\n", "```go\nx := 1\n```\n\n"},
		{"highlight sets literal language", ".. highlight:: sh\n\nRun::\n\n    ls\n", "Run:\n\n```sh\nls\n```\n\n"},
		{"note", ".. note:: Be careful.\n", "> **Note**\n>\n> Be careful.\n\n"},
		{"bullets", "- a\n- b\n", "- a\n- b\n\n"},
		{"enumerated", "1. a\n2. b\n", "1. a\n2. b\n\n"},
		{"another kind of list", "1. a\n2. b\n\n1) c\n", "1. a\n2. b\n\n1) c\n\n"},
		{"auto-numbered items go on counting", "1. a\n2. b\n\n#. c\n", "1. a\n2. b\n3. c\n\n"},
		{"not a list", "A. Smith wrote\nthis.\n", "A. Smith wrote\nthis.\n\n"},
		{"definition", "term\n   def\n", "- **term**: def\n\n"},
		{"item paragraphs kept apart", "- a\n\n  b\n", "- a\\\n  b\n\n"},
		{"field list", ":Author: Me\n", "- **Author:** Me\n\n"},
		{"image", ".. image:: a.png\n   :alt: A\n", "![A](a.png)\n\n"},
		{"comment dropped", ".. a comment\n   more\n\ntext\n", "text\n\n"},
		{"unknown directive", ".. plot:: x.py\n", "⟨plot x.py⟩\n\n"},
		{"simple table", "==  ==\na   b\n==  ==\n1   2\n==  ==\n", "| a | b |\n| --- | --- |\n| 1 | 2 |\n\n"},
		{"grid table", "+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+\n", "| a | b |\n| --- | --- |\n| 1 | 2 |\n\n"},
		{"footnote", "x [1]_\n\n.. [1] note\n", "x \\[1\\]\n\n\\[1\\] note\n\n"},
		{"substitution", "|name| here\n\n.. |name| replace:: folio\n", "folio here\n\n"},
		{"html tag in text is text", "a <div> b\n", "a \\<div> b\n\n"},
		{"transition", "a\n\n----\n\nb\n", "a\n\n---\n\nb\n\n"},
		{"block quote", "a\n\n   quoted\n", "a\n\n> quoted\n\n"},
		{"class keeps its content", ".. class:: special\n\n   Kept.\n", "Kept.\n\n"},
		{"class before an element", ".. class:: special\n\nKept.\n", "Kept.\n\n"},
		{"citation keeps its label", "See [CIT2002]_.\n\n.. [CIT2002] A book.\n", "See \\[CIT2002\\].\n\n\\[CIT2002\\] A book.\n\n"},
		{"footnote keeps its number", "x [3]_\n\n.. [3] note\n", "x \\[3\\]\n\n\\[3\\] note\n\n"},
		{"auto footnotes numbered", "x [#]_ y [#]_\n\n.. [#] a\n.. [#] b\n", "x \\[1\\] y \\[2\\]\n\n\\[1\\] a\n\n\\[2\\] b\n\n"},
		{"alphabetic list keeps letters", "a. one\nb. two\n", "- a. one\n- b. two\n\n"},
		{"nested alphabetic list", "1. one\n\n   A. x\n   B. y\n", "1. one\n\n   - A. x\n   - B. y\n\n"},
		{"roman list", "i. one\nii. two\niii. three\niv. four\nv. five\n", "- i. one\n- ii. two\n- iii. three\n- iv. four\n- v. five\n\n"},
		{"numbered list starts where it says", "3. c\n4. d\n", "3. c\n4. d\n\n"},
		{"pep role", "in :pep:`345`\n", "in [PEP 345](https://peps.python.org/pep-0345)\n\n"},
		{"pep role glued", "in\\ :pep:`8`\n", "in[PEP 8](https://peps.python.org/pep-0008)\n\n"},
		{"rfc role", ":rfc:`2822#section-3`\n", "[RFC 2822](https://tools.ietf.org/html/rfc2822.html#section-3)\n\n"},
		{"note where it is defined", "a [#]_\n\n.. [#] n\n\nb\n", "a \\[1\\]\n\n\\[1\\] n\n\nb\n\n"},
		{"auto notes numbered as defined", "[#y]_ [#x]_\n\n.. [#x] X\n.. [#y] Y\n", "\\[2\\] \\[1\\]\n\n\\[1\\] X\n\n\\[2\\] Y\n\n"},
		{"inline target shows its text", "An _`inline target` here.\n", "An inline target here.\n\n"},
		{"reference to a target on the page", "See `the part <part_>`_.\n", "See the part.\n\n"},
		{"abbr role", ":abbr:`LIFO (last-in, first-out)`\n", "LIFO\n\n"},
		{"standard roles", "H\\ :sub:`2`\\ O :sup:`x` :title-reference:`T` :literal:`l` :emphasis:`e` :strong:`s`\n", "H2O x *T* `l` *e* **s**\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FromRST(tc.in); got != tc.want {
				t.Errorf("FromRST(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestHostileInputsFinish converts inputs built to make a naive scanner
// quadratic or recursive, each at the size of the largest body folio
// renders. The timeout is a hang guard a hundred times the normal time,
// not a measure of speed.
func TestHostileInputsFinish(t *testing.T) {
	t.Parallel()
	const size = 128 << 10
	shapes := map[string]string{
		"unclosed liquid":     "{% ",
		"unclosed highlights": "{% highlight x %}\n",
		"unclosed shortcodes": "{{< a >}}",
		"distinct shortcodes": "{{% n%d %}}",
		"nested admonitions":  "{{% note %}}\n",
		"footnote refs":       "[^1]",
		"backticks":           "` ``",
		"tags":                "<img src=x ",
		"links":               "<a href=x>y</a>",
		"rst refs":            "`a`_ b_ |c| [#]_ ",
		"rst quotes":          "   x\n\n      y\n\n",
		"rst lists":           "- ",
		"rst roles":           ":a:`",
	}
	for name, unit := range shapes {
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			for k := 0; b.Len() < size; k++ {
				if strings.Contains(unit, "%d") {
					b.WriteString(strings.Replace(unit, "%d", strings.Repeat("x", k%50), 1))
					continue
				}
				b.WriteString(unit)
			}
			b.WriteString("\n\n[^1]: n\n")
			src := b.String()
			done := make(chan int, 2)
			go func() {
				done <- len(ToMarkdown(src, Options{Generator: site.Jekyll}))
				done <- len(FromRST(src))
			}()
			for k := 0; k < 2; k++ {
				select {
				case n := <-done:
					if n > 8*len(src)+4096 {
						t.Errorf("output of %d bytes from %d", n, len(src))
					}
				case <-time.After(30 * time.Second):
					t.Fatal("conversion did not finish")
				}
			}
		})
	}
}
