package config

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/folio-blog/folio/site"
)

func TestDetect(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		files     map[string]string
		start     string // relative to the temporary root
		generator site.Generator
		root      string // relative to the temporary root
		settings  string // the site file to read, for Detect's second argument
		why       string // Site.Why, when given
	}{
		{name: "pelican from a nested folder", files: map[string]string{"pelicanconf.py": "PATH = 'content'\n", "content/python/a.md": ""},
			start: "content/python", generator: site.Pelican, root: "."},
		{name: "pelican settings file named", files: map[string]string{"site/publishconf.py": "PATH = 'c'\n", "site/c/a.md": ""},
			start: "site/c", generator: site.Pelican, root: "site", settings: "publishconf.py"},
		{name: "hugo.toml", files: map[string]string{"hugo.toml": "", "content/posts/a.md": ""},
			start: "content/posts", generator: site.Hugo, root: "."},
		{name: "hugo config.yaml with a content folder", files: map[string]string{"config.yaml": "title: x\n", "content/a.md": ""},
			start: "content", generator: site.Hugo, root: "."},
		{name: "config.toml alone is not Hugo", files: map[string]string{"config.toml": "x = 1\n", "a.md": ""},
			start: ".", generator: site.Plain, root: "."},
		{name: "hugo config/_default", files: map[string]string{"config/_default/params.toml": "", "content/a.md": ""},
			start: "content", generator: site.Hugo, root: "."},
		{name: "jekyll", files: map[string]string{"_config.yml": "title: x\n", "_posts/2024-01-01-a.md": ""},
			start: "_posts", generator: site.Jekyll, root: "."},
		{name: "plain folder", files: map[string]string{"notes/a.md": ""},
			start: "notes", generator: site.Plain, root: "notes"},
		{name: ".folio.toml marks a plain root", files: map[string]string{".folio.toml": "", "notes/a.md": ""},
			start: "notes", generator: site.Plain, root: "."},
		// Issue 10, class 2: a Pelican settings file with another name.
		{name: "pelican settings.py named by the Makefile", files: map[string]string{"settings.py": "X = 1\n", "Makefile": "CONFFILE=$(BASEDIR)/settings.py\n", "content/a.md": ""},
			start: "content", generator: site.Pelican, root: ".", why: "settings.py: Makefile runs pelican with settings.py"},
		{name: "pelican settings named by tasks.py", files: map[string]string{"conf.py": "X = 1\n", "tasks.py": "SETTINGS_FILE_BASE = 'conf.py'\n"},
			start: ".", generator: site.Pelican, root: ".", why: "conf.py: tasks.py runs pelican with conf.py"},
		{name: "pelican settings named by fabfile.py", files: map[string]string{"settings.py": "", "fabfile.py": "local('pelican --settings settings.py')\n"},
			start: ".", generator: site.Pelican, root: ".", why: "settings.py: fabfile.py runs pelican with settings.py"},
		{name: "pelican -s in a Makefile wins over pelicanconf.py", files: map[string]string{"pelicanconf.py": "", "site.py": "", "Makefile": "html:\n\tpelican content -s site.py\n"},
			start: ".", generator: site.Pelican, root: ".", why: "site.py: Makefile runs pelican with site.py"},
		{name: "pelican settings.py by its settings", files: map[string]string{"settings.py": "SITENAME = 'x'\nPATH = 'content/'\n", "content/a.rst": ""},
			start: "content", generator: site.Pelican, root: ".", why: "settings.py: settings.py assigns Pelican settings (PATH, SITENAME)"},
		{name: "a python file with one pelican-like key is not settings", files: map[string]string{"setup.py": "AUTHOR = 'x'\n", "a.md": ""},
			start: ".", generator: site.Plain, root: "."},
		// Class 3: every config file name Hugo 0.111 accepts.
		{name: "hugo.yml", files: map[string]string{"hugo.yml": "title: x\n"}, start: ".", generator: site.Hugo, root: "."},
		{name: "hugo.json", files: map[string]string{"hugo.json": "{}\n"}, start: ".", generator: site.Hugo, root: "."},
		{name: "config.yml with a content folder", files: map[string]string{"config.yml": "title: x\n", "content/a.md": ""}, start: "content", generator: site.Hugo, root: "."},
		{name: "config.json with baseURL", files: map[string]string{"config.json": `{"baseURL": "https://x/"}`, "posts/a.md": ""}, start: "posts", generator: site.Hugo, root: "."},
		{name: "config/_default/hugo.yaml", files: map[string]string{"config/_default/hugo.yaml": "title: x\n", "content/a.md": ""}, start: "content", generator: site.Hugo, root: "."},
		{name: "config/_default/config.json", files: map[string]string{"config/_default/config.json": "{}", "content/a.md": ""}, start: "content", generator: site.Hugo, root: "."},
		// Class 7: Jekyll runs without a _config.yml.
		{name: "jekyll without _config.yml", files: map[string]string{"_posts/2024-01-01-a.md": "", "about.md": ""},
			start: "_posts", generator: site.Jekyll, root: ".", why: "a _posts or _drafts folder (Jekyll's defaults, no _config.yml)"},
		{name: "jekyll drafts only", files: map[string]string{"_drafts/a.md": ""}, start: ".", generator: site.Jekyll, root: "."},
		{name: "nearest site wins", files: map[string]string{"pelicanconf.py": "", "docs/_config.yml": "", "docs/_posts/2024-01-01-a.md": ""},
			start: "docs/_posts", generator: site.Jekyll, root: "docs"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base := writeSite(t, tc.files)
			s, err := Detect(filepath.Join(base, tc.start), tc.settings)
			if err != nil {
				t.Fatal(err)
			}
			if s.Generator != tc.generator {
				t.Errorf("generator %s, want %s", s.Generator, tc.generator)
			}
			if want := filepath.Join(base, tc.root); s.Root != want {
				t.Errorf("root %s, want %s", s.Root, want)
			}
			if s.Rules.Generator != site.Generator(tc.generator) {
				t.Errorf("generator %s", s.Rules.Generator)
			}
			if tc.why != "" && s.Why != tc.why {
				t.Errorf("why %q, want %q", s.Why, tc.why)
			}
		})
	}
}

