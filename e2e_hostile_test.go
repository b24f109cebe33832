package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/folio-blog/folio/ui/termsafe"
)

// hangGuard is how long TestHostileTerminal waits for a screen or for
// folio to exit before calling it hung. Waits return as soon as their
// condition holds, so it is set far above (more than ten times) the
// slowest wait seen under -race on a loaded 2-core machine.
const hangGuard = 2 * time.Minute

// TestHostileTerminal runs the real binary in tmux over the hostile
// corpus, opens every post one after the other and the warnings panel,
// quits, and checks the raw bytes folio wrote to the terminal (logged by
// tmux pipe-pane) for the corpus's payloads. folio's own cursor
// movement, alternate screen, mouse mode, colours and window title are
// expected in that log; what must never be there is a post's clipboard
// write, window title, device control string, unsafe hyperlink or C1
// control.
func TestHostileTerminal(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds and drives the real binary in tmux")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	blog, names := hostileTerminalBlog(t)
	bin := filepath.Join(t.TempDir(), "folio")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	tm := newTmux(t, bin, blog)
	listed := regexp.MustCompile(`(?m)^ (\d+) posts · by`)
	m := tm.waitMatch("the post list", listed, hangGuard)
	n, _ := strconv.Atoi(m[1])
	if n != len(names) {
		t.Errorf("the list shows %d posts, want %d (%s)", n, len(names), strings.Join(quoteAll(names), ", "))
	}

	// The order depends on dates and titles; instead of predicting it,
	// note which file each opened post shows.
	seen := map[string]bool{}
	reading := regexp.MustCompile(`(?m)\d+%\s*$`) // the reader's scroll position, once rendered
	for i := range n {
		tm.keys("Enter")
		scr := tm.waitFunc(fmt.Sprintf("post %d of %d to open", i+1, n), hangGuard, func(s string) bool {
			return !listed.MatchString(s) && reading.MatchString(s)
		})
		shown := 0
		for _, name := range names {
			if strings.Contains(scr, termsafe.Line(name)) {
				seen[name] = true
				shown++
			}
		}
		if shown == 0 {
			t.Errorf("post %d shows none of the corpus's file names:\n%s", i+1, scr)
		}
		tm.keys("Escape")
		tm.waitMatch("the list after post "+strconv.Itoa(i+1), listed, hangGuard)
		tm.keys("Down")
	}
	for _, name := range names {
		if !seen[name] {
			t.Errorf("never opened %q", name)
		}
	}

	// The status line offers the warnings panel as "N warnings (!)"
	// when there are any, which this corpus should always give.
	if !strings.Contains(tm.capture(), "(!)") {
		t.Errorf("the list offers no warnings panel for the hostile corpus:\n%s", tm.capture())
	} else {
		tm.keys("!")
		tm.waitFunc("the warnings panel", hangGuard, func(s string) bool { return strings.Contains(s, "Warnings") && !listed.MatchString(s) })
		tm.keys("Escape")
		tm.waitMatch("the list after the warnings panel", listed, hangGuard)
	}
	tm.keys("q")
	status := tm.waitExit(hangGuard)
	if status != 0 {
		t.Errorf("folio exited with status %d, want 0:\n%s", status, tm.capture())
	}

	raw := tm.log()
	if !bytes.Contains(raw, []byte("\x1b]2;folio — ")) {
		t.Fatalf("the raw log lacks folio's own window title; was the output captured? (%d bytes)", len(raw))
	}
	for _, p := range terminalPayloads(raw) {
		t.Error(p)
	}
	t.Logf("%d posts opened, %d bytes of terminal output checked", n, len(raw))
}

// hostileTerminalBlog is hostileBlog's folder of attacks (the corpus plus
// the names git cannot hold, a 50 MB post and a symlink loop) as a blog of
// its own, with the names of its posts.
func hostileTerminalBlog(t *testing.T) (string, []string) {
	t.Helper()
	dir, paths := hostileBlog(t)
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = strings.TrimPrefix(p, "hostile/")
	}
	return filepath.Join(dir, "hostile"), names
}

