//go:build unix

package preview

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestSweepStale removes the temporary folder of a folio that no longer
// runs, and nothing else: not the folder of a folio that runs, not a
// name of another shape, not a file or a link with a server's name.
func TestSweepStale(t *testing.T) {
	t.Parallel()
	ended := exec.Command("true")
	if err := ended.Run(); err != nil {
		t.Skip("cannot run true:", err)
	}
	dead := ended.Process.Pid
	dir, elsewhere := t.TempDir(), t.TempDir()
	keep := filepath.Join(elsewhere, "keep.md")
	if err := os.WriteFile(keep, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	folders := map[string]bool{ // name: swept
		fmt.Sprintf("folio-preview-%d-11", dead):        true,
		fmt.Sprintf("folio-preview-%d-12", os.Getpid()): false,
		"folio-preview-13":                              false, // no pid in the name
		"folio-preview-x-14":                            false,
		fmt.Sprintf("folio-preview-+%d-15", dead):       false,
		fmt.Sprintf("other-%d-16", dead):                false,
	}
	for name := range folders {
		if err := os.Mkdir(filepath.Join(dir, name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name, "server.log"), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file := fmt.Sprintf("folio-preview-%d-17", dead)
	if err := os.WriteFile(filepath.Join(dir, file), []byte("a file"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := fmt.Sprintf("folio-preview-%d-18", dead)
	if err := os.Symlink(elsewhere, filepath.Join(dir, link)); err != nil {
		t.Fatal(err)
	}

	sweepStale(dir)

	for name, swept := range folders {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := os.IsNotExist(err); gone != swept {
			t.Errorf("%s: removed %v, want %v", name, gone, swept)
		}
	}
	for _, name := range []string{file, link} {
		if _, err := os.Lstat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s was removed: %v", name, err)
		}
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("the file behind the link was removed: %v", err)
	}
}
