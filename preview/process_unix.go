//go:build unix

package preview

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"syscall"
)

// ownProcessGroup starts the server in a process group of its own, so
// that stopping it also stops what it starts (Jekyll's and Pelican's
// reloaders) and nothing else, and where the system can, ties it to
// folio's life.
func ownProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	tieToParent(cmd.SysProcAttr)
}

// terminate asks the server's process group to stop.
func terminate(cmd *exec.Cmd) {
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
	}
}

// kill stops the server's process group at once.
func kill(cmd *exec.Cmd) {
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}

// ownedByUser reports whether the user running folio owns the file.
func ownedByUser(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Getuid()
}

// processRuns reports whether a process pid exists: signal 0 checks
// without sending anything, and EPERM means another user's process has
// that pid.
func processRuns(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
