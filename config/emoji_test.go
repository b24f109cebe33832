package config

import "testing"

// TestEmoji checks each generator's own way of turning on emoji
// shortcodes is read, and that a site without it gets none.
func TestEmoji(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		want  bool
	}{
		{"hugo on", map[string]string{"hugo.toml": "enableEmoji = true\n"}, true},
		{"hugo yaml on", map[string]string{"hugo.yaml": "enableemoji: true\n"}, true},
		{"hugo off", map[string]string{"hugo.toml": "title = 'x'\n"}, false},
		{"jekyll plugins", map[string]string{"_config.yml": "plugins:\n  - jekyll-feed\n  - jemoji\n"}, true},
		{"jekyll gems", map[string]string{"_config.yml": "gems: [jemoji]\n"}, true},
		{"jekyll other plugins", map[string]string{"_config.yml": "plugins: [jekyll-feed]\n"}, false},
		{"pelican pymdownx", map[string]string{"pelicanconf.py": "MARKDOWN = {'extension_configs': {'pymdownx.emoji': {}}}\n"}, true},
		{"pelican extensions list", map[string]string{"pelicanconf.py": "MARKDOWN = {'extensions': ['markdown.extensions.toc', 'markdown_emoji']}\n"}, true},
		{"pelican without", map[string]string{"pelicanconf.py": "MARKDOWN = {'extension_configs': {'markdown.extensions.toc': {}}}\n"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s, err := Detect(writeSite(t, tc.files), "")
			if err != nil {
				t.Fatal(err)
			}
			if s.Emoji != tc.want {
				t.Errorf("Emoji = %v, want %v", s.Emoji, tc.want)
			}
		})
	}
}
