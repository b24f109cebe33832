package posts

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
	"time"
)

// PublishOptions say how SetStatus changes a post.
type PublishOptions struct {
	Site Site
	// SetDate sets the post's date to now (Jekyll always does when a
	// draft moves to _posts, as jekyll-compose does).
	SetDate bool
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
	// Expect, when set, is the content the caller last read; a file that
	// no longer holds it is left alone (ErrChanged).
	Expect []byte
}

// Published describes what SetStatus did.
type Published struct {
	Path    string // absolute path of the post afterwards
	Rel     string // its slash-separated path relative to the site folder
	Status  Status // the status it has now
	Changed bool   // false when it already had that status
	Moved   bool   // Jekyll: the file moved between _drafts and _posts
}

// ErrNoFrontMatter means the file has no metadata folio can edit.
var ErrNoFrontMatter = errors.New("has no front matter folio can edit")

// SetStatus publishes (publish true) or unpublishes the post at rel in the
// site at root: Pelican's Status line, Hugo's draft key, a "published:
// false" key, or for Jekyll a move between _drafts/slug.md and
// _posts/DATE-slug.md with its date set. Only the lines of those keys
// change; every other byte stays as it was, line endings included. The
// file is replaced atomically and never through a link; if it changed on
// disk meanwhile nothing is written (ErrChanged).
func SetStatus(root, rel string, publish bool, opts PublishOptions) (*Published, error) {
	clock := time.Now
	if opts.Now != nil {
		clock = opts.Now
	}
	now := func() time.Time {
		if loc := opts.Site.Location; loc != nil {
			return clock().In(loc)
		}
		return clock()
	}
	abs, err := resolveInside(root, rel)
	if err != nil {
		return nil, err
	}
	orig, _, err := readRegular(abs)
	if err != nil {
		return nil, err
	}
	if opts.Expect != nil && !bytes.Equal(orig, opts.Expect) {
		return nil, fmt.Errorf("%s %w", rel, ErrChanged)
	}
	site := opts.Site
	p := Parse(rel, orig, Options{Site: site})
	want := StatusDraft
	if publish {
		want = StatusPublished
	}
	res := &Published{Path: abs, Rel: rel, Status: p.Status}
	if p.Status == want && !opts.SetDate {
		return res, nil
	}
	if site.Flavor == FlavorJekyll {
		if jn := parseJekyllName(contentRelative(rel, site.ContentDir)); jn.inDrafts || jn.inPosts {
			return setJekyllStatus(root, rel, abs, orig, p, jn, publish, now(), opts)
		}
	}
	out, err := editStatus(orig, rel, site, publish, opts.SetDate, now())
	if err != nil {
		return nil, err
	}
	if bytes.Equal(out, orig) {
		return res, nil
	}
	if err := WriteFileAtomic(abs, out, orig); err != nil {
		return nil, err
	}
	res.Status = want
	res.Changed = true
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
func editStatus(orig []byte, rel string, site Site, publish, setDate bool, now time.Time) ([]byte, error) {
	e := editKeys(orig, rel, site)
	if !e.l.found {
		return nil, fmt.Errorf("%s %w", rel, ErrNoFrontMatter)
	}
	setStatusKeys(e, site.Flavor, publish)
	if setDate {
		e.set(dateKey(e.l), dateValue(e.l.format, site.Flavor, now))
	}
	out := e.data
	want := StatusDraft
	if publish {
		want = StatusPublished
	}
	before := Parse(rel, orig, Options{Site: site})
	after := Parse(rel, out, Options{Site: site})
	if after.Status != want || len(after.Warnings) > len(before.Warnings) {
		return nil, fmt.Errorf("%s %w", rel, ErrCannotEdit)
	}
	return out, nil
}

// setStatusKeys changes the keys that decide draft or published, adding
// the flavor's own key when none is there.
func setStatusKeys(e *keyEditor, flavor Flavor, publish bool) {
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
			if flavor == FlavorHugo {
				set("draft", "false")
			} else {
				set(statusName(e.l), "published")
			}
		}
		return
	}
	switch {
	case hasDraft:
		set("draft", "true")
	case hasStatus:
		set(statusName(e.l), "draft")
	case flavor == FlavorHugo || e.l.format == FormatTOML:
		set("draft", "true")
	case hasPublished:
		set("published", "false")
	default:
		set(statusName(e.l), "draft")
	}
}

