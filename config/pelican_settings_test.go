package config

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// TestPelicanSettings checks that each Pelican setting changes what
// posts.Load reports, the way Pelican would.
func TestPelicanSettings(t *testing.T) {
	t.Parallel()
	post := func(title, extra string) string {
		return "Title: " + title + "\n" + extra + "\nBody.\n"
	}
	dated := func(title string) string { return post(title, "Date: 2024-03-01 10:00") }
	tests := []struct {
		name  string
		conf  string
		files map[string]string
		check func(t *testing.T, s *Site, ps map[string]*posts.Post)
	}{
		{name: "ARTICLE_PATHS", conf: "ARTICLE_PATHS = ['blog']\n",
			files: map[string]string{"blog/a.md": dated("A"), "notes/b.md": dated("B"), "pages/p.md": post("P", "")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				wantPaths(t, ps, "blog/a.md", "pages/p.md")
			}},
		{name: "PAGE_PATHS", conf: "PAGE_PATHS = ['static-pages']\n",
			files: map[string]string{"static-pages/about.md": post("About", ""), "pages/x.md": dated("X")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if k := ps["static-pages/about.md"].Kind; k != posts.KindPage {
					t.Errorf("about kind %s, want page", k)
				}
				if k := ps["pages/x.md"].Kind; k != posts.KindPost {
					t.Errorf("pages/x.md kind %s, want post once PAGE_PATHS moved", k)
				}
			}},
		{name: "ARTICLE_EXCLUDES", conf: "ARTICLE_EXCLUDES = ['drafts-folder']\n",
			files: map[string]string{"a.md": dated("A"), "drafts-folder/b.md": dated("B")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				wantPaths(t, ps, "a.md")
			}},
		{name: "PAGE_EXCLUDES", conf: "PAGE_EXCLUDES = ['pages/old']\n",
			files: map[string]string{"pages/p.md": post("P", ""), "pages/old/q.md": post("Q", "")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				wantPaths(t, ps, "pages/p.md")
			}},
		{name: "IGNORE_FILES", conf: "IGNORE_FILES = ['*.tmp.md', 'wip']\n",
			files: map[string]string{"a.md": dated("A"), "b.tmp.md": dated("B"), "wip/c.md": dated("C"), ".#d.md": dated("D")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				// The setting replaces Pelican's default ['.#*'], so the
				// lock-file name is read again.
				wantPaths(t, ps, ".#d.md", "a.md")
			}},
		{name: "IGNORE_FILES default", conf: "",
			files: map[string]string{"a.md": dated("A"), ".#lock.md": dated("L")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				wantPaths(t, ps, "a.md")
			}},
		{name: "USE_FOLDER_AS_CATEGORY off", conf: "USE_FOLDER_AS_CATEGORY = False\n",
			files: map[string]string{"python/a.md": dated("A")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["python/a.md"].Categories; !slices.Equal(got, []string{"misc"}) {
					t.Errorf("categories %v, want Pelican's default misc", got)
				}
			}},
		{name: "DEFAULT_CATEGORY", conf: "DEFAULT_CATEGORY = 'general'\n",
			files: map[string]string{"a.md": dated("A"), "python/b.md": dated("B"), "c.md": post("C", "Date: 2024-01-01\nCategory: set")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				for p, want := range map[string]string{"a.md": "general", "python/b.md": "python", "c.md": "set"} {
					if got := ps[p].Categories; !slices.Equal(got, []string{want}) {
						t.Errorf("%s categories %v, want [%s]", p, got, want)
					}
				}
			}},
		{name: "DEFAULT_DATE fs", conf: "DEFAULT_DATE = 'fs'\n",
			files: map[string]string{"a.md": post("A", "")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				// Pelican takes the file time as this machine's wall clock,
				// without a zone (no TIMEZONE here).
				const wall = "2006-01-02T15:04:05.999999999"
				if p := ps["a.md"]; p.Date.HasZone || p.Date.Format(wall) != p.ModTime.In(time.Local).Format(wall) {
					t.Errorf("date %v, want the file time %v as a wall clock", p.Date, p.ModTime)
				}
			}},
		{name: "DEFAULT_DATE tuple", conf: "DEFAULT_DATE = (2020, 5, 17)\n",
			files: map[string]string{"a.md": post("A", "")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["a.md"].Date.String(); got != "2020-05-17T00:00:00" {
					t.Errorf("date %s", got)
				}
			}},
		{name: "DEFAULT_METADATA", conf: "DEFAULT_METADATA = {'status': 'draft', 'Tags': 'x, y'}\n",
			files: map[string]string{"a.md": dated("A"), "b.md": post("B", "Date: 2024-01-01\nStatus: published")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if a := ps["a.md"]; a.Status != posts.StatusDraft || !slices.Equal(a.Tags, []string{"x", "y"}) {
					t.Errorf("a: status %s tags %v, want draft [x y]", a.Status, a.Tags)
				}
				if b := ps["b.md"]; b.Status != posts.StatusPublished {
					t.Errorf("b: status %s; the file's own value wins", b.Status)
				}
			}},
		{name: "FILENAME_METADATA default dates by name", conf: "",
			files: map[string]string{"2019-04-05-hello.md": post("Hello", "")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["2019-04-05-hello.md"].Date.String(); got != "2019-04-05T00:00:00" {
					t.Errorf("date %s", got)
				}
			}},
		{name: "FILENAME_METADATA with slug", conf: "FILENAME_METADATA = r'(?P<date>\\d{4}-\\d{2}-\\d{2})_(?P<slug>.*)'\n",
			files: map[string]string{"2019-04-05_my-name.md": post("Some Title", "")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				p := ps["2019-04-05_my-name.md"]
				if p.Slug != "my-name" || p.Date.String() != "2019-04-05T00:00:00" {
					t.Errorf("slug %q date %s", p.Slug, p.Date)
				}
			}},
		{name: "PATH_METADATA", conf: "PATH_METADATA = r'(?P<lang>[a-z]{2})/.*'\n",
			files: map[string]string{"it/ciao.md": dated("Ciao")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["it/ciao.md"].Lang; got != "it" {
					t.Errorf("lang %q", got)
				}
			}},
		{name: "TIMEZONE", conf: "TIMEZONE = 'America/New_York'\n",
			files: map[string]string{"a.md": dated("A"), "b.md": post("B", "Date: 2024-03-01T10:00:00+02:00")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["a.md"].Date.String(); got != "2024-03-01T10:00:00-05:00" {
					t.Errorf("naive date %s, want it read in New York", got)
				}
				if got := ps["b.md"].Date.String(); got != "2024-03-01T10:00:00+02:00" {
					t.Errorf("zoned date %s, want its own offset kept", got)
				}
			}},
		{name: "AUTHOR", conf: "AUTHOR = 'Site Owner'\n",
			files: map[string]string{"a.md": dated("A"), "b.md": post("B", "Date: 2024-01-01\nAuthor: Guest")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["a.md"].Authors; !slices.Equal(got, []string{"Site Owner"}) {
					t.Errorf("a authors %v", got)
				}
				if got := ps["b.md"].Authors; !slices.Equal(got, []string{"Guest"}) {
					t.Errorf("b authors %v", got)
				}
			}},
		{name: "DEFAULT_LANG", conf: "DEFAULT_LANG = 'fr'\n",
			files: map[string]string{"a.md": dated("A")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["a.md"].Lang; got != "fr" {
					t.Errorf("lang %q", got)
				}
			}},
		{name: "SLUGIFY_SOURCE basename", conf: "SLUGIFY_SOURCE = 'basename'\n",
			files: map[string]string{"My File.md": dated("A Different Title")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["My File.md"].Slug; got != "my-file" {
					t.Errorf("slug %q", got)
				}
			}},
		{name: "SLUG_REGEX_SUBSTITUTIONS", conf: "SLUG_REGEX_SUBSTITUTIONS = [(r'[^\\w\\s-]', ''), (r'\\s+', '_')]\n",
			files: map[string]string{"a.md": dated("Hello World")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if got := ps["a.md"].Slug; got != "hello_world" {
					t.Errorf("slug %q", got)
				}
			}},
		{name: "YAML metadata plugin", conf: "PLUGINS = ['pelican.plugins.yaml_metadata']\n",
			files: map[string]string{"a.md": "---\ntitle: From YAML\ndate: 2024-01-01\ntags: [a, b]\n---\nBody\n"},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if p := ps["a.md"]; p.Format != posts.FormatYAML || p.Title != "From YAML" || !slices.Equal(p.Tags, []string{"a", "b"}) {
					t.Errorf("format %s title %q tags %v", p.Format, p.Title, p.Tags)
				}
			}},
		{name: "code is not understood", conf: "import os\nPATH = os.path.join('a', 'b')\nTIMEZONE = 'Europe/Rome'\n",
			files: map[string]string{"a.md": dated("A")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if len(s.NotUnderstood) != 1 || s.NotUnderstood[0].Key != "PATH" || s.NotUnderstood[0].Line != 3 {
					t.Fatalf("not understood %v, want PATH on line 3", s.NotUnderstood)
				}
				if s.Rules.ContentDir != "" || s.Rules.Location == nil {
					t.Errorf("PATH must stay at its default and TIMEZONE still be read: %+v", s.Rules)
				}
			}},
		{name: "wrong type is not understood", conf: "TIMEZONE = 3\nDEFAULT_CATEGORY = 'x'\n",
			files: map[string]string{"a.md": dated("A")},
			check: func(t *testing.T, s *Site, ps map[string]*posts.Post) {
				if len(s.NotUnderstood) != 1 || !strings.Contains(s.NotUnderstood[0].String(), "TIMEZONE") {
					t.Errorf("not understood %v", s.NotUnderstood)
				}
				for _, st := range s.Settings {
					if st.Key == "TIMEZONE" {
						t.Errorf("TIMEZONE shown as read (%s) as well as not understood", st.Value)
					}
				}
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Every case's files are in PATH = 'content'; the check sees
			// them by their path in it.
			files := map[string]string{"pelicanconf.py": "PATH = 'content'\n" + tc.conf}
			for name, content := range tc.files {
				files["content/"+name] = content
			}
			detected, ps := loadSite(t, writeSite(t, files))
			if detected.Generator != site.Pelican {
				t.Fatalf("generator %s", detected.Generator)
			}
			rel := map[string]*posts.Post{}
			for p, post := range ps {
				rel[strings.TrimPrefix(p, "content/")] = post
			}
			tc.check(t, detected, rel)
		})
	}
}

