//go:build linux

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fakeHugo stands in for hugo server: it writes its pid, starts a child
// that writes its own (the server's helpers, which stopping the server
// must end too), and waits without serving, so that folio is still
// waiting for its answer when it is told to end.
const fakeHugo = `#!/bin/sh
sleep 100000 &
echo $! > "$FAKE_DIR/child.pid"
echo $$ > "$FAKE_DIR/server.pid"
wait
`

// previewRig is a Hugo site with a draft, the fake hugo on the PATH of
// the folio it runs, and a temporary folder of its own.
type previewRig struct {
	t               *testing.T
	site, fake, tmp string
	env             []string
	folio           string
}

func newPreviewRig(t *testing.T) *previewRig {
	t.Helper()
	folio, err := exec.LookPath("folio") // this test binary, as TestMain set it up
	if err != nil {
		t.Skip("no folio command:", err)
	}
	r := &previewRig{t: t, site: t.TempDir(), fake: t.TempDir(), tmp: t.TempDir(), folio: folio}
	files := map[string]string{
		"hugo.toml":          "baseURL = \"https://example.org/\"\ntitle = \"Signals\"\n",
		"content/posts/d.md": "---\ntitle: \"A Draft To Preview\"\ndraft: true\n---\nHello.\n",
	}
	for name, text := range files {
		p := filepath.Join(r.site, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(r.fake, "hugo"), []byte(fakeHugo), 0o755); err != nil {
		t.Fatal(err)
	}
	r.env = []string{"PATH=" + r.fake + string(os.PathListSeparator) + os.Getenv("PATH"), "TMPDIR=" + r.tmp,
		"FAKE_DIR=" + r.fake, "HOME=" + r.tmp, "XDG_CONFIG_HOME=" + filepath.Join(r.tmp, "config"),
		"BROWSER=true", "TERM=xterm-256color", "GORACE=atexit_sleep_ms=0"}
	return r
}

// pids reads the fake server's pid and its child's once both are written.
func (r *previewRig) pids() (server, child int) {
	r.t.Helper()
	read := func(name string) int {
		data, err := os.ReadFile(filepath.Join(r.fake, name))
		if err != nil || !strings.HasSuffix(string(data), "\n") {
			return 0
		}
		n, _ := strconv.Atoi(strings.TrimSpace(string(data)))
		return n
	}
	waitFor(r.t, "the fake server to start", func() bool {
		server, child = read("server.pid"), read("child.pid")
		return server > 0 && child > 0
	})
	r.t.Cleanup(func() {
		// A test that fails, or kills folio outright, leaves them.
		mark := []byte("\x00FAKE_DIR=" + r.fake + "\x00")
		for _, pid := range []int{server, child} {
			env, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/environ")
			if err == nil && bytes.Contains(append([]byte{0}, env...), mark) {
				syscall.Kill(pid, syscall.SIGKILL)
			}
		}
	})
	return server, child
}

// workFolders are the preview's temporary folders.
func (r *previewRig) workFolders() []string {
	m, _ := filepath.Glob(filepath.Join(r.tmp, "folio-preview-*"))
	return m
}

// startCLI runs folio preview on the draft.
func (r *previewRig) startCLI() *exec.Cmd {
	r.t.Helper()
	cmd := exec.Command(r.folio, "--dir", r.site, "preview", "--no-browser", "content/posts/d.md")
	cmd.Env = r.env
	if err := cmd.Start(); err != nil {
		r.t.Fatal(err)
	}
	r.t.Cleanup(func() { cmd.Process.Kill() })
	return cmd
}

// gone reports whether the process pid has exited: it is not there, or
// it is a zombie its parent has yet to reap.
func gone(pid int) bool {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return true
	}
	// The state follows the command name, which is in parentheses.
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	return i < 0 || i+2 >= len(s) || s[i+2] == 'Z'
}

// waitFor polls cond between short pauses, a bounded number of times,
// and fails the test if it never holds. The bound is a hang guard (about
// two minutes), not a measure: the wait ends as soon as cond holds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for range 6000 {
		if cond() {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("gave up waiting for %s", what)
}

