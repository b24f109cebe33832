package ui

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/folio-blog/folio/posts"
)

// probed wraps the model so that a test can look at it while the program
// runs. The screens are pointers shared by every copy of the model, so
// the look happens inside the program's Update (a probeMsg), and what the
// test needs comes back as a snapshot: reading the model from the test's
// goroutine would race with the program.
type probed struct{ Model }

// snapshot is what a test reads of the running model.
type snapshot struct {
	screen   string // as the Ascii profile shows it
	active   string // screenName
	selected string // the selected post's title in the list, or ""

	// Posts never change once read, so tests may read these freely.
	selectedPost *posts.Post // the list's selected post, or nil
	readerPost   *posts.Post // the open post, or nil
}

type probeMsg struct {
	cond func(Model) bool
	ch   chan *snapshot // nil when cond does not hold yet
}

func (p probed) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if pm, ok := msg.(probeMsg); ok {
		if !pm.cond(p.Model) {
			pm.ch <- nil
			return p, nil
		}
		snap := &snapshot{screen: plain(p.Model), active: screenName(p.Model)}
		if sel := p.Model.list().selected(); sel != nil {
			snap.selected, snap.selectedPost = sel.Title, sel
		}
		if p.Model.reader() != nil {
			snap.readerPost = p.Model.reader().post
		}
		pm.ch <- snap
		return p, nil
	}
	m, cmd := p.Model.Update(msg)
	return probed{m.(Model)}, cmd
}

