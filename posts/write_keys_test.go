package posts

import (
	"bytes"
	"testing"
	"time"
)

// FuzzSetStatusKeys: on any file, changing the status keys never panics,
// and either refuses or changes only a few lines in one place and gives
// the status that was asked for.
func FuzzSetStatusKeys(f *testing.F) {
	f.Add([]byte("Title: A\r\nStatus: draft\r\n\r\nBody\r\n"), uint8(0), true)
	f.Add([]byte("+++\ntitle = 'A' # c\ndraft = true\n[params]\ndraft = 1\n+++\n"), uint8(1), true)
	f.Add([]byte("---\ntitle: \"a # b\"\ntags:\n  - x\n---\nbody\n"), uint8(1), false)
	f.Add([]byte("---\ntitle: x\npublished: false\n---\n"), uint8(2), true)
	f.Add([]byte("\xef\xbb\xbf---\nstatus: hidden\n...\n"), uint8(3), true)
	sites := []Site{{Flavor: FlavorPelican}, {Flavor: FlavorHugo}, {Flavor: FlavorJekyll}, {}}
	f.Fuzz(func(t *testing.T, data []byte, which uint8, publish bool) {
		site := sites[int(which)%len(sites)]
		now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
		out, err := editStatus(data, "a.md", site, publish, which&4 != 0, now)
		if err != nil {
			return // refused: nothing is written
		}
		// Only a middle stretch may differ.
		pre := 0
		for pre < len(data) && pre < len(out) && data[pre] == out[pre] {
			pre++
		}
		suf := 0
		for suf < len(data)-pre && suf < len(out)-pre && data[len(data)-1-suf] == out[len(out)-1-suf] {
			suf++
		}
		if bytes.Equal(data, out) {
			return
		}
		changed := out[pre : len(out)-suf]
		if bytes.Count(changed, []byte("\n")) > 4 {
			t.Fatalf("changed more than the status lines: %q → %q", data, out)
		}
		p := Parse("a.md", out, Options{Site: site})
		want := StatusDraft
		if publish {
			want = StatusPublished
		}
		if p.Status != want {
			t.Fatalf("status %q, want %q:\n%q\n→\n%q", p.Status, want, data, out)
		}
	})
}
