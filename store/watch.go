package store

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/fsnotify/fsnotify"
)

// Timings of the watcher's debounce, per file: a file is reported once no
// event has come for it for settleDelay (an editor's save or a git pull
// is a burst of events), or once it has been changing for maxPending (a
// log written a hundred times a second still shows up). Each file waits
// on its own, so one busy file never holds back another. Reports are at
// least reportGap apart, so that a burst of saves across many files costs
// a few reads of the folder, not one each. A deleted blog folder is
// looked for every rootPoll until it comes back.
const (
	settleDelay = 250 * time.Millisecond
	maxPending  = 2 * time.Second
	reportGap   = 200 * time.Millisecond
	rootPoll    = 500 * time.Millisecond
)

// watcher follows changes under the blog folder. It watches folders, not
// files, because editors save by writing a new file and renaming it. A
// goroutine turns fsnotify's events into reports of settled files on
// ready.
type watcher struct {
	fw   *fsnotify.Watcher
	root string

	settle, maxPending, gap, poll time.Duration

	ready chan []string // settled paths, one report at a time
	done  chan struct{}
	once  sync.Once
}

// newWatcher watches root and the folders below it with the given
// timings and starts reporting on ready.
func newWatcher(root string, settle, maxPending, gap, poll time.Duration) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{fw: fw, root: filepath.Clean(root), settle: settle, maxPending: maxPending, gap: gap, poll: poll,
		ready: make(chan []string, 1), done: make(chan struct{})}
	if err := w.addTree(w.root); err != nil {
		fw.Close()
		return nil, err
	}
	go w.run()
	return w, nil
}

// addTree watches dir and the folders below it, skipping hidden ones.
func (w *watcher) addTree(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return fs.SkipDir
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		return w.fw.Add(p)
	})
}

// pendingChange is a path with events not yet reported.
type pendingChange struct{ first, last time.Time }

// run reads events until the watcher is closed, keeping each changed
// path until it settles, and sends what has settled on ready.
func (w *watcher) run() {
	defer close(w.ready)
	pending := map[string]pendingChange{}
	var lastReport time.Time
	var out []string // settled, waiting for the model to take them
	var pollC <-chan time.Time
	var pollTicker *time.Ticker
	defer func() {
		if pollTicker != nil {
			pollTicker.Stop()
		}
	}()
	for {
		now := time.Now()
		due := w.settled(pending, now)
		if len(due) > 0 && now.Sub(lastReport) >= w.gap {
			for _, p := range due {
				delete(pending, p)
			}
			out = append(out, due...)
		}
		var send chan []string
		if len(out) > 0 {
			send = w.ready
		}
		var wake <-chan time.Time
		if len(pending) > 0 {
			wake = time.After(w.nextDue(pending, lastReport, now))
		}
		select {
		case <-w.done:
			return
		case send <- out:
			out, lastReport = nil, time.Now()
		case ev, ok := <-w.fw.Events:
			if !ok {
				return
			}
			if w.rootGone(ev) {
				// The folder's own watch is gone with it (and after a
				// rename it would follow the folder elsewhere): look for
				// the path until it is a folder again.
				for _, p := range w.fw.WatchList() {
					w.fw.Remove(p)
				}
				if pollTicker == nil {
					pollTicker = time.NewTicker(w.poll)
					pollC = pollTicker.C
				}
				w.mark(pending, w.root)
				continue
			}
			if p, ok := w.changed(ev); ok {
				w.mark(pending, p)
			}
		case _, ok := <-w.fw.Errors:
			if !ok {
				return
			}
		case <-pollC:
			if info, err := os.Stat(w.root); err == nil && info.IsDir() && w.addTree(w.root) == nil {
				pollTicker.Stop()
				pollTicker, pollC = nil, nil
				w.mark(pending, w.root)
			}
		case <-wake:
		}
	}
}

// rootGone reports whether ev removes or renames the blog folder itself.
func (w *watcher) rootGone(ev fsnotify.Event) bool {
	return filepath.Clean(ev.Name) == w.root && (ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename))
}

// changed says whether ev matters and for which path: a post file (or
// an .html file, which may be a post or a Jekyll include)
// created, written, removed or renamed, or a folder created (then
// watched, with the folders below it) or removed.
func (w *watcher) changed(ev fsnotify.Event) (string, bool) {
	if strings.HasPrefix(filepath.Base(ev.Name), ".") {
		return "", false
	}
	if ev.Has(fsnotify.Create) {
		if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
			w.addTree(ev.Name) // best effort: an unreadable folder has no posts to show
			return ev.Name, true
		}
	}
	if posts.IsPostFile(ev.Name) || posts.IsHTMLFile(ev.Name) || ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		return ev.Name, true
	}
	return "", false
}

// mark records an event for path now.
func (w *watcher) mark(pending map[string]pendingChange, path string) {
	now := time.Now()
	pc, ok := pending[path]
	if !ok {
		pc.first = now
	}
	pc.last = now
	pending[path] = pc
}

// settled lists the pending paths that are due at now, in order.
func (w *watcher) settled(pending map[string]pendingChange, now time.Time) []string {
	var due []string
	for p, pc := range pending {
		if now.Sub(pc.last) >= w.settle || now.Sub(pc.first) >= w.maxPending {
			due = append(due, p)
		}
	}
	slices.Sort(due)
	return due
}

// nextDue is how long until the first pending path is due and may be
// reported.
func (w *watcher) nextDue(pending map[string]pendingChange, lastReport, now time.Time) time.Duration {
	next := time.Duration(-1)
	for _, pc := range pending {
		d := min(pc.last.Add(w.settle).Sub(now), pc.first.Add(w.maxPending).Sub(now))
		if next < 0 || d < next {
			next = d
		}
	}
	return max(next, lastReport.Add(w.gap).Sub(now), time.Millisecond)
}

// Close stops watching.
func (w *watcher) Close() error {
	var err error
	w.once.Do(func() {
		close(w.done)
		err = w.fw.Close()
	})
	return err
}
