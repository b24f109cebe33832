package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"

	tea "charm.land/bubbletea/v2"
)

// The list shows before the posts' text is indexed: until it is, a bare
// word finds titles, summaries and tags only and the status line says
// how much text is read; once it is, the filter runs again and finds the
// word in a body.
func TestFilterFindsBodyTextOnceIndexed(t *testing.T) {
	m := New(testOptions(testBlog()))
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = runUntil(t, m, findCmd(m.sh.fsys, m.sh.cfg.Posts), func(m Model) bool { return m.list.loaded })
	if !m.list.textPending {
		t.Fatal("the list is whole and its text pending, yet textPending is false")
	}
	m = drive(t, m, keys("/rglob")...)
	if paths := shownPaths(m); len(paths) != 0 {
		t.Errorf("before indexing, rglob (only in a body) lists %q", paths)
	}
	if line := m.list.statusLine(); !strings.Contains(line, "(text 0% read)") {
		t.Errorf("before indexing, the status line %q does not say the text is not read", line)
	}

	m = runCmd(t, m, indexCmd(m.sh.fsys, m.sh.cfg.Posts, m.list.read), 0)
	if paths := shownPaths(m); len(paths) != 1 || paths[0] != "content/python/pathlib.md" {
		t.Errorf("once indexed, rglob lists %q, want the pathlib post", paths)
	}
	if line := m.list.statusLine(); strings.Contains(line, "read)") {
		t.Errorf("once indexed, the status line %q still says the text is being read", line)
	}
	if m.list.textPending || m.list.indexing != nil {
		t.Errorf("once indexed, textPending %v, indexing %v", m.list.textPending, m.list.indexing != nil)
	}
}

func shownPaths(m Model) []string {
	var out []string
	for _, p := range m.list.shown {
		out = append(out, p.Path)
	}
	return out
}

// A keystroke stops the filtering the previous one started: on a big
// blog, filters typed in a row otherwise ran side by side, slowing each
// other and the keys.
func TestKeystrokeStopsPreviousFilter(t *testing.T) {
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
// end up in its results: each is filtered again with the whole list,
// and the results of filters that did not know it are dropped.
func TestBatchDuringFilterKeepsItsMatches(t *testing.T) {
	m := New(testOptions(testBlog()))
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	post := func(path, title string) *posts.Post {
		return posts.Parse(path, []byte("Title: "+title+"\nDate: 2024-01-02\n\nbody\n"), m.sh.cfg.Posts)
	}
	update := func(msg tea.Msg) tea.Cmd {
		next, cmd := m.Update(msg)
		m = next.(Model)
		return cmd
	}
	batches := make(chan []*posts.Post, 3)
	update(foundMsg{paths: []string{"a.md", "b.md", "c.md"}})
	wait := update(loadStartedMsg{batches: batches, cancel: func() {}})
	batches <- []*posts.Post{post("a.md", "Zebra one")}
	afterA := update(wait())
	batches <- []*posts.Post{post("b.md", "Zebra two")}
	wait = firstOf[batchMsg](t, afterA) // b, asked for before the keystroke
	m = drive(t, m, keys("/")...)
	update(keys("z")[0]) // its filtering is dropped: the next batch filters again
	batches <- []*posts.Post{post("c.md", "Zebra three")}
	close(batches)
	// b was asked for before the keystroke: the list is filtered again
	// (by filter) and c asked for (by next), for that filter.
	var results, third tea.Msg
	for _, msg := range flatten(update(wait())) {
		switch msg.(type) {
		case filteredMsg:
			results = msg
		case batchMsg:
			third = msg
		}
	}
	if results == nil || third == nil {
		t.Fatalf("after the second batch, filtered %v and the third batch %v", results != nil, third != nil)
	}
	// c comes in while that filter, which does not know it, runs.
	after := update(third)
	update(results)
	m = runCmd(t, m, after, 0)
	if got := shownPaths(m); len(got) != 3 {
		t.Errorf("the zebra filter lists %q, want the three zebra posts", got)
	}
}

// firstOf returns the Cmd among cmd's batch whose message is a T, run.
func firstOf[T tea.Msg](t *testing.T, cmd tea.Cmd) tea.Cmd {
	t.Helper()
	for _, msg := range flatten(cmd) {
		if _, ok := msg.(T); ok {
			return func() tea.Msg { return msg }
		}
	}
	t.Fatalf("no %T among the Cmds", *new(T))
	return nil
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
	m := loaded(t, 100, 30)
	y := m.sh.cfg.Posts.Yield
	if y == nil {
		t.Fatal("the model's posts options have no Yield: loading never gives way to filters")
	}
	q, err := posts.ParseQuery("python")
	if err != nil {
		t.Fatal(err)
	}
	base := filterResult{exact: m.list.all}
	ctx := &heldCtx{Context: context.Background(), y: y}
	msg := filterCmd(ctx, y, base, q, 1, posts.SortDate, false)()
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
	if msg := filterCmd(stopped, y, base, q, 2, posts.SortDate, false)(); msg != nil {
		t.Errorf("a stopped filter returned %T", msg)
	}
	if y.Held() {
		t.Error("loading is still paused after a stopped filter")
	}
}
