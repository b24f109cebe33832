package ui

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/ui/termsafe"
)

var (
	walkSeeds = flag.Int("walk.seeds", 3, "random walks per corpus in TestRandomWalk")
	walkSteps = flag.Int("walk.steps", 250, "events per random walk")
	walkSeed  = flag.Uint64("walk.seed", 0, "replay this one seed of TestRandomWalk")
)

// TestRandomWalk sends seeded random keys, mouse events, pastes and
// resizes (1×1 to 300×100) to the whole interface on the example blog
// and on the hostile corpus, and checks after every event that nothing
// panicked and that the frame is exactly the terminal's size and
// terminal-safe. A failure names its seed and its last events; replay
// one with -walk.seed=N.
func TestRandomWalk(t *testing.T) {
	t.Parallel()
	for _, corpus := range []string{"examples/blog", "testdata/hostile"} {
		t.Run(filepath.Base(corpus), func(t *testing.T) {
			t.Parallel()
			src := filepath.Join("..", filepath.FromSlash(corpus))
			if _, err := os.Stat(src); err != nil {
				t.Skipf("no corpus: %v", err)
			}
			seeds := []uint64{}
			if *walkSeed != 0 {
				seeds = append(seeds, *walkSeed)
			} else {
				for i := range *walkSeeds {
					seeds = append(seeds, uint64(i+1))
				}
			}
			for _, seed := range seeds {
				t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
					t.Parallel()
					// The writer keys create and change files: walk a copy.
					dir := t.TempDir()
					if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
						t.Fatal(err)
					}
					walk(t, dir, seed, *walkSteps)
				})
			}
		})
	}
}

// walk runs one random walk.
func walk(t *testing.T, dir string, seed uint64, steps int) {
	rng := rand.New(rand.NewPCG(seed, 14))
	// The editor is a program that does nothing, on any machine.
	m := New(Config{Dir: dir, Style: "dark", Editor: "true"})
	m.sh.after = immediately
	w, h := 80, 24
	var history []string
	seen := map[string]int{}
	step := func(msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("seed %d: panic after %s: %v", seed, strings.Join(history, ", "), r)
			}
		}()
		history = append(history, describe(msg))
		if len(history) > 12 {
			history = history[1:]
		}
		m = drive(t, m, msg)
		checkFrame(t, m, w, h, seed, history)
		seen[screenName(m)]++
	}
	step(tea.WindowSizeMsg{Width: w, Height: h})
	m = runCmd(t, m, m.Init(), 0)
	for range steps {
		switch r := rng.IntN(100); {
		case r < 8:
			w, h = walkSize(rng)
			step(tea.WindowSizeMsg{Width: w, Height: h})
		case r < 16:
			step(randomMouse(rng, w, h))
		case r < 18:
			step(tea.PasteMsg{Content: randomText(rng)})
		default:
			step(randomKey(rng))
		}
	}
	t.Logf("seed %d: %d posts listed; events per screen: %v", seed, len(m.list().all), seen)
}

// walkSize favours the small sizes where layouts break.
func walkSize(rng *rand.Rand) (int, int) {
	if rng.IntN(2) == 0 {
		return 1 + rng.IntN(12), 1 + rng.IntN(8)
	}
	return 1 + rng.IntN(300), 1 + rng.IntN(100)
}

// checkFrame fails unless the frame has exactly h lines of at most w
// cells and no unsafe byte.
func checkFrame(t *testing.T, m Model, w, h int, seed uint64, history []string) {
	t.Helper()
	s := m.screen()
	lines := strings.Split(s, "\n")
	if h > 0 && len(lines) != h {
		t.Fatalf("seed %d: %d lines at %d×%d after %s", seed, len(lines), w, h, strings.Join(history, ", "))
	}
	for i, l := range lines {
		if cw := ansi.StringWidth(l); cw > w {
			t.Fatalf("seed %d: line %d is %d cells at %d×%d after %s:\n%q", seed, i, cw, w, h, strings.Join(history, ", "), l)
		}
	}
	if err := termsafe.Check(s); err != nil {
		t.Fatalf("seed %d: unsafe frame after %s: %v", seed, strings.Join(history, ", "), err)
	}
	_ = m.View() // the real frame, with its alt screen and mouse mode
}

var walkKeys = []string{"enter", "esc", "up", "down", "pgup", "pgdown", "backspace", "space", "ctrl+d", "tab", "shift+tab", "left", "right", "home", "end", "f1", "ctrl+u"}

const walkRunes = "jjjkkkgGfbnNoosS/?!tce[]pyxhlq qa-:\"é日"

func randomKey(rng *rand.Rand) tea.Msg {
	// esc and enter often, or the walk stays in the first screen that
	// takes letters as text.
	switch r := rng.IntN(100); {
	case r < 12:
		return namedKey("esc")
	case r < 22:
		return namedKey("enter")
	case r < 50:
		return walkNamedKey(walkKeys[rng.IntN(len(walkKeys))])
	}
	rs := []rune(walkRunes)
	r := rs[rng.IntN(len(rs))]
	return tea.KeyPressMsg{Code: r, Text: string(r)}
}

// walkNamedKey is namedKey with the keys only the walk needs.
func walkNamedKey(name string) tea.KeyPressMsg {
	switch name {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "f1":
		return tea.KeyPressMsg{Code: tea.KeyF1}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	}
	return namedKey(name)
}

func randomMouse(rng *rand.Rand, w, h int) tea.Msg {
	m := tea.Mouse{X: rng.IntN(w + 2), Y: rng.IntN(h + 2), Button: tea.MouseLeft}
	switch rng.IntN(4) {
	case 0:
		m.Button = tea.MouseWheelUp
		return tea.MouseWheelMsg(m)
	case 1:
		m.Button = tea.MouseWheelDown
		return tea.MouseWheelMsg(m)
	case 2:
		return tea.MouseClickMsg(m)
	}
	return tea.MouseMotionMsg(m)
}

func randomText(rng *rand.Rand) string {
	pool := []string{"tag:", "python", " ", "\x1b[2J", "日本", "\t", "\n", "a,b|c", "\"", "-status:draft"}
	var b strings.Builder
	for range 1 + rng.IntN(4) {
		b.WriteString(pool[rng.IntN(len(pool))])
	}
	return b.String()
}

func describe(msg tea.Msg) string {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return msg.String()
	case tea.WindowSizeMsg:
		return fmt.Sprintf("%d×%d", msg.Width, msg.Height)
	}
	return fmt.Sprintf("%T%+v", msg, msg)
}

// immediately is tea.Tick without the wait, for tests.
func immediately(_ time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	return func() tea.Msg { return fn(time.Time{}) }
}
