package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/store"

	tea "charm.land/bubbletea/v2"
)

// The list shows before the posts' text is indexed: until it is, a bare
// word finds titles, summaries and tags only and the status line says
// how much text is read; once it is, the filter runs again and finds the
// word in a body.
func TestFilterFindsBodyTextOnceIndexed(t *testing.T) {
	t.Parallel()
	m := New(testOptions(testBlog()))
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	// Indexing waits while something holds the store's Yield: held once
	// every post is read, it holds indexing back until released.
	var release func()
	m = runUntil(t, m, m.Init(), func(m Model) bool {
		if release == nil && len(m.sh.store.Posts()) == 7 {
			release = m.sh.store.Yield().Hold()
		}
		return m.list().loaded
	})
	if release == nil {
		t.Fatal("the list was whole before every post was read")
	}
	if !m.sh.store.TextPending() {
		t.Fatal("the list is whole and its text pending, yet the store says it is indexed")
	}
	m = drive(t, m, keys("/rglob")...)
	if paths := shownPaths(m); len(paths) != 0 {
		t.Errorf("before indexing, rglob (only in a body) lists %q", paths)
	}
	if line := m.list().statusLine(); !strings.Contains(line, "(text 0% read)") {
		t.Errorf("before indexing, the status line %q does not say the text is not read", line)
	}

	release()
	m = runUntil(t, m, resume(m), func(m Model) bool { return !m.sh.store.Pending() })
	if paths := shownPaths(m); len(paths) != 1 || paths[0] != "content/python/pathlib.md" {
		t.Errorf("once indexed, rglob lists %q, want the pathlib post", paths)
	}
	if line := m.list().statusLine(); strings.Contains(line, "read)") {
		t.Errorf("once indexed, the status line %q still says the text is being read", line)
	}
	if m.sh.store.TextPending() {
		t.Error("once indexed, the store says the text is pending")
	}
}

func shownPaths(m Model) []string {
	var out []string
	for _, p := range m.list().shown {
		out = append(out, p.Path)
	}
	return out
}

// A keystroke stops the filtering the previous one started: on a big
// blog, filters typed in a row otherwise ran side by side, slowing each
// other and the keys.
func TestKeystrokeStopsPreviousFilter(t *testing.T) {
	t.Parallel()
	m := loaded(t, 100, 30)
	m = drive(t, m, keys("/")...)
	next, first := m.Update(keys("p")[0])
	m = next.(Model)
	_, second := m.Update(keys("y")[0])
	if msgs := flatten(first); hasFiltered(msgs) {
		t.Errorf("the first keystroke's filter ran to the end after the second keystroke: %T", msgs)
	}
	if msgs := flatten(second); !hasFiltered(msgs) {
		t.Errorf("the second keystroke's filter gave no result: %T", msgs)
	}
}

// flatten runs cmd and the Cmds of the batches it returns, and returns
// their messages (a timer's after it fires).
func flatten(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, flatten(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

func hasFiltered(msgs []tea.Msg) bool {
	for _, msg := range msgs {
		if _, ok := msg.(filteredMsg); ok {
			return true
		}
	}
	return false
}

// Batches that arrive while a filter runs over the list without them
// end up in its results: the list is filtered again with them, and the
// results of filters that did not know them are dropped.
func TestBatchDuringFilterKeepsItsMatches(t *testing.T) {
	t.Parallel()
	m := New(testOptions(testBlog()))
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	post := func(path, title string) *posts.Post {
		return posts.Parse(path, []byte("Title: "+title+"\nDate: 2024-01-02\n\nbody\n"), m.sh.cfg.Posts)
	}
	// Batches go to the list as the root hands them on, without a store
	// behind them: the test decides when each arrives.
	batch := func(p *posts.Post) tea.Cmd {
		_, cmd := m.list().Update(storeEventMsg{store.Batch{Posts: []*posts.Post{p}}})
		return cmd
	}
	m = runCmd(t, m, batch(post("a.md", "Zebra one")), 0)
	m = drive(t, m, keys("/")...)
	next, first := m.Update(keys("z")[0]) // filters the list of a alone
	m = next.(Model)
	second := batch(post("b.md", "Zebra two")) // filters again, with b
	third := batch(post("c.md", "Zebra three"))
	m = runCmd(t, m, first, 0) // late: dropped
	m = runCmd(t, m, second, 0)
	m = runCmd(t, m, third, 0)
	if got := shownPaths(m); len(got) != 3 {
		t.Errorf("the zebra filter lists %q, want the three zebra posts", got)
	}
}

// heldCtx records, each time a filter asks whether it was stopped,
// whether the folder's loading was paused at that moment.
type heldCtx struct {
	context.Context
	y    *posts.Yield
	seen []bool
}

func (c *heldCtx) Err() error {
	c.seen = append(c.seen, c.y.Held())
	return c.Context.Err()
}

// A keystroke's filter has the CPUs while it runs: the loading and
// indexing it would share them with pause (posts.Yield), and carry on
// once it is done, stopped or not.
func TestFilterPausesLoadingWhileItRuns(t *testing.T) {
	t.Parallel()
	m := loaded(t, 100, 30)
	y := m.sh.store.Yield()
	q, err := posts.ParseQuery("python")
	if err != nil {
		t.Fatal(err)
	}
	base := filterResult{exact: m.list().all}
	ctx := &heldCtx{Context: context.Background(), y: y}
	msg := filterCmd(ctx, y, base, q, 1, posts.SortDate, false, false)()
	if _, ok := msg.(filteredMsg); !ok {
		t.Fatalf("the filter returned %T, want filteredMsg", msg)
	}
	if len(ctx.seen) == 0 || slices.Contains(ctx.seen, false) {
		t.Errorf("loading paused at the filter's checks: %v, want all true", ctx.seen)
	}
	if y.Held() {
		t.Error("loading is still paused after the filter")
	}

	stopped, cancel := context.WithCancel(context.Background())
	cancel()
	if msg := filterCmd(stopped, y, base, q, 2, posts.SortDate, false, false)(); msg != nil {
		t.Errorf("a stopped filter returned %T", msg)
	}
	if y.Held() {
		t.Error("loading is still paused after a stopped filter")
	}
}
