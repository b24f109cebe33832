package edit

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/internal/frontmatter"
	"github.com/folio-blog/folio/site"
)

// RenameOptions say how Rename changes a post.
type RenameOptions struct {
	Rules posts.Rules
	// Expect, when set, is the content the caller last read; a file that
	// no longer holds it is left alone (ErrChanged).
	Expect []byte
}

// Renamed describes what Rename did.
type Renamed struct {
	Path string // absolute path of the post afterwards
	Rel  string // slash-separated, relative to the site folder
	From string // the path before
	// OldSlug and NewSlug are the post's slugs before and after: when
	// they differ, so does its URL.
	OldSlug, NewSlug string
	// OldURL and NewURL are the post's addresses before and after, as
	// the site's generator makes them ("" where it makes none).
	OldURL, NewURL string
	Before, After  []byte
}

// Rename gives the post at rel a new title, and with it a new slug and
// file name, as they would be for a new post with that title: the title
// (Pelican's Title, the front matter's title, or a reStructuredText
// heading with its adornment lengthened as needed), an explicit slug key
// when the post has one, and the file name (a Jekyll post keeps its date;
// a page bundle's folder is renamed). Every other byte stays as it was.
// The new file is created exclusively and the old one removed only when
// it is unchanged; nothing is written through a link.
func Rename(root, rel, title string, opts RenameOptions) (*Renamed, error) {
	rules := opts.Rules
	title, err := cleanText("title", title)
	if err != nil {
		return nil, err
	}
	if title == "" {
		return nil, ErrNoTitle
	}
	abs, orig, info, err := readForEdit(root, rel, opts.Expect)
	if err != nil {
		return nil, err
	}
	if err := checkReplaceable(rel, info); err != nil {
		return nil, err
	}
	before := posts.ParseModified(rel, orig, info.ModTime(), posts.Options{Rules: rules})
	if before.Format == posts.FormatJSON {
		return nil, fmt.Errorf("%s %w", rel, ErrJSONFrontMatter)
	}
	slug := shortSlug(safeSlug(titleSlug(title, rules, rules.Generator)), maxSlugBytes)
	out, err := retitle(orig, rel, rules, before.Format, title, slug)
	if err != nil {
		return nil, err
	}
	dest := renamedPath(rel, rules, slug)
	after := posts.ParseModified(dest, out, info.ModTime(), posts.Options{Rules: rules})
	if after.Title != title || len(after.Warnings) > len(before.Warnings) {
		return nil, fmt.Errorf("%s %w", rel, ErrCannotEdit)
	}
	res := &Renamed{Path: abs, Rel: rel, From: rel, OldSlug: before.Slug, NewSlug: after.Slug,
		OldURL: before.URL, NewURL: after.URL, Before: orig, After: out}
	switch {
	case dest == rel:
		if !bytes.Equal(out, orig) {
			if err := WriteFileAtomic(abs, out, orig); err != nil {
				return nil, err
			}
		}
	case path.Base(dest) == path.Base(rel): // a page bundle: its folder moves
		if err := moveBundle(root, rel, abs, dest, orig, out); err != nil {
			return nil, err
		}
		res.Path, _ = resolveInside(root, dest)
		res.Rel = dest
	default:
		destAbs, err := moveRewritten(root, rel, abs, dest, orig, out, info)
		if err != nil {
			return nil, err
		}
		res.Path, res.Rel = destAbs, dest
	}
	return res, nil
}

// retitle sets the title (and an explicit slug) in the post's own
// syntax.
func retitle(orig []byte, rel string, rules posts.Rules, format posts.Format, title, slug string) ([]byte, error) {
	e := editKeys(orig, rel, rules)
	quote := func(s string) string {
		if format == posts.FormatYAML || format == posts.FormatTOML {
			return quoteEscaped(s)
		}
		return s
	}
	if _, ok := e.l.entry("slug"); ok {
		e.set("slug", quote(slug))
	}
	if _, ok := e.l.entry("title"); ok || format != posts.FormatRST {
		if !e.l.found {
			return nil, fmt.Errorf("%s %w", rel, ErrNoFrontMatter)
		}
		name := "title"
		if format == posts.FormatPelican {
			name = "Title"
		}
		e.set(name, quote(title))
		return e.data, nil
	}
	return retitleRSTHeading(e.data, title, rel)
}

// retitleRSTHeading replaces a reStructuredText document's title
// heading, making its adornment at least as long as the new title (in
// bytes, which is never fewer than the columns docutils counts).
func retitleRSTHeading(data []byte, title, rel string) ([]byte, error) {
	var l fmLayout
	spans := l.lines(data)
	texts := make([]string, len(spans))
	for i, sp := range spans {
		texts[i] = string(sp.text(data))
	}
	i := frontmatter.SkipBlankAndComments(texts, 0)
	_, style, next, ok := frontmatter.RSTHeading(texts, i)
	if !ok {
		return nil, fmt.Errorf("%s %w", rel, ErrNoFrontMatter)
	}
	n := max(len(title), utf8.RuneCountInString(strings.TrimRight(texts[next-1], " \t")))
	under := strings.Repeat(string(style[1]), n)
	var heading string
	if style[0] != 0 {
		heading = strings.Repeat(string(style[0]), n) + l.nl + title + l.nl + under + l.nl
	} else {
		heading = title + l.nl + under + l.nl
	}
	out := append([]byte(nil), data[:spans[i].start]...)
	out = append(out, heading...)
	return append(out, data[spans[next-1].end:]...), nil
}

// renamedPath is where a post renamed to slug goes: the same folder, a
// Jekyll post keeping its date, a page bundle's folder renamed.
func renamedPath(rel string, rules posts.Rules, slug string) string {
	dir, base := path.Split(rel)
	ext := path.Ext(base)
	if strings.HasPrefix(base, "index.") && dir != "" {
		parent := path.Dir(strings.TrimSuffix(dir, "/"))
		if parent == "." {
			return slug + "/" + base
		}
		return parent + "/" + slug + "/" + base
	}
	if rules.Generator == site.Jekyll {
		if jn := posts.ParseJekyllName(rules.ContentRelative(rel), rules.CollectionsDir); !jn.Date.IsZero() {
			return dir + jn.Date.Format("2006-01-02") + "-" + slug + ext
		}
	}
	return dir + slug + ext
}

// moveBundle rewrites a page bundle's index file in place and then
// renames its folder, which must not exist yet.
func moveBundle(root, rel, abs, dest string, orig, out []byte) error {
	destAbs, err := resolveInside(root, dest)
	if err != nil {
		return err
	}
	newDir := filepath.Dir(destAbs)
	if _, err := os.Lstat(newDir); err == nil {
		return fmt.Errorf("%s already exists; %s was left where it is", path.Dir(dest), rel)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if !bytes.Equal(out, orig) {
		if err := WriteFileAtomic(abs, out, orig); err != nil {
			return err
		}
	}
	if err := os.Rename(filepath.Dir(abs), newDir); err != nil {
		return fmt.Errorf("%s was retitled but its folder could not be renamed: %w", rel, err)
	}
	return nil
}
