package edit

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// linkFile is a file whose links to a renamed post change.
type linkFile struct {
	rel, abs      string
	before, after []byte
	edits         []LinkEdit
}

// sitePosts are the posts given, or the site's read from root.
func sitePosts(root string, rules posts.Rules, ps []*posts.Post) ([]*posts.Post, error) {
	if ps != nil {
		return ps, nil
	}
	ps, _, err := posts.Load(context.Background(), posts.DirFS(root), posts.Options{Rules: rules})
	if err != nil {
		return nil, fmt.Errorf("read the site: %w", err)
	}
	return ps, nil
}

// planLinks reads every post of ps but the renamed one (skip) and
// returns the files whose links r rewrites. A file folio could not
// replace safely (a link, not a regular file, hard-linked) has its links
// listed as refused.
func planLinks(root, skip string, ps []*posts.Post, r *relinker) []linkFile {
	var out []linkFile
	for _, p := range ps {
		if p.Path == skip {
			continue
		}
		abs, err := resolveInside(root, p.Path)
		if err != nil {
			continue
		}
		data, err := os.ReadFile(abs)
		if err != nil || !r.mayLink(data) {
			continue
		}
		after, edits, ok := r.edits(p.Path, p.Path, data)
		if !ok {
			edits = []LinkEdit{{Rel: p.Path, Line: 1, Refused: "folio cannot find its body in its bytes (line ends or encoding it reads changed)"}}
		}
		if len(edits) == 0 {
			continue
		}
		f := linkFile{rel: p.Path, abs: abs, before: data, after: after, edits: edits}
		if _, info, err := readRegular(abs); err != nil {
			f.refuse(err.Error())
		} else if err := checkReplaceable(p.Path, info); err != nil {
			f.refuse(err.Error())
		}
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b linkFile) int { return strings.Compare(a.rel, b.rel) })
	return out
}

// refuse marks every link of f as not rewritten, for why.
func (f *linkFile) refuse(why string) {
	for i := range f.edits {
		if f.edits[i].Refused == "" {
			f.edits[i].Refused = why
		}
	}
	f.after = f.before
}

// writeLinks writes each planned file that changes, each only if it is
// unchanged since it was read, and returns the changes made; a file that
// cannot be written has its links marked refused.
func writeLinks(files []linkFile) []Change {
	var changes []Change
	for i := range files {
		f := &files[i]
		if slices.Equal(f.after, f.before) {
			continue
		}
		if err := WriteFileAtomic(f.abs, f.after, f.before); err != nil {
			f.refuse(err.Error())
			continue
		}
		changes = append(changes, Change{Rel: f.rel, From: f.rel, Before: f.before, After: f.after, What: "relinked " + f.rel})
	}
	return changes
}

// addAlias adds url to the aliases of a Hugo post (data, the file rel),
// in the form its list is written in, or as a new key.
func addAlias(data []byte, rel string, rules posts.Rules, format posts.Format, url string) ([]byte, error) {
	layout := termLayout(rel, rules, format)
	if !layout(data).found {
		return nil, fmt.Errorf("%s %w", rel, ErrNoFrontMatter)
	}
	have := writtenTerms(data, layout(data), site.Hugo, "aliases")
	if slices.Contains(have, url) {
		return data, nil
	}
	out, _, err := rewriteTerms(data, layout, site.Hugo, "aliases", termOp{set: true, terms: append(have, url)})
	if err != nil {
		return nil, fmt.Errorf("%s: aliases: %w", rel, err)
	}
	return out, nil
}
