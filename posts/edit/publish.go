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
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// PublishOptions say how SetStatus changes a post.
type PublishOptions struct {
	Rules posts.Rules
	// SetDate sets the post's date to Date (or now when Date is zero).
	// A never-published Jekyll draft always gets one when it moves to
	// _posts, as jekyll-compose does.
	SetDate bool
	// Date is the date SetDate writes; zero means now.
	Date time.Time
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
	// Expect, when set, is the content the caller last read; a file that
	// no longer holds it is left alone (ErrChanged).
	Expect []byte
}

// Published describes what SetStatus did.
type Published struct {
	Path    string       // absolute path of the post afterwards
	Rel     string       // its slash-separated path relative to the site folder
	Status  posts.Status // the status it has now
	Changed bool         // false when it already had that status
	Moved   bool         // Jekyll: the file moved from _drafts to _posts
	// Before and After are the file's bytes before and after, for an
	// undo (After is nil when nothing changed).
	Before, After []byte
	// From is the path relative to the site folder before a move.
	From string
}

// ErrNoFrontMatter means the file has no metadata folio can edit.
var ErrNoFrontMatter = errors.New("has no front matter folio can edit")

// ErrJSONFrontMatter means the file's front matter is JSON, which folio
// reads but does not edit.
var ErrJSONFrontMatter = errors.New("has JSON front matter, which folio does not edit; change its draft key by hand")

// SetStatus publishes (publish true) or unpublishes the post at rel in
// the site at root, so that one undoes the other byte for byte:
// unpublishing sets the key that decides the status (Pelican's Status,
// Hugo's draft, Jekyll's published) to its draft value, or adds it as
// the first key when the post has none; publishing removes a draft key
// that is the first key when the post is published without it, and sets
// it otherwise. (A post whose first key was an explicit "draft = false"
// comes back published without that line.) A Jekyll post in _posts stays there (its date and URL
// kept) with "published: false"; only a never-published draft moves
// from _drafts/slug.md to _posts/DATE-slug.md with its date set. Every
// other byte stays as it was, line endings and byte order mark included.
// The file is replaced atomically and never through a link; if it
// changed on disk meanwhile nothing is written (ErrChanged).
func SetStatus(root, rel string, publish bool, opts PublishOptions) (*Published, error) {
	clock := time.Now
	if opts.Now != nil {
		clock = opts.Now
	}
	date := opts.Date
	if date.IsZero() {
		date = clock()
	}
	if loc := opts.Rules.Location; loc != nil {
		date = date.In(loc)
	}
	if err := checkDateRange(date); err != nil && (opts.SetDate || publish) {
		return nil, err
	}
	abs, orig, _, err := readForEdit(root, rel, opts.Expect)
	if err != nil {
		return nil, err
	}
	rules := opts.Rules
	p := posts.Parse(rel, orig, posts.Options{Rules: rules})
	want := posts.StatusDraft
	if publish {
		want = posts.StatusPublished
	}
	res := &Published{Path: abs, Rel: rel, From: rel, Status: p.Status, Before: orig}
	if p.Status == want && !opts.SetDate {
		return res, nil
	}
	if p.Format == posts.FormatJSON {
		return nil, fmt.Errorf("%s %w", rel, ErrJSONFrontMatter)
	}
	if p.Format == posts.FormatHTML {
		// Pelican's HTML reader: the metadata is in <meta> tags, which a
		// header edit would corrupt.
		return nil, fmt.Errorf("%s keeps its metadata in HTML <meta> tags: %w", rel, ErrCannotEdit)
	}
	if rules.Generator == site.Jekyll && publish {
		if jn := posts.ParseJekyllName(rules.ContentRelative(rel), rules.CollectionsDir); jn.InDrafts {
			return publishJekyllDraft(root, rel, abs, orig, jn, date, opts)
		}
	}
	out, err := editStatus(orig, rel, rules, publish, opts.SetDate, date)
	if err != nil {
		return nil, err
	}
	if bytes.Equal(out, orig) {
		return res, nil
	}
	if err := WriteFileAtomic(abs, out, orig); err != nil {
		return nil, err
	}
	res.Status, res.Changed, res.After = want, true, out
	return res, nil
}

