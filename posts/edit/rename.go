package edit

import (
	"bytes"
	"context"
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
	// Posts are the site's posts as the caller last read them: the new
	// URL must not be one of theirs (ErrURLTaken), and their links to it
	// are looked for. Nil reads the site.
	Posts []*posts.Post
	// Links says what is done with the links other posts (and the post
	// itself) make to the post: kept as they are (the zero value),
	// listed, or rewritten in the form each was written.
	Links LinkMode
	// Alias adds the old URL to a Hugo post's aliases, so that Hugo
	// redirects it, when the URL changes.
	Alias bool
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
	// Moved lists every path the rename moved: the file, or a page
	// bundle's folder with everything in it; nil when nothing moved.
	Moved []Move
	// NameKept says why a file whose slug changed kept its name (a Hugo
	// section's _index file, an index file whose folder is not the
	// post's own); "" otherwise.
	NameKept string
	// Links are the links to the post that Options.Links found: those
	// rewritten, and those left as they were with why.
	Links []LinkEdit
	// LinkChanges are the other files rewritten for their links, for
	// Undo (see Changes).
	LinkChanges []Change
	// Aliased is set when the old URL was added to the post's aliases
	// (Options.Alias).
	Aliased bool
}

// Move is one path a rename moved, slash-separated and relative to the
// site folder.
type Move struct {
	From, To string
	// Folder is set when a page bundle's folder moved, with its Files
	// files.
	Folder bool
	Files  int
}

// ErrIndexName means a rename would give a Hugo post the name of a
// bundle's or a section's index file, which would change what its whole
// folder is (the posts beside a new index.md become its resources);
// nothing was changed.
var ErrIndexName = errors.New("would make Hugo read its folder as a page bundle or a section; choose another title")

// ErrURLTaken means a rename would give a post the address another post
// already has; nothing was changed.
var ErrURLTaken = errors.New("is already the address of another post")

// Rename gives the post at rel a new title, and with it a new slug and
// file name, as they would be for a new post with that title: the title
// (Pelican's Title, the front matter's title, or a reStructuredText
// heading with its adornment lengthened as needed), an explicit slug key
// when the post has one, and the file name (a Jekyll post keeps its date).
// Only a Hugo leaf bundle whose folder is the post's own has its folder
// renamed; a Hugo _index file, or an index file whose folder holds other
// posts or is the content folder, keeps its name (NameKept says why);
// anywhere else an index file is renamed as any other file. A new URL
// that another post has already is refused (ErrURLTaken). Every other
// byte stays as it was. The new file is created exclusively and the old
// one removed only when it is unchanged; nothing is written through a
// link.
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
	if before.Format == posts.FormatHTML {
		// Pelican's HTML reader: the metadata is in <meta> tags, which a
		// header edit would corrupt.
		return nil, fmt.Errorf("%s keeps its metadata in HTML <meta> tags: %w", rel, ErrCannotEdit)
	}
	slug := shortSlug(safeSlug(titleSlug(title, rules, rules.Generator)), maxSlugBytes)
	out, err := retitle(orig, rel, rules, before.Format, title, slug)
	if err != nil {
		return nil, err
	}
	files, kept, err := bundleFolder(rel, abs, rules)
	if err != nil {
		return nil, err
	}
	dest := rel
	if kept == "" {
		dest = renamedPath(rel, rules, slug, files > 0)
	}
	if files == 0 && dest != rel && rules.Generator == site.Hugo && hugoIndexName(path.Base(dest)) {
		return nil, fmt.Errorf("%s: the new name %s %w", rel, path.Base(dest), ErrIndexName)
	}
	after := posts.ParseModified(dest, out, info.ModTime(), posts.Options{Rules: rules})
	if after.Title != title || len(after.Warnings) > len(before.Warnings) {
		return nil, fmt.Errorf("%s %w", rel, ErrCannotEdit)
	}
	ps := opts.Posts
	if opts.Links != LinksKept {
		if ps, err = sitePosts(root, rules, ps); err != nil {
			return nil, err
		}
	}
	aliased := false
	if after.URL != "" && after.URL != before.URL {
		if err := checkURLFree(root, rel, after.URL, rules, ps); err != nil {
			return nil, err
		}
		if opts.Alias && rules.Generator == site.Hugo && before.URL != "" {
			if out, err = addAlias(out, dest, rules, before.Format, before.URL); err != nil {
				return nil, err
			}
			aliased = true
		}
	}
	res := &Renamed{Path: abs, Rel: rel, From: rel, OldSlug: before.Slug, NewSlug: after.Slug,
		OldURL: before.URL, NewURL: after.URL, NameKept: kept, Aliased: aliased}
	var linking []linkFile
	if opts.Links != LinksKept && (dest != rel || after.URL != before.URL) {
		r := newRelinker(ps, rules, before, dest, after.URL)
		relinked, self, _ := r.edits(dest, dest, out)
		res.Links = self
		if opts.Links == LinksRewritten {
			out = relinked
		}
		linking = planLinks(root, rel, ps, r)
	}
	res.Before, res.After = orig, out
	switch {
	case dest == rel:
		if !bytes.Equal(out, orig) {
			if err := WriteFileAtomic(abs, out, orig); err != nil {
				return nil, err
			}
		}
	case files > 0: // a page bundle: its folder moves
		if err := moveBundle(root, rel, abs, dest, orig, out); err != nil {
			return nil, err
		}
		res.Path, _ = resolveInside(root, dest)
		res.Rel = dest
		res.Moved = []Move{{From: path.Dir(rel), To: path.Dir(dest), Folder: true, Files: files}}
	default:
		destAbs, err := moveRewritten(root, rel, abs, dest, orig, out, info)
		if err != nil {
			return nil, err
		}
		res.Path, res.Rel = destAbs, dest
		res.Moved = []Move{{From: rel, To: dest}}
	}
	if opts.Links == LinksRewritten {
		res.LinkChanges = writeLinks(linking)
	}
	for _, f := range linking {
		res.Links = append(res.Links, f.edits...)
	}
	return res, nil
}

// checkURLFree refuses url, the address the post rel would have after a
// rename, when another of the site's posts (ps, or read from root when
// nil) is already there.
func checkURLFree(root, rel, url string, rules posts.Rules, ps []*posts.Post) error {
	if ps == nil {
		var err error
		if ps, _, err = posts.Load(context.Background(), posts.DirFS(root), posts.Options{Rules: rules}); err != nil {
			return fmt.Errorf("read the site to check the new URL: %w", err)
		}
	}
	var others []string
	for _, p := range posts.AtURL(ps, url) {
		if p.Path != rel {
			others = append(others, p.Path)
		}
	}
	if len(others) == 0 {
		return nil
	}
	return fmt.Errorf("%s: its new URL %s %w (%s); nothing was changed", rel, url, ErrURLTaken, strings.Join(others, ", "))
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
// Jekyll post keeping its date, a page bundle (bundle) in a renamed
// folder.
func renamedPath(rel string, rules posts.Rules, slug string, bundle bool) string {
	dir, base := path.Split(rel)
	ext := path.Ext(base)
	if bundle {
		return path.Join(path.Dir(path.Dir(rel)), slug, base)
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
