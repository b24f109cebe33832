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
	"unicode/utf8"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// CreateOptions say how Create writes a new post. The zero value follows
// the site's generator.
type CreateOptions struct {
	// Style overrides the site's front matter style (DefaultStyle).
	Style Style
	// PathPattern overrides where the post goes (DefaultPathPattern).
	PathPattern string
	// NoArchetype skips a Hugo site's archetypes.
	NoArchetype bool
	// Posts are the site's existing posts and pages: without a
	// PathPattern the new one goes where most of them are (PlaceNewPost).
	// Nil places it where the generator expects posts by default.
	Posts []*posts.Post
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
}

// Created describes a post Create wrote.
type Created struct {
	Path    string // absolute
	Rel     string // slash-separated, relative to the site folder
	Wanted  string // the path the pattern gave; differs from Rel after a clash
	Content []byte // exactly the bytes written, for RemoveIfUntouched
	// BodyLine is the 1-based line where the body starts, for opening an
	// editor below the front matter.
	BodyLine int
	// Archetype is the Hugo archetype used, relative to the site folder.
	Archetype string
	// ArchetypeErr is why the site's archetype could not be used (a
	// template function folio does not know); the post then has folio's
	// own front matter.
	ArchetypeErr error
}

// Clashed reports whether an existing file forced another name.
func (c *Created) Clashed() bool { return c.Rel != c.Wanted }

// ErrNoPages means a page was asked for in a site without pages (a
// plain folder of Markdown).
var ErrNoPages = errors.New("this site has no pages")

// maxClashes bounds the -2, -3… names tried before giving up.
const maxClashes = 1000

// Create writes a new post in the site at root and returns where. The
// file is created exclusively: an existing file is never overwritten, a
// clash takes the next free "-2", "-3"… name. Folders are made as needed,
// only inside root; a title such as "../../etc/passwd" only ever becomes a
// slug, and a linked folder that leads out of the site is refused.
func Create(root string, rules posts.Rules, np NewPost, opts CreateOptions) (*Created, error) {
	now := time.Now
	if opts.Now != nil {
		now = opts.Now
	}
	if np.Date.IsZero() {
		np.Date = now()
	}
	if rules.Location != nil {
		// Pelican's dates carry no offset and are read in the site's
		// TIMEZONE: write the site's wall-clock time.
		np.Date = np.Date.In(rules.Location)
	}
	if err := checkDateRange(np.Date); err != nil {
		return nil, err
	}
	st := opts.Style
	if st.Format == "" {
		st = DefaultStyle(rules)
	}
	if st.Generator == "" {
		st.Generator = rules.Generator
	}
	norm, err := np.normalized(st)
	if err != nil {
		return nil, err
	}
	slug := norm.Slug
	if slug == "" {
		slug = titleSlug(norm.Title, rules, st.Generator)
	}
	slug = safeSlug(slug)
	if short := shortSlug(slug, maxSlugBytes); short != slug {
		slug = short
		if np.Slug == "" && st.Generator != site.Hugo && st.Generator != site.Jekyll {
			// Pelican makes its slug, and its output file name, from the
			// title: write the short one so both fit.
			np.Slug = slug
		}
	}
	pattern := opts.PathPattern
	if pattern == "" {
		placeSite, existing := rules, opts.Posts
		if rules.WithDefaults().Generator != st.Generator {
			// Another generator's style: where that generator expects
			// posts, not where this site keeps its own.
			placeSite.Generator, existing = st.Generator, nil
		}
		place := PlaceNewPost(placeSite, existing, np.Draft, np.Page)
		if place.Pattern == "" {
			return nil, fmt.Errorf("%w: %s", ErrNoPages, place.Why)
		}
		pattern = place.PatternFor(norm.Category)
	}
	wanted, err := ExpandPathPattern(pattern, slug, norm.Category, norm.Date)
	if err != nil {
		return nil, err
	}

	for n := 1; n <= maxClashes; n++ {
		rel := wanted
		if n > 1 {
			rel = withSuffix(wanted, n)
		}
		abs, err := resolveInside(root, rel)
		if err != nil {
			return nil, err
		}
		entry := np
		if st.Generator == site.Jekyll && np.Draft && !posts.ParseJekyllName(rules.ContentRelative(rel), "").InDrafts {
			// Only _drafts makes a draft by its folder; anywhere else
			// Jekyll needs "published: false".
			entry.unlisted = true
		}
		if n > 1 && entry.Slug == "" && st.Generator != site.Hugo && st.Generator != site.Jekyll {
			// Pelican takes the slug from the title, not the file name:
			// without its own slug the renamed post would have the same
			// URL as the one it clashed with.
			entry.Slug = fmt.Sprintf("%s-%d", slug, n)
		}
		if st.Generator == site.Jekyll {
			entry.layout = jekyllLayout(root, rules, rel, np.Page, opts.Posts)
		}
		content, bodyLine, archetype, archErr, err := newPostContent(root, rules, entry, st, rel, opts.NoArchetype)
		if err != nil {
			return nil, err
		}
		if err := mkdirInside(root, abs); err != nil {
			return nil, fmt.Errorf("%s: %w", rel, err)
		}
		err = createExclusive(abs, content)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		return &Created{
			Path: abs, Rel: rel, Wanted: wanted, Content: content,
			BodyLine: bodyLine, Archetype: archetype, ArchetypeErr: archErr,
		}, nil
	}
	return nil, fmt.Errorf("%s and %d other names are taken", wanted, maxClashes-1)
}

