package edit

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"

	"github.com/folio-blog/folio/posts"
)

// Change is one change folio made to a file, with what it takes to undo
// it: the bytes before and after, and the path before and after (they
// differ when the change moved the file). Before is nil for a file folio
// created.
type Change struct {
	Rel, From     string // slash-separated, relative to the site folder
	Before, After []byte
	// What says what was done, for a status line ("published a.md").
	What string
	// Folder is the folder the change moved with the file in it (a Hugo
	// page bundle renamed), zero when it moved none: Undo moves that
	// whole folder back, not only the file.
	Folder Move
}

// Change describes what SetStatus did, for Undo; ok is false when it
// changed nothing.
func (p *Published) Change() (c Change, ok bool) {
	if !p.Changed {
		return Change{}, false
	}
	what := "unpublished " + p.Rel
	if p.Status == posts.StatusPublished {
		what = "published " + p.Rel
	}
	return Change{Rel: p.Rel, From: p.From, Before: p.Before, After: p.After, What: what}, true
}

// Change describes what Rename did, for Undo.
func (r *Renamed) Change() Change {
	c := Change{Rel: r.Rel, From: r.From, Before: r.Before, After: r.After, What: "renamed " + r.From + " to " + r.Rel}
	for _, m := range r.Moved {
		if m.Folder {
			c.Folder = m
			c.What = "renamed " + m.From + "/ to " + m.To + "/"
		}
	}
	return c
}

// Change describes the post Create wrote, for Undo (which removes it).
func (c *Created) Change() Change {
	return Change{Rel: c.Rel, From: c.Rel, After: c.Content, What: "created " + c.Rel}
}

// Undo puts back what c changed, only if the file still holds exactly
// what folio wrote (ErrChanged otherwise: someone edited it since). A
// moved file moves back, a created one is removed; the same rules as
// every write apply (exclusive creation, no links, atomic replacement).
// A moved folder moves back whole, only to a name that is free again.
// It returns the path the file has afterwards ("" when removed).
func Undo(root string, c Change) (string, error) {
	abs, err := resolveInside(root, c.Rel)
	if err != nil {
		return "", err
	}
	cur, info, err := readRegular(abs)
	if err != nil {
		return "", err
	}
	if !bytes.Equal(cur, c.After) {
		return "", fmt.Errorf("%s %w", c.Rel, ErrChanged)
	}
	switch {
	case c.Before == nil:
		if err := os.Remove(abs); err != nil {
			return "", err
		}
		return "", nil
	case c.From == c.Rel || c.From == "":
		return c.Rel, WriteFileAtomic(abs, c.Before, c.After)
	case c.Folder.Folder:
		return c.From, undoFolderMove(root, c)
	default:
		if _, err := moveRewritten(root, c.Rel, abs, c.From, c.After, c.Before, info); err != nil {
			return "", err
		}
		return c.From, nil
	}
}

// undoFolderMove moves the folder c moved back to where it was, then
// puts back the bytes of the file c changed in it. The folder's old name
// must still be free; the file was checked by Undo.
func undoFolderMove(root string, c Change) error {
	if path.Dir(c.Rel) != c.Folder.To || path.Dir(c.From) != c.Folder.From {
		return fmt.Errorf("cannot undo: %s is not in the moved folder %s", c.Rel, c.Folder.To)
	}
	to, err := resolveInside(root, c.Folder.To)
	if err != nil {
		return err
	}
	from, err := resolveInside(root, c.Folder.From)
	if err != nil {
		return err
	}
	if _, err := os.Lstat(from); err == nil {
		return fmt.Errorf("cannot move %s back: %s exists again", c.Folder.To, c.Folder.From)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.Rename(to, from); err != nil {
		return err
	}
	abs, err := resolveInside(root, c.From)
	if err != nil {
		return err
	}
	if err := WriteFileAtomic(abs, c.Before, c.After); err != nil {
		return fmt.Errorf("%s moved back, but its title was not: %w", c.Folder.From, err)
	}
	return nil
}

// Changes are every change Rename made, for Undo: the post's, then each
// file whose links it rewrote. Undo them in reverse order.
func (r *Renamed) Changes() []Change {
	return append([]Change{r.Change()}, r.LinkChanges...)
}
