package markup

import (
	"strings"
	"testing"

	"github.com/folio-blog/folio/site"
)

// releases is a site.data.releases as ruby-lang.org's _data/releases.yml
// reads.
var releases = []any{
	map[string]any{"version": "3.4.1", "date": "2024-12-25",
		"url":  map[string]any{"gz": "https://cache.ruby-lang.org/pub/ruby/3.4/ruby-3.4.1.tar.gz"},
		"size": map[string]any{"gz": 23018596}, "sha256": map[string]any{"gz": "3d38"}},
	map[string]any{"version": "3.4.0", "date": "2024-12-25",
		"url": map[string]any{"gz": "https://cache.ruby-lang.org/pub/ruby/3.4/ruby-3.4.0.tar.gz"}},
}

func TestRunLiquid(t *testing.T) {
	t.Parallel()
	js := &JekyllSite{
		Data: map[string]any{"releases": releases, "team": map[string]any{"lead": "Matz"}},
		Includes: map[string]string{
			"note.html": "> **Note:** {{ include.content }}",
			"loop.html": "{% include loop.html %}",
		},
		Slugify: func(s string) string { return strings.ToLower(strings.ReplaceAll(s, " ", "-")) },
	}
	tests := []struct{ name, in, want string }{
		{"data where first", `{% assign release = site.data.releases | where: "version", "3.4.1" | first %}` +
			"* <{{ release.url.gz }}>\n\n      SIZE: {{ release.size.gz }}\n      SHA256: {{ release.sha256.gz }}",
			"* <https://cache.ruby-lang.org/pub/ruby/3.4/ruby-3.4.1.tar.gz>\n\n      SIZE: 23018596\n      SHA256: 3d38"},
		{"nested data", "by {{ site.data.team.lead }}", "by Matz"},
		{"site and page", "{{ page.title }} on {{ site.title | upcase }}", "Hello on FOLIO"},
		{"raw in fence", "```\n{% raw %}{{ item }}{% endraw %}\n```", "```\n{{ item }}\n```"},
		{"whitespace control", "a\n{%- if true -%}\nb\n{%- endif -%}\nc", "abc"},
		{"include params", `{% include note.html content="mind the gap" %}`, "> **Note:** mind the gap"},
		{"include missing", "{% include foo.html %}", "⟨include foo.html⟩\n\n"},
		{"include recursion", "{% include loop.html %}", "⟨include loop.html⟩\n\n"},
		{"plugin tag", "see {% gist 123 %}", "see \n\n⟨▶ Gist: https://gist.github.com/123/⟩\n\n"},
		{"unknown tag", "see {% bibliography x %} here", "see ⟨bibliography⟩ here"},
		{"highlight", "{% highlight ruby %}\nputs 1\n{% endhighlight %}", "```ruby\nputs 1\n```\n\n"},
		{"filters", `{{ "Hello World" | slugify }} {{ "a b c" | number_of_words }} {{ site.data.releases | map: "version" | array_to_sentence_string }}`,
			"hello-world 3 3.4.1 and 3.4.0"},
		{"dates", `{{ "2024-12-25" | date: "%B %-d, %Y" }} {{ "2024-12-25" | date_to_string }}`, "December 25, 2024 25 Dec 2024"},
		{"urls", `{{ "/x.png" | relative_url }} {{ "a b&c" | cgi_escape }} {{ "<a>" | xml_escape }}`, "/blog/x.png a+b%26c &lt;a&gt;"},
		{"sort map", `{{ site.data.releases | map: "version" | sort | join: "," }} {{ site.data.releases | size }}`, "3.4.0,3.4.1 2"},
		{"where_exp", `{{ site.data.releases | where_exp: "r", "r.version contains '3.4.0'" | map: "version" | join }}`, "3.4.0"},
		{"jsonify", `{{ site.data.team | jsonify }}`, `{"lead":"Matz"}`},
		{"huge range falls back", "{% for i in (1..1000000000) %}{% endfor %}x", "x"},
	}
	for _, tt := range tests {
		o := Options{Generator: site.Jekyll, Jekyll: js,
			Page: map[string]string{"title": "Hello"}, Site: map[string]string{"title": "folio", "baseurl": "/blog"}}
		got := ToMarkdown(tt.in, o)
		if got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// FuzzLiquid runs Liquid over any body: it never panics, its output
// stays within the run's bound, and it adds no control bytes.
func FuzzLiquid(f *testing.F) {
	for _, s := range []string{
		"{% for i in (1..5) %}{{ i }}{% endfor %}",
		"{% include note.html content=page.title %}",
		"{% raw %}{{ x }}{% endraw %}{% if a %}b{% endif %}",
		"{% for a in site.data.r %}{% for b in site.data.r %}{{ a }}{% endfor %}{% endfor %}",
		"{{ 'x' | append: 'y' | slugify | where: 'a', 1 }}",
	} {
		f.Add(s)
	}
	js := &JekyllSite{Data: map[string]any{"r": releases}, Includes: map[string]string{
		"note.html": "{{ include.content }}{% include note.html %}",
	}}
	f.Fuzz(func(t *testing.T, body string) {
		o := Options{Generator: site.Jekyll, Jekyll: js, Page: map[string]string{"title": "T"}}
		out, ok := runLiquid(&meter{}, body, &o)
		if !ok {
			return
		}
		if len(out) > 4*len(body)+liquidOutSlack {
			t.Fatalf("output %d bytes for a body of %d", len(out), len(body))
		}
		if strings.Count(out, "\x1b") > strings.Count(body, "\x1b") {
			t.Fatalf("escape bytes added: %q", out)
		}
	})
}

// TestLiquidCostIsLinear holds a run of Liquid to allocations linear in
// the body: twice the body, at most a little over twice the allocations.
// Not parallel: AllocsPerRun counts the whole process's allocations.
func TestLiquidCostIsLinear(t *testing.T) {
	js := &JekyllSite{Data: map[string]any{"releases": releases}, Includes: map[string]string{"n.html": "{{ include.x }}"}}
	for _, unit := range []string{
		"{% assign r = site.data.releases | where: \"version\", \"3.4.1\" | first %}{{ r.url.gz }}\n\n",
		"{% for a in site.data.releases %}{% for b in (1..50) %}{{ a.version }}{% endfor %}{% endfor %}\n",
		"{% include n.html x=\"y\" %} {% unknown %} {{ page.title | slugify }}\n",
	} {
		allocs := func(n int) float64 {
			body := strings.Repeat(unit, n)
			return testing.AllocsPerRun(3, func() {
				o := Options{Generator: site.Jekyll, Jekyll: js}
				if _, ok := runLiquid(&meter{}, body, &o); !ok {
					t.Fatalf("did not run: %q", unit)
				}
			})
		}
		small, large := allocs(50), allocs(100)
		if large > 2.3*small {
			t.Errorf("%q: %v allocations for 50, %v for 100", unit, small, large)
		}
	}
}
