package ui

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/fsnotify/fsnotify"
)

// reloadDelay is how long the folder must be quiet before it is read
// again: an editor's save or a git pull is a burst of events.
const reloadDelay = 250 * time.Millisecond

// watcher follows changes under the blog folder. It watches folders, not
// files, because editors save by writing a new file and renaming it.
type watcher struct {
	fw   *fsnotify.Watcher
	root string
}

// watchStartedMsg carries a running watcher to the model.
type watchStartedMsg struct{ w *watcher }

// watchErrMsg reports that changes on disk will not be followed.
type watchErrMsg struct{ err error }

// fsChangedMsg reports a change to a post file or folder.
type fsChangedMsg struct{}

// reloadTickMsg fires reloadDelay after a change; only the latest (gen)
// reloads.
type reloadTickMsg struct{ gen int }

// startWatchCmd starts watching every folder under root.
func startWatchCmd(root string) tea.Cmd {
	return func() tea.Msg {
		fw, err := fsnotify.NewWatcher()
		if err != nil {
			return watchErrMsg{err}
		}
		w := &watcher{fw: fw, root: root}
		if err := w.addTree(root); err != nil {
			fw.Close()
			return watchErrMsg{err}
		}
		return watchStartedMsg{w}
	}
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

// waitCmd blocks until a change that matters: a post file created,
// written, removed or renamed, or a folder created or removed. New
// folders are watched as they appear.
func (w *watcher) waitCmd() tea.Cmd {
	return func() tea.Msg {
		for {
			select {
			case ev, ok := <-w.fw.Events:
				if !ok {
					return nil
				}
				if strings.HasPrefix(filepath.Base(ev.Name), ".") {
					continue
				}
				if ev.Has(fsnotify.Create) {
					if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
						w.addTree(ev.Name) // best effort: an unreadable folder has no posts to show
						return fsChangedMsg{}
					}
				}
				if posts.IsPostFile(ev.Name) || ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
					return fsChangedMsg{}
				}
			case _, ok := <-w.fw.Errors:
				if !ok {
					return nil
				}
			}
		}
	}
}

// Close stops watching.
func (w *watcher) Close() error { return w.fw.Close() }
