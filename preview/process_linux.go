package preview

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// tieToParent has the kernel kill the server when the thread that
// started it ends, which Server.run makes the moment folio ends, however
// it ends: SIGKILL and the memory killer included, which no signal
// handler sees.
func tieToParent(attr *syscall.SysProcAttr) {
	attr.Pdeathsig = syscall.SIGKILL
}

// killMarked kills the processes whose environment marks them as started
// for the server whose temporary folder is work: what is left when folio
// was killed outright, since the kernel kills the server itself but not
// the processes it started (Pelican serves from a child process).
func killMarked(work string) {
	mark := []byte(markVar + "=" + work + "\x00")
	procs, err := os.ReadDir("/proc")
	if err != nil {
		return
	}
	for _, p := range procs {
		pid, err := strconv.Atoi(p.Name())
		if err != nil || pid == os.Getpid() {
			continue
		}
		env, err := os.ReadFile("/proc/" + p.Name() + "/environ")
		if err != nil {
			continue // gone, or another user's
		}
		if bytes.HasPrefix(env, mark) || bytes.Contains(env, append([]byte{0}, mark...)) {
			syscall.Kill(pid, syscall.SIGKILL)
		}
	}
}
