package markup

import (
	"strings"
	"testing"

	"github.com/folio-blog/folio/site"
)

func TestRefs(t *testing.T) {
	t.Parallel()
	type want struct {
		kind   LinkKind
		target string
		image  bool
	}
	tests := []struct {
		name   string
		gen    site.Generator
		syntax Syntax
		body   string
		want   []want
	}{
		{"markdown link and image", site.Plain, Markdown, "See [a](other.md#x \"t\") and ![pic](/images/a.png).\n",
			[]want{{URLLink, "other.md#x", false}, {URLLink, "/images/a.png", true}}},
		{"angle brackets and parentheses", site.Plain, Markdown, "[a](<my file.md>) [b](a_(b).md)\n",
			[]want{{URLLink, "my file.md", false}, {URLLink, "a_(b).md", false}}},
		{"reference definition", site.Plain, Markdown, "[x][1]\n\n  [1]: /posts/x/ \"title\"\n",
			[]want{{URLLink, "/posts/x/", false}}},
		{"html", site.Plain, Markdown, "<p><IMG class=\"x\" SRC='/a.jpg'></p> <a href=b.md>b</a>\n",
			[]want{{URLLink, "/a.jpg", true}, {URLLink, "b.md", false}}},
		{"code is not a link", site.Plain, Markdown, "`[a](b.md)` ``x [c](d.md) x``\n\n```md\n[e](f.md)\n```\n\n    [g](h.md)\n\n[i](j.md)\n",
			[]want{{URLLink, "j.md", false}}},
		{"jekyll", site.Jekyll, Markdown, "[a]({% post_url 2020-01-02-hello %}#part) [b]({% link _pages/about.md %}) {% post_url {{ x }} %}\n",
			[]want{{PostURL, "2020-01-02-hello#part", false}, {JekyllLink, "_pages/about.md", false}}},
		{"tags as reference definitions", site.Jekyll, Markdown, "[a][1] [b][2]\n\n[1]: {% post_url 2020-01-02-hello %}\n[2]: {{< ref \"x\" >}}\n",
			[]want{{PostURL, "2020-01-02-hello", false}, {HugoRef, "x", false}}},
		{"hugo runs shortcodes in code", site.Hugo, Markdown, "`{{< ref \"a\" >}}` {{</* ref \"b\" */>}}\n\n```\n{{% relref \"c\" %}}\n```\n\n    {{< ref \"d\" >}}\n",
			[]want{{HugoRef, "a", false}, {HugoRef, "c", false}, {HugoRef, "d", false}}},
		{"jekyll runs liquid in code, not in raw", site.Jekyll, Markdown, "`{% post_url a %}`\n\n```\n{% link b.md %} {% raw %}{% link c.md %}{% endraw %}\n```\n",
			[]want{{PostURL, "a", false}, {JekyllLink, "b.md", false}}},
		{"hugo", site.Hugo, Markdown, "[a]({{< ref \"/posts/b.md#sec\" >}}) [c]({{% relref path=\"d\" %}}) {{< figure src=\"x.png\" >}}\n",
			[]want{{HugoRef, "/posts/b.md#sec", false}, {HugoRef, "d", false}}},
		{"pelican", site.Pelican, Markdown, "[a]({filename}/b.md) ![c]({static}/images/c.png) [d](|filename|e.md) <img src=\"{attach}f.jpg\"> [t]({tag}x)\n",
			[]want{{PelicanFile, "/b.md", false}, {PelicanStatic, "/images/c.png", true}, {PelicanFile, "e.md", false}, {PelicanStatic, "f.jpg", true}}},
		{"raw and comment blocks", site.Jekyll, Markdown, "{% raw %}[a]({% post_url x %}){% endraw %}\n{% comment %}\n[b](c.md)\n{% endcomment %}\n[d](e.md)\n",
			[]want{{URLLink, "e.md", false}}},
		{"template values are skipped", site.Jekyll, Markdown, "[a]({{ site.baseurl }}/x)\n", nil},
		{"rst", site.Pelican, RST, "A `link <{filename}/b.rst>`_.\n\n.. image:: {static}/images/x.png\n   :alt: x\n",
			[]want{{PelicanFile, "/b.rst", false}, {PelicanStatic, "/images/x.png", true}}},
		{"rst literals", site.Pelican, RST, "Write ``[a]({filename}/x.md)`` like this::\n\n    `b <{filename}/y.rst>`_\n\nBut `c <{filename}/z.rst>`_.\n",
			[]want{{PelicanFile, "/z.rst", false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := Refs(tc.body, tc.syntax, tc.gen)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d refs %+v, want %+v", len(got), got, tc.want)
			}
			for i, r := range got {
				if w := tc.want[i]; r.Kind != w.kind || r.Target != w.target || r.Image != w.image {
					t.Errorf("ref %d = %+v, want %+v", i, r, w)
				}
			}
		})
	}
}

// TestRefsOffsets checks that each reference's offset is where its target
// (or its tag) is written, so that its line can be told.
func TestRefsOffsets(t *testing.T) {
	t.Parallel()
	body := "one\n[a](x.md)\n\n![b]({static}/y.png)\n\n{{< ref \"z\" >}}\n"
	for _, r := range Refs(body, Markdown, site.Hugo) {
		rest := body[r.Offset:]
		if !strings.HasPrefix(rest, r.Target) && !strings.HasPrefix(rest, "{{<") {
			t.Errorf("%+v: offset points at %q", r, rest)
		}
	}
}

// FuzzRefs checks that any body yields references without panicking,
// each with an offset inside the body, no more than one per byte.
func FuzzRefs(f *testing.F) {
	addSeeds(f)
	f.Add("[a]({filename}b.md) ![c](<d e>) <img src=x> {% post_url y %}#z {{< ref \"w\" >}}")
	f.Fuzz(func(t *testing.T, s string) {
		for _, syn := range []Syntax{Markdown, RST} {
			for _, g := range []site.Generator{site.Pelican, site.Jekyll, site.Hugo} {
				refs := Refs(s, syn, g)
				if len(refs) > len(s) {
					t.Fatalf("%d refs in %d bytes", len(refs), len(s))
				}
				for _, r := range refs {
					if r.Offset < 0 || r.Offset >= len(s) || r.Target == "" {
						t.Fatalf("bad ref %+v in %q", r, s)
					}
				}
			}
		}
	})
}
