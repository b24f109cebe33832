package termsafe

import (
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		// wantErr is a substring of the error, or "" for a safe string.
		wantErr string
	}{
		{"plain text", "Hello\n\tworld 世界", ""},
		{"empty", "", ""},
		{"SGR", "\x1b[1;38;5;228mHead\x1b[m", ""},
		{"safe link with BEL", "\x1b]8;id=1;https://a.b\x07x\x1b]8;;\x07", ""},
		{"safe link with ST", "\x1b]8;;mailto:a@b\x1b\\x\x1b]8;;\x1b\\", ""},
		{"stray close is harmless", "\x1b]8;;\x07x", ""},
		{"clear screen", "ab\x1b[2J", `disallowed CSI sequence "\x1b[2J" at offset 2`},
		{"cursor home", "\x1b[H", `CSI sequence "\x1b[H" at offset 0`},
		{"OSC 52", "x\x1b]52;c;aGVsbG8=\x07", `disallowed OSC 52 sequence "\x1b]52;c;aGVsbG8=\a" at offset 1`},
		{"OSC 0", "\x1b]0;t\x07", "OSC 0 sequence"},
		{"unterminated OSC", "\x1b]0;t", `OSC 0 sequence "\x1b]0;t" at offset 0`},
		{"OSC without number", "\x1b]x\x07", "OSC sequence"},
		{"javascript link", "\x1b]8;;javascript:alert(1)\x07x\x1b]8;;\x07", "OSC 8 hyperlink to an unsafe URI"},
		{"relative link", "\x1b]8;;a.md\x07x\x1b]8;;\x07", "unsafe URI"},
		{"non-ASCII URI", "\x1b]8;;https://ü\x07x\x1b]8;;\x07", "non-ASCII URI"},
		{"unterminated link", "\x1b]8;;https://a", "malformed OSC 8 hyperlink"},
		{"link left open", "a\x1b]8;;https://a\x07x", "hyperlink opened at offset 1 is never closed"},
		{"DCS", "\x1bPq\x1b\\", "DCS, SOS, PM or APC string"},
		{"two-byte escape", "\x1bc", `escape sequence "\x1bc"`},
		{"stray ESC", "x\x1b", "escape sequence"},
		{"NUL", "a\x00", `control character "\x00" at offset 1`},
		{"BEL", "\x07", "control character"},
		{"DEL", "\x7f", "control character"},
		{"CR", "a\r\n", "control character"},
		{"C1 CSI", "\u009b31m", "CSI sequence"},
		{"C1 NEL", "\u0085", "C1 control character"},
		{"invalid UTF-8", "ok\xff", `invalid UTF-8 byte "\xff" at offset 2`},
		{"long sequence is shortened", "\x1b]0;" + strings.Repeat("x", 100) + "\x07", `xxx…" at offset 0`},
		{"first problem is named", "\x1b[2J\x00", "CSI sequence"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := Check(tc.in)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("Check(%q) = %v, want nil", tc.in, err)
			case tc.wantErr != "" && err == nil:
				t.Errorf("Check(%q) = nil, want an error containing %q", tc.in, tc.wantErr)
			case tc.wantErr != "" && !strings.Contains(err.Error(), tc.wantErr):
				t.Errorf("Check(%q) = %v, want an error containing %q", tc.in, err, tc.wantErr)
			}
			if tc.wantErr != "" && len(disallowed(tc.in)) == 0 && !strings.Contains(tc.wantErr, "never closed") {
				t.Errorf("disallowed(%q) found nothing, but Check rejects it", tc.in)
			}
		})
	}
}
