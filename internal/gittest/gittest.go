// Package gittest makes real git repositories for tests, with commits
// that are the same on every machine whatever its user's settings.
package gittest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Env is the environment commits are made in: a fixed author, committer
// and date, and none of the user's or the system's git settings.
var Env = []string{
	"GIT_AUTHOR_NAME=Ana Lopes", "GIT_AUTHOR_EMAIL=ana@example.com", "GIT_AUTHOR_DATE=2024-03-02T10:00:00+01:00",
	"GIT_COMMITTER_NAME=Ana Lopes", "GIT_COMMITTER_EMAIL=ana@example.com", "GIT_COMMITTER_DATE=2024-03-02T10:00:00+01:00",
	"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
}

// Need skips a test on a machine without git.
func Need(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
}

// Git runs git in dir, failing the test on an error.
func Git(t testing.TB, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), Env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// Write writes files (by slash-separated path) under dir.
func Write(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Repo makes a repository in a new temporary folder with files
// committed as "First posts", and returns the folder.
func Repo(t testing.TB, files map[string]string) string {
	t.Helper()
	Need(t)
	dir := t.TempDir()
	Git(t, dir, "init", "-q")
	Write(t, dir, files)
	Git(t, dir, "add", "-A")
	Git(t, dir, "commit", "-qm", "First posts")
	return dir
}
