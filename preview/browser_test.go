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