// ErrCannotEdit means folio could not change a file's status without
// risking the rest of its front matter (an unusual layout, such as
// indented YAML); nothing was written.
var ErrCannotEdit = errors.New("has front matter folio cannot change safely; edit it by hand")

// editStatus returns the file with its status keys (and date, with
// setDate) changed. The result is checked by reading it back: it must
// have the asked-for status and no new warnings, else nothing is
// changed (ErrCannotEdit).
func editStatus(orig []byte, rel string, rules posts.Rules, publish, setDate bool, date time.Time) ([]byte, error) {
	want := posts.StatusDraft
	if publish {
		want = posts.StatusPublished
	}
	before := posts.Parse(rel, orig, posts.Options{Rules: rules})
	ok := func(out []byte) bool {
		after := posts.Parse(rel, out, posts.Options{Rules: rules})
		return after.Status == want && len(after.Warnings) <= len(before.Warnings)
	}
	e := editKeys(orig, rel, rules)
	if !e.l.found {
		return nil, fmt.Errorf("%s %w", rel, ErrNoFrontMatter)
	}
	if setDate {
		e.set(dateKey(e.l), dateValue(e.l.format, rules.Generator, date))
	}
	dated := e.data
	if publish && before.Status != posts.StatusPublished {
		// Undo what unpublishing added: the draft key, when it is the
		// first key and the post is published without it. removeFirst
		// only removes a key whose adding back gives these very bytes,
		// so the result is the file as it was before unpublishing, with
		// whatever warnings it had then: only its status is checked.
		if key := draftKey(e.data, e.l); key != "" && e.removeFirst(key) &&
			posts.Parse(rel, e.data, posts.Options{Rules: rules}).Status == want {
			return e.data, nil
		}
		e = editKeys(dated, rel, rules)
	}
	setStatusKeys(e, rules.Generator, publish)
	if !ok(e.data) {
		return nil, fmt.Errorf("%s %w", rel, ErrCannotEdit)
	}
	return e.data, nil
}

// draftKey is the one key that makes the post a draft, when exactly one
// does: "draft: true", "status: draft" or "published: false".
func draftKey(data []byte, l fmLayout) string {
	var keys []string
	for _, en := range l.entries {
		v := strings.ToLower(strings.Trim(string(data[en.valStart:en.valEnd]), `"'`))
		if en.key == "draft" && v == "true" || en.key == "status" && v == "draft" || en.key == "published" && v == "false" {
			keys = append(keys, en.key)
		}
	}
	if len(keys) != 1 {
		return ""
	}
	return keys[0]
}

// setStatusKeys changes the keys that decide draft or published, adding
// the generator's own key when none is there.
func setStatusKeys(e *keyEditor, generator site.Generator, publish bool) {
	_, hasDraft := e.l.entry("draft")
	_, hasStatus := e.l.entry("status")
	_, hasPublished := e.l.entry("published")
	set := e.set
	if publish {
		if hasDraft {
			set("draft", "false")
		}
		if hasStatus {
			set(statusName(e.l), "published")
		}
		if hasPublished {
			set("published", "true")
		}
		if !hasDraft && !hasStatus && !hasPublished {
			switch {
			case generator == site.Hugo:
				set("draft", "false")
			case generator == site.Jekyll:
				set("published", "true")
			default:
				set(statusName(e.l), "published")
			}
		}
		return
	}
	// A key the post did not have goes first, where it is seen and
	// where publishing finds it to remove it again.
	switch {
	case hasDraft:
		set("draft", "true")
	case hasStatus:
		set(statusName(e.l), "draft")
	case hasPublished:
		set("published", "false")
	case generator == site.Jekyll:
		e.addFirst("published", "false")
	case generator == site.Hugo || e.l.format == posts.FormatTOML:
		e.addFirst("draft", "true")
	default:
		e.addFirst(statusName(e.l), "draft")
	}
}

// statusName spells a new status key as the format does.
func statusName(l fmLayout) string {
	if l.format == posts.FormatPelican {
		return "Status"
	}
	return "status"
}

func dateKey(l fmLayout) string {
	if l.format == posts.FormatPelican {
		return "Date"
	}
	return "date"
}

