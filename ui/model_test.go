package ui

import (
	"image/color"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

func TestListLoadsNewestFirst(t *testing.T) {
	t.Parallel()
	m := loaded(t, 100, 20)
	if !m.list().loaded || len(m.list().all) != 7 {
		t.Fatalf("loaded=%v posts=%d, want 7 loaded", m.list().loaded, len(m.list().all))
	}
	if got := m.list().selected().Title; got != "Notes on burnout" {
		t.Errorf("first post %q, want the newest, Notes on burnout", got)
	}
	if !strings.Contains(plain(m), "7 posts") {
		t.Errorf("status line lacks the count:\n%s", plain(m))
	}
}

func TestListKeys(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		keys       string
		wantScreen string
		wantTitle  string // selected post
		wantQuery  string
		wantShown  int
	}{
		{"down moves", "jj", "list", "A weekend in Trieste", "", 7},
		{"bottom and up", "Gk", "list", "About", "", 7},
		{"filter by tag", "/tag:italy<enter>", "list", "A weekend in Trieste", "tag:italy", 2},
		{"filter is live per keystroke", "/tag:dj", "list", "", "tag:dj", 0},
		{"bare words match titles", "/pytest", "list", "Testing Django with pytest", "pytest", 1},
		{"negation", "/-tag:italy<enter>", "list", "Notes on burnout", "-tag:italy", 5},
		{"esc clears the filter and keeps the selection", "/tag:italy<enter><esc>", "list", "A weekend in Trieste", "", 7},
		{"bad query keeps the last results", "/tag:italy -status:", "list", "", "tag:italy -status:", 2},
		{"tags browser filters", "t" + "ital<enter>", "list", "A weekend in Trieste", "tag:italy", 2},
		{"terms combine", "tital<enter>tcoffee<enter>", "list", "A weekend in Trieste", "tag:italy tag:coffee", 1},
		{"categories browser", "cdjango<enter>", "list", "Testing Django with pytest", "category:django", 1},
		{"open a post", "<enter>", "reader", "Notes on burnout", "", 7},
		{"back keeps the selection", "jj<enter><esc>", "list", "A weekend in Trieste", "", 7},
		{"next post in the reader", "<enter>]]", "reader", "A weekend in Trieste", "", 7},
		{"sort by title keeps the selection", "s", "list", "Notes on burnout", "", 7},
		{"sort by title from the top", "sg", "list", "A post with a bad date", "", 7},
		{"warnings panel", "!", "warnings", "Notes on burnout", "", 7},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := drive(t, loaded(t, 100, 20), keys(tc.keys)...)
			if screenName(m) != tc.wantScreen {
				t.Errorf("screen %s, want %s", screenName(m), tc.wantScreen)
			}
			if got := m.list().filter.input.Value(); got != tc.wantQuery {
				t.Errorf("query %q, want %q", got, tc.wantQuery)
			}
			if len(m.list().shown) != tc.wantShown {
				t.Errorf("%d posts shown, want %d", len(m.list().shown), tc.wantShown)
			}
			sel := ""
			if p := m.list().selected(); p != nil {
				sel = p.Title
			}
			if tc.wantTitle != "" && sel != tc.wantTitle {
				t.Errorf("selected %q, want %q", sel, tc.wantTitle)
			}
		})
	}
}

func TestReaderSearch(t *testing.T) {
	t.Parallel()
	m := loaded(t, 80, 20)
	m = drive(t, m, keys("/pathlib<enter><enter>")...)
	if screenName(m) != "reader" || !m.reader().ready {
		t.Fatalf("reader not ready: screen %s", screenName(m))
	}
	m = drive(t, m, keys("/habit<enter>")...)
	n := len(m.reader().matches)
	if n < 4 {
		t.Fatalf("%d matches for habit, want at least 4", n)
	}
	if m.reader().current != 0 {
		t.Errorf("current match %d, want 0", m.reader().current)
	}
	m = drive(t, m, keys("nn")...)
	if m.reader().current != 2 {
		t.Errorf("after n n, current %d, want 2", m.reader().current)
	}
	m = drive(t, m, keys("NNN")...)
	if m.reader().current != n-1 {
		t.Errorf("N wraps: current %d, want %d", m.reader().current, n-1)
	}
	if !strings.Contains(plain(m), "match "+strconv.Itoa(n)+" of "+strconv.Itoa(n)) {
		t.Errorf("footer lacks the match count:\n%s", plain(m))
	}
	m = drive(t, m, keys("<esc>")...)
	if screenName(m) != "list" || m.list().selected().Title != "Five pathlib habits" {
		t.Errorf("esc: screen %s, selected %q", screenName(m), m.list().selected().Title)
	}
}