// checkStopped checks that the server and its child have exited and that
// no temporary folder is left.
func (r *previewRig) checkStopped(server, child int) {
	r.t.Helper()
	waitFor(r.t, "the server to exit", func() bool { return gone(server) })
	waitFor(r.t, "the server's child to exit", func() bool { return gone(child) })
	if left := r.workFolders(); len(left) != 0 {
		r.t.Errorf("temporary folders left: %v", left)
	}
}

// TestPreviewEndsWithFolio ends folio preview with each signal that can
// end it and checks that the server and what it started are gone, with
// its temporary folder, and that folio exits as a process the signal
// killed would (128 and the signal's number).
func TestPreviewEndsWithFolio(t *testing.T) {
	t.Parallel()
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGTERM, syscall.SIGQUIT} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Parallel()
			r := newPreviewRig(t)
			cmd := r.startCLI()
			server, child := r.pids()
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 128+int(sig) {
				t.Errorf("folio preview ended with %v, want exit status %d", err, 128+int(sig))
			}
			r.checkStopped(server, child)
		})
	}
}

// TestPreviewOutlivesNoKilledFolio kills folio preview outright: the
// kernel ends the server with it (Pdeathsig), and the next preview ends
// what the server had started and removes the folder left behind.
func TestPreviewOutlivesNoKilledFolio(t *testing.T) {
	t.Parallel()
	r := newPreviewRig(t)
	cmd := r.startCLI()
	server, child := r.pids()
	cmd.Process.Kill()
	cmd.Wait()
	waitFor(t, "the server to exit with folio", func() bool { return gone(server) })
	if left := r.workFolders(); len(left) != 1 {
		t.Fatalf("temporary folders %v, want the killed folio's", left)
	}

	os.Remove(filepath.Join(r.fake, "server.pid"))
	os.Remove(filepath.Join(r.fake, "child.pid"))
	next := r.startCLI()
	server2, child2 := r.pids()
	waitFor(t, "the killed server's child to be ended", func() bool { return gone(child) })
	if left := r.workFolders(); len(left) != 1 || strings.Contains(left[0], "-"+strconv.Itoa(cmd.Process.Pid)+"-") {
		t.Errorf("temporary folders %v, want only the running preview's", left)
	}
	next.Process.Signal(syscall.SIGTERM)
	next.Wait()
	r.checkStopped(server2, child2)
}

// TestTUIPreviewEndsWithFolio starts the preview from the interface (v)
// in tmux and ends folio as a user's session would: a hangup, kill's
// SIGTERM, the terminal closed (tmux kill-session), or SIGKILL; the
// server and its child must go with it, and the temporary folder with
// all but SIGKILL (the next preview removes that one).
func TestTUIPreviewEndsWithFolio(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("drives folio in tmux")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	for _, how := range []string{"SIGHUP", "SIGTERM", "kill-session", "SIGKILL"} {
		t.Run(how, func(t *testing.T) {
			t.Parallel()
			r := newPreviewRig(t)
			tm := &tmuxRun{t: t, sock: filepath.Join(t.TempDir(), "tmux.sock")}
			tm.tmux(append(append([]string{"-f", "/dev/null", "new-session", "-d", "-s", "folio", "-x", "100", "-y", "30", "env"}, r.env...), r.folio, r.site)...)
			t.Cleanup(func() { exec.Command("tmux", "-S", tm.sock, "kill-server").Run() })
			pid, err := strconv.Atoi(strings.TrimSpace(tm.tmux("display-message", "-p", "-t", "folio", "#{pane_pid}")))
			if err != nil {
				t.Fatal(err)
			}
			tm.waitFunc("the post list", hangGuard, func(s string) bool { return strings.Contains(s, "A Draft To Preview") })
			tm.keys("v")
			server, child := r.pids()
			switch how {
			case "kill-session":
				tm.tmux("kill-session", "-t", "folio")
			case "SIGKILL":
				syscall.Kill(pid, syscall.SIGKILL)
			case "SIGHUP":
				syscall.Kill(pid, syscall.SIGHUP)
			case "SIGTERM":
				syscall.Kill(pid, syscall.SIGTERM)
			}
			waitFor(t, "folio to exit", func() bool { return gone(pid) })
			if how == "SIGKILL" {
				waitFor(t, "the server to exit with folio", func() bool { return gone(server) })
				return
			}
			r.checkStopped(server, child)
		})
	}
}
