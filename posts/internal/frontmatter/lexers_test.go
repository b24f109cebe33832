package frontmatter

import "testing"

func TestIsDelimiter(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, line, delim string
		want              bool
	}{
		{"yaml", "---", "---", true},
		{"toml", "+++", "+++", true},
		{"trailing blanks", "--- \t", "---", true},
		{"yaml end", "...", "...", true},
		{"longer rule", "----", "---", false},
		{"text after", "--- x", "---", false},
		{"leading blank", " ---", "---", false},
		{"other delimiter", "+++", "---", false},
		{"empty delimiter matches nothing", "", "", false},
		{"empty line", "", "---", false},
		{"CR is not a blank", "---\r", "---", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsDelimiter([]byte(tc.line), tc.delim); got != tc.want {
				t.Errorf("IsDelimiter(%q, %q) = %v, want %v", tc.line, tc.delim, got, tc.want)
			}
		})
	}
}

func TestBOM(t *testing.T) {
	t.Parallel()
	if BOM != "\ufeff" {
		t.Errorf("BOM = %q, want U+FEFF in UTF-8", BOM)
	}
}
