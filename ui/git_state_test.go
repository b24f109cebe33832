package ui

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/folio-blog/folio/gitstate"
	"github.com/folio-blog/folio/internal/gittest"
	"github.com/folio-blog/folio/posts"
)

// TestGitStateInTheListAndTheReader runs folio on a site in a subfolder
// of a real repository: the list marks the posts not committed (+ new,
// ~ modified, ● staged; nothing for clean), and the reader shows, under
// the metadata, the state and the post's last commit once git gives it,
// asked again when the folder is read again after a change.
func TestGitStateInTheListAndTheReader(t *testing.T) {
	t.Parallel()
	post := func(title, date string) string { return "Title: " + title + "\nDate: " + date + "\n\nText.\n" }
	repo := gittest.Repo(t, map[string]string{
		"blog/clean.md":    post("Clean post", "2024-01-04"),
		"blog/modified.md": post("Modified post", "2024-01-03"),
		"blog/staged.md":   post("Staged post", "2024-01-02"),
	})
	gittest.Write(t, repo, map[string]string{
		"blog/modified.md": post("Modified post", "2024-01-03") + "More.\n",
		"blog/staged.md":   post("Staged post", "2024-01-02") + "More.\n",
		"blog/new.md":      post("New post", "2024-01-01"),
	})
	gittest.Git(t, repo, "add", "blog/staged.md")

	tm := teatest.NewTestModel(t, probed{New(Config{Dir: filepath.Join(repo, "blog"), Title: "blog", Style: "dark", Watch: true})},
		teatest.WithInitialTermSize(100, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	t.Cleanup(func() { tm.Quit() })
	m := waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded && len(m.list().shown) == 4 })
	for _, want := range []string{"▌ 2024-01-04  Clean post", " ~2024-01-03  Modified post", " ●2024-01-02  Staged post", " +2024-01-01  New post"} {
		if !strings.Contains(m.screen, want) {
			t.Errorf("the list has no row %q:\n%s", want, m.screen)
		}
	}

	for _, k := range keys("j<enter>") {
		tm.Send(k)
	}
	m = waitModel(t, tm, "the reader with the last commit", func(m Model) bool {
		return screenName(m) == "reader" && strings.Contains(plain(m), "First posts")
	})
	if want := "git: modified · last commit 2024-03-02 · Ana Lopes · First posts"; !strings.Contains(m.screen, want) {
		t.Errorf("the reader has no line %q:\n%s", want, m.screen)
	}
	if m.readerPost.Git != posts.GitModified {
		t.Errorf("the open post's state is %q", m.readerPost.Git)
	}

	// Committed, then changed again: the reload that follows the change
	// brings the new commit.
	waitModel(t, tm, "the watcher", func(m Model) bool { return m.sh.store.Watching() })
	gittest.Git(t, repo, "commit", "-qam", "Second thoughts")
	gittest.Write(t, repo, map[string]string{"blog/modified.md": post("Modified post", "2024-01-03") + "Even more.\n"})
	m = waitModel(t, tm, "the new commit in the reader", func(m Model) bool {
		return strings.Contains(plain(m), "Second thoughts")
	})
	if want := "git: modified · last commit 2024-03-02 · Ana Lopes · Second thoughts"; !strings.Contains(m.screen, want) {
		t.Errorf("after the reload, the reader has no line %q:\n%s", want, m.screen)
	}

	for _, k := range keys("<esc>G<enter>") {
		tm.Send(k)
	}
	m = waitModel(t, tm, "the new post in the reader", func(m Model) bool {
		return screenName(m) == "reader" && m.reader().ready && m.reader().post.Title == "New post"
	})
	if want := "git: new · not committed yet"; !strings.Contains(m.screen, want) {
		t.Errorf("the reader has no line %q:\n%s", want, m.screen)
	}
}

// TestNoGitStateOutsideARepository checks that a folder outside any
// repository shows no mark and no git line.
func TestNoGitStateOutsideARepository(t *testing.T) {
	t.Parallel()
	st := NewStyles(true)
	p := &posts.Post{Path: "a.md", Title: "A"}
	if got := gitCursor(&st, p, false, "  "); got != "  " {
		t.Errorf("the cursor column outside a repository = %q, want it blank", got)
	}
	header, line := renderHeader(&st, p, 80, "2006-01-02")
	if line != 0 || strings.Contains(header, "git:") {
		t.Errorf("header outside a repository has a git line (%d):\n%s", line, header)
	}
}

// TestGitLineIsSafe checks that a commit's author and subject, text
// anyone with push access wrote, reach the screen without control bytes.
func TestGitLineIsSafe(t *testing.T) {
	t.Parallel()
	c := &gitstate.Commit{Author: "Eve\x1b[2J", Subject: "fix\x1b]52;c;aGk=\x07 typo\r\n"}
	got := gitLineText(posts.GitModified, c, "2006-01-02")
	if strings.ContainsAny(got, "\x1b\x07\r\n") {
		t.Errorf("gitLineText let control bytes through: %q", got)
	}
}
