package check

import "testing"

// TestGithubID holds ids measured with Hugo 0.111 (goldmark, "github")
// and kramdown-parser-gfm (Jekyll's default).
func TestGithubID(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text         string
		hugo, jekyll string
	}{
		{"Hello, World! a_b  code em link", "hello-world-a_b--code-em-link", "hello-world-a_b--code-em-link"},
		{"🏗️ 系统架构", "-系统架构", "\ufe0f-系统架构"},
		{"Ünïcode—dash", "ünïcodedash", "ünïcodedash"},
	}
	for _, tc := range tests {
		if got := githubID(tc.text, false); got != tc.hugo {
			t.Errorf("hugo: githubID(%q) = %q, want %q", tc.text, got, tc.hugo)
		}
		if got := githubID(tc.text, true); got != tc.jekyll {
			t.Errorf("jekyll: githubID(%q) = %q, want %q", tc.text, got, tc.jekyll)
		}
	}
}
