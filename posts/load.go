package posts

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/folio-blog/folio/site"
)

// extensions are the file endings read as posts.
var extensions = map[string]bool{
	".md": true, ".markdown": true, ".mkd": true, ".mdown": true, ".mkdn": true, ".rst": true,
}

// IsPostFile reports whether a file name has an extension folio reads.
func IsPostFile(name string) bool {
	return extensions[strings.ToLower(path.Ext(name))]
}

// Load reads every post under fsys, newest first. Problems with single
// files are warnings on their posts; problems with the folder itself
// (unreadable subfolders) are returned as warnings beside them. The error
// is only for a folder that cannot be read at all or a cancelled ctx.
func Load(ctx context.Context, fsys fs.FS, opts Options) ([]*Post, []Warning, error) {
	paths, warns, err := Find(ctx, fsys, opts)
	if err != nil {
		return nil, warns, err
	}
	ps := ParseFiles(ctx, fsys, paths, opts)
	if err := ctx.Err(); err != nil {
		return nil, warns, err
	}
	Sort(ps, SortDate, false)
	return ps, warns, nil
}

// Find lists the post files under fsys in path order, leaving out hidden
// files and folders, the generator's own folders and the site's
// excludes.
func Find(ctx context.Context, fsys fs.FS, opts Options) ([]string, []Warning, error) {
	if strings.HasPrefix(opts.Rules.ContentDir, "/") {
		return nil, nil, &ContentDirError{Dir: opts.Rules.ContentDir, Err: errOutsideSite}
	}
	root := strings.Trim(opts.Rules.ContentDir, "/")
	if root == "" {
		root = "."
	}
	var paths []string
	var warns []Warning
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			if p == root {
				return &ContentDirError{Dir: root, Err: UnwrapPathError(err)}
			}
			warns = append(warns, Warning{Path: p, Msg: fmt.Sprintf("cannot read folder: %v", UnwrapPathError(err))})
			return fs.SkipDir
		}
		if p == root {
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if skipDir(name, opts.Rules.Generator) || opts.Rules.Exclude != nil && opts.Rules.Exclude(p, true) {
				return fs.SkipDir
			}
			return nil
		}
		if !IsPostFile(name) && !IsHTMLFile(name) || strings.HasPrefix(name, ".") && opts.Rules.Generator != site.Pelican {
			// Pelican reads dot-files too; only its IGNORE_FILES (".#*"
			// by default, applied through Site.Exclude) leaves them out.
			return nil
		}
		if opts.Rules.Exclude != nil && opts.Rules.Exclude(p, false) {
			return nil
		}
		if skip := notRegularPost(fsys, p, d); skip != nil {
			if IsPostFile(name) || isHTMLContent(nil, p, &opts.Rules) {
				warns = append(warns, Warning{Path: p, Msg: skip.Error() + "; skipped"})
			}
			return nil
		}
		if !IsPostFile(name) && !isHTMLContent(fsys, p, &opts.Rules) {
			return nil
		}
		paths = append(paths, p)
		return nil
	})
	return paths, warns, err
}

// notRegularPost says why a post file is not read: it is a pipe, a
// device or a socket, or a link to one (reading a pipe or /dev/tty waits
// for ever, /dev/zero never ends). A link that cannot be followed, or to
// a folder, is left for the reader to report on its post.
func notRegularPost(fsys fs.FS, p string, d fs.DirEntry) error {
	mode := d.Type()
	if mode&fs.ModeSymlink != 0 {
		info, err := fs.Stat(fsys, p)
		if err != nil || info.IsDir() {
			return nil
		}
		mode = info.Mode()
	}
	if mode.IsRegular() {
		return nil
	}
	return NotRegular(mode)
}

// ContentDirError is a content folder that cannot be read at all: it does
// not exist, is not a folder, or is outside the site. It is a problem
// with the settings (content_dir, Pelican's PATH, Hugo's contentDir),
// not with a post.
type ContentDirError struct {
	Dir string // as set, relative to the site root unless outside it
	Err error
}