func TestReaderOutline(t *testing.T) {
	t.Parallel()
	m := drive(t, loaded(t, 80, 12), keys("/pathlib<enter><enter>")...)
	hs := m.reader().doc.Headings
	if len(hs) != 3 || hs[2].Text != "Glob instead of walking" {
		t.Fatalf("headings %+v", hs)
	}
	m = drive(t, m, keys("ojj<enter>")...)
	if screenName(m) == "outline" {
		t.Fatal("outline still open after enter")
	}
	// The viewport cannot scroll past the end, so the heading need not be
	// the top line; it must be on screen, and the jump must have scrolled.
	top := m.reader().vp.YOffset()
	if top == 0 || hs[2].Line < top || hs[2].Line >= top+m.reader().vp.Height() {
		t.Errorf("lines %d to %d on screen, want heading line %d among them", top, top+m.reader().vp.Height()-1, hs[2].Line)
	}
}

func TestOpenCachedPostDoesNotRender(t *testing.T) {
	t.Parallel()
	m := drive(t, loaded(t, 80, 20), keys("<enter><esc>")...)
	next, cmd := m.Update(namedKey("enter"))
	m = next.(Model)
	if cmd != nil {
		t.Errorf("opening a rendered post returned a command; want the cached rendering")
	}
	if !m.reader().ready {
		t.Error("reader not ready from the cache")
	}
}

func TestResizeRewrapsOpenPost(t *testing.T) {
	t.Parallel()
	m := drive(t, loaded(t, 80, 20), keys("/pathlib<enter><enter>")...)
	m = drive(t, m, tea.WindowSizeMsg{Width: 60, Height: 20})
	if m.reader().key.width != 60 || !m.reader().ready {
		t.Fatalf("after resize: width %d ready %v", m.reader().key.width, m.reader().ready)
	}
	for _, l := range strings.Split(plain(m), "\n") {
		if w := len([]rune(l)); w > 60 {
			t.Errorf("line wider than 60: %q", l)
		}
	}
}

func TestEmptyFolder(t *testing.T) {
	t.Parallel()
	m := New(Config{Dir: "/empty", FS: fstest.MapFS{}, Style: "dark"})
	m = drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 10})
	m = runCmd(t, m, m.Init(), 0)
	if !strings.Contains(plain(m), "No posts in /empty") {
		t.Errorf("empty folder screen:\n%s", plain(m))
	}
}

func TestQuit(t *testing.T) {
	t.Parallel()
	for _, k := range []string{"q", "<ctrl+c>"} {
		m := loaded(t, 80, 10)
		_, cmd := m.Update(keys(k)[0])
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s does not quit", k)
		}
	}
}

func TestTypingQInFilterDoesNotQuit(t *testing.T) {
	t.Parallel()
	m := drive(t, loaded(t, 80, 10), keys("/q")...)
	if m.list().filter.input.Value() != "q" {
		t.Errorf("filter %q, want q", m.list().filter.input.Value())
	}
}

func TestHostileTitleIsSanitized(t *testing.T) {
	t.Parallel()
	m := drive(t, loaded(t, 100, 20), keys("/evil<enter><enter>")...)
	s := m.screen()
	if strings.Contains(s, "\x1b]52") || strings.Contains(s, "\x1b[2J") || strings.Contains(s, "\x07") {
		t.Errorf("hostile bytes reached the screen: %q", s)
	}
}

func TestFilterNarrowingMatchesFullFilter(t *testing.T) {
	t.Parallel()
	ps := genPosts(500, 80)
	m := New(Config{Dir: "/x", Style: "dark"})
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = withPosts(t, m, ps)
	m = drive(t, m, keys("/tag:python se")...)
	m = drive(t, m, keys("rv<backspace><backspace>rve")...)
	q, _ := posts.ParseQuery("tag:python serve")
	want := posts.FilterTitles(m.list().all, q)
	if exact := posts.Filter(m.list().all, q); len(want) < len(exact) || want[len(exact)-1] != exact[len(exact)-1] {
		t.Fatalf("the exact matches (%d) do not come first in the fuzzy result (%d)", len(exact), len(want))
	}
	// The list shows the exact matches by relevance: compared in the
	// list's order, as the filter keeps them, and ranked as Rank ranks
	// the full filter's.
	got := append(slices.Clone(m.list().exact), m.list().fuzzy...)
	if len(got) != len(want) || len(m.list().shown) != len(want) {
		t.Fatalf("narrowed filter shows %d posts (%d kept), full filter %d", len(m.list().shown), len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("post %d differs", i)
		}
	}
	ranked := posts.Rank(posts.Filter(m.list().all, q), q)
	for i := range ranked {
		if m.list().shown[i] != ranked[i] {
			t.Fatalf("ranked post %d differs", i)
		}
	}
}