// TestPelicanPath checks that PATH moves the content folder: files
// outside it are not read, and a post at its top has the default
// category rather than its folder's.
func TestPelicanPath(t *testing.T) {
	t.Parallel()
	root := writeSite(t, map[string]string{"pelicanconf.py": "PATH = 'src'\n",
		"src/a.md": "Title: A\nDate: 2024-03-01\n", "other/b.md": "Title: B\nDate: 2024-03-01\n"})
	detected, ps := loadSite(t, root)
	if detected.Rules.ContentDir != "src" {
		t.Errorf("content dir %q, want src", detected.Rules.ContentDir)
	}
	wantPaths(t, ps, "src/a.md")
	if got := post(t, ps, "src/a.md").Categories; !slices.Equal(got, []string{"misc"}) {
		t.Errorf("categories %v, want the default misc, not the folder", got)
	}
}

// TestPelicanStarImport reads publishconf.py the way Python would: the
// settings of "from pelicanconf import *", then its own.
func TestPelicanStarImport(t *testing.T) {
	t.Parallel()
	root := writeSite(t, map[string]string{
		"pelicanconf.py": "PATH = 'content'\nTIMEZONE = 'Europe/Rome'\nAUTHOR = 'Dev'\n",
		"publishconf.py": "import os\nimport sys\nsys.path.append(os.curdir)\nfrom pelicanconf import *\n\nAUTHOR = 'Published'\n",
		"loop.py":        "from loop import *\n",
		"content/a.md":   "Title: A\nDate: 2024-01-01\n",
	})
	s, err := Detect(root, "publishconf.py")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(s.Files, []string{"publishconf.py", "pelicanconf.py"}) {
		t.Errorf("files %v", s.Files)
	}
	if s.Rules.Author != "Published" || s.Rules.ContentDir != "content" || s.Rules.Location.String() != "Europe/Rome" {
		t.Errorf("author %q content %q zone %v", s.Rules.Author, s.Rules.ContentDir, s.Rules.Location)
	}
	for _, st := range s.Settings {
		if st.Key == "TIMEZONE" && (st.File != "pelicanconf.py" || st.Line != 2) {
			t.Errorf("TIMEZONE recorded at %s:%d", st.File, st.Line)
		}
	}
	s, err = Detect(root, "loop.py")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.NotUnderstood) != 1 || !strings.Contains(s.NotUnderstood[0].Msg, "loop.py not read") {
		t.Errorf("not understood %v", s.NotUnderstood)
	}
}
