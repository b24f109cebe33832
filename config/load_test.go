package config

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// loadWith writes a user file and a site (with its .folio.toml) and loads
// the configuration with env and flags.
func loadWith(t *testing.T, user string, files map[string]string, env map[string]string, flags map[string]string) (*Config, string, error) {
	t.Helper()
	root := writeSite(t, files)
	userFile := filepath.Join(t.TempDir(), "folio", "config.toml")
	if user != "" {
		if err := os.MkdirAll(filepath.Dir(userFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(userFile, []byte(user), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	getenv := func(k string) string { return env[k] }
	c, err := Load(LoadOptions{Dir: root, Getenv: getenv, Flags: flags, UserFile: userFile})
	return c, root, err
}

// TestLoadSettings reads each setting from a file and checks its value
// and source.
func TestLoadSettings(t *testing.T) {
	t.Parallel()
	styleDir := t.TempDir()
	styleFile := filepath.Join(styleDir, "mine.json")
	if err := os.WriteFile(styleFile, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		user  string
		key   string
		check func(c *Config) bool
		want  string // Value(key)
	}{
		{"content_dir", `content_dir = "posts/"`, KeyContentDir, func(c *Config) bool { return c.PostsOptions().Rules.ContentDir == "posts" }, "posts"},
		{"author", `author = "Ada"`, KeyAuthor, func(c *Config) bool { return c.Author == "Ada" }, "Ada"},
		{"new_post_format", `new_post_format = "YAML"`, KeyNewPostFormat, func(c *Config) bool { return c.NewPostFormat == posts.FormatYAML }, "yaml"},
		{"new_post_path", `new_post_path = "notes/{year}/{slug}.md"`, KeyNewPostPath, nil, "notes/{year}/{slug}.md"},
		{"date_format", `date_format = "2 Jan 2006"`, KeyDateFormat, nil, "2 Jan 2006"},
		{"sort", `sort = "title"`, KeySort, func(c *Config) bool { return c.Sort == posts.SortTitle && !c.SortReverse }, "title"},
		{"sort reversed", `sort = "-modified"`, KeySort, func(c *Config) bool { return c.Sort == posts.SortModified && c.SortReverse }, "-modified"},
		{"style name", `style = "Dark"`, KeyStyle, nil, "dark"},
		{"style file", `style = "` + styleFile + `"`, KeyStyle, nil, styleFile},
		{"editor", `editor = "code --wait"`, KeyEditor, nil, "code --wait"},
		{"show_drafts", `show_drafts = false`, KeyShowDrafts, func(c *Config) bool { return !c.ShowDrafts }, "false"},
		{"site_file", `site_file = "publishconf.py"`, KeySiteFile, nil, "publishconf.py"},
		{"width", `width = 100`, KeyWidth, func(c *Config) bool { return c.Width == 100 }, "100"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, _, err := loadWith(t, tc.user+"\n", map[string]string{"a.md": ""}, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Value(tc.key); got != tc.want {
				t.Errorf("%s = %q, want %q", tc.key, got, tc.want)
			}
			if tc.check != nil && !tc.check(c) {
				t.Errorf("typed value wrong: %+v", c)
			}
			if src := c.Sources[tc.key]; src.Kind != FromUserFile || !strings.HasSuffix(src.Where, "config.toml:1") {
				t.Errorf("source %v", src)
			}
			if len(c.Warnings) > 0 {
				t.Errorf("warnings %v", c.Warnings)
			}
		})
	}
}

func TestLoadDefaults(t *testing.T) {
	t.Parallel()
	c, _, err := loadWith(t, "", map[string]string{"pelicanconf.py": "AUTHOR = 'Owner'\nPATH = 'content'\n", "content/a.md": ""}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{KeyContentDir: "", KeyAuthor: "Owner", KeyNewPostFormat: "pelican",
		KeyNewPostPath: "content/{category}/{slug}.md", KeyDateFormat: "2006-01-02", KeySort: "date",
		KeyStyle: "auto", KeyEditor: "", KeyShowDrafts: "true", KeySiteFile: ""}
	for k, v := range want {
		if got := c.Value(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	if src := c.Sources[KeyAuthor]; src.Kind != FromSite || src.Where != "pelicanconf.py" {
		t.Errorf("author source %v", src)
	}
	if src := c.Sources[KeySort]; src.Kind != FromDefault {
		t.Errorf("sort source %v", src)
	}
}

// TestLoadLayers checks that later layers win: user file, site file,
// environment, flags.
func TestLoadLayers(t *testing.T) {
	t.Parallel()
	user := "sort = \"title\"\nauthor = \"User\"\neditor = \"vi\"\nstyle = \"light\"\n"
	site := map[string]string{".folio.toml": "author = \"Site\"\nstyle = \"dark\"\n", "a.md": ""}
	env := map[string]string{"FOLIO_EDITOR": "emacs", "FOLIO_STYLE": "auto", "VISUAL": "ignored"}
	flags := map[string]string{KeyStyle: "light"}
	c, _, err := loadWith(t, user, site, env, flags)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key, value string
		kind       SourceKind
		where      string
	}{
		{KeySort, "title", FromUserFile, "config.toml:1"},
		{KeyAuthor, "Site", FromSiteFile, ".folio.toml:1"},
		{KeyEditor, "ignored", FromEnv, "VISUAL"}, // $VISUAL wins over folio's own editor setting
		{KeyStyle, "light", FromFlag, "--style"},
		{KeyDateFormat, "2006-01-02", FromDefault, ""},
	}
	for _, tc := range tests {
		if got := c.Value(tc.key); got != tc.value {
			t.Errorf("%s = %q, want %q", tc.key, got, tc.value)
		}
		if src := c.Sources[tc.key]; src.Kind != tc.kind || !strings.HasSuffix(src.Where, tc.where) {
			t.Errorf("%s source %v, want %s %s", tc.key, src, tc.kind, tc.where)
		}
	}
}

func TestLoadEditorFromEnvironment(t *testing.T) {
	t.Parallel()
	c, _, err := loadWith(t, "", map[string]string{"a.md": ""}, map[string]string{"EDITOR": "ed", "VISUAL": "vim"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Editor != "vim" || c.Sources[KeyEditor].Where != "VISUAL" {
		t.Errorf("editor %q from %v, want vim from VISUAL", c.Editor, c.Sources[KeyEditor])
	}
}

func TestLoadJekyllShowDrafts(t *testing.T) {
	t.Parallel()
	c, _, err := loadWith(t, "", map[string]string{"_config.yml": "show_drafts: false\n"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.ShowDrafts || c.Sources[KeyShowDrafts].Kind != FromSite {
		t.Errorf("show_drafts %v from %v", c.ShowDrafts, c.Sources[KeyShowDrafts])
	}
	c, _, err = loadWith(t, "show_drafts = true\n", map[string]string{"_config.yml": "show_drafts: false\n"}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !c.ShowDrafts {
		t.Error("the user file must win over the site's show_drafts")
	}
}

func TestLoadSiteFileSetting(t *testing.T) {
	t.Parallel()
	files := map[string]string{".folio.toml": "site_file = \"publishconf.py\"\n", "publishconf.py": "PATH = 'posts'\n", "posts/a.md": ""}
	c, _, err := loadWith(t, "", files, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Site.Generator != site.Pelican || c.Site.Rules.ContentDir != "posts" {
		t.Errorf("generator %s content %q", c.Site.Generator, c.Site.Rules.ContentDir)
	}
}

// TestLoadErrors checks that a bad file or value stops folio with one
// message naming file, line and key.
func TestLoadErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		user  string
		site  string
		env   map[string]string
		flags map[string]string
		want  string
	}{
		{name: "syntax", user: "sort = \"date\"\nauthor = \n", want: "config.toml:2"},
		{name: "wrong type", user: "\nshow_drafts = \"maybe\"\n", want: "config.toml:2: show_drafts: \"maybe\" is not true or false"},
		{name: "table for a string", user: "[editor]\ncmd = \"vi\"\n", want: "config.toml:1: editor: is a table, not a string"},
		{name: "number for a string", user: "author = 3\n", want: "config.toml:1: author: is a number, not a string"},
		{name: "number for the sort order", user: "sort = 5\n", want: "config.toml:1: sort: is a number, not a string"},
		{name: "string for a boolean", user: "show_drafts = [true]\n", want: "config.toml:1: show_drafts: is a list, not true or false"},
		{name: "bad sort", site: "sort = \"random\"\n", want: ".folio.toml:1: sort: \"random\" is not an order"},
		{name: "bad format", user: "new_post_format = \"asciidoc\"\n", want: "new_post_format: \"asciidoc\" is not a format"},
		{name: "bad path pattern", user: "new_post_path = \"../{slug}.md\"\n", want: "new_post_path: path pattern"},
		{name: "bad date format", user: "date_format = \"yyyy-mm-dd\"\n", want: "date_format: \"yyyy-mm-dd\" is not a Go date layout"},
		{name: "narrow width", user: "width = 5\n", want: "config.toml:1: width: 5 is not a reading width between 20 and 1000 columns"},
		{name: "text width", user: "width = \"wide\"\n", want: `width: "wide" is not a number of columns`},
		{name: "bad style", user: "style = \"solarized\"\n", want: "style: \"solarized\" is not auto, dark, light or a .json style file"},
		{name: "content dir outside", user: "content_dir = \"../x\"\n", want: "content_dir: \"../x\" is not a folder inside the site"},
		{name: "bad env", env: map[string]string{"FOLIO_SHOW_DRAFTS": "perhaps"}, want: "FOLIO_SHOW_DRAFTS: \"perhaps\" is not true or false"},
		{name: "bad flag", flags: map[string]string{KeySort: "size"}, want: "--sort: \"size\" is not an order"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"a.md": ""}
			if tc.site != "" {
				files[".folio.toml"] = tc.site
			}
			_, _, err := loadWith(t, tc.user, files, tc.env, tc.flags)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to contain %q", err, tc.want)
			}
			if tc.user != "" || tc.site != "" {
				var fe *FileError
				if !errors.As(err, &fe) || fe.Line == 0 {
					t.Errorf("error %#v, want a FileError with a line", err)
				}
			}
		})
	}
}

func TestLoadUnknownKeyWarns(t *testing.T) {
	t.Parallel()
	c, _, err := loadWith(t, "sort = \"title\"\ncolour = \"red\"\n", map[string]string{"a.md": ""}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Warnings) != 1 || !strings.Contains(c.Warnings[0], "config.toml:2: colour: unknown setting") {
		t.Errorf("warnings %v", c.Warnings)
	}
	if c.Sort != posts.SortTitle {
		t.Error("known settings must still apply")
	}
}

func TestLoadMissingStyleFileWarns(t *testing.T) {
	t.Parallel()
	c, _, err := loadWith(t, "style = \"nope.json\"\n", map[string]string{"a.md": ""}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Style != "auto" || len(c.Warnings) != 1 || !strings.Contains(c.Warnings[0], "nope.json") {
		t.Errorf("style %q warnings %v", c.Style, c.Warnings)
	}
}

func TestEnsureUserFile(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "folio", "config.toml")
	created, err := EnsureUserFile(file)
	if err != nil || !created {
		t.Fatalf("created %v, %v", created, err)
	}
	if err := os.WriteFile(file, []byte("author = \"Mine\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	created, err = EnsureUserFile(file)
	if err != nil || created {
		t.Fatalf("second call: created %v, %v", created, err)
	}
	if data, _ := os.ReadFile(file); string(data) != "author = \"Mine\"\n" {
		t.Errorf("an existing file was overwritten: %q", data)
	}
}

// TestTemplateParses checks that the template, uncommented, is a valid
// configuration: every example it shows is accepted.
func TestTemplateParses(t *testing.T) {
	t.Parallel()
	var lines []string
	for _, l := range strings.Split(string(Template), "\n") {
		if strings.HasPrefix(l, "# ") && strings.Contains(l, " = ") {
			l = strings.TrimPrefix(l, "# ")
		}
		lines = append(lines, l)
	}
	c, _, err := loadWith(t, strings.Join(lines, "\n"), map[string]string{"a.md": ""}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Warnings) > 0 {
		t.Errorf("warnings %v", c.Warnings)
	}
	for _, k := range Keys {
		if c.Sources[k].Kind != FromUserFile {
			t.Errorf("the template does not show %s", k)
		}
	}
}

// TestContentDirOverride checks that content_dir moves where posts are
// read, keeping the generator's excludes only inside its own folder.
func TestContentDirOverride(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"pelicanconf.py":         "PATH = 'content'\nIGNORE_FILES = ['*.tmp.md']\n",
		"content/a.md":           "Title: A\nDate: 2024-01-01\n",
		"content/sub/b.md":       "Title: B\nDate: 2024-01-01\n",
		"content/sub/c.tmp.md":   "Title: C\nDate: 2024-01-01\n",
		"elsewhere/d.md":         "Title: D\nDate: 2024-01-01\n",
		"elsewhere/e.tmp.md":     "Title: E\nDate: 2024-01-01\n",
		".folio.toml":            "",
		"content/pages/about.md": "Title: About\n",
	}
	for _, tc := range []struct {
		dir  string
		want []string
	}{
		{"content/sub", []string{"content/sub/b.md"}},
		{"elsewhere", []string{"elsewhere/d.md", "elsewhere/e.tmp.md"}},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			files[".folio.toml"] = "content_dir = \"" + tc.dir + "\"\n"
			c, root, err := loadWith(t, "", files, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			ps, _, err := posts.Load(t.Context(), os.DirFS(root), c.PostsOptions())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range ps {
				got = append(got, p.Path)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("posts %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSiteFileCannotSetAProgram: a cloned site's .folio.toml must not
// choose the program folio runs. Its editor is ignored, with a warning
// naming file, line and key, whatever else is set; the user's own file,
// the environment and flags still set it.
func TestSiteFileCannotSetAProgram(t *testing.T) {
	t.Parallel()
	site := map[string]string{".folio.toml": "author = \"Site\"\neditor = \"sh -c 'touch pwned'\"\n", "a.md": ""}
	cases := []struct {
		name       string
		user       string
		env, flags map[string]string
		editor     string
		kind       SourceKind
	}{
		{"nothing else set", "", nil, nil, "", FromDefault},
		{"user file", "editor = \"vi\"\n", nil, nil, "vi", FromUserFile},
		{"environment", "", map[string]string{"FOLIO_EDITOR": "nano"}, nil, "nano", FromEnv},
		{"flag", "", nil, map[string]string{KeyEditor: "ed"}, "ed", FromFlag},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, _, err := loadWith(t, tc.user, site, tc.env, tc.flags)
			if err != nil {
				t.Fatal(err)
			}
			if c.Editor != tc.editor || c.Sources[KeyEditor].Kind != tc.kind {
				t.Errorf("editor %q from %v, want %q from %s", c.Editor, c.Sources[KeyEditor], tc.editor, tc.kind)
			}
			if c.Author != "Site" {
				t.Errorf("author %q: the site's other settings must still apply", c.Author)
			}
			want := ".folio.toml:2: editor: ignored: a setting that runs a program is taken only from your own settings file, the environment or a flag, never from a site's files"
			if len(c.Ignored) != 1 || !strings.HasSuffix(c.Ignored[0].String(), want) {
				t.Errorf("ignored %v, want %q", c.Ignored, want)
			}
			if len(c.Warnings) != 1 || !strings.HasSuffix(c.Warnings[0], want) {
				t.Errorf("warnings %v", c.Warnings)
			}
		})
	}
}
