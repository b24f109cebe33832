package ui

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/folio-blog/folio/site"
)

// linkedBlog is testBlog with a post that links to two others: by
// Pelican's {filename} and by a relative path.
func linkedBlog() fstest.MapFS {
	fsys := testBlog()
	fsys["content/travel/coffee.md"] = &fstest.MapFile{Mode: 0o644, ModTime: testTime, Data: []byte(`Title: Coffee notes
Date: 2023-06-01
Tags: coffee

After [the Trieste weekend]({filename}/travel/trieste.md) I drink more coffee.

Lots of text in between, so that the page scrolls a little.

And [pathlib habits](../python/pathlib.md), which I drink to as well.
`)}
	return fsys
}

// filtered waits until the list's filter has run and selected path, so
// that the next enter opens it.
func filtered(t *testing.T, tm *teatest.TestModel, path string) {
	t.Helper()
	waitModel(t, tm, "the filter selecting "+path, func(m Model) bool {
		p := m.list().selected()
		return !m.list().filter.focused && len(m.list().shown) == 1 && p != nil && p.Path == path
	})
}

func startProgram(t *testing.T, cfg Config, w, h int) (*teatest.TestModel, func(string)) {
	tm := teatest.NewTestModel(t, probed{New(cfg)},
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	send := func(s string) {
		for _, k := range keys(s) {
			tm.Send(k)
		}
	}
	return tm, send
}

// TestReaderLinkFlow opens a post found by a filter word, steps to the
// word with n, selects its links with tab, follows one with enter and
// comes back with backspace.
func TestReaderLinkFlow(t *testing.T) {
	t.Parallel()
	tm, send := startProgram(t, testOptions(linkedBlog()), 100, 20)
	waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded && len(m.list().shown) == 8 })

	send("/drink<enter>")
	filtered(t, tm, "content/travel/coffee.md")
	send("<enter>")
	// The conditions run inside the program; what they record is read
	// after waitModel returns, which the probe's channel orders.
	var matches, current int
	snap := waitModel(t, tm, "coffee notes open", func(m Model) bool {
		ok := screenName(m) == "reader" && m.reader().ready && m.reader().post.Path == "content/travel/coffee.md"
		if ok {
			matches, current = len(m.reader().matches), m.reader().current
		}
		return ok
	})
	if matches != 2 || current != -1 {
		t.Fatalf("filter words: %d matches, current %d; want 2 and none chosen", matches, current)
	}
	if !strings.Contains(snap.screen, "2 matches of the filter") {
		t.Errorf("footer does not offer the filter's matches:\n%s", snap.screen)
	}
	send("n")
	waitModel(t, tm, "n on the first match", func(m Model) bool { return m.reader().current == 0 })

	send("<tab>")
	var url string
	waitModel(t, tm, "first link selected", func(m Model) bool {
		if m.reader().link != 0 {
			return false
		}
		url = m.reader().doc.Links[0].URL
		return true
	})
	if !strings.HasSuffix(url, "content/travel/trieste.md") {
		t.Errorf("first link goes to %q", url)
	}
	send("<tab><tab>")
	waitModel(t, tm, "tab wraps to the first link", func(m Model) bool { return m.reader().link == 0 })

	send("<enter>")
	waitModel(t, tm, "followed to Trieste", func(m Model) bool {
		return m.reader() != nil && m.reader().ready && m.reader().post.Path == "content/travel/trieste.md" && len(m.reader().history) == 1
	})
	send("<backspace>")
	waitModel(t, tm, "back at the coffee notes", func(m Model) bool {
		return m.reader() != nil && m.reader().ready && m.reader().post.Path == "content/travel/coffee.md" && len(m.reader().history) == 0
	})

	send("<tab><tab><enter>")
	waitModel(t, tm, "relative link followed", func(m Model) bool {
		return m.reader() != nil && m.reader().ready && m.reader().post.Path == "content/python/pathlib.md"
	})
	send("q")
	tm.WaitFinished(t)
}

// TestReadingWidth checks that the width setting caps the rendering and
// the terminal caps the setting.
func TestReadingWidth(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ setting, term, want int }{{40, 100, 40}, {120, 90, 90}, {0, 70, 70}} {
		cfg := testOptions(testBlog())
		cfg.Width = tc.setting
		m := drive(t, loaded(t, tc.term, 20), tea.WindowSizeMsg{Width: tc.term, Height: 20})
		m.sh.cfg.Width = cfg.Width
		m = drive(t, m, keys("<enter>")...)
		if m.reader() == nil || m.reader().key.width != tc.want {
			t.Errorf("width setting %d in %d columns rendered at %v, want %d", tc.setting, tc.term, m.reader().key.width, tc.want)
		}
		for _, line := range strings.Split(plain(m), "\n")[:5] {
			if n := len([]rune(strings.TrimRight(line, " "))); n > tc.want {
				t.Errorf("line of %d columns at reading width %d: %q", n, tc.want, line)
			}
		}
	}
}