func TestDetectStopsAtRepositoryRoot(t *testing.T) {
	t.Parallel()
	outer := writeSite(t, map[string]string{"pelicanconf.py": "", "repo/.git/HEAD": "", "repo/notes/a.md": ""})
	s, err := Detect(filepath.Join(outer, "repo", "notes"), "")
	if err != nil {
		t.Fatal(err)
	}
	if s.Generator != site.Plain || s.Root != filepath.Join(outer, "repo", "notes") {
		t.Errorf("generator %s root %s; the walk must stop at the repository", s.Generator, s.Root)
	}
}

func TestDetectMalformed(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		want  string // the whole message
	}{
		{name: "hugo toml", files: map[string]string{"hugo.toml": "title = 'x'\ntimeZone = \n"},
			want: "hugo.toml:2: "},
		{name: "jekyll yaml", files: map[string]string{"_config.yml": "title: x\nexclude: [a, b\n"},
			want: "_config.yml:3: "},
		{name: "hugo json", files: map[string]string{"hugo.json": "{\n\"title\": \"x\",\n}\n", "content/a.md": ""},
			want: "hugo.json:3: "},
		{name: "jekyll not a mapping", files: map[string]string{"_config.yml": "- a\n- b\n"},
			want: "_config.yml:1: is not a mapping of settings"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Detect(writeSite(t, tc.files), "")
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v, want a FileError", err)
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error %q, want it to start with %q", err, tc.want)
			}
		})
	}
}

// TestDetectRealSites checks what is detected and read on the bundled
// real sites.
func TestDetectRealSites(t *testing.T) {
	t.Parallel()
	tests := []struct {
		dir       string
		generator site.Generator
		settings  []string // keys read
	}{
		{"../testdata/sites/pelican-leplatrem/content/Dev", site.Pelican, []string{"AUTHOR", "DEFAULT_LANG", "PATH", "SITENAME", "SITEURL", "STATIC_PATHS", "TIMEZONE"}},
		{"../testdata/sites/hugo-jessfraz/content/post", site.Hugo, nil},
		{"../testdata/sites/jekyll-docs/docs/_posts", site.Jekyll, []string{"timezone", "future", "exclude", "defaults", "collections"}},
		{"../examples/blog/content/python", site.Pelican, []string{"AUTHOR", "DEFAULT_LANG", "PATH", "SITENAME", "SITEURL", "STATIC_PATHS", "TIMEZONE"}},
	}
	for _, tc := range tests {
		t.Run(tc.dir, func(t *testing.T) {
			s, err := Detect(tc.dir, "")
			if err != nil {
				t.Fatal(err)
			}
			if s.Generator != tc.generator {
				t.Fatalf("generator %s, want %s", s.Generator, tc.generator)
			}
			var got []string
			for _, st := range s.Settings {
				got = append(got, st.Key)
			}
			if strings.Join(got, ",") != strings.Join(tc.settings, ",") {
				t.Errorf("settings %v, want %v", got, tc.settings)
			}
			if len(s.NotUnderstood) > 0 {
				t.Errorf("not understood: %v", s.NotUnderstood)
			}
		})
	}
}

// TestPlainFolder checks what issue 3 asks of a folder without a
// generator: Pelican's rule that a post's folder is its category, and no
// time zone, so a date without an offset stays as written.
func TestPlainFolder(t *testing.T) {
	t.Parallel()
	root := writeSite(t, map[string]string{
		"python/a.md": "---\ntitle: A\ndate: 2024-03-01 10:00\n---\nBody\n",
		"b.md":        "---\ntitle: B\ndate: 2024-03-01T10:00:00+02:00\ncategories: [set]\n---\nBody\n",
	})
	detected, ps := loadSite(t, root)
	if detected.Generator != site.Plain || detected.Rules.Location != nil {
		t.Fatalf("generator %s location %v, want plain with no time zone", detected.Generator, detected.Rules.Location)
	}
	a, b := post(t, ps, "python/a.md"), post(t, ps, "b.md")
	if !slices.Equal(a.Categories, []string{"python"}) || !slices.Equal(b.Categories, []string{"set"}) {
		t.Errorf("categories %v %v, want [python] from the folder and the file's own [set]", a.Categories, b.Categories)
	}
	if got := a.Date.String(); got != "2024-03-01T10:00:00" {
		t.Errorf("naive date %s, want it kept without an offset", got)
	}
	if got := b.Date.String(); got != "2024-03-01T10:00:00+02:00" {
		t.Errorf("zoned date %s, want its own offset", got)
	}
}