// errOutsideSite is a content folder given as an absolute path outside
// the site, which Load, reading through the site's fs.FS, cannot reach.
var errOutsideSite = errors.New("is outside the site folder")

func (e *ContentDirError) Error() string {
	if e.Err == errOutsideSite {
		return fmt.Sprintf("content folder %s %v", e.Dir, e.Err)
	}
	if e.Dir == "." && errors.Is(e.Err, fs.ErrNotExist) {
		return "the site folder does not exist (deleted or moved?)"
	}
	if errors.Is(e.Err, fs.ErrNotExist) {
		return fmt.Sprintf("content folder %s does not exist", e.Dir)
	}
	return fmt.Sprintf("content folder %s: %v", e.Dir, e.Err)
}

func (e *ContentDirError) Unwrap() error { return e.Err }

// skipDir reports folders no generator reads posts from.
func skipDir(name string, generator site.Generator) bool {
	if name == ".git" || name == "node_modules" || strings.HasPrefix(name, ".") && generator != site.Pelican {
		return true
	}
	if generator == site.Jekyll && strings.HasPrefix(name, "_") {
		switch name {
		case "_posts", "_drafts":
			return false
		case "_site", "_layouts", "_includes", "_sass", "_data", "_plugins", "_config":
			return true
		}
		return false // a collection
	}
	if generator == site.Jekyll && name == "vendor" {
		return true
	}
	return false
}

// ParseFiles reads and parses the files at paths concurrently. The result
// has one Post per path, in the same order; a file that cannot be read is
// a Post with a warning.
func ParseFiles(ctx context.Context, fsys fs.FS, paths []string, opts Options) []*Post {
	out := make([]*Post, len(paths))
	opts.withClock()
	opts.withVocabulary()
	opts.withHeadless()
	opts.Rules = opts.Rules.WithDefaults()
	inChunks(ctx, len(paths), 16, &opts, func(start, end int, buf []byte) []byte {
		for i := start; i < end; i++ {
			out[i], buf = readPost(fsys, paths[i], &opts, buf)
		}
		return buf
	})
	return out
}

// ParseFile reads one file of fsys into a Post, as Load would.
func ParseFile(fsys fs.FS, p string, opts Options) *Post {
	opts.Rules = opts.Rules.WithDefaults()
	opts.withHeadless()
	post, _ := readPost(fsys, p, &opts, nil)
	return post
}

// readPost reads and parses one file, reusing buf for its bytes.
func readPost(fsys fs.FS, p string, opts *Options, buf []byte) (*Post, []byte) {
	limit := opts.maxFileSize()
	data, size, mod, err := readPostFile(fsys, p, limit, buf)
	if errors.Is(err, fs.ErrInvalid) && !utf8.ValidString(p) {
		// os.DirFS refuses such names; DirFS reads them.
		err = fmt.Errorf("its name %s is not valid UTF-8, which this file system does not open", strconv.QuoteToASCII(path.Base(p)))
	}
	if err != nil {
		return errorPost(p, UnwrapPathError(err)), data
	}
	post := &Post{Path: p, Size: size, ModTime: mod, Section: sectionOf(p, opts.Rules.ContentDir)}
	parseInto(post, data, opts)
	if opts.headless != nil && opts.Rules.Generator == site.Hugo && post.Status != StatusHeadless && opts.headless.below(fsys, p, opts) {
		post.Status, post.URL = StatusHeadless, ""
	}
	if size > limit {
		post.Warnings = append(post.Warnings, Warning{Path: p,
			Msg: fmt.Sprintf("file is %s, larger than %s; only its metadata was read", byteSize(size), byteSize(limit))})
	}
	return post, data
}

// readLimit is how much of a file of size bytes is read: all of it up to
// limit, and only enough for its front matter beyond that.
func readLimit(size, limit int64) int64 {
	if size > limit {
		return maxFrontMatterSize + 1<<10
	}
	return limit
}

