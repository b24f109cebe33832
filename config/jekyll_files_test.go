package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadJekyllFiles(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	files := map[string]string{
		"_data/releases.yml":     "- version: 3.4.1\n  date: 2024-12-25\n  size: {gz: 23}\n",
		"_data/people/team.json": `{"lead": "Matz"}`,
		"_data/mirrors.csv":      "name,url\nJapan,https://jp\n",
		"_data/tabs.tsv":         "a\tb\n1\t2\n",
		"_data/notes.txt":        "not data",
		"_includes/note.html":    "{{ include.content }}",
		"_includes/sub/a.html":   "A",
		"_data/big.yml":          "x: " + strings.Repeat("y", maxJekyllFile) + "\n",
		"_data/broken.json":      "{",
		"_posts/2024-01-01-x.md": "not read",
	}
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	j := readJekyllFiles(root)
	wantData := map[string]any{
		"releases": []any{map[string]any{"version": "3.4.1", "date": "2024-12-25", "size": map[string]any{"gz": 23}}},
		"people":   map[string]any{"team": map[string]any{"lead": "Matz"}},
		"mirrors":  []any{map[string]any{"name": "Japan", "url": "https://jp"}},
		"tabs":     []any{map[string]any{"a": "1", "b": "2"}},
	}
	if !reflect.DeepEqual(j.Data, wantData) {
		t.Errorf("data:\n got %#v\nwant %#v", j.Data, wantData)
	}
	wantInc := map[string]string{"note.html": "{{ include.content }}", "sub/a.html": "A"}
	if !reflect.DeepEqual(j.Includes, wantInc) {
		t.Errorf("includes: got %v, want %v", j.Includes, wantInc)
	}
	var skipped []string
	for _, n := range j.Skipped {
		skipped = append(skipped, n.File)
	}
	if got := strings.Join(skipped, " "); !strings.Contains(got, "_data/big.yml") || !strings.Contains(got, "_data/broken.json") {
		t.Errorf("skipped = %q, want the large and the broken file", got)
	}
}
