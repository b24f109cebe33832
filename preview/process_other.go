//go:build !unix

package preview

import (
	"io/fs"
	"os/exec"
)

// ownProcessGroup does nothing where there are no process groups; Stop
// then ends the server's own process only.
func ownProcessGroup(*exec.Cmd) {}

func terminate(cmd *exec.Cmd) {
	if cmd.Process != nil {
		cmd.Process.Kill()
	}
}

func kill(cmd *exec.Cmd) { terminate(cmd) }

// ownedByUser is false where folio cannot tell, so that no folder is
// swept there.
func ownedByUser(fs.FileInfo) bool { return false }

// processRuns is true where folio cannot tell.
func processRuns(int) bool { return true }

// killMarked does nothing without /proc to find the processes by.
func killMarked(string) {}
