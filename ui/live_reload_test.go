package ui

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

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// titlesIn lists the titles the model has read, sorted.
func titlesIn(m Model) []string {
	var titles []string
	for _, p := range m.sh.store.Posts() {
		titles = append(titles, p.Title)
	}
	slices.Sort(titles)
	return titles
}

// TestLiveReloadInTheProgram runs the reader on a real folder with live
// reload, as folio does, and checks what its list holds: after rm -rf of
// the blog folder and the folder made again with other posts, the new
// posts are there and the deleted ones gone; while one post is written
// without pause, another post saved once still shows up.
func TestLiveReloadInTheProgram(t *testing.T) {
	t.Parallel()
	root := filepath.Join(t.TempDir(), "blog")
	savePost(t, root, "old.md", "Old")
	tm := teatest.NewTestModel(t, probed{New(Config{Dir: root, Title: "blog", Style: "dark", Watch: true})},
		teatest.WithInitialTermSize(100, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	t.Cleanup(func() { tm.Quit() })
	waitModel(t, tm, "the first post and the watcher", func(m Model) bool {
		return m.list().loaded && slices.Equal(titlesIn(m), []string{"Old"}) && m.sh.store.Watching()
	})

	if err := os.RemoveAll(root); err != nil {
		t.Fatal(err)
	}
	// Only once folio has seen the folder go is it made again: a reload
	// that happened to come after both would hide the bug.
	waitModel(t, tm, "the deletion noticed", func(m Model) bool {
		return strings.Contains(m.status, "the site folder does not exist")
	})
	savePost(t, root, "new.md", "New")
	savePost(t, filepath.Join(root, "sub"), "newer.md", "Newer")
	waitModel(t, tm, "the new posts in place of the old", func(m Model) bool {
		return slices.Equal(titlesIn(m), []string{"New", "Newer"})
	})

	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; ctx.Err() == nil; i++ {
			os.WriteFile(filepath.Join(root, "busy.md"), []byte(fmt.Sprintf("Title: Busy\n\n%d\n", i)), 0o644)
			time.Sleep(5 * time.Millisecond)
		}
	}()
	defer func() { stop(); wg.Wait() }()
	savePost(t, filepath.Join(root, "sub"), "calm.md", "Calm")
	waitModel(t, tm, "a calm post while another is written without pause", func(m Model) bool {
		return slices.Contains(titlesIn(m), "Calm")
	})
}

// savePost writes a Pelican post titled title at dir/name, making dir.
func savePost(t *testing.T, dir, name, title string) {
	t.Helper()
	err := os.MkdirAll(dir, 0o755)
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, name), []byte("Title: "+title+"\n\nBody\n"), 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}
