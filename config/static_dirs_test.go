package config

import (
	"slices"
	"testing"

	"github.com/folio-blog/folio/posts"
)

func TestStaticDirs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		want  []posts.StaticDir
	}{
		{"pelican default", map[string]string{"pelicanconf.py": "PATH = 'content'\n"},
			[]posts.StaticDir{{Dir: "content/images", URL: "/images/"}}},
		{"pelican STATIC_PATHS", map[string]string{"pelicanconf.py": "PATH = 'content'\nSTATIC_PATHS = ['img', 'extra/CNAME']\n"},
			[]posts.StaticDir{{Dir: "content/img", URL: "/img/"}, {Dir: "content/extra/CNAME", URL: "/extra/CNAME/"}}},
		{"hugo default and theme", map[string]string{"hugo.toml": "theme = 'ananke'\n"},
			[]posts.StaticDir{{Dir: "static", URL: "/"}, {Dir: "themes/ananke/static", URL: "/"}}},
		{"hugo staticDir list", map[string]string{"hugo.toml": "staticDir = ['s1', 's2']\n"},
			[]posts.StaticDir{{Dir: "s1", URL: "/"}, {Dir: "s2", URL: "/"}}},
		{"jekyll source", map[string]string{"_config.yml": "source: site\n"},
			[]posts.StaticDir{{Dir: "site", URL: "/"}}},
		{"plain", map[string]string{"a.md": "# a\n"}, []posts.StaticDir{{Dir: "", URL: "/"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s, err := Detect(writeSite(t, tc.files), "")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(s.StaticDirs, tc.want) {
				t.Errorf("StaticDirs = %+v, want %+v", s.StaticDirs, tc.want)
			}
		})
	}
}

func TestDefinitionTermIDs(t *testing.T) {
	t.Parallel()
	for conf, want := range map[string]bool{
		"[markup.goldmark.parser]\nautoDefinitionTermID = true\n": true,
		"[markup.goldmark.parser]\nautoHeadingID = true\n":        false,
		"title = 'x'\n": false,
	} {
		s, err := Detect(writeSite(t, map[string]string{"hugo.toml": conf}), "")
		if err != nil {
			t.Fatal(err)
		}
		if s.DefinitionTermIDs != want {
			t.Errorf("%q: DefinitionTermIDs = %v, want %v", conf, s.DefinitionTermIDs, want)
		}
	}
}
