//go:build unix

package preview

import (
	"os/exec"
	"syscall"
)

// ownProcessGroup starts the server in a process group of its own, so
// that stopping it also stops what it starts (Jekyll's and Pelican's
// reloaders) and nothing else.
func ownProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
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
