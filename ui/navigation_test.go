package ui

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/store"
)

// TestMouseWheel checks that the wheel moves the list's selection and
// scrolls an open post.
func TestMouseWheel(t *testing.T) {
	t.Parallel()
	down := tea.MouseWheelMsg{Button: tea.MouseWheelDown}
	up := tea.MouseWheelMsg{Button: tea.MouseWheelUp}
	m := drive(t, loaded(t, 80, 12), down)
	if m.list().window.cursor != 3 {
		t.Errorf("list cursor %d after a wheel turn, want 3", m.list().window.cursor)
	}
	m = drive(t, m, up)
	if m.list().window.cursor != 0 {
		t.Errorf("list cursor %d after turning back, want 0", m.list().window.cursor)
	}
	m = drive(t, m, keys("/pathlib<enter><enter>")...)
	m = drive(t, m, down)
	if m.reader().vp.YOffset() == 0 {
		t.Error("the wheel did not scroll the open post")
	}
}

// TestPrevPostInReader checks that [ walks the current list back from
// the reader and that the top of the list is said on screen.
func TestPrevPostInReader(t *testing.T) {
	t.Parallel()
	m := drive(t, loaded(t, 80, 20), keys("j<enter>[")...)
	if screenName(m) != "reader" || m.reader().post.Title != "Notes on burnout" {
		t.Fatalf("after [: screen %s, post %q; want the newest post open", screenName(m), m.reader().post.Title)
	}
	m = drive(t, m, keys("[")...)
	if !strings.Contains(plain(m), "no more posts this way") || m.reader().post.Title != "Notes on burnout" {
		t.Errorf("[ at the top: post %q, screen:\n%s", m.reader().post.Title, plain(m))
	}
}

// TestLoadingShowsProgress checks that a folder bigger than one batch
// is listed batch by batch, with the count read so far; that each batch
// is merged into the list, never by sorting the whole list again; and
// that while the folder loads the top row stays selected, so the newest
// post read so far is on top and selected.
func TestLoadingShowsProgress(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{}
	n := store.FirstBatch + store.BatchSize + 1
	for i := range n {
		fsys[fmt.Sprintf("p%05d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("Title: Post %d\nDate: %d-01-01\n\nx\n", i, 1000+i))}
	}
	m := New(Config{Dir: "/big", FS: fsys, Style: "dark"})
	m = drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 10})
	cmd := m.Init()
	batches := 0
	for !m.list().loaded {
		msg := cmd()
		ev, ok := msg.(storeEventMsg)
		if !ok {
			t.Fatalf("while loading the list asked for %T; want only the store's next event (no sort of the whole list)", msg)
		}
		if b, ok := ev.ev.(store.Batch); ok && !b.Done {
			batches++
		}
		next, c := m.Update(msg)
		m, cmd = next.(Model), c
		shown := len(m.list().shown)
		if shown == 0 {
			continue
		}
		newest := m.list().shown[0]
		for _, p := range m.list().shown {
			if p.Date.After(newest.Date.Time) {
				t.Fatalf("%s is listed below the older %s", p.Title, newest.Title)
			}
		}
		if m.list().selected() != newest {
			t.Errorf("with %d posts listed, %q is selected; want the newest, %q", shown, m.list().selected().Title, newest.Title)
		}
		if !m.list().loaded && shown < n && !strings.Contains(plain(m), fmt.Sprintf("loading %d of %d posts", shown, n)) {
			t.Errorf("with %d posts listed, screen:\n%s", shown, plain(m))
		}
	}
	if batches < 2 || len(m.list().shown) != n || !strings.Contains(plain(m), fmt.Sprintf(" %d posts", n)) {
		t.Errorf("after %d batches: %d listed, screen:\n%s", batches, len(m.list().shown), plain(m))
	}
}

// A filter typed while the folder loads is applied to each new batch.
func TestFilterWhileLoading(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{}
	n := store.FirstBatch + store.BatchSize
	for i := range n {
		tag := "odd"
		if i%2 == 0 {
			tag = "even"
		}
		fsys[fmt.Sprintf("p%05d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("Title: Post %d\nDate: %d-01-01\nTags: %s\n\nx\n", i, 1000+i, tag))}
	}
	m := New(Config{Dir: "/big", FS: fsys, Style: "dark"})
	m = drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 10})
	next, cmd := m.Update(m.Init()()) // the files found: the stream starts
	m = next.(Model)
	next, cmd = m.Update(cmd()) // the first batch
	m = next.(Model)
	m = drive(t, m, keys("/tag:even")...)
	read := len(m.sh.store.Posts())
	if read == n || len(m.list().shown) == 0 || len(m.list().shown) > read {
		t.Fatalf("%d posts shown of %d read after the first batch", len(m.list().shown), read)
	}
	m = runCmd(t, m, cmd, 0) // the other batches
	if !m.list().loaded || len(m.list().shown) != n/2 || m.list().shown[0].Title != fmt.Sprintf("Post %d", n-2) {
		t.Errorf("%d posts shown after the last batch, first %q; want %d, the newest even one first", len(m.list().shown), m.list().shown[0].Title, n/2)
	}
}

func TestClickSelectsRow(t *testing.T) {
	t.Parallel()
	m := loaded(t, 100, 20)
	m = drive(t, m, tea.MouseClickMsg{X: 20, Y: listTop + 2, Button: tea.MouseLeft})
	if got := m.list().selected().Title; got != "A weekend in Trieste" {
		t.Errorf("click on the third row selected %q", got)
	}
	m = drive(t, m, tea.MouseClickMsg{X: 20, Y: 0, Button: tea.MouseLeft})
	if got := m.list().selected().Title; got != "A weekend in Trieste" {
		t.Errorf("click on the title line moved the selection to %q", got)
	}
}

// Changing the order while the folder loads loses no post and ends in
// the new order.
func TestSortWhileLoading(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{}
	n := store.FirstBatch + store.BatchSize + 50
	for i := range n {
		fsys[fmt.Sprintf("p%05d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("Title: Post %05d\nDate: %d-01-01\n\nx\n", (i*7919)%n, 1000+i))}
	}
	m := New(Config{Dir: "/big", FS: fsys, Style: "dark"})
	m = drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 10})
	next, cmd := m.Update(m.Init()()) // the files found: the stream starts
	m = next.(Model)
	next, cmd = m.Update(cmd()) // the first batch
	m = next.(Model)
	m = drive(t, m, keys("s")...) // by title, while loading
	m = runCmd(t, m, cmd, 0)
	if !m.list().loaded || len(m.list().shown) != n {
		t.Fatalf("loaded %v, %d listed; want all %d", m.list().loaded, len(m.list().shown), n)
	}
	for i, p := range m.list().shown {
		if want := fmt.Sprintf("Post %05d", i); p.Title != want {
			t.Fatalf("row %d is %q, want %q (by title)", i, p.Title, want)
		}
	}
}
