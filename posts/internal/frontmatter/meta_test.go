package frontmatter

import "testing"

func TestIsMetaBegin(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, line string
		want       bool
	}{
		{"three dashes", "---", true},
		{"dashes then blank", "--- ", true},
		{"dashes then text after a blank", "--- yaml", true},
		{"four dashes", "----", true},
		{"dashes then text", "---x", false},
		{"two dashes", "--", false},
		{"dots do not begin", "...", false},
		{"indented", " ---", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsMetaBegin([]byte(tc.line)); got != tc.want {
				t.Errorf("IsMetaBegin(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

func TestIsMetaEnd(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, line string
		want       bool
	}{
		{"three dashes", "---", true},
		{"three dots", "...", true},
		{"dots then blank", "... ", true},
		{"four dots", "....", true},
		{"four dashes", "----", true},
		{"mixed", "..-", false},
		{"dashes then dot", "---.", false},
		{"dashes then text", "---x", false},
		{"short", "..", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsMetaEnd([]byte(tc.line)); got != tc.want {
				t.Errorf("IsMetaEnd(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

func TestMetaLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, line string
		key, value string
		ok         bool
	}{
		{"key and value", "Title: Hello", "Title", "Hello", true},
		{"value trimmed", "Tags:   a, b  ", "Tags", "a, b", true},
		{"empty value", "Summary:", "Summary", "", true},
		{"no blank after colon", "Date:2024-01-02", "Date", "2024-01-02", true},
		{"key of dashes and underscores", "save_as-x: y", "save_as-x", "y", true},
		{"three spaces of indent", "   Slug: s", "Slug", "s", true},
		{"four spaces is a continuation", "    Slug: s", "", "", false},
		{"blank before colon", "Title : x", "", "", false},
		{"no key", ": x", "", "", false},
		{"dot in key", "a.b: x", "", "", false},
		{"no colon", "Just text", "", "", false},
		{"tab indent", "\tTitle: x", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			key, value, ok := MetaLine([]byte(tc.line))
			if key != tc.key || value != tc.value || ok != tc.ok {
				t.Errorf("MetaLine(%q) = %q, %q, %v, want %q, %q, %v", tc.line, key, value, ok, tc.key, tc.value, tc.ok)
			}
		})
	}
}

func TestMetaMore(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, line, value string
		ok                bool
	}{
		{"four spaces", "    more text ", "more text", true},
		{"eight spaces", "        deeper", "deeper", true},
		{"only spaces", "    ", "", true},
		{"three spaces", "   text", "", false},
		{"tab", "\ttext", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			value, ok := MetaMore([]byte(tc.line))
			if value != tc.value || ok != tc.ok {
				t.Errorf("MetaMore(%q) = %q, %v, want %q, %v", tc.line, value, ok, tc.value, tc.ok)
			}
		})
	}
}

func TestByteClasses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		c          byte
		key, space bool
	}{
		{"lower letter", 'a', true, false},
		{"upper letter", 'Z', true, false},
		{"digit", '7', true, false},
		{"underscore", '_', true, false},
		{"hyphen", '-', true, false},
		{"dot", '.', false, false},
		{"colon", ':', false, false},
		{"space", ' ', false, true},
		{"tab", '\t', false, true},
		{"newline", '\n', false, true},
		{"carriage return", '\r', false, true},
		{"form feed", '\f', false, true},
		{"vertical tab", '\v', false, true},
		{"NUL", 0, false, false},
		{"no-break space byte", 0xa0, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsKeyByte(tc.c); got != tc.key {
				t.Errorf("IsKeyByte(%q) = %v, want %v", tc.c, got, tc.key)
			}
			if got := IsSpace(tc.c); got != tc.space {
				t.Errorf("IsSpace(%q) = %v, want %v", tc.c, got, tc.space)
			}
		})
	}
}
