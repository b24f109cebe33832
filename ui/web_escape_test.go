package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// messages runs cmd and the Cmds of every batch it makes, and returns
// their messages.
func messages(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var all []tea.Msg
		for _, c := range batch {
			all = append(all, messages(c)...)
		}
		return all
	}
	return []tea.Msg{msg}
}

// TestCopyRefusesControlCharacters: y and Y copy only text that pastes as
// the status line shows it; a URL or file name with ESC, BEL, a newline
// or a bidirectional override is refused, and the status says why.
func TestCopyRefusesControlCharacters(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, key, url, path string
		refused              bool
	}{
		{"plain URL", "y", "/a-post.html", "content/a.md", false},
		{"URL with ESC and BEL", "y", "/a\x1b]0;pwned\a.html", "content/a.md", true},
		{"URL with a newline", "y", "/a\nrm -rf ~\n.html", "content/a.md", true},
		{"URL with a bidi override", "y", "/a\u202eLMTH.html", "content/a.md", true},
		{"plain path", "Y", "/a.html", "content/a.md", false},
		{"path with newlines", "Y", "/a.html", "content/a\ncurl x|sh\n.md", true},
		{"path with ESC", "Y", "/a.html", "content/a\x1b[2J.md", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := New(webOptions())
			m.sh.cfg.Posts.Rules.Generator = site.Pelican
			p := &posts.Post{Path: tc.path, Title: "A post"}
			p.URL = tc.url
			cmd, ok := webKeys(m.sh, keys(tc.key)[0].(tea.KeyPressMsg), p)
			if !ok {
				t.Fatalf("%s is not a web key", tc.key)
			}
			var copied bool
			var st statusMsg
			for _, msg := range messages(cmd) {
				switch msg := msg.(type) {
				case statusMsg:
					st = msg
				default:
					if strings.Contains(fmt.Sprintf("%T", msg), "Clipboard") {
						copied = true
					}
				}
			}
			if copied == tc.refused {
				t.Errorf("copied %v, want refused %v (status %q)", copied, tc.refused, st.text)
			}
			if tc.refused && (!st.err || !strings.Contains(st.text, "not copied") || !strings.Contains(st.text, "control characters")) {
				t.Errorf("status %q (err %v), want the refusal and why", st.text, st.err)
			}
			if !tc.refused && !strings.HasPrefix(st.text, "copied ") {
				t.Errorf("status %q", st.text)
			}
		})
	}
}

// TestOpenRefusesWhatIsNotAWebAddress: a base URL that a browser would
// read as an option, or a javascript: or file: one, is not opened.
func TestOpenRefusesWhatIsNotAWebAddress(t *testing.T) {
	t.Parallel()
	for _, base := range []string{"--renderer-cmd-prefix=touch ~/pwned #", "javascript:alert(1)//", "file:///etc"} {
		t.Run(base, func(t *testing.T) {
			t.Parallel()
			m := loaded(t, 100, 30)
			b := &browser{}
			m.sh.web.openURL = b.open
			m.sh.cfg.Posts.Rules.Generator = site.Pelican
			m.list().selected().URL = "/a-post.html"
			m.sh.cfg.Posts.Rules.URLs.Base = base
			m = drive(t, m, keys("w")...)
			if got := b.urls(); len(got) != 0 {
				t.Fatalf("opened %q", got)
			}
			if !m.statusErr || !strings.Contains(m.status, "not opened") || !strings.Contains(m.status, "only http:// and https://") {
				t.Errorf("status %q (err %v)", m.status, m.statusErr)
			}
		})
	}
}
