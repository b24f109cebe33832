package posts

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// limitFileSize makes every file write past n bytes fail with EFBIG, a
// stand-in for a full disk that works even as root (Go ignores SIGXFSZ),
// and returns the function that lifts the limit.
func limitFileSize(t *testing.T, n uint64) func() {
	t.Helper()
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Skip(err)
	}
	lim := syscall.Rlimit{Cur: n, Max: old.Max}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Skip(err)
	}
	restore := func() { syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old) }
	t.Cleanup(restore)
	return restore
}

func TestDiskFullLosesNothing(t *testing.T) {
	root := t.TempDir()
	post := filepath.Join(root, "a.md")
	orig := []byte("Title: A\nStatus: draft\n\n" + "A body long enough to pass the limit when written again.\n")
	if err := os.WriteFile(post, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	restore := limitFileSize(t, 32)

	if _, err := SetStatus(root, "a.md", true, PublishOptions{}); !errors.Is(err, syscall.EFBIG) {
		t.Errorf("publish on a full disk: err = %v", err)
	}
	if _, err := Create(root, Site{}, NewPost{Title: "A new post with a long enough title"}, CreateOptions{}); !errors.Is(err, syscall.EFBIG) {
		t.Errorf("create on a full disk: err = %v", err)
	}
	restore()

	if got, _ := os.ReadFile(post); string(got) != string(orig) {
		t.Errorf("the post changed: %q", got)
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 {
		t.Errorf("left files behind: %v", entries)
	}
}