// titleSlug is the slug a title gives a new or renamed post's file:
// Jekyll's Utils.slugify in a Jekyll site (as jekyll-compose names files),
// Pelican's rules (with the site's substitutions) elsewhere.
func titleSlug(title string, rules posts.Rules, g site.Generator) string {
	if g == site.Jekyll && rules.SlugSubstitutions == nil {
		return posts.JekyllSlugify(title)
	}
	return posts.Slugify(title, rules.SlugSubstitutions)
}

// safeSlug keeps a slug usable as a file name: no folder separators, no
// leading dot, never empty. Slugify output already qualifies; an explicit
// slug might not.
func safeSlug(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '/', '\\', 0:
			return '-'
		}
		return r
	}, s)
	s = strings.TrimLeft(s, ".-")
	if s == "" {
		return "post"
	}
	return s
}

// maxSlugBytes keeps a file name within the 255 bytes file systems
// allow, with room for a Jekyll date, a clash suffix and an extension.
const maxSlugBytes = 200

// shortSlug cuts a slug longer than max bytes at the last word boundary
// ("-") that fits, or at the last whole character when a single word is
// that long.
func shortSlug(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut+1], '-'); i > 0 {
		cut = i
	}
	return strings.TrimRight(s[:cut], "-")
}

// newPostContent is the new file's bytes and the line its body starts
// on: a Hugo archetype when the site has one, else front matter in style
// st followed by an empty line to write on.
func newPostContent(root string, rules posts.Rules, np NewPost, st Style, rel string, noArchetype bool) (content []byte, bodyLine int, archetype string, archErr, err error) {
	if st.Generator == site.Hugo && !noArchetype {
		section := hugoSection(rel, hugoContentDirOf(rel, rules))
		name := strings.TrimSuffix(path.Base(rel), path.Ext(rel))
		if name == "index" {
			name = path.Base(path.Dir(rel)) // a page bundle is named by its folder
		}
		tmpl, which, readErr := findArchetype(root, section)
		if readErr != nil {
			archErr = fmt.Errorf("archetype %s: %w", which, readErr)
		}
		if tmpl != nil {
			out, err := ExecuteArchetype(tmpl, ArchetypeData{
				Name: name, Section: section, Date: np.Date.Format(time.RFC3339),
			}, np, st)
			if err == nil {
				p := posts.Parse(rel, out, posts.Options{Rules: posts.Rules{Generator: site.Hugo, ContentDir: rules.ContentDir}})
				return out, p.BodyLine, which, nil, nil
			}
			archErr = fmt.Errorf("archetype %s: %w", which, err)
		}
	}
	fm, err := FrontMatter(np, st)
	if err != nil {
		return nil, 0, "", nil, err
	}
	bodyLine = bytes.Count(fm, []byte("\n")) + 1
	return append(fm, '\n'), bodyLine, "", archErr, nil
}

// hugoContentDirOf is the content folder rel is in: its language's on a
// multilingual site.
func hugoContentDirOf(rel string, rules posts.Rules) string {
	for _, ld := range rules.LangDirs {
		if strings.HasPrefix(rel, strings.Trim(ld.Dir, "/")+"/") {
			return ld.Dir
		}
	}
	return rules.ContentDir
}

// hugoSection is the first folder of rel below the content folder.
func hugoSection(rel, contentDir string) string {
	contentDir = strings.Trim(contentDir, "/")
	if contentDir == "" || contentDir == "." {
		contentDir = "content"
	}
	rel = strings.TrimPrefix(rel, contentDir+"/")
	if i := strings.IndexByte(rel, '/'); i > 0 {
		return rel[:i]
	}
	return ""
}

// findArchetype reads archetypes/<section>.md, then archetypes/default.md,
// as `hugo new content` picks them. Links are not followed out of the
// site. An archetype that is there but cannot be used (a link, a named
// pipe, over maxArchetypeSize) is an error naming it, not a silent
// fallback.
func findArchetype(root, section string) ([]byte, string, error) {
	var names []string
	if section != "" {
		names = append(names, "archetypes/"+section+".md")
	}
	names = append(names, "archetypes/default.md")
	for _, n := range names {
		abs, err := resolveInside(root, n)
		if err != nil {
			continue
		}
		abs = filepath.Clean(abs)
		info, err := os.Lstat(abs)
		if err != nil {
			continue
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			return nil, n, errors.New("is a symbolic link; folio does not follow links to archetypes")
		}
		data, err := posts.ReadRegularFile(abs, maxArchetypeSize)
		if err != nil {
			return nil, n, posts.UnwrapPathError(err)
		}
		return data, n, nil
	}
	return nil, "", nil
}
