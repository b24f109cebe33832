package preview

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// workPrefix begins the name of a server's temporary folder, which goes
// on with the pid of the folio that started it and a random number:
// "folio-preview-4242-123456789".
const workPrefix = "folio-preview-"

// markVar is set in the server's environment to its temporary folder.
// Every process the server starts inherits it, which tells them apart
// from any other process of the user's, whatever their pids.
const markVar = "FOLIO_PREVIEW_DIR"

// sweepStale removes the temporary folders in dir that the servers of a
// folio no longer running left behind, after ending what is left of
// those servers (Linux). A folio killed outright (SIGKILL, the machine's
// memory killer) cannot clean up after itself; the next preview does. A
// folder whose folio still runs, a folder of another user's and anything
// that is not a folder are left alone.
func sweepStale(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		pid, ok := ownerPid(e.Name())
		if !ok || !e.IsDir() {
			continue
		}
		info, err := e.Info()
		if err != nil || !ownedByUser(info) || processRuns(pid) {
			continue
		}
		work := filepath.Join(dir, e.Name())
		killMarked(work)
		os.RemoveAll(work)
	}
}

// ownerPid is the pid in a temporary folder's name, if the name is one
// of a server's.
func ownerPid(name string) (int, bool) {
	rest, ok := strings.CutPrefix(name, workPrefix)
	if !ok {
		return 0, false
	}
	pid, random, ok := strings.Cut(rest, "-")
	if !ok || !digits(pid) || !digits(random) {
		return 0, false
	}
	n, err := strconv.Atoi(pid)
	return n, err == nil && n > 0
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
