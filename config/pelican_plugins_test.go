package config

import (
	"slices"
	"testing"

	"github.com/folio-blog/folio/posts"
)

// TestPelicanYAMLReaderPlugins checks that a Pelican site whose YAML
// header reader is named in PLUGINS under any of its names, or installed
// as a namespace plugin while PLUGINS is not set, has its "---" headers
// read as YAML, as the plugin does (issue 21, class 10: the headers were
// read as Markdown metadata, quotes and all, and the quoted dates were
// not dates).
func TestPelicanYAMLReaderPlugins(t *testing.T) {
	t.Parallel()
	post := "---\ntitle: \"Expressions, Equations, and Formulae\"\nauthor: \"R (Chandra) Chandrasekhar\"\ndate: \"2025-02-10\"\ntags:\n  - algebra\n  - equations\n---\n\nBody.\n"
	tests := []struct {
		name  string
		files map[string]string
		yaml  bool
	}{
		{"no plugin: Markdown metadata", map[string]string{"pelicanconf.py": "PATH = 'content'\n"}, false},
		{"yaml_metadata", map[string]string{"pelicanconf.py": "PATH = 'content'\nPLUGINS = ['yaml_metadata']\n"}, true},
		{"pelican.plugins.yaml_metadata", map[string]string{"pelicanconf.py": "PATH = 'content'\nPLUGINS = ['pelican.plugins.yaml_metadata']\n"}, true},
		{"a folder in PLUGIN_PATHS", map[string]string{"pelicanconf.py": "PATH = 'content'\nPLUGINS = ['pelican-yaml-metadata']\n"}, true},
		{"pandoc_reader", map[string]string{"pelicanconf.py": "PATH = 'content'\nPLUGIN_PATHS = ['plugins']\nPLUGINS = ['pandoc_reader', 'neighbors']\n"}, true},
		{"pelican.plugins.myst_reader", map[string]string{"pelicanconf.py": "PATH = 'content'\nPLUGINS = ['pelican.plugins.myst_reader']\n"}, true},
		{"md_yaml", map[string]string{"pelicanconf.py": "PATH = 'content'\nPLUGINS = ['md_yaml']\n"}, true},
		{"installed by Pipfile, PLUGINS not set (kleinbottle/swanlotus)", map[string]string{"pelicanconf.py": "PATH = 'content'\n",
			"Pipfile": "[packages]\npelican = \"*\"\npelican-pandoc-reader = \"*\"\n"}, true},
		{"installed by pyproject.toml", map[string]string{"pelicanconf.py": "PATH = 'content'\n",
			"pyproject.toml": "[project]\ndependencies = [\n    \"pelican>=4.9\",\n    \"pelican-yaml-metadata>=2.1.2\",\n]\n"}, true},
		{"installed by requirements.txt, PLUGINS = None", map[string]string{"pelicanconf.py": "PATH = 'content'\nPLUGINS = None\n",
			"requirements.txt": "pelican==4.9.1\npelican_myst_reader  # MyST\n"}, true},
		{"installed, but PLUGINS leaves it out", map[string]string{"pelicanconf.py": "PATH = 'content'\nPLUGINS = ['sitemap']\n",
			"requirements.txt": "pelican-yaml-metadata\n"}, false},
		{"a commented-out package", map[string]string{"pelicanconf.py": "PATH = 'content'\n", "requirements.txt": "# pelican-yaml-metadata\n"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.files["content/a.md"] = post
			_, ps := loadSite(t, writeSite(t, tc.files))
			p := ps["content/a.md"]
			if p == nil {
				t.Fatal("content/a.md not listed")
			}
			if !tc.yaml {
				if p.Format != posts.FormatPelican || p.Title != `"Expressions, Equations, and Formulae"` {
					t.Errorf("without a plugin Pelican reads Markdown metadata; got format %s title %q", p.Format, p.Title)
				}
				return
			}
			if p.Format != posts.FormatYAML || p.Title != "Expressions, Equations, and Formulae" || p.Date.IsZero() ||
				len(p.Authors) != 1 || p.Authors[0] != "R (Chandra) Chandrasekhar" || len(p.Tags) != 2 || p.HasWarnings() {
				t.Errorf("format %s title %q date %v authors %q tags %q warnings %v", p.Format, p.Title, p.Date, p.Authors, p.Tags, p.Warnings)
			}
		})
	}
}

// TestPelicanHTMLReader checks that a Pelican site's .html and .htm files
// are read by Pelican's HTML reader rules, unless READERS turns the
// reader off (issue 21, class 2).
func TestPelicanHTMLReader(t *testing.T) {
	t.Parallel()
	page := "<html>\n<head>\n  <title>Caf&eacute; &amp; Co</title>\n  <meta name=\"date\" content=\"2017-01-08 10:00\" />\n" +
		"  <meta name=\"keywords\" content=\"html, reader\" />\n  <meta name=\"tags\" content=\"third\" />\n  <meta content=\"no name\" />\n" +
		"</head>\n<body>\n<p>Body <b>text</b>.</p>\n</body>\n</html>\n"
	for _, tc := range []struct {
		name, conf string
		read       bool
	}{
		{"read", "PATH = 'content'\n", true},
		{"READERS turns html off", "PATH = 'content'\nREADERS = {'html': None}\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, ps := loadSite(t, writeSite(t, map[string]string{"pelicanconf.py": tc.conf, "content/a.html": page, "content/b.htm": page}))
			p := ps["content/a.html"]
			if !tc.read {
				// Only the "html" extension is turned off; Pelican's HTML
				// reader still takes .htm.
				if p != nil || ps["content/b.htm"] == nil {
					t.Fatalf("READERS = {'html': None}: want b.htm only, got %v", ps)
				}
				return
			}
			if p == nil || ps["content/b.htm"] == nil {
				t.Fatalf("not listed: %v", ps)
			}
			if p.Format != posts.FormatHTML || p.Title != "Café & Co" || p.Date.IsZero() ||
				len(p.Tags) != 2 || p.Tags[0] != "html, reader" || p.Tags[1] != "third" || p.Slug != "cafe-co" {
				t.Errorf("format %s title %q date %v tags %q slug %q", p.Format, p.Title, p.Date, p.Tags, p.Slug)
			}
		})
	}
}

// TestPelicanYAMLTermsString checks a YAML header's tags written as one
// string: yaml_metadata makes it one tag (its _to_list wraps a string),
// pandoc-reader hands it to Pelican, which splits it at commas (from the
// plugins' source: pelican-plugins/yaml-metadata yaml_metadata.py,
// pandoc-reader's _process_metadata).
func TestPelicanYAMLTermsString(t *testing.T) {
	t.Parallel()
	post := "---\ntitle: T\ndate: 2024-01-01\ntags: a, b\nauthors: Ann, Bob\n---\nBody\n"
	for _, tc := range []struct {
		plugin        string
		tags, authors []string
	}{
		{"yaml_metadata", []string{"a, b"}, []string{"Ann, Bob"}},
		{"pandoc_reader", []string{"a", "b"}, []string{"Ann", "Bob"}},
	} {
		t.Run(tc.plugin, func(t *testing.T) {
			t.Parallel()
			_, ps := loadSite(t, writeSite(t, map[string]string{"pelicanconf.py": "PATH = 'content'\nPLUGINS = ['" + tc.plugin + "']\n", "content/a.md": post}))
			p := ps["content/a.md"]
			if !slices.Equal(p.Tags, tc.tags) || !slices.Equal(p.Authors, tc.authors) {
				t.Errorf("tags %q authors %q, want %q %q", p.Tags, p.Authors, tc.tags, tc.authors)
			}
		})
	}
}
