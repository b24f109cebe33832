package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/store"
)

// filterOrderPosts is a site where typing "tag:security lang:en" goes
// through queries whose results differ in order from the last one's:
// "tag:security lang" matches only the oldest English security post,
// whose title has "lang" in it, and "lang:e" matches nothing.
func filterOrderPosts() []*posts.Post {
	var ps []*posts.Post
	add := func(path, title, lang, tag string, year int) {
		src := fmt.Sprintf("Title: %s\nDate: %d-01-01\nLang: %s\nTags: %s\n\nText.\n", title, year, lang, tag)
		ps = append(ps, posts.Parse(path, []byte(src), posts.Options{}))
	}
	for i := range 5 {
		add(fmt.Sprintf("fr%d.md", i), fmt.Sprintf("Sécurité %d", i), "fr", "security", 2030-i)
	}
	for i := range 19 {
		add(fmt.Sprintf("en%d.md", i), fmt.Sprintf("Post %d", i), "en", "security", 2020-i)
	}
	add("plan.md", "Plan for a language", "en", "security", 1990)
	for i := range 15 {
		add(fmt.Sprintf("other%d.md", i), fmt.Sprintf("Other %d", i), "en", "misc", 2025-i)
	}
	return ps
}

// TestFilterSelectionWhateverTheOrder types "/tag:security lang:en" with
// the filter's results and the store's events (a batch of new posts,
// indexing's progress, the folder read again) arriving in every order a
// busy machine may deliver them. However they arrive, the result selects
// the post the user chose when it is listed, else the first row: it
// once kept whatever post an intermediate query's result had put first
// ("tag:security lang"), landing on row 20 or row 1 depending on which
// results the machine was quick enough to show.
func TestFilterSelectionWhateverTheOrder(t *testing.T) {
	t.Parallel()
	typed := keys("/tag:security lang:en<enter>")
	newest := posts.Parse("new.md", []byte("Title: Newest post\nDate: 2024-06-01\nLang: en\nTags: security\n\nText.\n"), posts.Options{})
	events := []struct {
		name string
		ev   func(m Model) (Model, tea.Cmd)
	}{
		{"no event", nil},
		{"batch", func(m Model) (Model, tea.Cmd) {
			// A batch of the folder's stream goes to the list, as the
			// root hands it on once the store took it.
			_, cmd := m.list().Update(storeEventMsg{store.Batch{Posts: []*posts.Post{newest}}})
			return m, cmd
		}},
		{"indexed", func(m Model) (Model, tea.Cmd) {
			_, cmd := m.list().Update(storeEventMsg{store.Indexed{Done: 7}})
			return m, cmd
		}},
		{"reloaded", func(m Model) (Model, tea.Cmd) {
			next, cmd := m.Update(storeEventMsg{store.Reloaded{Posts: append(filterOrderPosts(), newest)}})
			return next.(Model), cmd
		}},
	}
	// flush says after which keystroke the Cmds so far are run and their
	// messages delivered (they always are at the end).
	flushes := []struct {
		name  string
		after func(i, at int) bool
	}{
		{"after every key", func(i, at int) bool { return true }},
		{"only at the end", func(i, at int) bool { return false }},
		{"only after key at", func(i, at int) bool { return i == at }},
		{"after every key but at", func(i, at int) bool { return i != at }},
	}
	choices := []struct {
		name   string
		choose string // the post the user moves to before typing
		want   string // the post selected at the end; "" for the first row
	}{
		{"nothing chosen", "", ""},
		{"a listed post chosen", "en5.md", "en5.md"},
		{"a post not listed chosen", "other3.md", ""},
	}
	for _, ch := range choices {
		for _, ev := range events {
			for _, fl := range flushes {
				for at := range typed {
					if ev.ev == nil && at > 0 && fl.name == "after every key" || fl.name == "only at the end" && at > 0 && ev.ev == nil {
						continue // the same run again
					}
					name := fmt.Sprintf("%s/%s/%s/%d", ch.name, ev.name, fl.name, at)
					m := withPosts(t, loaded(t, 80, 30), filterOrderPosts())
					for ch.choose != "" && m.list().selectedPath() != ch.choose {
						m = drive(t, m, keys("j")...)
					}
					var pending []tea.Cmd
					for i, k := range typed {
						next, cmd := m.Update(k)
						m = next.(Model)
						pending = append(pending, cmd)
						if i == at && ev.ev != nil {
							m, cmd = ev.ev(m)
							pending = append(pending, cmd)
						}
						if fl.after(i, at) {
							m, pending = flushPending(t, m, pending), nil
						}
					}
					m = flushPending(t, m, pending)
					checkFilterSelection(t, name, m, ch.want)
				}
			}
		}
	}
}

// flushPending runs the Cmds held back so far, in the order they were
// made, and everything they lead to.
func flushPending(t *testing.T, m Model, pending []tea.Cmd) Model {
	t.Helper()
	for _, cmd := range pending {
		m = runCmd(t, m, cmd, 0)
	}
	return m
}

func checkFilterSelection(t *testing.T, name string, m Model, want string) {
	t.Helper()
	l := m.list()
	if l.filter.input.Value() != "tag:security lang:en" {
		t.Fatalf("%s: filter %q", name, l.filter.input.Value())
	}
	if len(l.shown) < 20 {
		t.Fatalf("%s: %d posts listed, want 20 or 21", name, len(l.shown))
	}
	for _, p := range l.shown {
		if p.Lang != "en" || p.Tags[0] != "security" {
			t.Fatalf("%s: %s listed", name, p.Path)
		}
	}
	if want == "" {
		want = l.shown[0].Path
	}
	if got := l.selectedPath(); got != want {
		t.Errorf("%s: selected %s on row %d, want %s", name, got, l.window.cursor+1, want)
	}
}
