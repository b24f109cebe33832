package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/fsnotify/fsnotify"
)

// testWatcher watches dir with the real delays, or with maxPending so
// long that only settling can report a file.
func testWatcher(t *testing.T, dir string, maxPending time.Duration) *watcher {
	t.Helper()
	w, err := newWatcher(dir, settleDelay, maxPending, reportGap, 50*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

// nextReport waits for the watcher's next report.
func nextReport(t *testing.T, w *watcher, what string) []string {
	t.Helper()
	select {
	case paths, ok := <-w.ready:
		if !ok {
			t.Fatalf("waiting for %s: the watcher stopped", what)
		}
		return paths
	case <-time.After(hangGuard):
		t.Fatalf("no report of %s", what)
	}
	return nil
}

// waitUntil takes reports until the folder, read again as the model would
// after each, satisfies ok.
func waitUntil(t *testing.T, w *watcher, dir, what string, ok func(titles []string) bool) {
	t.Helper()
	for {
		nextReport(t, w, what)
		if titles := loadTitles(t, dir); ok(titles) {
			return
		}
	}
}

// loadTitles reads the folder as the model does on a reload; a folder
// that is gone reads as no posts.
func loadTitles(t *testing.T, dir string) []string {
	t.Helper()
	ps, _, err := posts.Load(context.Background(), posts.DirFS(dir), posts.Options{})
	if err != nil {
		return nil
	}
	var titles []string
	for _, p := range ps {
		titles = append(titles, p.Title)
	}
	slices.Sort(titles)
	return titles
}

func writePost(t *testing.T, dir, name, title string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte("Title: "+title+"\n\nBody\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// keepWriting writes a new version of the post at path every few
// milliseconds until the test ends.
func keepWriting(t *testing.T, path string) {
	t.Helper()
	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; ctx.Err() == nil; i++ {
			os.WriteFile(path, []byte(fmt.Sprintf("Title: Busy %d\n\nBody\n", i)), 0o644)
			time.Sleep(5 * time.Millisecond)
		}
	}()
	t.Cleanup(func() { stop(); wg.Wait() })
}

// TestWatchFolderDeletedAndRecreated: rm -rf of the blog folder, or of a
// folder in it, then the same folder made again with other posts. The
// new posts must be reported and read, the deleted ones gone.
func TestWatchFolderDeletedAndRecreated(t *testing.T) {
	t.Parallel()
	for _, which := range []string{"blog folder", "subfolder"} {
		t.Run(which, func(t *testing.T) {
			root := filepath.Join(t.TempDir(), "blog")
			dir := root
			if which == "subfolder" {
				dir = filepath.Join(root, "python")
				writePost(t, root, "top.md", "Top")
			}
			writePost(t, dir, "old.md", "Old")
			w := testWatcher(t, root, maxPending)

			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
			waitUntil(t, w, root, "the deletion", func(titles []string) bool { return !slices.Contains(titles, "Old") })

			writePost(t, dir, "new.md", "New")
			writePost(t, filepath.Join(dir, "deeper"), "newer.md", "Newer")
			waitUntil(t, w, root, "the new posts", func(titles []string) bool {
				return slices.Contains(titles, "New") && slices.Contains(titles, "Newer") && !slices.Contains(titles, "Old")
			})

			// The folder made again is watched itself, not only seen once.
			writePost(t, filepath.Join(dir, "deeper"), "later.md", "Later")
			waitUntil(t, w, root, "a post written later", func(titles []string) bool { return slices.Contains(titles, "Later") })
		})
	}
}

// TestWatchBusyFileDoesNotHoldBackOthers: a post written every few
// milliseconds, without end, must not delay the report of another post
// changed once. maxPending is made too long to matter, so the other post
// can only be reported by settling on its own.
func TestWatchBusyFileDoesNotHoldBackOthers(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writePost(t, dir, "busy.md", "Busy 0")
	w := testWatcher(t, dir, time.Hour)

	keepWriting(t, filepath.Join(dir, "busy.md"))

	writePost(t, dir, "calm.md", "Calm")
	calm := filepath.Join(dir, "calm.md")
	for {
		paths := nextReport(t, w, "calm.md while busy.md is being written")
		if slices.Contains(paths, calm) {
			break
		}
		// A stalled writer can let busy.md settle too; that is a report
		// of busy.md, and calm.md's own must still come.
		for _, p := range paths {
			if !strings.HasSuffix(p, "busy.md") {
				t.Errorf("reported %s, which did not change", p)
			}
		}
	}
}

// TestWatchBusyFileIsStillReported: a file that never stops changing is
// reported every maxPending, not never.
func TestWatchBusyFileIsStillReported(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	w := testWatcher(t, dir, 300*time.Millisecond)
	keepWriting(t, filepath.Join(dir, "busy.md"))
	for range 3 {
		if paths := nextReport(t, w, "the busy file"); !slices.Contains(paths, filepath.Join(dir, "busy.md")) {
			t.Errorf("report %v without busy.md", paths)
		}
	}
}

// TestWatchReportsHTMLContent: an .html file may be a post (Pelican's
// HTML reader, a Hugo page with front matter, a Jekyll post), or a
// Jekyll include a post's Liquid reads, so a write to one is reported
// like a Markdown post's; other files are not.
func TestWatchReportsHTMLContent(t *testing.T) {
	t.Parallel()
	w := &watcher{}
	for name, want := range map[string]bool{
		"/blog/content/post.html": true, "/blog/content/old.htm": true, "/blog/_posts/a.md": true,
		"/blog/content/notes.txt": false, "/blog/static/app.css": false, "/blog/content/.post.html": false,
	} {
		_, got := w.changed(fsnotify.Event{Name: name, Op: fsnotify.Write})
		if got != want {
			t.Errorf("a write to %s reported: %v, want %v", name, got, want)
		}
	}
}
