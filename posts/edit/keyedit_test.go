package edit

import (
	"bytes"
	"testing"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// FuzzSetStatusKeys: on any file, changing the status keys never panics,
// and either refuses or changes only a few lines in one place and gives
// the status that was asked for. Setting the date too changes, besides,
// only the date's line (a missing date is added as the last key, away
// from a draft key added first).
func FuzzSetStatusKeys(f *testing.F) {
	f.Add([]byte("Title: A\r\nStatus: draft\r\n\r\nBody\r\n"), uint8(0), true)
	f.Add([]byte("+++\ntitle = 'A' # c\ndraft = true\n[params]\ndraft = 1\n+++\n"), uint8(1), true)
	f.Add([]byte("---\ntitle: \"a # b\"\ntags:\n  - x\n---\nbody\n"), uint8(1), false)
	f.Add([]byte("---\ntitle: x\npublished: false\n---\n"), uint8(2), true)
	f.Add([]byte("\xef\xbb\xbf---\nstatus: hidden\n...\n"), uint8(3), true)
	f.Add([]byte("\r\n\n---\r\ntitle: x\r\ndraft: true\r\n---6----1---\r\nbody\r\n"), uint8(1), true) // Hugo's fences (issue 21)
	sites := []posts.Rules{{Generator: site.Pelican}, {Generator: site.Hugo}, {Generator: site.Jekyll}, {}}
	f.Fuzz(func(t *testing.T, data []byte, which uint8, publish bool) {
		rules := sites[int(which)%len(sites)]
		now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
		want := posts.StatusDraft
		if publish {
			want = posts.StatusPublished
		}
		out, err := editStatus(data, "a.md", rules, publish, false, now)
		if err == nil {
			checkLocalEdit(t, data, out, 4)
			checkStatus(t, rules, data, out, want)
		}
		if which&4 == 0 {
			return
		}
		dated, err := editStatus(data, "a.md", rules, publish, true, now)
		if err != nil {
			return // refused: nothing is written
		}
		checkStatus(t, rules, data, dated, want)
		if out != nil {
			checkLocalEdit(t, out, dated, 2)
		}
	})
}

// checkLocalEdit fails unless after differs from before in one stretch
// of at most lines line breaks.
func checkLocalEdit(t *testing.T, before, after []byte, lines int) {
	t.Helper()
	pre := 0
	for pre < len(before) && pre < len(after) && before[pre] == after[pre] {
		pre++
	}
	suf := 0
	for suf < len(before)-pre && suf < len(after)-pre && before[len(before)-1-suf] == after[len(after)-1-suf] {
		suf++
	}
	if changed := after[pre : len(after)-suf]; bytes.Count(changed, []byte("\n")) > lines {
		t.Fatalf("changed more than %d lines: %q → %q", lines, before, after)
	}
}

// checkStatus fails unless out reads with status want.
func checkStatus(t *testing.T, rules posts.Rules, data, out []byte, want posts.Status) {
	t.Helper()
	if bytes.Equal(data, out) {
		return
	}
	if p := posts.Parse("a.md", out, posts.Options{Rules: rules}); p.Status != want {
		t.Fatalf("status %q, want %q:\n%q\n→\n%q", p.Status, want, data, out)
	}
}
