//go:build !unix

package preview

import "os/exec"

// ownProcessGroup does nothing where there are no process groups; Stop
// then ends the server's own process only.
func ownProcessGroup(*exec.Cmd) {}

func terminate(cmd *exec.Cmd) {
	if cmd.Process != nil {
		cmd.Process.Kill()
	}
}

func kill(cmd *exec.Cmd) { terminate(cmd) }
