package ui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/store"
	"github.com/folio-blog/folio/ui/termsafe"
)

// updating reports whether -update was given: the flag is declared by
// the golden package that teatest uses, and shared with it.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// testTime is the modification time of every test file, so that renders
// and goldens do not depend on the clock.
var testTime = time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)

// testBlog is a small blog with what every screen needs: several tags and
// categories, a draft, a page, a post with a warning, headings to
// outline, words to search, a Pelican {static} link and a hostile title.
func testBlog() fstest.MapFS {
	files := map[string]string{
		"content/python/pathlib.md": `Title: Five pathlib habits
Date: 2022-06-07 08:15
Tags: Python, stdlib
Authors: Marco Bellini

I still type os.path.join out of habit. Here are five pathlib habits.

## Build paths with slash

Paths read like the path they produce. The slash habit sticks.

## Read small files in one call

Always pass an encoding to read_text; the habit saves hours.

## Glob instead of walking

Use glob and rglob. Another habit, the last one.
`,
		"content/django/testing.md": `Title: Testing Django with pytest
Date: 2024-02-27
Tags: Django, testing, python
Category: django

Fixtures beat setUp methods. ![diagram]({static}/images/flow.png)
`,
		"content/thoughts/burnout.md": `Title: Notes on burnout
Date: 2026-01-20
Tags: health, opinion
Status: draft

Not ready yet.
`,
		"content/travel/trieste.md": `Title: A weekend in Trieste
Date: 2023-05-20
Tags: italy, coffee

Coffee, wind and the sea.
`,
		"content/thoughts/broken.md": `Title: A post with a bad date
Date: the day after tomorrow
Tags: opinion

The date above cannot be read.
`,
		"content/travel/evil.md": "Title: Evil \x1b]52;c;aGk=\x07title \x1b[2J\nDate: 2021-03-04\nTags: italy\n\nBody with \x1b[31mred\x1b[0m and &#27;[2J entity.\n",
		"content/pages/about.md": `Title: About
Category: pages

Who writes here.
`,
	}
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body), ModTime: testTime, Mode: 0o644}
	}
	return fsys
}

func testOptions(fsys fstest.MapFS) Config {
	o := Config{Dir: "/blog", Title: "Lagoon Notes", FS: fsys, Style: "dark"}
	o.Posts.Rules.ContentDir = "content"
	o.Posts.Rules.PageDirs = []string{"pages"}
	return o
}

// drive sends msgs to m in order and runs every Cmd they lead to (timers
// included) until nothing is left, as the Bubble Tea runtime would,
// except that commands run one after another.
func drive(t testing.TB, m Model, msgs ...tea.Msg) Model {
	t.Helper()
	for _, msg := range msgs {
		m = deliver(t, m, msg, 0)
	}
	return m
}

func deliver(t testing.TB, m Model, msg tea.Msg, depth int) Model {
	t.Helper()
	if depth > 50 {
		t.Fatalf("message loop too deep at %T", msg)
	}
	next, cmd := m.Update(msg)
	m = next.(Model)
	return runCmd(t, m, cmd, depth+1)
}

func runCmd(t testing.TB, m Model, cmd tea.Cmd, depth int) Model {
	t.Helper()
	if cmd == nil {
		return m
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
		return m
	case tea.BatchMsg:
		for _, c := range msg {
			m = runCmd(t, m, c, depth)
		}
		return m
	}
	switch name := fmt.Sprintf("%T", msg); {
	case strings.HasPrefix(name, "tea."):
		return m // terminal requests and ExecProcess have no terminal here
	case strings.HasPrefix(name, "cursor."):
		return m // a blinking cursor would loop for ever
	}
	return deliver(t, m, msg, depth)
}

// runUntil runs cmd and every Cmd it leads to, one after another,
// delivering their messages to m and drawing each frame, until done
// says so after a frame; it fails if the Cmds run out first. Requests
// to the terminal are dropped, as drive does; the Cmds left are too.
func runUntil(t testing.TB, m Model, cmd tea.Cmd, done func(Model) bool) Model {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		cmd, queue = queue[0], queue[1:]
		if cmd == nil {
			continue
		}
		switch msg := cmd().(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			if strings.HasPrefix(fmt.Sprintf("%T", msg), "tea.") {
				continue
			}
			next, c := m.Update(msg)
			m = next.(Model)
			_ = m.View()
			if done(m) {
				return m
			}
			queue = append(queue, c)
		}
	}
	t.Fatalf("loading stopped at %d of %d posts", len(m.list().all), m.sh.store.Found())
	return m
}

// loaded is the test blog, loaded, at width × height.
func loaded(t testing.TB, width, height int) Model {
	t.Helper()
	m := New(testOptions(testBlog()))
	m = drive(t, m, tea.WindowSizeMsg{Width: width, Height: height})
	return runCmd(t, m, m.Init(), 0)
}

// withPosts lists ps in m, as a folder read in full would.
func withPosts(t testing.TB, m Model, ps []*posts.Post) Model {
	t.Helper()
	return deliver(t, m, storeEventMsg{store.Reloaded{Posts: ps}}, 0)
}

// resume waits for the store's next events again after runUntil left
// its wait unrun.
func resume(m Model) tea.Cmd {
	m.sh.pumping = false
	return m.sh.pump()
}

// keys turns a string into key presses; words in angle brackets are
// named keys: "/tag<enter>".
func keys(s string) []tea.Msg {
	var out []tea.Msg
	for len(s) > 0 {
		if s[0] == '<' {
			if end := strings.IndexByte(s, '>'); end > 1 {
				out = append(out, namedKey(s[1:end]))
				s = s[end+1:]
				continue
			}
		}
		r := []rune(s)[0]
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
		s = s[len(string(r)):]
	}
	return out
}

func namedKey(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "f1":
		return tea.KeyPressMsg{Code: tea.KeyF1}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "ctrl+d":
		return tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	panic("unknown key " + name)
}

// plain is the screen as text: what an Ascii colour profile shows.
func plain(m Model) string { return ansi.Strip(m.screen()) }

// golden compares got with testdata/name.golden, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	if err := termsafe.Check(got); err != nil {
		t.Errorf("screen %s is not terminal-safe: %v", name, err)
	}
	path := filepath.Join("testdata", name+".golden")
	if updating() {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if string(want) != got {
		t.Errorf("screen %s differs from %s (run go test -update to accept):\n--- got\n%s\n--- want\n%s", name, path, got, want)
	}
}

// screenName names the active screen, for tests.
func screenName(m Model) string {
	switch s := m.active().(type) {
	case *listScreen:
		return "list"
	case *Reader:
		return "reader"
	case *termBrowser:
		return "terms"
	case *warningsPanel:
		return "warnings"
	case *logScreen:
		return "log"
	case *NewPostForm:
		return "form"
	case *confirmPrompt:
		return s.name
	case *choicePrompt:
		return s.name
	case *fieldsPrompt:
		return s.name
	case *helpScreen:
		return "help"
	case *outlineScreen:
		return "outline"
	case *calendarScreen:
		return "calendar"
	case *termNamePrompt:
		return "term name"
	case *termPlanScreen:
		return "term plan"
	}
	return "?"
}

// terms is the open term browser, or nil.
func terms(m Model) *termBrowser {
	b, _ := m.active().(*termBrowser)
	return b
}

// list is the post list at the bottom of the screens.
func (m Model) list() *listScreen { return m.stack[0].(*listScreen) }

// reader is the reader when it is open, else nil.
func (m Model) reader() *Reader {
	for _, c := range m.stack {
		if r, ok := c.(*Reader); ok {
			return r
		}
	}
	return nil
}