// tmuxRun is folio running in a private tmux server, its output logged.
type tmuxRun struct {
	t          *testing.T
	sock       string
	logPath    string
	statusPath string // where the shell writes folio's exit status
}

// newTmux starts bin on blog in a 120×40 pane with TERM=xterm-256color.
// folio waits for the pane's output to be logged before it starts, so
// the log holds every byte it writes. The shell around it writes its
// exit status to a file: tmux 3.3a sometimes marks the pane dead without
// ever reaping the process, leaving #{pane_dead_status} empty (seen here
// in two runs of five), so remain-on-exit only keeps the pane for a
// last look.
func newTmux(t *testing.T, bin, blog string) *tmuxRun {
	t.Helper()
	dir := t.TempDir()
	tm := &tmuxRun{t: t, sock: filepath.Join(dir, "tmux.sock"), logPath: filepath.Join(dir, "raw.log")}
	conf := filepath.Join(dir, "tmux.conf")
	if err := os.WriteFile(conf, []byte("set -g remain-on-exit on\nset -g history-limit 100000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ready := filepath.Join(dir, "logging")
	tm.statusPath = filepath.Join(dir, "status")
	script := fmt.Sprintf("while [ ! -e %s ]; do sleep 0.02; done; %s %s; s=$?; echo $s > %s; exit $s",
		shellQuote(ready), shellQuote(bin), shellQuote(blog), shellQuote(tm.statusPath))
	tm.tmux("-f", conf, "new-session", "-d", "-s", "folio", "-x", "120", "-y", "40",
		"env", "TERM=xterm-256color", "GOTRACEBACK=all", "sh", "-c", script)
	t.Cleanup(func() { exec.Command("tmux", "-S", tm.sock, "kill-server").Run() })
	tm.tmux("pipe-pane", "-t", "folio", "-o", "cat >> "+shellQuote(tm.logPath))
	if err := os.WriteFile(ready, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return tm
}

// tmux runs a tmux command on the test's server.
func (tm *tmuxRun) tmux(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", tm.sock}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// capture is the pane's text as a user sees it.
func (tm *tmuxRun) capture() string { return tm.tmux("capture-pane", "-p", "-t", "folio") }

// keys sends tmux key names, one key each.
func (tm *tmuxRun) keys(keys ...string) {
	tm.t.Helper()
	tm.tmux(append([]string{"send-keys", "-t", "folio"}, keys...)...)
}

// waitFunc polls the pane until ok accepts it and returns it; after
// timeout it fails the test with the pane as last seen.
func (tm *tmuxRun) waitFunc(what string, timeout time.Duration, ok func(string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		scr := tm.capture()
		if ok(scr) {
			return scr
		}
		if time.Now().After(deadline) {
			if dead := strings.TrimSpace(tm.tmux("display-message", "-p", "-t", "folio", "#{pane_dead} #{pane_dead_status}")); strings.HasPrefix(dead, "1") {
				what += " (folio has exited: pane_dead pane_dead_status = " + dead + ")"
			}
			tm.t.Fatalf("timed out after %v waiting for %s; the pane:\n%s", timeout, what, scr)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// waitMatch polls the pane until re matches and returns the submatches.
func (tm *tmuxRun) waitMatch(what string, re *regexp.Regexp, timeout time.Duration) []string {
	tm.t.Helper()
	return re.FindStringSubmatch(tm.waitFunc(what, timeout, re.MatchString))
}

// waitExit waits for folio to exit and returns its exit status.
func (tm *tmuxRun) waitExit(timeout time.Duration) int {
	tm.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if data, err := os.ReadFile(tm.statusPath); err == nil && bytes.HasSuffix(data, []byte("\n")) {
			status, err := strconv.Atoi(strings.TrimSpace(string(data)))
			if err != nil {
				tm.t.Fatalf("exit status %q: %v", data, err)
			}
			tm.waitDead(status, time.Until(deadline)+time.Second)
			return status
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("folio still running %v after q; its goroutines:\n%s", timeout, tm.goroutines())
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// waitDead waits for the pane's shell to end after folio, and checks
// the status tmux read, when it read one, against folio's.
func (tm *tmuxRun) waitDead(status int, timeout time.Duration) {
	tm.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		fields := strings.Fields(tm.tmux("display-message", "-p", "-t", "folio", "#{pane_dead} #{pane_dead_status}"))
		if len(fields) > 0 && fields[0] == "1" {
			if len(fields) == 2 && fields[1] != strconv.Itoa(status) {
				tm.t.Errorf("tmux saw exit status %s, folio's shell %d", fields[1], status)
			}
			return
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("the pane is still alive %v after folio exited; the pane:\n%s", timeout, tm.capture())
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// goroutines makes a hung folio, the pane shell's child, print its
// goroutines (SIGQUIT) and returns the pane's whole history, which ends
// with them.
func (tm *tmuxRun) goroutines() string {
	tm.t.Helper()
	shell := strings.TrimSpace(tm.tmux("display-message", "-p", "-t", "folio", "#{pane_pid}"))
	children, err := os.ReadFile(filepath.Join("/proc", shell, "task", shell, "children"))
	if err != nil {
		return fmt.Sprintf("(cannot find folio under the pane's shell %s: %v)\n%s", shell, err, tm.capture())
	}
	for _, f := range strings.Fields(string(children)) {
		if pid, err := strconv.Atoi(f); err == nil {
			syscall.Kill(pid, syscall.SIGQUIT)
		}
	}
	for range 100 {
		if _, err := os.Stat(tm.statusPath); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	return tm.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "folio")
}

// log returns what folio wrote to the terminal. pipe-pane's cat may
// still be writing the last frame when the pane dies: wait until the
// log stops growing.
func (tm *tmuxRun) log() []byte {
	tm.t.Helper()
	var data []byte
	for range 40 {
		next, err := os.ReadFile(tm.logPath)
		if err != nil {
			tm.t.Fatal(err)
		}
		if len(next) > 0 && len(next) == len(data) {
			return next
		}
		data = next
		time.Sleep(50 * time.Millisecond)
	}
	return data
}

// terminalPayloads lists what in raw, bytes written to a terminal, a post
// must never get there: the corpus's clipboard writes, window titles and
// device control strings, hyperlinks to script or data URIs, and C1
// controls (which some terminals obey as ESC sequences).
func terminalPayloads(raw []byte) []string {
	var found []string
	report := func(at int, format string, args ...any) {
		lo, hi := max(0, at-40), min(len(raw), at+60)
		found = append(found, fmt.Sprintf(format, args...)+fmt.Sprintf(" at byte %d: %q", at, raw[lo:hi]))
	}
	for _, s := range oscBodies(raw) {
		body := string(raw[s.start:s.end])
		kind, rest, _ := strings.Cut(body, ";")
		switch {
		case kind == "52":
			report(s.start, "OSC 52 clipboard access")
		case (kind == "0" || kind == "2") && strings.Contains(rest, "pwned"):
			report(s.start, "OSC %s window title from a post", kind)
		case kind == "8":
			_, uri, _ := strings.Cut(rest, ";")
			if u := strings.ToLower(strings.TrimSpace(uri)); strings.HasPrefix(u, "javascript:") || strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "vbscript:") {
				report(s.start, "OSC 8 hyperlink to %q", uri)
			}
		}
	}
	for i := 0; ; {
		j := bytes.Index(raw[i:], []byte("\x1bP1$r"))
		if j < 0 {
			break
		}
		report(i+j, "DCS 1$r (DECRQSS)")
		i += j + 1
	}
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		switch {
		case r >= 0x80 && r <= 0x9f:
			report(i, "C1 control U+%04X", r)
		case r == utf8.RuneError && size == 1 && raw[i] >= 0x80 && raw[i] <= 0x9f:
			report(i, "raw 8-bit C1 byte %#x", raw[i])
		}
		i += size
	}
	return found
}

// span is a range of bytes.
type span struct{ start, end int }

// oscBodies finds the operating system commands in raw (ESC ] … ended by
// BEL or ESC \) and returns where each one's body is.
func oscBodies(raw []byte) []span {
	var out []span
	for i := 0; ; {
		j := bytes.Index(raw[i:], []byte("\x1b]"))
		if j < 0 {
			return out
		}
		start := i + j + 2
		end := start
		for end < len(raw) && raw[end] != '\a' && raw[end] != '\x1b' {
			end++
		}
		out = append(out, span{start, end})
		i = end
	}
}

// shellQuote quotes s for sh.
func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// quoteAll quotes each name, for messages.
func quoteAll(names []string) []string {
	out := slices.Clone(names)
	for i, n := range out {
		out[i] = strconv.Quote(n)
	}
	return out
}

// TestTerminalPayloads checks the log checker itself: it finds every
// payload in the raw corpus files, and nothing in what folio itself
// writes.
func TestTerminalPayloads(t *testing.T) {
	t.Parallel()
	corpus := func(name string) []byte {
		data, err := os.ReadFile(filepath.Join("testdata", "hostile", name))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	cases := []struct {
		name string
		raw  []byte
		want []string // one substring per expected finding, in order
	}{
		{"folio's own output", []byte("\x1b[?1049h\x1b[?1002h\x1b[?1006h\x1b]2;folio — blog\a\x1b]11;?\a\x1b[1;38;5;205mTitle\x1b[m" +
			"\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\\x1bP+q544e\x1b\\ é → ✓\x1b[2J\x1b[H\x1b[?1049l\x1b]2;\a"), nil},
		{"the four attacks", []byte("\x1b[2J\x1b[H\x1b]52;c;aGVsbG8=\a\x1b]0;pwned\a\x1bP1$r\x1b\\"),
			[]string{"OSC 52", "OSC 0 window title", "DCS 1$r"}},
		{"OSC 2 title, ST-terminated", []byte("\x1b]2;pwned\x1b\\"), []string{"OSC 2 window title"}},
		{"hyperlinks", []byte("\x1b]8;;javascript:alert(1)\a\x1b]8;id=1;DATA:text/html,x\x1b\\\x1b]8;;https://ok\a"),
			[]string{`OSC 8 hyperlink to "javascript:alert(1)"`, `OSC 8 hyperlink to "DATA:text/html,x"`}},
		{"C1 in UTF-8", []byte("a\u009b2Jb\u0085"), []string{"C1 control U+009B", "C1 control U+0085"}},
		{"raw 8-bit CSI", []byte("a\x9b2J"), []string{"raw 8-bit C1 byte 0x9b"}},
		{"esc-title-yaml-raw.md", corpus("esc-title-yaml-raw.md"), []string{"OSC 52", "OSC 0 window title", "DCS 1$r"}},
		{"osc8-javascript.md", corpus("osc8-javascript.md"), []string{"OSC 8 hyperlink", "OSC 8 hyperlink"}},
		// A byte from 0x80 to 0x9f outside a valid UTF-8 sequence is a
		// C1 control to a terminal in 8-bit mode: the surrogate's last
		// byte, the lone continuation, the CSI and the truncated end.
		{"invalid-utf8.md", corpus("invalid-utf8.md"), []string{"byte 0x80", "byte 0x80", "byte 0x9b", "byte 0x82"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := terminalPayloads(tc.raw)
			if len(got) != len(tc.want) {
				t.Fatalf("found %d payloads, want %d:\n%s", len(got), len(tc.want), strings.Join(got, "\n"))
			}
			for i, w := range tc.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("finding %d = %s, want it to say %q", i, got[i], w)
				}
			}
		})
	}
}
