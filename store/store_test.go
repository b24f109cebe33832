package store

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/folio-blog/folio/internal/gittest"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// hangGuard is how long a test waits for the store before calling it
// hung. Waits return as soon as their condition holds; it only guards
// against hangs, so it is far above anything a loaded machine takes.
const hangGuard = 2 * time.Minute

// blog is a folder of n Pelican posts, post-0.md to post-(n-1).md.
func blog(n int) fstest.MapFS {
	fsys := fstest.MapFS{}
	for i := range n {
		body := fmt.Sprintf("Title: Post %d\nDate: 2024-01-%02d\n\nWords about lagoons %d.\n", i, 1+i%28, i)
		fsys[fmt.Sprintf("post-%d.md", i)] = &fstest.MapFile{Data: []byte(body)}
	}
	return fsys
}

// newStore is a store of fsys read as the interface reads it.
func newStore(t *testing.T, fsys fstest.MapFS) *Store {
	t.Helper()
	s := New(fsys, posts.Options{Search: true, CompactSearch: true})
	t.Cleanup(func() { s.Close() })
	return s
}

// drain applies events until no work is left, and returns them.
func drain(t *testing.T, s *Store) []Event {
	t.Helper()
	var evs []Event
	for s.Pending() {
		got := make(chan Event, 1)
		go func() {
			ev, _ := s.Next()
			got <- ev
		}()
		select {
		case ev := <-got:
			if ev == nil {
				t.Fatal("the store closed while work was pending")
			}
			s.Apply(ev)
			evs = append(evs, ev)
		case <-time.After(hangGuard):
			t.Fatalf("no event after %d; pending work never reported", len(evs))
		}
	}
	return evs
}

func TestLoadReadsEveryPostThenItsText(t *testing.T) {
	t.Parallel()
	s := newStore(t, blog(600)) // more than the first batch
	if s.Found() != -1 || s.Loaded() || s.Pending() {
		t.Fatalf("before Start: found %d, loaded %v, pending %v", s.Found(), s.Loaded(), s.Pending())
	}
	s.Start()
	evs := drain(t, s)
	if _, ok := evs[0].(Found); !ok {
		t.Fatalf("first event %T, want Found", evs[0])
	}
	batches, indexed := 0, false
	for _, ev := range evs {
		switch ev := ev.(type) {
		case Batch:
			if !ev.Done {
				batches++
			}
		case Indexed:
			indexed = indexed || ev.Finished
		}
	}
	if batches < 2 || !indexed {
		t.Errorf("%d batches, indexing finished %v; want the first batch apart and the text indexed", batches, indexed)
	}
	if len(s.Posts()) != 600 || s.Found() != 600 || !s.Loaded() || s.TextPending() {
		t.Errorf("posts %d, found %d, loaded %v, text pending %v", len(s.Posts()), s.Found(), s.Loaded(), s.TextPending())
	}
	q, err := posts.ParseQuery("lagoons 599")
	if err != nil {
		t.Fatal(err)
	}
	if got := posts.Filter(s.Posts(), q); len(got) != 1 || got[0].Title != "Post 599" {
		t.Errorf("the indexed text finds %d posts, want Post 599", len(got))
	}
}

