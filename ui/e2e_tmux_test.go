package ui

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// tmuxSession runs the folio binary in a private tmux server and reads
// its screen the way a user sees it.
type tmuxSession struct {
	t    testing.TB
	sock string
	name string
}

// buildFolio builds the real binary once for the package's tests and
// benchmarks; TestMain removes it.
func buildFolio(t testing.TB) string {
	t.Helper()
	folioBuild.once.Do(func() {
		dir, err := os.MkdirTemp("", "folio-ui-test-")
		if err != nil {
			folioBuild.err = err
			return
		}
		folioBuild.dir = dir
		bin := filepath.Join(dir, "folio")
		cmd := exec.Command("go", "build", "-o", bin, "github.com/folio-blog/folio")
		cmd.Dir = ".."
		if out, err := cmd.CombinedOutput(); err != nil {
			folioBuild.err = fmt.Errorf("%v\n%s", err, out)
			return
		}
		folioBuild.bin = bin
	})
	if folioBuild.err != nil {
		t.Fatalf("build folio: %v", folioBuild.err)
	}
	return folioBuild.bin
}

// folioBuild is the binary buildFolio built, shared by the tests that
// drive it so the package links folio once, not once per test.
var folioBuild struct {
	once     sync.Once
	dir, bin string
	err      error
}

// startTmux runs command in a new detached session of width × height.
// The shell prints EXITED:<status> when folio ends and stays open, so the
// pane can be inspected afterwards.
func startTmux(t testing.TB, width, height int, command string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	s := &tmuxSession{t: t, sock: filepath.Join(t.TempDir(), "tmux.sock"), name: "folio"}
	s.run("-f", "/dev/null", "new-session", "-d", "-s", s.name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height),
		"env", "TERM=xterm-256color", "sh", "-c", command+"; echo EXITED:$?; sleep 600")
	t.Cleanup(func() { exec.Command("tmux", "-S", s.sock, "kill-server").Run() })
	return s
}

