package config

import (
	"maps"
	"testing"
)

// TestSiteValues checks the values {{ site.x }} and Hugo's param show, for
// every form of settings Detect reads.
func TestSiteValues(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		want  map[string]string
	}{
		{"jekyll _config.yml",
			map[string]string{"_config.yml": "title: My Site\nAuthor:\n  Name: Ada\nexclude: [a, b]\nfuture: false\nlimit: 10\nwhen: 2024-01-02\n"},
			map[string]string{"title": "My Site", "author.name": "Ada", "future": "false", "limit": "10"}},
		{"jekyll _config.yaml",
			map[string]string{"_config.yaml": "title: Other\n"},
			map[string]string{"title": "Other"}},
		{"jekyll without settings",
			map[string]string{"_posts/2024-01-01-a.md": frontMatter("title: A")},
			map[string]string{}},
		{"hugo.toml, params also by their bare names",
			map[string]string{"hugo.toml": "baseURL = 'https://x.y/'\ntitle = 'H'\n[params]\nversion = '1.2'\ntitle = 'not the title'\n[params.Social]\ngithub = 'ada'\n"},
			map[string]string{"baseurl": "https://x.y/", "title": "H", "params.version": "1.2", "version": "1.2",
				"params.title": "not the title", "params.social.github": "ada", "social.github": "ada"}},
		{"hugo.json",
			map[string]string{"hugo.json": `{"title": "J", "params": {"product": "Kubernetes", "n": 3}}`},
			map[string]string{"title": "J", "params.product": "Kubernetes", "product": "Kubernetes", "params.n": "3", "n": "3"}},
		{"config.json",
			map[string]string{"config.json": `{"title": "C", "baseURL": "/"}`, "content/a.md": frontMatter("title: A")},
			map[string]string{"title": "C", "baseurl": "/"}},
		{"hugo.yaml before config.toml",
			map[string]string{"hugo.yaml": "title: Y\n", "config.toml": "title = 'T'\n"},
			map[string]string{"title": "Y"}},
		{"params in config/_default/params.toml",
			map[string]string{"config/_default/hugo.toml": "title = 'D'\n", "config/_default/params.toml": "version = '2.0'\n[author]\nname = 'Ada'\n"},
			map[string]string{"title": "D", "params.version": "2.0", "version": "2.0", "params.author.name": "Ada", "author.name": "Ada"}},
		{"params in config/_default/ beside a root hugo.toml",
			map[string]string{"hugo.toml": "title = 'R'\n[params]\na = 'root'\n", "config/_default/params.yaml": "b: default\n"},
			map[string]string{"title": "R", "params.a": "root", "a": "root", "params.b": "default", "b": "default"}},
		{"a few levels deep",
			map[string]string{"hugo.toml": "[a.b.c]\nd = 'four'\n[a.b.c.d2]\ne = 'five'\n"},
			map[string]string{"a.b.c.d": "four"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Detect(writeSite(t, tc.files), "")
			if err != nil {
				t.Fatal(err)
			}
			if !maps.Equal(s.Values, tc.want) {
				t.Errorf("values %v\nwant %v", s.Values, tc.want)
			}
		})
	}
}

// TestSiteValuesOnlyForTemplates checks that sites whose generator runs
// no template over posts have none.
func TestSiteValuesOnlyForTemplates(t *testing.T) {
	t.Parallel()
	for name, files := range map[string]map[string]string{
		"pelican": {"pelicanconf.py": "SITENAME = 'P'\n"},
		"plain":   {"notes/a.md": "# A\n"},
	} {
		s, err := Detect(writeSite(t, files), "")
		if err != nil {
			t.Fatal(err)
		}
		if s.Values != nil {
			t.Errorf("%s: values %v, want none", name, s.Values)
		}
	}
}
