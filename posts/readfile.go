package posts

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ErrNotRegular is what reading a file that is not a regular file gives:
// a named pipe, a terminal, a device or a socket, directly or through a
// link. Such a file can block a read for ever (a pipe, /dev/tty) or never
// end (/dev/zero), so folio reads none of them.
var ErrNotRegular = errors.New("not a regular file")

// notRegularError says what kind of file was refused.
type notRegularError struct{ mode fs.FileMode }

func (e *notRegularError) Error() string {
	return "is " + fileKind(e.mode) + ", not a regular file"
}

func (e *notRegularError) Is(target error) bool { return target == ErrNotRegular }

// NotRegular is the error for a file of mode that is not a regular file,
// naming its kind ("is a named pipe, not a regular file"); it matches
// ErrNotRegular.
func NotRegular(mode fs.FileMode) error { return &notRegularError{mode: mode} }

// fileKind names a file's type for messages.
func fileKind(mode fs.FileMode) string {
	switch {
	case mode.IsDir():
		return "a folder"
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeCharDevice != 0:
		return "a character device"
	case mode&fs.ModeDevice != 0:
		return "a device"
	case mode&fs.ModeSymlink != 0:
		return "a link"
	}
	return "a special file"
}

// MaxPostFileSize is the largest post read whole by default (see
// Options.MaxFileSize); code that reads a post to rewrite it reads it
// with ReadRegularFile up to this size.
const MaxPostFileSize = defaultMaxFileSize

// ErrTooLarge is what ReadRegularFile gives for a file over its limit.
var ErrTooLarge = errors.New("file too large")

// OpenRegular opens the file at name for reading, following links, if it
// is a regular file; anything else is an error matching ErrNotRegular.
// The open itself never blocks: a named pipe with no writer would hold an
// ordinary open until one comes.
func OpenRegular(name string) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenFile(name, os.O_RDONLY|openNoBlock, 0)
	if err != nil {
		return nil, nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, info, &fs.PathError{Op: "read", Path: name, Err: NotRegular(info.Mode())}
	}
	return f, info, nil
}

// ReadRegularFile reads the file at name, following links, if it is a
// regular file of at most limit bytes. A file of another kind is an error
// matching ErrNotRegular; a longer one (a file can grow while it is read)
// an error matching ErrTooLarge that says the limit. Errors are
// *fs.PathError naming the file.
func ReadRegularFile(name string, limit int64) ([]byte, error) {
	f, info, err := OpenRegular(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info.Size() > limit {
		return nil, tooLarge(name, info.Size(), limit)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(name, int64(len(data)), limit)
	}
	return data, nil
}

// UnwrapPathError is what went wrong in err without the file's name: the
// cause of the *fs.PathError in its chain (ReadRegularFile's errors are
// one), or err itself. It is for a message that names the file its own
// way, by its path in the site rather than the absolute one.
func UnwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func tooLarge(name string, size, limit int64) error {
	return &fs.PathError{Op: "read", Path: name, Err: &tooLargeError{size: size, limit: limit}}
}

// tooLargeError says how large a file is against the limit.
type tooLargeError struct{ size, limit int64 }

func (e *tooLargeError) Error() string {
	if e.size > e.limit+1 {
		return fmt.Sprintf("is %s, larger than the %s folio reads", byteSize(e.size), byteSize(e.limit))
	}
	return fmt.Sprintf("is larger than the %s folio reads", byteSize(e.limit))
}

func (e *tooLargeError) Is(target error) bool { return target == ErrTooLarge }