func TestHideDrafts(t *testing.T) {
	t.Parallel()
	o := testOptions(testBlog())
	o.HideDrafts = true
	m := New(o)
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 20})
	m = runCmd(t, m, m.Init(), 0)
	for _, p := range m.list().all {
		if p.Status == "draft" {
			t.Errorf("draft %s listed", p.Path)
		}
	}
	if len(m.list().all) != 6 {
		t.Errorf("%d posts, want 6 without the draft", len(m.list().all))
	}
}

func TestFuzzyTitles(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, keys string
		want       []string
	}{
		{"letters in order", "/pthlb", []string{"Five pathlib habits"}},
		{"exact matches first", "/habit", []string{"Five pathlib habits"}},
		{"with other terms", "/tag:italy wknd", []string{"A weekend in Trieste"}},
		{"other terms still apply", "/tag:django wknd", nil},
		{"narrowing keeps fuzzy matches", "/wk<backspace>knd", []string{"A weekend in Trieste"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := drive(t, loaded(t, 100, 20), keys(tc.keys)...)
			var got []string
			for _, p := range m.list().shown {
				got = append(got, p.Title)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("shown %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFuzzyRanges(t *testing.T) {
	t.Parallel()
	got := fuzzyRanges("Five pathlib habits", "pthlb")
	want := [][2]int{{5, 6}, {7, 10}, {11, 12}}
	if len(got) != len(want) {
		t.Fatalf("ranges %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ranges %v, want %v", got, want)
		}
	}
	if fuzzyRanges("abc", "abd") != nil {
		t.Error("letters not all there should give no ranges")
	}
}

func TestBackgroundColourPicksStyles(t *testing.T) {
	t.Parallel()
	o := testOptions(testBlog())
	o.Style = "" // ask the terminal
	m := New(o)
	m = drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 20})
	m = runCmd(t, m, m.Init(), 0)
	m = drive(t, m, keys("<enter>")...)
	m = drive(t, m, tea.BackgroundColorMsg{Color: color.White})
	if m.sh.styles.IsDark || m.sh.styles.GlamourSty != "light" {
		t.Fatalf("white background: dark=%v glamour=%q", m.sh.styles.IsDark, m.sh.styles.GlamourSty)
	}
	if m.reader().key.style != "light" || !m.reader().ready {
		t.Errorf("open post not rendered again in the light style: %+v", m.reader().key)
	}
	m = drive(t, m, tea.BackgroundColorMsg{Color: color.Black})
	if !m.sh.styles.IsDark || m.reader().key.style != "dark" {
		t.Errorf("black background: dark=%v reader style %q", m.sh.styles.IsDark, m.reader().key.style)
	}
}

func TestReloadKeepsReaderAndRendersChanges(t *testing.T) {
	t.Parallel()
	fsys := testBlog()
	m := New(testOptions(fsys))
	m = drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 20})
	m = runCmd(t, m, m.Init(), 0)
	m = drive(t, m, keys("/pathlib<enter><enter>")...)
	f := fsys["content/python/pathlib.md"]
	f.Data = append(f.Data, []byte("\nA paragraph added on disk.\n")...)
	f.ModTime = testTime.Add(time.Minute)
	delete(fsys, "content/travel/trieste.md")
	m = runCmd(t, m, m.sh.reload(), 0)
	if screenName(m) != "reader" || !strings.Contains(plain(m)+strings.Join(m.reader().doc.Plain, "\n"), "A paragraph added on disk.") {
		t.Errorf("the open post was not rendered again:\n%s", strings.Join(m.reader().doc.Plain, "\n"))
	}
	if len(m.list().all) != 6 {
		t.Errorf("%d posts after deleting one, want 6", len(m.list().all))
	}
	m = drive(t, m, keys("<esc>")...)
	if m.list().filter.input.Value() != "pathlib" || m.list().selected().Title != "Five pathlib habits" {
		t.Errorf("filter %q, selected %q after reload", m.list().filter.input.Value(), m.list().selected().Title)
	}
}

func TestSearchHighlightsMatches(t *testing.T) {
	t.Parallel()
	m := drive(t, loaded(t, 80, 30), keys("/pathlib<enter><enter>/habit<enter>")...)
	view := m.reader().vp.View()
	cur := m.sh.styles.SearchCur.Render("habit")
	hit := m.sh.styles.SearchHit.Render("habit")
	if !strings.Contains(view, cur) {
		t.Errorf("current match not styled as current")
	}
	if strings.Count(view, hit) != len(m.reader().matches)-1 {
		t.Errorf("%d other matches styled, want %d", strings.Count(view, hit), len(m.reader().matches)-1)
	}
}