// dateValue writes t as the format's date: Pelican's minutes, Jekyll's
// "YYYY-MM-DD HH:MM:SS ±hhmm", RFC 3339 for Hugo and the rest.
func dateValue(f posts.Format, generator site.Generator, t time.Time) string {
	switch {
	case f == posts.FormatPelican, f == posts.FormatRST:
		return t.Format(pelicanDateLayout)
	case generator == site.Jekyll:
		return t.Format(jekyllDateLayout)
	case generator == site.Pelican:
		return quoteEscaped(t.Format(pelicanDateLayout))
	}
	return t.Format(time.RFC3339)
}

// publishJekyllDraft moves a never-published Jekyll draft from
// _drafts/slug.ext to _posts/DATE-slug.ext with its date set, as
// jekyll-compose does. The new file is created exclusively first, with
// the draft's mode and owner; the draft is removed only after a last
// check that it is unchanged, so at every moment at least one complete
// copy exists.
func publishJekyllDraft(root, rel, abs string, orig []byte, jn posts.JekyllName, date time.Time, opts PublishOptions) (*Published, error) {
	e := editKeys(orig, rel, opts.Rules)
	if !e.l.found {
		return nil, fmt.Errorf("%s %w", rel, ErrNoFrontMatter)
	}
	info, err := os.Lstat(abs)
	if err != nil {
		return nil, err
	}
	if err := checkReplaceable(rel, info); err != nil {
		return nil, err
	}
	e.set("date", date.Format(jekyllDateLayout))
	if en, ok := e.l.entry("published"); ok && strings.TrimSpace(string(e.data[en.valStart:en.valEnd])) == "false" {
		if !e.removeFirst("published") {
			e.set("published", "true")
		}
	}
	out := e.data
	dir, base := path.Split(rel)
	dest := swapLastFolder(dir, "_drafts", "_posts") + date.Format("2006-01-02") + "-" + jn.Slug + path.Ext(base)
	destAbs, err := moveRewritten(root, rel, abs, dest, orig, out, info)
	if err != nil {
		return nil, err
	}
	return &Published{Path: destAbs, Rel: dest, From: rel, Status: posts.StatusPublished, Changed: true, Moved: true, Before: orig, After: out}, nil
}

// moveRewritten writes out as the new file dest, with the mode and owner
// of the file rel (abs, info) it replaces, and then removes rel. The new
// file is created exclusively first; rel is removed only after a last
// check that it still holds orig, so at every moment at least one
// complete copy exists.
func moveRewritten(root, rel, abs, dest string, orig, out []byte, info fs.FileInfo) (string, error) {
	destAbs, err := resolveInside(root, dest)
	if err != nil {
		return "", err
	}
	if err := mkdirInside(root, destAbs); err != nil {
		return "", err
	}
	if err := createExclusive(destAbs, out); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("%s already exists; %s was left where it is", dest, rel)
		}
		return "", err
	}
	if err := keepFile(destAbs, info); err != nil {
		os.Remove(destAbs)
		return "", err
	}
	if now, _, err := readRegular(abs); err != nil || !bytes.Equal(now, orig) {
		os.Remove(destAbs)
		if err != nil {
			return "", err
		}
		return "", fmt.Errorf("%s %w", rel, ErrChanged)
	}
	if err := os.Remove(abs); err != nil {
		return "", fmt.Errorf("%s was written but %s could not be removed: %w", dest, rel, err)
	}
	syncDir(filepath.Dir(abs))
	return destAbs, nil
}

// keepFile gives a file folio created in place of another the other's
// owner and mode.
func keepFile(abs string, like fs.FileInfo) error {
	f, err := os.OpenFile(abs, os.O_RDONLY, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := keepOwner(f, ownerOf(like)); err != nil {
		return fmt.Errorf("%s %w: %v", abs, ErrOwner, err)
	}
	return f.Chmod(keptMode(like))
}

// swapLastFolder replaces the last path element named from (in a
// slash-ended folder path) with to.
func swapLastFolder(dir, from, to string) string {
	parts := strings.Split(strings.TrimSuffix(dir, "/"), "/")
	for i := len(parts) - 1; i >= 0; i-- {
		if parts[i] == from {
			parts[i] = to
			break
		}
	}
	return strings.Join(parts, "/") + "/"
}
