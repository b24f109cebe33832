package config

import (
	"os"
	"path/filepath"
	"testing"
)

// Each generator's own site name becomes Site.Title.
func TestSiteTitle(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, file, text, want string
	}{
		{"pelican", "pelicanconf.py", "SITENAME = 'Lagoon Notes'\nPATH = 'content'\n", "Lagoon Notes"},
		{"pelican without a name", "pelicanconf.py", "PATH = 'content'\n", ""},
		{"hugo toml", "hugo.toml", "title = \"Notes from the Lagoon\"\n", "Notes from the Lagoon"},
		{"hugo yaml", "hugo.yaml", "Title: Lagoon\n", "Lagoon"},
		{"jekyll", "_config.yml", "title: A Jekyll site\n", "A Jekyll site"},
		{"jekyll title not a string", "_config.yml", "title: [a, b]\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, tc.file), []byte(tc.text), 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Detect(dir, "")
			if err != nil {
				t.Fatal(err)
			}
			if s.Title != tc.want {
				t.Errorf("Title = %q, want %q", s.Title, tc.want)
			}
		})
	}
}
