package gitstate

import (
	"bytes"
	"fmt"

	"github.com/folio-blog/folio/posts"
)

// Entry is one record of `git status --porcelain=v2 -z`: a path
// relative to the repository's top, and the state folio gives it. A
// path ending in "/" is a folder git reports whole (untracked or
// ignored, with everything in it). Ignored files have the state "".
type Entry struct {
	Path  string
	State posts.GitState
}

// Parse reads the output of `git status --porcelain=v2 -z` (with or
// without --ignored and rename detection): ordinary changes ("1"),
// renames and copies ("2", whose original path follows as a record of
// its own), merge conflicts ("u"), untracked ("?") and ignored ("!")
// paths. Header lines ("#") are skipped. Output that does not have the
// shape git writes is an error naming the record.
func Parse(out []byte) ([]Entry, error) {
	var entries []Entry
	for len(out) > 0 {
		rec, rest, ok := bytes.Cut(out, []byte{0})
		if !ok {
			return entries, fmt.Errorf("git status: record %q does not end with NUL", clip(rec))
		}
		out = rest
		if len(rec) < 2 || rec[1] != ' ' {
			return entries, fmt.Errorf("git status: malformed record %q", clip(rec))
		}
		var e Entry
		var err error
		switch rec[0] {
		case '#':
			continue
		case '?':
			e = Entry{Path: string(rec[2:]), State: posts.GitNew}
		case '!':
			e = Entry{Path: string(rec[2:])}
		case '1':
			e, err = changed(rec, 8)
		case 'u':
			e, err = changed(rec, 10)
			e.State = posts.GitModified
		case '2':
			e, err = changed(rec, 9)
			// The original path is the next record; it names no file
			// of the work tree any more.
			_, rest, ok := bytes.Cut(out, []byte{0})
			if !ok {
				return entries, fmt.Errorf("git status: rename of %q has no original path", clip(rec))
			}
			out = rest
		default:
			return entries, fmt.Errorf("git status: unknown record %q", clip(rec))
		}
		if err != nil {
			return entries, err
		}
		if e.Path == "" {
			return entries, fmt.Errorf("git status: record %q has no path", clip(rec))
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// changed reads a "1", "2" or "u" record, whose path follows fields
// space-separated fields (the record type among them): what is after
// them is the path, spaces and all. XY says the index's change (X) and
// the work tree's (Y), "." for none.
func changed(rec []byte, fields int) (Entry, error) {
	rest := rec
	for range fields {
		_, after, ok := bytes.Cut(rest, []byte{' '})
		if !ok {
			return Entry{}, fmt.Errorf("git status: record %q has fewer than %d fields", clip(rec), fields+1)
		}
		rest = after
	}
	if len(rec) < 5 || rec[4] != ' ' {
		return Entry{}, fmt.Errorf("git status: record %q has no XY field", clip(rec))
	}
	x, y := rec[2], rec[3]
	e := Entry{Path: string(rest), State: posts.GitClean}
	switch {
	case y != '.':
		e.State = posts.GitModified
	case x != '.':
		e.State = posts.GitStaged
	}
	return e, nil
}

// clip shortens a record for an error message.
func clip(rec []byte) string {
	if len(rec) > 80 {
		return string(rec[:80]) + "…"
	}
	return string(rec)
}
