package ui

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
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

// buildFolio builds the real binary into a temporary folder.
func buildFolio(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "folio")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/folio-blog/folio")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build folio: %v\n%s", err, out)
	}
	return bin
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

// waitForRegexp polls the screen until re matches.
func (s *tmuxSession) waitForRegexp(re *regexp.Regexp, timeout time.Duration) {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	for !re.MatchString(s.screen()) {
		if time.Now().After(deadline) {
			s.t.Fatalf("screen never matched %s; last screen:\n%s", re, s.screen())
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

	s.waitFor("18 posts", 10*time.Second)
	s.keys("/")
	s.literal("tag:django")
	s.keys("Enter")
	scr := s.waitFor("4 of 18 posts", 5*time.Second)
	if !strings.Contains(scr, "DjangoCon Europe 2024 in Vigo") {
		t.Fatalf("filtered list lacks the Django posts:\n%s", scr)
	}

	s.keys("Enter")
	s.waitFor("min read", 10*time.Second)
	s.keys("/")
	s.literal("Vigo")
	s.keys("Enter")
	s.waitFor("match 1 of", 5*time.Second)
	s.keys("n")

	s.keys("Escape")
	scr = s.waitFor("4 of 18 posts", 5*time.Second)
	if !strings.Contains(scr, "▌ 2024-06-10  DjangoCon Europe 2024 in Vigo") {
		t.Errorf("back in the list, the opened post is not selected:\n%s", scr)
	}

	// Live reload: a new post appears without restarting, filter kept.
	post := "Title: Django on a train\nDate: 2030-01-01\nTags: Django\n\nWritten on the way.\n"
	if err := os.WriteFile(filepath.Join(blog, "content", "django", "train.md"), []byte(post), 0o644); err != nil {
		t.Fatal(err)
	}
	s.waitFor("5 of 19 posts", 10*time.Second)

	s.keys("q")
	s.waitFor("EXITED:0", 5*time.Second)
	if got := strings.TrimSpace(s.run("display-message", "-p", "-t", s.name, "#{alternate_on} #{mouse_any_flag} #{cursor_flag}")); got != "0 0 1" {
		t.Errorf("terminal not restored: alternate screen, mouse, cursor = %q, want \"0 0 1\"", got)
	}
}

// BenchmarkTimeToListTmux measures, in a real terminal, the time from
// launching folio on a generated 10k-post folder until the full count is
// on screen.
func BenchmarkTimeToListTmux(b *testing.B) {
	if _, err := exec.LookPath("tmux"); err != nil {
		b.Skip("tmux is not installed")
	}
	const n = 10_000
	dir := filepath.Join(b.TempDir(), "blog")
	writeCorpus(b, dir, n)
	bin := buildFolio(b)
	want := fmt.Sprintf(" %d posts · by", n) // not "loading … of 10000 posts"
	var total time.Duration
	for b.Loop() {
		// The clock starts before tmux itself: an upper bound that
		// includes starting the terminal.
		start := time.Now()
		s := startTmux(b, 120, 40, "exec "+bin+" "+dir)
		for !strings.Contains(s.screen(), want) {
			if time.Since(start) > 30*time.Second {
				b.Fatalf("no %q after 30s:\n%s", want, s.screen())
			}
			time.Sleep(5 * time.Millisecond)
		}
		total += time.Since(start)
		b.StopTimer()
		s.run("kill-server")
		b.StartTimer()
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms-to-list")
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

// TestEndToEndTmuxHostile opens every post of the hostile corpus in the
// real binary with the pane's raw output logged (tmux pipe-pane) and
// checks that no operating-system command other than folio's own window
// title, its colour query and safe hyperlinks reached the terminal.
func TestEndToEndTmuxHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and drives the real binary")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	corpus, err := filepath.Abs(filepath.Join("..", "testdata", "hostile"))
	if err != nil {
		t.Fatal(err)
	}
	blog := filepath.Join(t.TempDir(), "hostile")
	copyDir(t, corpus, blog)
	bin := buildFolio(t)
	s := startTmux(t, 100, 30, "sleep 0.3; "+bin+" "+blog)
	raw := filepath.Join(t.TempDir(), "raw.log")
	s.run("pipe-pane", "-t", s.name, "-o", "cat >> "+raw)
	loaded := regexp.MustCompile(`(?m)^ (\d+) posts · by`)
	var m []string
	deadline := time.Now().Add(20 * time.Second)
	for m == nil {
		if time.Now().After(deadline) {
			t.Fatalf("never loaded:\n%s", s.screen())
		}
		time.Sleep(20 * time.Millisecond)
		m = loaded.FindStringSubmatch(s.screen())
	}
	n, _ := strconv.Atoi(m[1])
	scrolled := regexp.MustCompile(`\d+%`) // the reader's scroll position, shown once rendered
	for i := 0; i < n; i++ {
		s.keys("Enter")
		s.waitForRegexp(scrolled, 20*time.Second)
		s.keys("Escape")
		s.waitFor(m[0], 5*time.Second)
		s.keys("j")
	}
	s.keys("q")
	s.waitFor("EXITED:0", 5*time.Second)
	time.Sleep(200 * time.Millisecond) // let pipe-pane flush
	data, err := os.ReadFile(raw)
	if err != nil {
		t.Fatal(err)
	}
	oscs := oscSequences(data)
	if !slices.ContainsFunc(oscs, func(s string) bool { return strings.HasPrefix(s, "2;folio — ") }) {
		t.Fatalf("the raw log lacks folio's own window title; was the output captured? (%d bytes)", len(data))
	}
	for _, osc := range oscs {
		switch {
		case strings.HasPrefix(osc, "2;folio — "), osc == "2;", osc == "11;?": // our title, its reset on exit, the colour query
		case strings.HasPrefix(osc, "8;"):
			uri := osc[strings.IndexByte(osc[2:], ';')+3:]
			if uri != "" && !strings.HasPrefix(uri, "http://") && !strings.HasPrefix(uri, "https://") &&
				!strings.HasPrefix(uri, "mailto:") && !strings.HasPrefix(uri, "file:") {
				t.Errorf("unsafe hyperlink reached the terminal: %q", osc)
			}
		default:
			t.Errorf("operating-system command reached the terminal: %q", osc)
		}
	}
}

// oscSequences returns the bodies of the OSC sequences (ESC ] … BEL or
// ESC \) in raw terminal output.
func oscSequences(data []byte) []string {
	var out []string
	s := string(data)
	for {
		i := strings.Index(s, "\x1b]")
		if i < 0 {
			return out
		}
		s = s[i+2:]
		end := strings.IndexAny(s, "\x07\x1b")
		if end < 0 {
			return append(out, s)
		}
		out = append(out, s[:end])
		s = s[end:]
	}
}
