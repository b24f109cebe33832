package preview

import (
	"errors"
	"os/exec"
	"strings"
	"testing"
)

func TestBrowserOpen(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		browser   string
		installed []string
		want      string // the command run; "" for none
		err       error
	}{
		{"BROWSER wins", "firefox", []string{"firefox", "xdg-open"}, "/bin/firefox https://x.org/a/", nil},
		{"BROWSER list, first installed", "nothere:chromium --new-window", []string{"chromium"}, "/bin/chromium --new-window https://x.org/a/", nil},
		{"%s placeholder", "w3m %s -dump", []string{"w3m"}, "/bin/w3m https://x.org/a/ -dump", nil},
		{"xdg-open", "", []string{"xdg-open", "open"}, "/bin/xdg-open https://x.org/a/", nil},
		{"open on macOS", "", []string{"open"}, "/bin/open https://x.org/a/", nil},
		{"nothing", "nothere", nil, "", ErrNoBrowser},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ran string
			b := Browser{
				Getenv: func(string) string { return tc.browser },
				LookPath: func(name string) (string, error) {
					for _, i := range tc.installed {
						if i == name {
							return "/bin/" + name, nil
						}
					}
					return "", exec.ErrNotFound
				},
				Start: func(cmd *exec.Cmd) error { ran = strings.Join(cmd.Args, " "); return nil },
			}
			err := b.Open("https://x.org/a/")
			if !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			if ran != tc.want {
				t.Errorf("ran %q, want %q", ran, tc.want)
			}
		})
	}
}

// TestBrowserOpensOnlyWebAddresses: an address comes from a site's
// settings or a post's front matter; only http and https addresses reach
// the browser, never as something it could read as an option.
func TestBrowserOpensOnlyWebAddresses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, addr string
		want       string // the browser's argument; "" for refused
	}{
		{"https", "https://example.org/a/", "https://example.org/a/"},
		{"http with port", "http://127.0.0.1:1313/posts/x/", "http://127.0.0.1:1313/posts/x/"},
		{"scheme in capitals", "HTTPS://example.org/", "https://example.org/"},
		{"space escaped", "https://example.org/a b/", "https://example.org/a%20b/"},
		{"option as base URL", "--renderer-cmd-prefix=touch ~/pwned #/posts/x/", ""},
		{"single-dash option", "-new-window", ""},
		{"javascript", "javascript:alert(1)", ""},
		{"file", "file:///etc/passwd", ""},
		{"data", "data:text/html,<script>x</script>", ""},
		{"no host", "http:/posts/x/", ""},
		{"relative", "/posts/x/", ""},
		{"control character", "https://example.org/\x1b]52;c;eA==\a/", ""},
		{"newline", "https://example.org/a\n--incognito", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var args []string
			b := Browser{
				Getenv:   func(string) string { return "chromium" },
				LookPath: func(name string) (string, error) { return "/bin/" + name, nil },
				Start:    func(cmd *exec.Cmd) error { args = cmd.Args[1:]; return nil },
			}
			err := b.Open(tc.addr)
			if tc.want == "" {
				if err == nil || args != nil {
					t.Fatalf("opened %q with args %q, want it refused", tc.addr, args)
				}
				if strings.ContainsAny(err.Error(), "\x1b\a\n") {
					t.Errorf("the error holds control characters: %q", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(args) != 1 || args[0] != tc.want {
				t.Errorf("browser args %q, want [%q]", args, tc.want)
			}
		})
	}
}
