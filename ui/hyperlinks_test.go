package ui

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

func TestFollowsHyperlinks(t *testing.T) {
	t.Parallel()
	cases := []struct {
		env  string
		want bool
	}{
		{"TERM=xterm-256color", true},
		{"TERM=tmux-256color", true},
		{"TERM=xterm-256color NO_COLOR=1", false},
		{"TERM=dumb", false},
		{"TERM=linux", false},
		{"", false},
		{"TERM=dumb FOLIO_HYPERLINKS=1", true},
		{"TERM=xterm FOLIO_HYPERLINKS=0", false},
	}
	for _, tc := range cases {
		env := map[string]string{}
		for _, kv := range strings.Fields(tc.env) {
			k, v, _ := strings.Cut(kv, "=")
			env[k] = v
		}
		if got := followsHyperlinks(func(k string) string { return env[k] }); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.env, got, tc.want)
		}
	}
}

// osc8 is an OSC 8 sequence opening a link to the Djangonaut Space.
var osc8 = regexp.MustCompile("\x1b\\]8;[^;\x07\x1b]*;https://djangonaut\\.space/(\x07|\x1b\\\\)")

// TestWebLinksAreHyperlinks runs the program on a post with a web link
// and a link to another post: in a terminal that follows hyperlinks the
// web link reaches it as OSC 8, the post link shows its title only; with
// NO_COLOR no OSC 8 is written.
func TestWebLinksAreHyperlinks(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		env  []string
		want bool
	}{
		{[]string{"TERM=xterm-256color"}, true},
		{[]string{"TERM=xterm-256color", "NO_COLOR=1"}, false},
		{[]string{"TERM=dumb"}, false},
	} {
		t.Run(fmt.Sprint(tc.env), func(t *testing.T) {
			t.Parallel()
			fsys := linkBlog()
			tm := teatest.NewTestModel(t, probed{New(testOptions(fsys))}, teatest.WithInitialTermSize(100, 20),
				teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor), tea.WithEnvironment(tc.env)))
			waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded })
			for _, k := range keys("/mentoring in space<enter><enter>") {
				tm.Send(k)
			}
			var out []byte
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
				out = b
				return bytes.Contains(b, []byte("programme")) || bytes.Contains(b, []byte("way."))
			}, teatest.WithDuration(hangGuard))
			tm.Send(keys("q")[0])
			tm.WaitFinished(t, teatest.WithFinalTimeout(hangGuard))
			if got := osc8.Match(out); got != tc.want {
				t.Errorf("OSC 8 link written: %v, want %v", got, tc.want)
			}
			if !tc.want && bytes.Contains(out, []byte("\x1b]8;")) {
				t.Errorf("an OSC 8 sequence was written")
			}
		})
	}
}

// TestPostLinksShowTitles renders a post that links to another at 40,
// 80 and 200 columns: the link shows the post's title, never its file's
// path; selected, the status line names the post and its address.
func TestPostLinksShowTitles(t *testing.T) {
	t.Parallel()
	for _, w := range []int{40, 80, 200} {
		name := fmt.Sprintf("reader-post-link-%d", w)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			o := webOptions() // Pelican's addresses, under https://example.org/blog
			o.FS.(fstest.MapFS)["content/travel/linking.md"] = &fstest.MapFile{Mode: 0o644, ModTime: testTime, Data: []byte("Title: Linking posts\nDate: 2020-01-01\n\n" +
				"Before you go, read about the coffee in {% link content/travel/trieste.md %}, then [the habits](../python/pathlib.md) for the train.\n")}
			m := New(o)
			m = drive(t, m, tea.WindowSizeMsg{Width: w, Height: 16})
			m = runCmd(t, m, m.Init(), 0)
			m = drive(t, m, keys("/linking posts<enter><enter><tab>")...)
			got := plain(m)
			if strings.Contains(got, "/blog/content") || strings.Contains(got, "pathlib.md") {
				t.Errorf("a link shows a path on disk:\n%s", got)
			}
			if !strings.Contains(unwrapped(got), "A weekend in Trieste") {
				t.Errorf("the link does not show the post's title:\n%s", got)
			}
			if want := "link: A weekend in Trieste · https://example.org/blog/"; !strings.Contains(m.status, want) {
				t.Errorf("status %q, want it to start %q", m.status, want)
			}
			golden(t, name, got)
		})
	}
}
