package edit

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Errors of the writing paths. Each is wrapped with the file it is about.
var (
	// ErrChanged means the file changed on disk after folio read it; it
	// was left as it is.
	ErrChanged = errors.New("changed on disk since it was read; nothing was written")
	// ErrSymlink means the file is a symbolic link; folio does not write
	// through links.
	ErrSymlink = errors.New("is a symbolic link; folio does not write through links")
	// ErrOutsideSite means a path resolves outside the site folder.
	ErrOutsideSite = errors.New("is outside the site folder")
	// ErrReadOnly means the file's owner may not write it; folio leaves
	// a file someone made read-only as it is.
	ErrReadOnly = errors.New("is read-only; folio leaves read-only files as they are (make it writable to change it)")
	// ErrHardLinked means the file has other names: replacing it would
	// leave them with the old text.
	ErrHardLinked = errors.New("has other names (hard links) that would keep the old text; folio does not split them")
	// ErrOwner means the file's owner could not be kept on the rewritten
	// file.
	ErrOwner = errors.New("belongs to another user or group that folio cannot give the rewritten file")
)

// checkReplaceable refuses files whose replacement would change more
// than their text: read-only files and files with other hard links.
func checkReplaceable(abs string, info fs.FileInfo) error {
	if info.Mode().Perm()&0o200 == 0 {
		return fmt.Errorf("%s (mode %04o) %w", abs, info.Mode().Perm(), ErrReadOnly)
	}
	if o := ownerOf(info); o.links > 1 {
		return fmt.Errorf("%s %w (%d names)", abs, ErrHardLinked, o.links)
	}
	return nil
}

// keptMode is the part of a file's mode the replacement keeps:
// permissions and the setuid, setgid and sticky bits.
func keptMode(info fs.FileInfo) fs.FileMode {
	return info.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)
}

// resolveInside turns rel (slash-separated, relative to root) into an
// absolute path and checks that it stays inside root: no "..", no
// absolute path, and no existing folder on the way that is a link
// leading out of the site. The file itself may not exist yet.
func resolveInside(root, rel string) (string, error) {
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return "", fmt.Errorf("site folder %s: %w", root, err)
	}
	clean := filepath.Clean(filepath.FromSlash(rel))
	if filepath.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) || clean == "." {
		return "", fmt.Errorf("%s %w", rel, ErrOutsideSite)
	}
	abs := filepath.Join(realRoot, clean)
	// Check every existing folder above the file.
	dir := filepath.Dir(abs)
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); err == nil {
			real, err := filepath.EvalSymlinks(d)
			if err != nil {
				return "", fmt.Errorf("%s: %w", d, err)
			}
			if !within(realRoot, real) {
				return "", fmt.Errorf("%s: folder %s %w", rel, d, ErrOutsideSite)
			}
			break
		}
		if d == realRoot || d == filepath.Dir(d) {
			break
		}
	}
	return abs, nil
}

// within reports whether p is root or inside it; both are cleaned,
// link-free absolute paths.
func within(root, p string) bool {
	if p == root {
		return true
	}
	return strings.HasPrefix(p, strings.TrimSuffix(root, string(filepath.Separator))+string(filepath.Separator))
}

// mkdirInside creates the folders above abs one at a time, checking after
// each that it is a real folder inside root (a link planted meanwhile is
// refused rather than followed).
func mkdirInside(root, abs string) error {
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(realRoot, filepath.Dir(abs))
	if err != nil || rel == "." {
		return err
	}
	cur := realRoot
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		cur = filepath.Join(cur, part)
		if err := os.Mkdir(cur, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("create folder: %w", err)
		}
		real, err := filepath.EvalSymlinks(cur)
		if err != nil {
			return err
		}
		if !within(realRoot, real) {
			return fmt.Errorf("folder %s %w", cur, ErrOutsideSite)
		}
		if info, err := os.Stat(real); err != nil || !info.IsDir() {
			return fmt.Errorf("%s is not a folder", cur)
		}
	}
	return nil
}

