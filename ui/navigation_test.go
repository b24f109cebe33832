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
	if m.list.cursor != 3 {
		t.Errorf("list cursor %d after a wheel turn, want 3", m.list.cursor)
	}
	m = drive(t, m, up)
	if m.list.cursor != 0 {
		t.Errorf("list cursor %d after turning back, want 0", m.list.cursor)
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
	if m.state != stateReader || m.reader.post.Title != "Notes on burnout" {
		t.Fatalf("after [: state %d, post %q; want the newest post open", m.state, m.reader.post.Title)
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
	m := New(Options{Dir: "/big", FS: fsys, Style: "dark"})
	m = drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 10})
	next, parse := m.Update(findCmd(m.fsys, m.opts.Posts)())
	m = next.(Model)
	next, cmds := m.Update(parse())
	m = next.(Model)
	batch, ok := cmds().(tea.BatchMsg)
	if !ok || len(batch) != 2 {
		t.Fatalf("after the first batch got %T, want the sort and the next batch", cmds())
	}
	m = drive(t, m, batch[0]()) // the first batch, sorted
	if m.loaded || len(m.list.posts) != batchSize || !strings.Contains(plain(m), fmt.Sprintf("loading %d of %d posts", batchSize, n)) {
		t.Errorf("after one batch: loaded %v, %d listed, screen:\n%s", m.loaded, len(m.list.posts), plain(m))
	}
	m = runCmd(t, m, batch[1], 0)
	if !m.loaded || !strings.Contains(plain(m), fmt.Sprintf("%d posts", n)) {
		t.Errorf("after the last batch: loaded %v, screen:\n%s", m.loaded, plain(m))
	}
}