// waitModel probes the running program until cond holds, and returns
// what it showed then.
func waitModel(t *testing.T, tm *teatest.TestModel, what string, cond func(Model) bool) *snapshot {
	t.Helper()
	deadline := time.Now().Add(hangGuard)
	for {
		ch := make(chan *snapshot, 1)
		tm.Send(probeMsg{cond, ch})
		select {
		case snap := <-ch:
			if snap != nil {
				return snap
			}
		case <-time.After(time.Second):
		}
		if time.Now().After(deadline) {
			t.Fatalf("program never reached: %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestProgramFlow runs the model in a real Bubble Tea program (teatest)
// with a fixed size and the Ascii colour profile, through the main flow:
// open a post, go back, filter by tag, open, search in it, go back, quit.
// Each screen on the way is compared with a golden file.
func TestProgramFlow(t *testing.T) {
	t.Parallel()
	tm := teatest.NewTestModel(t, probed{New(testOptions(testBlog()))},
		teatest.WithInitialTermSize(100, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	send := func(s string) {
		for _, k := range keys(s) {
			tm.Send(k)
		}
	}
	m := waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded && len(m.list().shown) == 7 })
	golden(t, "flow-1-list", m.screen)

	send("<enter>")
	m = waitModel(t, tm, "reader ready", func(m Model) bool { return screenName(m) == "reader" && m.reader().ready })
	golden(t, "flow-2-reader", m.screen)

	send("<esc>/tag:italy<enter>")
	m = waitModel(t, tm, "filtered", func(m Model) bool { return len(m.list().shown) == 2 && !m.list().filter.focused })
	golden(t, "flow-3-filtered", m.screen)

	send("<enter>/coffee<enter>")
	m = waitModel(t, tm, "searched", func(m Model) bool { return m.reader().ready && len(m.reader().matches) > 0 })
	golden(t, "flow-4-search", m.screen)

	send("<esc>")
	m = waitModel(t, tm, "back", func(m Model) bool { return screenName(m) == "list" })
	if got := m.selected; got != "A weekend in Trieste" {
		t.Errorf("back in the list, selected %q", got)
	}
	send("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(hangGuard))
	out, err := io.ReadAll(tm.FinalOutput(t))
	if err != nil {
		t.Fatal(err)
	}
	// The evil post's title carries OSC 52 (write the clipboard); Bubble
	// Tea's own sequences (clearing, cursor moves) are expected.
	if bytes.Contains(out, []byte("\x1b]52")) {
		t.Error("the clipboard escape from a post title reached the terminal")
	}
}

// TestProgramDailyFlows runs, in a real program at 140 columns, what a
// daily user hit: the preview scrolls and turns off, a click selects a
// row, the tag browser toggles a tag instead of adding it twice, sorting
// by modified shows the modified date, and keys that cannot act say why.
func TestProgramDailyFlows(t *testing.T) {
	t.Parallel()
	tm := teatest.NewTestModel(t, probed{New(testOptions(testBlog()))},
		teatest.WithInitialTermSize(140, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	send := func(s string) {
		for _, k := range keys(s) {
			tm.Send(k)
		}
	}
	waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded && len(m.list().shown) == 7 })
	// The posts arrive after the terminal's size: the first one's
	// preview comes without a key.
	waitModel(t, tm, "preview of the first post", func(m Model) bool {
		p := m.list().selected()
		return p != nil && strings.Contains(plain(m), "│  "+p.Title)
	})

	// A click on the fourth row selects it; its preview follows.
	tm.Send(tea.MouseClickMsg{X: 10, Y: listTop + 3, Button: tea.MouseLeft})
	m := waitModel(t, tm, "preview of the clicked post", func(m Model) bool {
		return strings.Contains(plain(m), "│  I still type os.path.join")
	})
	if m.selected != "Five pathlib habits" {
		t.Errorf("the click selected %q", m.selected)
	}
	// J scrolls the preview, the wheel over it too; V turns it off.
	send("J")
	waitModel(t, tm, "preview scrolled", func(m Model) bool { return !strings.Contains(plain(m), "content/python/pathlib.md") })
	tm.Send(tea.MouseWheelMsg{X: 100, Y: 5, Button: tea.MouseWheelUp})
	tm.Send(tea.MouseWheelMsg{X: 100, Y: 5, Button: tea.MouseWheelUp})
	tm.Send(tea.MouseWheelMsg{X: 100, Y: 5, Button: tea.MouseWheelUp})
	waitModel(t, tm, "preview back at the top", func(m Model) bool { return strings.Contains(plain(m), "content/python/pathlib.md") })
	send("V")
	m = waitModel(t, tm, "preview off", func(m Model) bool { return !strings.Contains(plain(m), "│") })
	if !strings.Contains(m.screen, "Five pathlib habits                ") || !strings.Contains(m.screen, "python") {
		t.Errorf("without the preview the list takes the width, with its columns:\n%s", m.screen)
	}

	// The tag browser toggles: choosing italy twice leaves no filter.
	send("titaly<enter>")
	waitModel(t, tm, "filtered by italy", func(m Model) bool { return m.list().filter.input.Value() == "tag:italy" && len(m.list().shown) == 2 })
	send("titaly<enter>")
	waitModel(t, tm, "italy toggled off", func(m Model) bool { return m.list().filter.input.Value() == "" && len(m.list().shown) == 7 })

	// Sorting by modified shows the modified dates.
	send("ss")
	m = waitModel(t, tm, "sorted by modified", func(m Model) bool { return m.list().sortKey == "modified" })
	if !strings.Contains(m.screen, "2025-01-02  ") || !strings.Contains(m.screen, "by modified, newest first") {
		t.Errorf("sorted by modified:\n%s", m.screen)
	}

	// o on a post without headings says so instead of doing nothing.
	send("g<enter>")
	waitModel(t, tm, "reader", func(m Model) bool { return screenName(m) == "reader" && m.reader().ready })
	send("o")
	waitModel(t, tm, "no outline, said", func(m Model) bool { return strings.Contains(plain(m), "this post has no headings to outline") })
	send("n")
	waitModel(t, tm, "no search, said", func(m Model) bool { return strings.Contains(plain(m), "no search: / searches in the post") })
	send("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(hangGuard))
}