// TestEditAtTopLine scrolls a post to its end and presses e: the editor
// opens the post's file in the section on top of the screen, not at its
// first body line.
func TestEditAtTopLine(t *testing.T) {
	log := fakeEditor(t, "exit 0")
	tm, send := startProgram(t, testOptions(testBlog()), 80, 10)
	waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded })
	send("/pathlib<enter>")
	filtered(t, tm, "content/python/pathlib.md")
	send("<enter>")
	waitModel(t, tm, "reader ready", func(m Model) bool { return screenName(m) == "reader" && m.reader().ready })
	send("G")
	section := ""
	waitModel(t, tm, "at the bottom", func(m Model) bool {
		top := m.reader().vp.YOffset()
		for _, h := range m.reader().doc.Headings {
			if h.Line <= top {
				section = h.Text
			}
		}
		return m.reader().vp.AtBottom() && top > 0
	})
	send("e")
	var args []byte
	deadline := time.Now().Add(hangGuard)
	for len(args) == 0 && time.Now().Before(deadline) {
		args, _ = os.ReadFile(log)
		time.Sleep(20 * time.Millisecond)
	}
	fields := strings.Fields(string(args))
	if len(fields) != 2 || fields[1] != "/blog/content/python/pathlib.md" {
		t.Fatalf("editor args %q", args)
	}
	line, _ := strconv.Atoi(strings.TrimPrefix(fields[0], "+"))
	src := strings.Split(string(testBlog()["content/python/pathlib.md"].Data), "\n")
	from, to := 0, len(src)
	for i, l := range src {
		if strings.HasPrefix(l, "## ") {
			if from > 0 && to == len(src) {
				to = i + 1
			}
			if strings.Contains(l, section) && section != "" {
				from = i + 1
			}
		}
	}
	if from == 0 || line < from || line >= to {
		t.Errorf("editor opened at line %d; the screen's top is in section %q, lines %d to %d", line, section, from, to-1)
	}
	send("q")
}

// TestFollowSiteAddress follows a link written as the address the site
// publishes a post at, as Jekyll and Hugo posts often link.
func TestFollowSiteAddress(t *testing.T) {
	t.Parallel()
	fsys := testBlog()
	fsys["content/travel/addr.md"] = &fstest.MapFile{Mode: 0o644, ModTime: testTime, Data: []byte("Title: Addresses\nDate: 2023-06-02\n\nSee [the habits](/five-pathlib-habits.html#build) for more.\n")}
	cfg := testOptions(fsys)
	cfg.Posts.Rules.Generator = site.Pelican
	tm, send := startProgram(t, cfg, 100, 20)
	var url string
	waitModel(t, tm, "loaded", func(m Model) bool {
		if p := m.sh.store.ByPath("content/python/pathlib.md"); p != nil {
			url = p.URL
		}
		return m.list().loaded
	})
	if url != "/five-pathlib-habits.html" {
		t.Skipf("the site publishes the post at %q; this test expects Pelican's {slug}.html", url)
	}
	send("/addresses<enter>")
	filtered(t, tm, "content/travel/addr.md")
	send("<enter>")
	waitModel(t, tm, "reader", func(m Model) bool {
		return m.reader() != nil && m.reader().ready && m.reader().post.Path == "content/travel/addr.md"
	})
	send("<tab><enter>")
	waitModel(t, tm, "followed by address", func(m Model) bool {
		return m.reader() != nil && m.reader().ready && m.reader().post.Path == "content/python/pathlib.md"
	})
	send("q")
}

// TestReaderFindsLinkedPostsAmongThoseRead opens a post that links to
// another with Liquid's link tag: the reader names it by its title, found
// among the posts the list read.
func TestReaderFindsLinkedPostsAmongThoseRead(t *testing.T) {
	t.Parallel()
	fsys := testBlog()
	fsys["content/travel/linking.md"] = &fstest.MapFile{Mode: 0o644, ModTime: testTime,
		Data: []byte("Title: Linking posts\nDate: 2020-01-01\n\nSee {% link content/travel/trieste.md %}.\n")}
	m := New(testOptions(fsys))
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = runCmd(t, m, m.Init(), 0)
	m = drive(t, m, keys("/linking<enter><enter>")...)
	if screenName(m) != "reader" || m.reader().post.Path != "content/travel/linking.md" {
		t.Fatalf("screen %s, want the reader on linking.md", screenName(m))
	}
	if text := strings.Join(m.reader().doc.Plain, "\n"); !strings.Contains(text, "See A weekend in Trieste.") || strings.Contains(text, "/blog/content") {
		t.Errorf("the link does not show the linked post's title:\n%s", text)
	}
	if len(m.reader().doc.Links) != 1 || m.reader().doc.Links[0].URL != "/blog/content/travel/trieste.md" {
		t.Errorf("links %+v, want the linked post's file", m.reader().doc.Links)
	}
}
