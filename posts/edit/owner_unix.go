//go:build unix

package edit

import (
	"io/fs"
	"os"
	"syscall"
)

// fileOwner is a file's owner, group and number of names (hard links).
type fileOwner struct {
	uid, gid int
	links    uint64
	known    bool
}

func ownerOf(info fs.FileInfo) fileOwner {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileOwner{}
	}
	return fileOwner{uid: int(st.Uid), gid: int(st.Gid), links: uint64(st.Nlink), known: true}
}

// keepOwner gives the replacement file f the original's owner and group
// when they differ from the ones it was created with. Only root (or a
// member of the group, for the group) may do so; the error then says the
// owner could not be kept.
func keepOwner(f *os.File, orig fileOwner) error {
	if !orig.known {
		return nil
	}
	info, err := f.Stat()
	if err != nil {
		return err
	}
	now := ownerOf(info)
	if now.uid == orig.uid && now.gid == orig.gid {
		return nil
	}
	return f.Chown(orig.uid, orig.gid)
}
