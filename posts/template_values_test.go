package posts

import (
	"maps"
	"testing"

	"github.com/folio-blog/folio/site"
)

// TestFrontMatterValues checks the values {{ page.x }} shows, kept from
// the front matter's parse.
func TestFrontMatterValues(t *testing.T) {
	t.Parallel()
	jekyll := Options{Rules: Rules{Generator: site.Jekyll}, KeepBody: true}
	hugo := Options{Rules: Rules{Generator: site.Hugo}, KeepBody: true}
	plain := Options{KeepBody: true}
	tests := []struct {
		name string
		path string
		src  string
		opts Options
		want map[string]string
	}{
		{"yaml front matter", "_posts/2024-01-01-a.md",
			"---\ntitle: A\nimage: /i.png\nNested:\n  Key: v\ntags: [x, y]\ndate: 2024-01-02\ncount: 3\ndraft: false\n---\nbody {{ page.image }}\n",
			jekyll, map[string]string{"title": "A", "image": "/i.png", "nested.key": "v", "count": "3", "draft": "false"}},
		{"toml front matter", "content/b.md",
			"+++\ntitle = 'B'\nversion = 3\ndate = 2024-01-02\n[params]\nratio = 1.5\n+++\nbody\n",
			hugo, map[string]string{"title": "B", "version": "3", "params.ratio": "1.5"}},
		{"as written, not as normalized", "content/c.md",
			"---\ntitle: '  Spaced  '\nsummary: '*bold*'\n---\n",
			hugo, map[string]string{"title": "  Spaced  ", "summary": "*bold*"}},
		{"the last of a duplicate key", "content/d.md",
			"---\nx: 1\nx: 2\n---\n",
			hugo, map[string]string{"x": "2"}},
		{"front matter that does not parse", "content/e.md",
			"---\ntitle: [\n---\n",
			hugo, map[string]string{}},
		{"no front matter", "notes/f.md", "just text\n", plain, nil},
		{"a Pelican header", "notes/g.md", "Title: G\nImage: i.png\n\nbody\n", plain, nil},
		{"not kept without the body", "content/h.md", "---\ntitle: H\n---\n",
			Options{Rules: Rules{Generator: site.Hugo}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Parse(tc.path, []byte(tc.src), tc.opts).FrontMatter
			if (got == nil) != (tc.want == nil) || !maps.Equal(got, tc.want) {
				t.Errorf("front matter values %#v, want %#v", got, tc.want)
			}
		})
	}
}

// TestTemplateValuesBounds checks that only a few levels are named and
// that a huge tree is cut short.
func TestTemplateValuesBounds(t *testing.T) {
	t.Parallel()
	deep := map[string]any{"a": map[string]any{"b": map[string]any{"c": map[string]any{"d": "four", "e": map[string]any{"f": "five"}}}}}
	if got := TemplateValues(deep); !maps.Equal(got, map[string]string{"a.b.c.d": "four"}) {
		t.Errorf("deep tree: %v", got)
	}
	wide := map[string]any{}
	for i := range 3 * maxTemplateValues {
		wide[string(rune('a'+i%26))+string(rune(0x4e00+i))] = "v"
	}
	if n := len(TemplateValues(wide)); n > maxTemplateValues+1 {
		t.Errorf("%d values kept of a tree of %d", n, len(wide))
	}
}