// createExclusive writes a new file that must not exist yet (O_EXCL, so
// an existing file or a dangling link is never written through) and syncs
// it. On a failed write the half-written file, which is folio's own, is
// removed.
func createExclusive(abs string, data []byte) error {
	f, err := os.OpenFile(abs, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, werr := f.Write(data)
	if werr == nil {
		werr = f.Sync()
	}
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		os.Remove(abs)
		return fmt.Errorf("write %s: %w", abs, werr)
	}
	return nil
}

// readForEdit reads the post at rel inside root for a change folio is
// about to make: a regular file inside the site, and, when expect is not
// nil, still the bytes the caller last saw (else ErrChanged).
func readForEdit(root, rel string, expect []byte) (abs string, data []byte, info fs.FileInfo, err error) {
	if abs, err = resolveInside(root, rel); err != nil {
		return "", nil, nil, err
	}
	if data, info, err = readRegular(abs); err != nil {
		return "", nil, nil, err
	}
	if expect != nil && !bytes.Equal(data, expect) {
		return "", nil, nil, fmt.Errorf("%s %w", rel, ErrChanged)
	}
	return abs, data, info, nil
}

// readRegular reads a file that must be a regular file, not a link.
func readRegular(abs string) ([]byte, fs.FileInfo, error) {
	info, err := os.Lstat(abs)
	if err != nil {
		return nil, nil, err
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		return nil, nil, fmt.Errorf("%s %w", abs, ErrSymlink)
	}
	if !info.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("%s is not a regular file", abs)
	}
	data, err := os.ReadFile(abs)
	return data, info, err
}

// WriteFileAtomic replaces the file at abs with data: it writes a
// temporary file in the same folder with the original's owner, group and
// mode (setuid, setgid and sticky bits included), syncs it, checks that
// the file still holds exactly orig (the bytes it was read as; a
// concurrent change gives ErrChanged and nothing is written), and renames
// the temporary file over it. A link is never written through
// (ErrSymlink); a read-only file (ErrReadOnly), a file with other hard
// links (ErrHardLinked) and a file whose owner cannot be kept (ErrOwner)
// are left as they are.
func WriteFileAtomic(abs string, data, orig []byte) error {
	cur, info, err := readRegular(abs)
	if err != nil {
		return err
	}
	if !bytes.Equal(cur, orig) {
		return fmt.Errorf("%s %w", abs, ErrChanged)
	}
	if err := checkReplaceable(abs, info); err != nil {
		return err
	}
	dir := filepath.Dir(abs)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(abs)+".folio-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", abs, err)
	}
	tmpName := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(tmpName)
		return fmt.Errorf("write %s: %w", abs, err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	// Owner first: changing it clears the setuid and setgid bits.
	if err := keepOwner(tmp, ownerOf(info)); err != nil {
		tmp.Close()
		os.Remove(tmpName)
		return fmt.Errorf("%s %w: %v", abs, ErrOwner, err)
	}
	if err := tmp.Chmod(keptMode(info)); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmpName)
		return fmt.Errorf("write %s: %w", abs, err)
	}
	// The last look before the rename: the window left is the rename
	// itself.
	if now, info, err := readRegular(abs); err != nil || !bytes.Equal(now, orig) || checkReplaceable(abs, info) != nil {
		os.Remove(tmpName)
		if err != nil {
			return err
		}
		return fmt.Errorf("%s %w", abs, ErrChanged)
	}
	if err := os.Rename(tmpName, abs); err != nil {
		os.Remove(tmpName)
		return fmt.Errorf("write %s: %w", abs, err)
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename durable; failure only weakens durability, so it
// is not reported.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// RemoveIfUntouched removes the file at abs only if it still holds
// exactly written, the bytes folio created it with, and reports whether
// it did. A file the user changed, or a link, stays.
func RemoveIfUntouched(abs string, written []byte) (bool, error) {
	cur, _, err := readRegular(abs)
	if err != nil {
		return false, err
	}
	if !bytes.Equal(cur, written) {
		return false, nil
	}
	if err := os.Remove(abs); err != nil {
		return false, err
	}
	return true, nil
}
