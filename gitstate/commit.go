package gitstate

import (
	"bytes"
	"context"
	"fmt"
	"time"
)

// Commit is the last commit that changed a file.
type Commit struct {
	Hash    string
	Date    time.Time // the author's date
	Author  string
	Subject string
}

// LastCommit returns the last commit that changed the file at p
// (relative to the folder dir on disk), in one run of git log. ok is
// false when there is none: dir is in no repository, git is missing,
// or the file was never committed.
func LastCommit(ctx context.Context, dir, p string) (c Commit, ok bool) {
	out, err := run(ctx, dir, "log", "-1", "--no-show-signature", "--format=%H%x00%aI%x00%an%x00%s", "--", p)
	if err != nil {
		return Commit{}, false
	}
	c, err = parseCommit(out)
	return c, err == nil
}

// parseCommit reads the fields of the format LastCommit asks for.
func parseCommit(out []byte) (Commit, error) {
	fields := bytes.SplitN(bytes.TrimSuffix(out, []byte("\n")), []byte{0}, 4)
	if len(fields) != 4 {
		return Commit{}, fmt.Errorf("git log: no commit in %q", out)
	}
	date, err := time.Parse(time.RFC3339, string(fields[1]))
	if err != nil {
		return Commit{}, fmt.Errorf("git log: %w", err)
	}
	return Commit{Hash: string(fields[0]), Date: date, Author: string(fields[2]), Subject: string(fields[3])}, nil
}