// readPostFile reads the file into buf, through DirFS's direct system
// calls when fsys has them.
func readPostFile(fsys fs.FS, p string, limit int64, buf []byte) ([]byte, int64, time.Time, error) {
	if fr, ok := fsys.(fileReader); ok {
		return fr.readFile(p, limit, buf)
	}
	// Opening a named pipe waits for a writer, so its kind is checked
	// first (following a link); the check after the open catches a file
	// swapped in between.
	if info, err := fs.Stat(fsys, p); err == nil && !info.IsDir() && !info.Mode().IsRegular() {
		return buf, 0, info.ModTime(), NotRegular(info.Mode())
	}
	f, err := fsys.Open(p)
	if err != nil {
		return buf, 0, time.Time{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return buf, 0, time.Time{}, err
	}
	if info.IsDir() {
		return buf, 0, info.ModTime(), errors.New("is a folder")
	}
	if !info.Mode().IsRegular() {
		return buf, 0, info.ModTime(), NotRegular(info.Mode())
	}
	n := readLimit(info.Size(), limit)
	buf = buf[:0]
	if int64(cap(buf)) < min(info.Size(), n)+1 {
		buf = make([]byte, 0, min(info.Size(), n)+512)
	}
	data, err := readAll(io.LimitReader(f, n), buf)
	return data, info.Size(), info.ModTime(), err
}

// readAll is io.ReadAll into a reusable buffer.
func readAll(r io.Reader, b []byte) ([]byte, error) {
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// SortKey names an order for posts.
type SortKey string

// Orders posts can be sorted in.
const (
	SortDate     SortKey = "date"     // newest first
	SortTitle    SortKey = "title"    // A to Z
	SortModified SortKey = "modified" // most recently changed first
)

// Sort orders posts in place by key; reverse flips the order. Posts
// without a date come after dated ones, and ties keep path order, so the
// order is the same on every run.
func Sort(ps []*Post, key SortKey, reverse bool) {
	// Each post's key is computed once: lowercasing titles or choosing a
	// date inside the comparison would redo it log(n) times per post.
	keyed := make([]sortKeyed, len(ps))
	for i, p := range ps {
		k := sortKeyed{p: p}
		switch key {
		case SortTitle:
			k.title = toLower(p.Title)
		case SortModified:
			k.date = lastChange(p)
		default:
			k.date = p.Date
		}
		keyed[i] = k
	}
	// Paths are unique, so the order is total and an unstable sort is
	// deterministic.
	slices.SortFunc(keyed, func(a, b sortKeyed) int {
		c := cmp.Compare(a.title, b.title)
		if key != SortTitle {
			c = newestFirst(a.date, b.date)
		}
		if reverse {
			c = -c
		}
		if c == 0 {
			c = strings.Compare(a.p.Path, b.p.Path)
		}
		return c
	})
	for i, k := range keyed {
		ps[i] = k.p
	}
}

// sortKeyed is a post with its sort key.
type sortKeyed struct {
	p     *Post
	title string
	date  Date
}

// LastChange is when the post last changed, the date sorting by
// modified orders by: its Modified date, else its file's modification
// time, else its date.
func (p *Post) LastChange() Date { return lastChange(p) }

// lastChange is when a post last changed: its Modified date, else its
// file's modification time.
func lastChange(p *Post) Date {
	if !p.Modified.IsZero() {
		return p.Modified
	}
	if !p.ModTime.IsZero() {
		return Date{Time: p.ModTime, HasZone: true}
	}
	return p.Date
}

func newestFirst(a, b Date) int {
	switch {
	case a.IsZero() && b.IsZero():
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	}
	return b.Compare(a.Time)
}

// sectionOf is the first folder of p under the content folder contentDir
// (Hugo's section), or "" for a file at the top of it.
func sectionOf(p, contentDir string) string {
	if contentDir != "" && contentDir != "." {
		rest, ok := strings.CutPrefix(p, strings.Trim(contentDir, "/")+"/")
		if !ok {
			return ""
		}
		p = rest
	}
	dir, _, ok := strings.Cut(p, "/")
	if !ok {
		return ""
	}
	return dir
}
