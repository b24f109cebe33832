package frontmatter

import (
	"strings"
	"testing"
)

func TestRSTHeading(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		doc   string
		at    int
		title string
		style HeadingStyle
		next  int
		ok    bool
	}{
		{"underlined", "Hello\n=====\n\ntext", 0, "Hello", HeadingStyle{0, '='}, 2, true},
		{"overlined", "#####\nHello\n#####\n", 0, "Hello", HeadingStyle{'#', '#'}, 3, true},
		{"overlined text is trimmed", "=======\n Hello \n=======", 0, "Hello", HeadingStyle{'=', '='}, 3, true},
		{"underline longer than text", "Hi\n-------", 0, "Hi", HeadingStyle{0, '-'}, 2, true},
		{"short underline of four", "A long title\n~~~~", 0, "A long title", HeadingStyle{0, '~'}, 2, true},
		{"underline of three under a long title", "A long title\n~~~", 0, "", HeadingStyle{}, 0, false},
		{"underline counts characters, not bytes", "Été\n===", 0, "Été", HeadingStyle{0, '='}, 2, true},
		{"overline and underline differ", "=====\nHello\n-----", 0, "", HeadingStyle{}, 0, false},
		{"overline shorter than text", "===\nHello\n===", 0, "", HeadingStyle{}, 0, false},
		{"indented text", "  Hello\n=======", 0, "", HeadingStyle{}, 0, false},
		{"letters are not an adornment", "Hello\naaaaa", 0, "", HeadingStyle{}, 0, false},
		{"mixed adornment", "Hello\n==-==", 0, "", HeadingStyle{}, 0, false},
		{"at a later line", "\nHello\n=====", 1, "Hello", HeadingStyle{0, '='}, 3, true},
		{"past the end", "Hello", 3, "", HeadingStyle{}, 3, false},
		{"last line alone", "Hello", 0, "", HeadingStyle{}, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			title, style, next, ok := RSTHeading(strings.Split(tc.doc, "\n"), tc.at)
			if title != tc.title || style != tc.style || ok != tc.ok || ok && next != tc.next {
				t.Errorf("RSTHeading(%q, %d) = %q, %q, %d, %v, want %q, %q, %d, %v",
					tc.doc, tc.at, title, style[:], next, ok, tc.title, tc.style[:], tc.next, tc.ok)
			}
		})
	}
}

func TestRSTField(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, line  string
		field, text string
		ok          bool
	}{
		{"field", ":date: 2024-01-02", "date", "2024-01-02", true},
		{"value trimmed", ":tags:   a, b  ", "tags", "a, b", true},
		{"tab after the name", ":tags:\ta", "tags", "a", true},
		{"empty value", ":status:", "status", "", true},
		{"name with blanks", ":a name: x", "a name", "x", true},
		{"no blank after the name", ":date:x", "", "", false},
		{"empty name", ":: x", "", "", false},
		{"unclosed", ":date 2024", "", "", false},
		{"not at the start", " :date: x", "", "", false},
		{"text", "date: x", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			name, value, ok := RSTField(tc.line)
			if name != tc.field || value != tc.text || ok != tc.ok {
				t.Errorf("RSTField(%q) = %q, %q, %v, want %q, %q, %v", tc.line, name, value, ok, tc.field, tc.text, tc.ok)
			}
		})
	}
}

func TestSkipBlankAndComments(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		doc  string
		at   int
		want int
	}{
		{"nothing to skip", "Title\n=====", 0, 0},
		{"blank lines", "\n  \nTitle", 0, 2},
		{"a comment", ".. a comment\nTitle", 0, 1},
		{"a comment with an indented body", "..\n   body\n   more\n\nTitle", 0, 4},
		{"a directive is not a comment", ".. note:: x\nTitle", 0, 0},
		{"from a later line", "Title\n\n.. c\nText", 1, 3},
		{"only blanks", "\n\n", 0, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := SkipBlankAndComments(strings.Split(tc.doc, "\n"), tc.at); got != tc.want {
				t.Errorf("SkipBlankAndComments(%q, %d) = %d, want %d", tc.doc, tc.at, got, tc.want)
			}
		})
	}
}
