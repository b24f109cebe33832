package frontmatter

import "testing"

func TestFenceOpen(t *testing.T) {
	t.Parallel()
	yaml := Fence{Delim: "---", Alt: "..."}
	hugo := Fence{Delim: "---", Hugo: true}
	tests := []struct {
		name  string
		fence Fence
		data  string
		want  int
	}{
		{"first line", yaml, "---\na: 1\n---\n", 0},
		{"first line, Hugo", hugo, "---\na: 1\n---\n", 0},
		{"CRLF", hugo, "---\r\na: 1\r\n---\r\n", 0},
		// Hugo's lexIntroSection skips blank lines, spaces and tabs.
		{"blank line before, Hugo", hugo, "\n---\na: 1\n---\n", 1},
		{"blanks before, Hugo", hugo, " \t\n\r\n  ---\na: 1\n---\n", 5},
		{"blank line before, Jekyll", yaml, "\n---\na: 1\n---\n", -1},
		{"text first", hugo, "text\n---\n", -1},
		{"longer rule", hugo, "----\n", -1},
		{"only blanks", hugo, "\n\n", -1},
		{"empty", hugo, "", -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.fence.Open([]byte(tc.data)); got != tc.want {
				t.Errorf("Open(%q) = %d, want %d", tc.data, got, tc.want)
			}
		})
	}
}

func TestFenceCloses(t *testing.T) {
	t.Parallel()
	jekyll := Fence{Delim: "---", Alt: "..."}
	hugo := Fence{Delim: "---", Hugo: true}
	toml := Fence{Delim: "+++", Hugo: true}
	tests := []struct {
		name   string
		fence  Fence
		line   string
		closes bool
		rest   string
	}{
		{"delimiter", hugo, "---", true, ""},
		{"trailing blanks", jekyll, "---  ", true, ""},
		{"alternative", jekyll, "...", true, ""},
		{"no alternative for Hugo", hugo, "...", false, ""},
		// The "---6----1---": Hugo's lexFrontMatterSection ends
		// at the first line that starts with the delimiter.
		{"Hugo: text after", hugo, "---6----1---", true, "6----1---"},
		{"Hugo: longer rule", hugo, "-------", true, "----"},
		{"Jekyll: longer rule", jekyll, "-------", false, ""},
		{"Jekyll: text after", jekyll, "--- x", false, ""},
		{"Hugo TOML", toml, "+++ end", true, " end"},
		{"indented", hugo, " ---", false, ""},
		{"other line", hugo, "title: x", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			closes, rest := tc.fence.Closes([]byte(tc.line))
			if closes != tc.closes || string(rest) != tc.rest {
				t.Errorf("Closes(%q) = %v, %q; want %v, %q", tc.line, closes, rest, tc.closes, tc.rest)
			}
		})
	}
}