func TestReloadAskedWhileLoadingFollowsTheLoad(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.CopyFS(dir, blog(10)); err != nil {
		t.Fatal(err)
	}
	s := New(posts.DirFS(dir), posts.Options{Search: true})
	t.Cleanup(func() { s.Close() })
	s.Start()
	// folio wrote a file before the folder was read whole.
	if err := os.WriteFile(filepath.Join(dir, "late.md"), []byte("Title: Late\n\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.Reload()
	evs := drain(t, s)
	reloads := 0
	for _, ev := range evs {
		if _, ok := ev.(Reloaded); ok {
			reloads++
		}
	}
	if reloads != 1 || len(s.Posts()) != 11 || s.ByPath("late.md") == nil {
		t.Errorf("%d reloads, %d posts; want one reload that reads late.md", reloads, len(s.Posts()))
	}
}

func TestReloadsAskedTogetherReadOnceMore(t *testing.T) {
	t.Parallel()
	s := newStore(t, blog(5))
	s.Start()
	drain(t, s)
	s.Reload()
	s.Reload()
	s.Reload()
	reloads := 0
	for _, ev := range drain(t, s) {
		if _, ok := ev.(Reloaded); ok {
			reloads++
		}
	}
	if reloads != 2 {
		t.Errorf("%d reads for three reloads asked at once; want the one under way and one after it", reloads)
	}
}

func TestIndexingStoppedByAReloadIsStale(t *testing.T) {
	t.Parallel()
	s := newStore(t, blog(600))
	s.Start()
	// Apply events until the folder is read and indexing has begun.
	for !s.Loaded() {
		ev, _ := s.Next()
		s.Apply(ev)
	}
	s.Reload()
	stale := 0
	for s.Pending() {
		ev, _ := s.Next()
		if !s.Apply(ev) {
			if _, ok := ev.(Indexed); !ok {
				t.Errorf("stale %T", ev)
			}
			stale++
		}
	}
	if s.TextPending() || len(s.Posts()) != 600 {
		t.Errorf("text pending %v with %d posts after the reload", s.TextPending(), len(s.Posts()))
	}
	if stale == 0 {
		t.Log("indexing finished before the reload; nothing was stale")
	}
}

func TestLookups(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{
		"a.md": {Data: []byte("---\ntitle: A\nurl: /2024/a/\n---\nA.\n")},
		"b.md": {Data: []byte("---\ntitle: B\n---\nB.\n")},
	}
	s := New(fsys, posts.Options{Rules: posts.Rules{Generator: site.Hugo}})
	t.Cleanup(func() { s.Close() })
	s.Start()
	drain(t, s)
	if p := s.ByPath("b.md"); p == nil || p.Title != "B" {
		t.Errorf("ByPath(b.md) = %v", p)
	}
	if p := s.ByPath("c.md"); p != nil {
		t.Errorf("ByPath of a missing file = %v", p)
	}
	for _, u := range []string{"/2024/a/", "/2024/a", "/2024/a/index.html"} {
		if p := s.ByURL(u); p == nil || p.Title != "A" {
			t.Errorf("ByURL(%q) = %v", u, p)
		}
	}
}

func TestUnreadableFolderEndsTheLoad(t *testing.T) {
	t.Parallel()
	s := New(fstest.MapFS{}, posts.Options{Rules: posts.Rules{ContentDir: "missing"}})
	t.Cleanup(func() { s.Close() })
	s.Start()
	drain(t, s)
	if s.Err() == nil || !s.Loaded() || len(s.Posts()) != 0 {
		t.Errorf("err %v, loaded %v, %d posts", s.Err(), s.Loaded(), len(s.Posts()))
	}
}

func TestCloseStopsWork(t *testing.T) {
	t.Parallel()
	s := New(blog(2000), posts.Options{})
	s.Start()
	ev, ok := s.Next()
	if !ok {
		t.Fatal("no first event")
	}
	s.Apply(ev)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Next(); ok {
		t.Error("Next after Close returned an event")
	}
}

func TestLookupsFollowAReload(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.CopyFS(dir, blog(3)); err != nil {
		t.Fatal(err)
	}
	s := New(posts.DirFS(dir), posts.Options{})
	t.Cleanup(func() { s.Close() })
	s.Start()
	drain(t, s)
	before, links := s.ByPath("post-1.md"), s.Links()
	// The same number of posts, one of them changed.
	if err := os.WriteFile(filepath.Join(dir, "post-1.md"), []byte("Title: Renamed\n\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.Reload()
	drain(t, s)
	if p := s.ByPath("post-1.md"); p == before || p.Title != "Renamed" {
		t.Errorf("after the reload ByPath gives %q, the post read before", p.Title)
	}
	if s.Links() == links {
		t.Error("after the reload Links is the lookup of the posts read before")
	}
}

func TestFolderMadeLaterIsReadByAReload(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s := New(posts.DirFS(dir), posts.Options{Rules: posts.Rules{ContentDir: "content"}})
	t.Cleanup(func() { s.Close() })
	s.Start()
	drain(t, s)
	if s.Err() == nil {
		t.Fatal("no error for a content folder that does not exist")
	}
	if err := os.CopyFS(filepath.Join(dir, "content"), blog(2)); err != nil {
		t.Fatal(err)
	}
	s.Reload()
	drain(t, s)
	if s.Err() != nil || len(s.Posts()) != 2 {
		t.Errorf("after the folder was made: err %v, %d posts", s.Err(), len(s.Posts()))
	}
}

func TestPostsCarryTheirGitStateAfterLoadAndReload(t *testing.T) {
	t.Parallel()
	repo := gittest.Repo(t, map[string]string{
		"blog/a.md": "Title: A\nDate: 2024-01-01\n\nA.\n",
		"blog/b.md": "Title: B\nDate: 2024-01-02\n\nB.\n",
	})
	dir := filepath.Join(repo, "blog")
	gittest.Write(t, repo, map[string]string{"blog/b.md": "Title: B\nDate: 2024-01-02\n\nB, edited.\n"})
	s := New(posts.DirFS(dir), posts.Options{Search: true, CompactSearch: true})
	t.Cleanup(func() { s.Close() })
	s.ReadGit(dir)
	s.Start()
	drain(t, s)
	states := func() map[string]posts.GitState {
		got := map[string]posts.GitState{}
		for _, p := range s.Posts() {
			got[p.Path] = p.Git
		}
		return got
	}
	if got := states(); got["a.md"] != posts.GitClean || got["b.md"] != posts.GitModified {
		t.Errorf("after the load, states = %v, want a.md clean, b.md modified", got)
	}
	gittest.Write(t, repo, map[string]string{"blog/c.md": "Title: C\nDate: 2024-01-03\n\nC.\n"})
	gittest.Git(t, repo, "add", "blog/b.md")
	s.Reload()
	drain(t, s)
	if got := states(); got["b.md"] != posts.GitStaged || got["c.md"] != posts.GitNew {
		t.Errorf("after the reload, states = %v, want b.md staged, c.md new", got)
	}
}