func (s *tmuxSession) run(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", s.sock}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (s *tmuxSession) screen() string { return s.run("capture-pane", "-p", "-t", s.name) }

// keys sends tmux key names ("Enter", "Escape") or literal text.
func (s *tmuxSession) keys(keys ...string) {
	s.run(append([]string{"send-keys", "-t", s.name}, keys...)...)
}

func (s *tmuxSession) literal(text string) { s.run("send-keys", "-t", s.name, "-l", text) }

// waitFor polls the screen until it contains want.
func (s *tmuxSession) waitFor(want string, timeout time.Duration) string {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		scr := s.screen()
		if strings.Contains(scr, want) {
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("screen never showed %q; last screen:\n%s", want, scr)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// copyDir copies the example blog so the test never touches it.
func copyDir(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestEndToEndTmux(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds and drives the real binary")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	blog := filepath.Join(t.TempDir(), "blog")
	copyDir(t, filepath.Join("..", "examples", "blog"), blog)
	bin := buildFolio(t)
	s := startTmux(t, 100, 30, bin+" "+blog)

	s.waitFor("18 posts", hangGuard)
	s.keys("/")
	s.literal("tag:django")
	s.keys("Enter")
	scr := s.waitFor("4 of 18 posts", hangGuard)
	if !strings.Contains(scr, "DjangoCon Europe 2024 in Vigo") {
		t.Fatalf("filtered list lacks the Django posts:\n%s", scr)
	}

	s.keys("Enter")
	s.waitFor("min read", hangGuard)
	s.keys("/")
	s.literal("Vigo")
	s.keys("Enter")
	s.waitFor("match 1 of", hangGuard)
	s.keys("n")

	s.keys("Escape")
	scr = s.waitFor("4 of 18 posts", hangGuard)
	if !strings.Contains(scr, "▌ 2024-06-10  DjangoCon Europe 2024 in Vigo") {
		t.Errorf("back in the list, the opened post is not selected:\n%s", scr)
	}

	// Live reload: a new post appears without restarting, filter kept.
	post := "Title: Django on a train\nDate: 2030-01-01\nTags: Django\n\nWritten on the way.\n"
	if err := os.WriteFile(filepath.Join(blog, "content", "django", "train.md"), []byte(post), 0o644); err != nil {
		t.Fatal(err)
	}
	s.waitFor("5 of 19 posts", hangGuard)

	s.keys("q")
	s.waitFor("EXITED:0", hangGuard)
	if got := strings.TrimSpace(s.run("display-message", "-p", "-t", s.name, "#{alternate_on} #{mouse_any_flag} #{cursor_flag}")); got != "0 0 1" {
		t.Errorf("terminal not restored: alternate screen, mouse, cursor = %q, want \"0 0 1\"", got)
	}
}

// writeCorpus writes n Pelican Markdown posts of about 600 words.
func writeCorpus(b *testing.B, dir string, n int) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := range n {
		sub := filepath.Join(dir, "content", fmt.Sprintf("cat%02d", i%20))
		if i < 20 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				b.Fatal(err)
			}
		}
		var sb strings.Builder
		fmt.Fprintf(&sb, "Title: Post %d about %s\nDate: %d-%02d-%02d\nTags: %s, %s\n\n", i, benchWords[r.IntN(len(benchWords))],
			2005+r.IntN(20), 1+r.IntN(12), 1+r.IntN(28), benchTags[r.IntN(len(benchTags))], benchTags[r.IntN(len(benchTags))])
		writeBody(&sb, r, 600)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("post-%05d.md", i)), []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEndToEndTmuxWriter drives the writer in the real binary with a fake
// editor: create a post with n, edit it with e, publish it with p, and
// checks the file on disk after each step. (The hostile-corpus terminal
// test is e2e_hostile_test.go in the root package.)
func TestEndToEndTmuxWriter(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds and drives the real binary")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	blog := filepath.Join(t.TempDir(), "blog")
	copyDir(t, filepath.Join("..", "examples", "blog"), blog)
	// The fake editor, named vi so that folio passes it +LINE and in a
	// folder with a space, appends a line to the file (its last argument)
	// and records how it was called.
	binDir := filepath.Join(t.TempDir(), "bin dir")
	if err := os.Mkdir(binDir, 0o755); err != nil {
		t.Fatal(err)
	}
	editor := filepath.Join(binDir, "vi")
	calls := filepath.Join(t.TempDir(), "calls")
	script := "#!/bin/sh\necho \"$@\" >> '" + calls + "'\nfor last; do :; done\nprintf 'Written in the fake editor.\\n' >> \"$last\"\n"
	if err := os.WriteFile(editor, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	bin := buildFolio(t)
	s := startTmux(t, 100, 30, "VISUAL= EDITOR='\""+editor+"\"' "+bin+" "+blog)
	s.waitFor("18 posts", hangGuard)

	s.keys("n")
	s.waitFor("New post", hangGuard)
	s.literal("Hello from tmux: a test")
	s.keys("Enter")
	s.waitFor("19 posts", hangGuard)
	// Without a category it goes to the category folder most posts are in.
	post := filepath.Join(blog, "content", "python", "hello-from-tmux-a-test.md")
	waitForFile(t, post, "Written in the fake editor.\n", hangGuard)
	data, _ := os.ReadFile(post)
	for _, want := range []string{"Title: Hello from tmux: a test\n", "Status: draft\n", "Author: Giulia Ferri\n"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("new post lacks %q:\n%s", want, data)
		}
	}
	if scr := s.screen(); !strings.Contains(scr, "▌") || !strings.Contains(scr, "Hello from tmux") {
		t.Errorf("the new post is not selected in the list:\n%s", scr)
	}

	s.keys("e")
	waitForFile(t, post, "Written in the fake editor.\nWritten in the fake editor.\n", hangGuard)

	s.keys("p")
	s.waitFor("k publish with its date", hangGuard)
	s.keys("k")
	waitForFile(t, post, "Status: published\n", hangGuard)
	s.keys("q")
	s.waitFor("EXITED:0", hangGuard)

	log, _ := os.ReadFile(calls)
	lines := strings.Split(strings.TrimSpace(string(log)), "\n")
	if len(lines) != 2 || !strings.HasSuffix(lines[0], post) || !strings.HasPrefix(lines[0], "+") {
		t.Errorf("editor calls = %q, want two of \"+LINE %s\"", lines, post)
	}
}

// waitForFile polls path until it contains want.
func waitForFile(t *testing.T, path, want string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		data, _ := os.ReadFile(path)
		if strings.Contains(string(data), want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never contained %q; it has:\n%s", path, want, data)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
