package edit

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// ownerChildDir names the folder a child test process, run as nobody,
// publishes a post in that belongs to root.
const ownerChildDir = "FOLIO_TEST_OWNER_DIR"

// A user who may write a post but not give a file to its owner (a
// group-writable post of another user) gets ErrOwner, and the post is
// left as it was, rather than a post that silently changed hands.
func TestPublishRefusesWhenTheOwnerCannotBeKept(t *testing.T) {
	t.Parallel()
	if dir := os.Getenv(ownerChildDir); dir != "" {
		_, err := SetStatus(dir, "a.md", true, PublishOptions{Rules: posts.Rules{Generator: site.Pelican}})
		if !errors.Is(err, ErrOwner) {
			t.Fatalf("as uid %d: err = %v, want ErrOwner", os.Getuid(), err)
		}
		return
	}
	if os.Geteuid() != 0 {
		t.Skip("needs root to run a child as another user")
	}
	// The child must reach the test binary and the site as nobody.
	base := t.TempDir()
	for d := base; d != filepath.Dir(d) && d != os.TempDir(); d = filepath.Dir(d) {
		os.Chmod(d, 0o755)
	}
	bin := filepath.Join(base, "posts.test")
	copyFile(t, os.Args[0], bin)
	site := filepath.Join(base, "site")
	os.Mkdir(site, 0o777)
	os.Chmod(site, 0o777)
	draft := "Title: A\nStatus: draft\nTags: x\n\n"
	abs := writeTestFile(t, site, "a.md", draft, 0o666)
	child := exec.Command(bin, "-test.run=^TestPublishRefusesWhenTheOwnerCannotBeKept$")
	child.Env = append(os.Environ(), ownerChildDir+"="+site)
	child.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	if out, err := child.CombinedOutput(); err != nil {
		t.Fatalf("child as nobody: %v\n%s", err, out)
	}
	if got, _ := os.ReadFile(abs); string(got) != draft {
		t.Errorf("post changed: %q", got)
	}
	info, _ := os.Stat(abs)
	if st := info.Sys().(*syscall.Stat_t); st.Uid != 0 {
		t.Errorf("post now belongs to uid %d", st.Uid)
	}
	if entries, _ := os.ReadDir(site); len(entries) != 1 {
		t.Errorf("left files behind: %v", entries)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