// statusName spells a new status key as the format does.
func statusName(l fmLayout) string {
	if l.format == FormatPelican {
		return "Status"
	}
	return "status"
}

func dateKey(l fmLayout) string {
	if l.format == FormatPelican {
		return "Date"
	}
	return "date"
}

// dateValue writes t as the format's date: Pelican's minutes, Jekyll's
// "YYYY-MM-DD HH:MM:SS ±hhmm", RFC 3339 for Hugo and the rest.
func dateValue(f Format, flavor Flavor, t time.Time) string {
	switch {
	case f == FormatPelican, f == FormatRST:
		return t.Format(pelicanDateLayout)
	case flavor == FlavorJekyll:
		return t.Format(jekyllDateLayout)
	case flavor == FlavorPelican:
		return quoteEscaped(t.Format(pelicanDateLayout))
	}
	return t.Format(time.RFC3339)
}

// setJekyllStatus moves a Jekyll post between _drafts/slug.ext and
// _posts/DATE-slug.ext. The new file is created exclusively first; the
// old one is removed only after a last check that it is unchanged, so at
// every moment at least one complete copy exists.
func setJekyllStatus(root, rel, abs string, orig []byte, p *Post, jn jekyllName, publish bool, now time.Time, opts PublishOptions) (*Published, error) {
	e := editKeys(orig, rel, opts.Site)
	dir, base := path.Split(rel)
	ext := path.Ext(base)
	var dest string
	switch {
	case publish && jn.inDrafts:
		if !e.l.found {
			return nil, fmt.Errorf("%s %w", rel, ErrNoFrontMatter)
		}
		e.set("date", now.Format(jekyllDateLayout))
		if _, ok := e.l.entry("published"); ok {
			e.set("published", "true")
		}
		dest = swapLastFolder(dir, "_drafts", "_posts") + now.Format("2006-01-02") + "-" + jn.slug + ext
	case publish:
		// In _posts but "published: false".
		if e.l.found {
			e.set("published", "true")
			if opts.SetDate {
				e.set("date", now.Format(jekyllDateLayout))
			}
		}
	case jn.inPosts:
		dest = swapLastFolder(dir, "_posts", "_drafts") + jn.slug + ext
	}
	out := e.data
	if dest == "" {
		if bytes.Equal(out, orig) {
			return &Published{Path: abs, Rel: rel, Status: p.Status}, nil
		}
		if err := WriteFileAtomic(abs, out, orig); err != nil {
			return nil, err
		}
		return &Published{Path: abs, Rel: rel, Status: StatusPublished, Changed: true}, nil
	}
	destAbs, err := resolveInside(root, dest)
	if err != nil {
		return nil, err
	}
	if err := mkdirInside(root, destAbs); err != nil {
		return nil, err
	}
	if err := createExclusive(destAbs, out); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return nil, fmt.Errorf("%s already exists; %s was left where it is", dest, rel)
		}
		return nil, err
	}
	if now, _, err := readRegular(abs); err != nil || !bytes.Equal(now, orig) {
		os.Remove(destAbs)
		if err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%s %w", rel, ErrChanged)
	}
	if err := os.Remove(abs); err != nil {
		return nil, fmt.Errorf("%s was written but %s could not be removed: %w", dest, rel, err)
	}
	status := StatusDraft
	if publish {
		status = StatusPublished
	}
	return &Published{Path: destAbs, Rel: dest, Status: status, Changed: true, Moved: true}, nil
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
