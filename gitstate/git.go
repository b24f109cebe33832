package gitstate

import (
	"bytes"
	"context"
	"os/exec"
	"strings"
	"time"
)

// Timeout bounds each run of git: a repository on a hung network
// folder leaves the posts without their state, not the load waiting.
const Timeout = 10 * time.Second

// Read returns the git state of the files in the folder dir on disk, in
// one run of git status (and one of git rev-parse, for where dir is in
// the repository). It is nil when dir is in no git work tree, git is
// not installed, or git fails: the folder then simply has no state.
func Read(ctx context.Context, dir string) *State {
	prefix, err := run(ctx, dir, "rev-parse", "--show-prefix")
	if err != nil {
		return nil
	}
	// Paths come relative to the repository's top whatever the
	// folder; "." limits them to the folder. Ignored folders come as
	// one record (matching), not file by file, so that a Hugo
	// site's public/ costs nothing; renames are not looked for, as
	// only the new path matters.
	out, err := run(ctx, dir, "status", "--porcelain=v2", "-z", "--untracked-files=all",
		"--ignored=matching", "--no-renames", "--", ".")
	if err != nil {
		return nil
	}
	entries, err := Parse(out)
	if err != nil {
		return nil
	}
	return newState(entries, strings.TrimSuffix(string(prefix), "\n"))
}

// run runs git in dir with args and returns its standard output. It
// takes no optional lock (git status would otherwise refresh the index
// and could get in the way of the author's own git commands), reads
// pathspecs literally (a post may be named "a*.md"), and ignores a
// pager or colour the user configured.
func run(ctx context.Context, dir string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "git", append([]string{"--no-optional-locks", "--literal-pathspecs",
		"-c", "color.ui=false", "-C", dir}, args...)...)
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
