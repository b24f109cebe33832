package markup

import "testing"

// TestEmoji checks shortcodes become emoji where the site turns them on,
// and stay as written in code and where it does not.
func TestEmoji(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
		off            bool
	}{
		{name: "wave", in: "Hello :wave: all\n", want: "Hello 👋 all\n"},
		{name: "two in a row", in: ":+1::smile:\n", want: "👍😄\n"},
		{name: "unknown name kept", in: "a :notanemoji: b\n", want: "a :notanemoji: b\n"},
		{name: "times kept", in: "at 12:30:45\n", want: "at 12:30:45\n"},
		{name: "inside a word kept", in: "key:wave:\n", want: "key:wave:\n"},
		{name: "code span kept", in: "type `:wave:` for :wave:\n", want: "type `:wave:` for 👋\n"},
		{name: "double backtick span kept", in: "``a ` :wave:`` :tada:\n", want: "``a ` :wave:`` 🎉\n"},
		{name: "unclosed backtick", in: "` :wave:\n", want: "` 👋\n"},
		{name: "fenced block kept", in: "```\n:wave:\n```\n:wave:\n", want: "```\n:wave:\n```\n👋\n"},
		{name: "tilde fence kept", in: "~~~~\n:wave:\n~~~\n:wave:\n~~~~\nx\n", want: "~~~~\n:wave:\n~~~\n:wave:\n~~~~\nx\n"},
		{name: "off by default", in: ":wave:\n", want: ":wave:\n", off: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := ToMarkdown(tc.in, Options{Emoji: !tc.off}); got != tc.want {
				t.Errorf("ToMarkdown(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
