package ui

import (
	"os/exec"
	"testing"
	"time"
)

// An editor that returns at once is held until minEditorRun has passed,
// so that Bubble Tea's old render loop stops before the new one starts;
// one that took longer is not held at all.
func TestEditorProcessLastsTheMinimum(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name      string
		took      time.Duration
		wantSleep time.Duration
	}{
		{"returned at once", 3 * time.Millisecond, minEditorRun - 3*time.Millisecond},
		{"edited for a while", 2 * time.Second, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEditorProcess(exec.Command("true"))
			var slept time.Duration
			e.since = func(time.Time) time.Duration { return tc.took }
			e.sleep = func(d time.Duration) { slept += d }
			if err := e.Run(); err != nil {
				t.Skipf("no true command: %v", err)
			}
			if slept != tc.wantSleep {
				t.Errorf("slept %v, want %v", slept, tc.wantSleep)
			}
		})
	}
}
