package ui

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
)

// TestMouseWheel checks that the wheel moves the list's selection and
// scrolls an open post.
func TestMouseWheel(t *testing.T) {
	down := tea.MouseWheelMsg{Button: tea.MouseWheelDown}
	up := tea.MouseWheelMsg{Button: tea.MouseWheelUp}
	m := drive(t, loaded(t, 80, 12), down)
	if m.list.window.cursor != 3 {
		t.Errorf("list cursor %d after a wheel turn, want 3", m.list.window.cursor)
	}
	m = drive(t, m, up)
	if m.list.window.cursor != 0 {
		t.Errorf("list cursor %d after turning back, want 0", m.list.window.cursor)
	}
	m = drive(t, m, keys("/pathlib<enter><enter>")...)
	m = drive(t, m, down)
	if m.reader.vp.YOffset() == 0 {
		t.Error("the wheel did not scroll the open post")
	}
}

// TestPrevPostInReader checks that [ walks the current list back from
// the reader and that the top of the list is said on screen.
func TestPrevPostInReader(t *testing.T) {
	m := drive(t, loaded(t, 80, 20), keys("j<enter>[")...)
	if screenName(m) != "reader" || m.reader.post.Title != "Notes on burnout" {
		t.Fatalf("after [: screen %s, post %q; want the newest post open", screenName(m), m.reader.post.Title)
	}
	m = drive(t, m, keys("[")...)
	if !strings.Contains(plain(m), "no more posts this way") || m.reader.post.Title != "Notes on burnout" {
		t.Errorf("[ at the top: post %q, screen:\n%s", m.reader.post.Title, plain(m))
	}
}

// TestLoadingShowsProgress checks that a folder bigger than one batch
// is listed batch by batch, with the count read so far.
func TestLoadingShowsProgress(t *testing.T) {
	fsys := fstest.MapFS{}
	n := batchSize + 1
	for i := range n {
		fsys[fmt.Sprintf("p%05d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("Title: Post %d\nDate: 2020-01-01\n\nx\n", i))}
	}
	m := New(Config{Dir: "/big", FS: fsys, Style: "dark"})
	m = drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 10})
	next, parse := m.Update(findCmd(m.sh.fsys, m.sh.cfg.Posts)())
	m = next.(Model)
	next, cmds := m.Update(parse())
	m = next.(Model)
	batch, ok := cmds().(tea.BatchMsg)
	if !ok || len(batch) != 2 {
		t.Fatalf("after the first batch got %T, want the sort and the next batch", cmds())
	}
	m = drive(t, m, batch[0]()) // the first batch, sorted
	if m.list.loaded || len(m.list.shown) != batchSize || !strings.Contains(plain(m), fmt.Sprintf("loading %d of %d posts", batchSize, n)) {
		t.Errorf("after one batch: loaded %v, %d listed, screen:\n%s", m.list.loaded, len(m.list.shown), plain(m))
	}
	m = runCmd(t, m, batch[1], 0)
	if !m.list.loaded || !strings.Contains(plain(m), fmt.Sprintf("%d posts", n)) {
		t.Errorf("after the last batch: loaded %v, screen:\n%s", m.list.loaded, plain(m))
	}
}

func TestClickSelectsRow(t *testing.T) {
	m := loaded(t, 100, 20)
	m = drive(t, m, tea.MouseClickMsg{X: 20, Y: listTop + 2, Button: tea.MouseLeft})
	if got := m.list.selected().Title; got != "A weekend in Trieste" {
		t.Errorf("click on the third row selected %q", got)
	}
	m = drive(t, m, tea.MouseClickMsg{X: 20, Y: 0, Button: tea.MouseLeft})
	if got := m.list.selected().Title; got != "A weekend in Trieste" {
		t.Errorf("click on the title line moved the selection to %q", got)
	}
}
