package config

import (
	"testing"
)

// TestExcludeAllocatesNothing checks the cost that matters on a large
// blog: each generator's Exclude runs once for every file, so deciding
// about a post must not allocate (nor, with it, compile a pattern or
// build a path for a system call). Hugo lists each folder once, on the
// first file of the folder; the warm-up run of AllocsPerRun takes that.
//
// Under -race it is skipped: the race detector's sync.Pool drops pooled
// regexp matchers at random, so Jekyll's post-name match allocates now
// and then. .ci/run runs it without -race.
func TestExcludeAllocatesNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("allocations are not deterministic under -race")
	}
	tests := []struct {
		name  string
		files map[string]string
		post  string
	}{
		{name: "pelican", post: "content/python/2024-01-01-a.md",
			files: map[string]string{"pelicanconf.py": "PATH = 'content'\nIGNORE_FILES = ['.#*', '*.tmp']\nARTICLE_EXCLUDES = ['drafts']\n",
				"content/python/2024-01-01-a.md": "Title: A\n"}},
		{name: "hugo", post: "content/posts/2024/a.md",
			files: map[string]string{"hugo.toml": "", "content/posts/2024/a.md": "---\ntitle: A\n---\n"}},
		{name: "jekyll", post: "_posts/2024/2024-01-01-a.md",
			files: map[string]string{"_config.yml": "exclude: [drafts/, '*.tmp']\n", "_posts/2024/2024-01-01-a.md": "---\ntitle: A\n---\n"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			detected, err := Detect(writeSite(t, tc.files), "")
			if err != nil {
				t.Fatal(err)
			}
			exclude := detected.Rules.Exclude
			if exclude(tc.post, false) {
				t.Fatalf("%s is excluded", tc.post)
			}
			if n := testing.AllocsPerRun(100, func() { exclude(tc.post, false) }); n != 0 {
				t.Errorf("%.0f allocations per file, want 0", n)
			}
		})
	}
}
