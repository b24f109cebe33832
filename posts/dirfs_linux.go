package posts

import (
	"errors"
	"io/fs"
	"path/filepath"
	"syscall"
	"time"
)

var _ fileReader = dirFS{}

// readFile reads the first limit bytes of name with direct system calls.
// A regular file whose read returns less than asked is at its end, so no
// extra read is spent to see EOF. Only regular files are read: the open
// does not block (a named pipe would wait for a writer) and anything else
// (a pipe, /dev/tty, /dev/zero, through a link or not) is refused.
func (d dirFS) readFile(name string, limit int64, buf []byte) ([]byte, int64, time.Time, error) {
	if !validPath(name) {
		return buf, 0, time.Time{}, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	full := filepath.Join(d.dir, filepath.FromSlash(name))
	var fd int
	var err error
	for {
		fd, err = syscall.Open(full, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return buf, 0, time.Time{}, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return buf, 0, time.Time{}, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	mod := time.Unix(st.Mtim.Sec, st.Mtim.Nsec)
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFREG:
	case syscall.S_IFDIR:
		return buf, 0, mod, &fs.PathError{Op: "read", Path: name, Err: errors.New("is a folder")}
	default:
		return buf, 0, mod, &fs.PathError{Op: "read", Path: name, Err: NotRegular(unixFileMode(st.Mode))}
	}
	upTo := readLimit(st.Size, limit)
	want := min(st.Size, upTo)
	if int64(cap(buf)) < want+1 {
		buf = make([]byte, 0, want+512)
	}
	buf = buf[:0]
	for int64(len(buf)) < upTo {
		n, err := syscall.Read(fd, buf[len(buf):min(int64(cap(buf)), upTo)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return buf, st.Size, mod, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		if n <= 0 {
			break
		}
		buf = buf[:len(buf)+n]
		if int64(len(buf)) >= want {
			break
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
	}
	return buf, st.Size, mod, nil
}

// unixFileMode turns a stat mode's type bits into fs.FileMode's.
func unixFileMode(m uint32) fs.FileMode {
	switch m & syscall.S_IFMT {
	case syscall.S_IFIFO:
		return fs.ModeNamedPipe
	case syscall.S_IFCHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case syscall.S_IFBLK:
		return fs.ModeDevice
	case syscall.S_IFSOCK:
		return fs.ModeSocket
	case syscall.S_IFDIR:
		return fs.ModeDir
	}
	return fs.ModeIrregular
}
