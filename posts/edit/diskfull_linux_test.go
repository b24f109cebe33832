package edit

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/folio-blog/folio/posts"
)

// diskFullRoot names the folder a child test process writes into with a
// file size limit; the limit is process-wide, so it must not touch the
// parent (go test's own log files would fail too).
const diskFullRoot = "FOLIO_TEST_DISK_FULL_ROOT"

func TestDiskFullLosesNothing(t *testing.T) {
	t.Parallel()
	if root := os.Getenv(diskFullRoot); root != "" {
		writeOnFullDisk(t, root)
		return
	}
	root := t.TempDir()
	post := filepath.Join(root, "a.md")
	orig := []byte("Title: A\nStatus: draft\n\n" + "A body long enough to pass the limit when written again.\n")
	if err := os.WriteFile(post, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	child := exec.Command(os.Args[0], "-test.run=^TestDiskFullLosesNothing$", "-test.v")
	child.Env = append(os.Environ(), diskFullRoot+"="+root)
	if out, err := child.CombinedOutput(); err != nil {
		t.Fatalf("the writes on a full disk did not fail as they should: %v\n%s", err, out)
	}
	if got, _ := os.ReadFile(post); string(got) != string(orig) {
		t.Errorf("the post changed: %q", got)
	}
	entries, _ := os.ReadDir(root)
	if len(entries) != 1 {
		t.Errorf("left files behind: %v", entries)
	}
}

// writeOnFullDisk publishes and creates with every file write past 32
// bytes failing with EFBIG, a stand-in for a full disk that works even
// as root (Go ignores SIGXFSZ).
func writeOnFullDisk(t *testing.T, root string) {
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Skip(err)
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: 32, Max: old.Max}); err != nil {
		t.Skip(err)
	}
	if _, err := SetStatus(root, "a.md", true, PublishOptions{}); !errors.Is(err, syscall.EFBIG) {
		t.Errorf("publish on a full disk: err = %v", err)
	}
	if _, err := Create(root, posts.Rules{}, NewPost{Title: "A new post with a long enough title"}, CreateOptions{}); !errors.Is(err, syscall.EFBIG) {
		t.Errorf("create on a full disk: err = %v", err)
	}
}
