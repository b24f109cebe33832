package config

import (
	"os"

	"github.com/folio-blog/folio/posts"
)

// MaxSettingsFileSize is the most folio reads of any settings file (its
// own, the user's, a generator's, a module pelicanconf.py imports, an
// archetype). Real ones are a few KiB; a file linked to /dev/zero would
// otherwise be read until memory runs out.
const MaxSettingsFileSize = 1 << 20

// readSettingsFile reads a settings file, following links, if it is a
// regular file of at most MaxSettingsFileSize bytes. Errors match
// posts.ErrNotRegular (a named pipe would block the read for ever) or
// posts.ErrTooLarge, and say what the file is.
func readSettingsFile(file string) ([]byte, error) {
	return posts.ReadRegularFile(file, MaxSettingsFileSize)
}

// styleFileProblem says why a Glamour style file cannot be used: it is
// missing, not a regular file or too large (the renderer reads it whole).
func styleFileProblem(file string) error {
	info, err := os.Stat(file)
	switch {
	case err != nil:
		return err
	case !info.Mode().IsRegular():
		return posts.NotRegular(info.Mode())
	case info.Size() > MaxSettingsFileSize:
		_, err := readSettingsFile(file) // says how large, against the limit
		return err
	}
	return nil
}
