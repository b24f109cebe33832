package ui

import (
	"io"
	"os/exec"
	"time"
)

// minEditorRun is the least time an editor session takes, as far as
// Bubble Tea sees it. Bubble Tea 2.1.1 stops its renderer before running
// a program and starts it again after; the old render loop stops its
// ticker only once it gets the CPU, and when the program returned before
// that (an editor that exits at once, `code` without --wait, a script),
// the ticker stopped after it was restarted and the screen stayed blank
// for good (charmbracelet/bubbletea#1778, fixed by the open #1781).
// Waiting this long lets the old loop finish first; no one notices it
// after an editor.
const minEditorRun = 100 * time.Millisecond

// editorProcess is the editor for tea.Exec: an exec.Cmd given the
// terminal's input and output, whose Run lasts at least minEditorRun.
type editorProcess struct {
	cmd   *exec.Cmd
	since func(time.Time) time.Duration // time.Since; a test's clock
	sleep func(time.Duration)           // time.Sleep; a test's clock
}

func newEditorProcess(cmd *exec.Cmd) *editorProcess {
	return &editorProcess{cmd: cmd, since: time.Since, sleep: time.Sleep}
}

// Run runs the editor and waits out the rest of minEditorRun.
func (e *editorProcess) Run() error {
	start := time.Now()
	err := e.cmd.Run()
	if left := minEditorRun - e.since(start); left > 0 {
		e.sleep(left)
	}
	return err
}

// SetStdin gives the editor the terminal's input, unless it has one.
func (e *editorProcess) SetStdin(r io.Reader) {
	if e.cmd.Stdin == nil {
		e.cmd.Stdin = r
	}
}

// SetStdout gives the editor the terminal's output, unless it has one.
func (e *editorProcess) SetStdout(w io.Writer) {
	if e.cmd.Stdout == nil {
		e.cmd.Stdout = w
	}
}

// SetStderr gives the editor the terminal's error output, unless it has
// one.
func (e *editorProcess) SetStderr(w io.Writer) {
	if e.cmd.Stderr == nil {
		e.cmd.Stderr = w
	}
}
