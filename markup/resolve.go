package markup

import (
	"io/fs"
	"path"
	"path/filepath"
	"strings"
)

// maxIndexed bounds how many files FSResolver lists when it has to find a
// post by its name alone.
const maxIndexed = 50000

// postExts are the extensions a post file may have, in the order tried
// for a reference written without one.
var postExts = []string{".md", ".markdown", ".mdown", ".rst", ".html", ".textile", ".adoc"}

// FSResolver finds linked posts in a site's folder.
type FSResolver struct {
	// FS is the site's folder.
	FS fs.FS
	// Dir is the folder's path on disk; locations are Dir joined with
	// the post's path, which the reader can open.
	Dir string
	// ContentDir is Hugo's content folder, relative to FS.
	ContentDir string
	// From is the linking post's path in FS, for relative references.
	From string
	// Title reads a post's title from its path in FS ("" when it has
	// none).
	Title func(path string) string

	names map[string]string // base name without extension -> path, built once
}

// Post implements Resolver.
func (r *FSResolver) Post(kind LinkKind, ref string) (title, location string, ok bool) {
	ref = strings.TrimSpace(ref)
	frag := ""
	if k := strings.IndexAny(ref, "#?"); k >= 0 {
		ref, frag = ref[:k], ref[k:]
	}
	if ref == "" {
		return "", "", false
	}
	var cands []string
	switch kind {
	case JekyllLink:
		cands = []string{strings.TrimPrefix(path.Clean(ref), "/")}
	case PostURL:
		name := strings.TrimPrefix(ref, "/")
		for _, e := range postExts {
			cands = append(cands, path.Join("_posts", name+e))
		}
	case HugoRef:
		content := strings.Trim(r.ContentDir, "/")
		var bases []string
		if strings.HasPrefix(ref, "/") {
			bases = []string{path.Join(content, ref)}
		} else {
			bases = []string{path.Join(path.Dir(r.From), ref), path.Join(content, ref)}
		}
		for _, b := range bases {
			b = strings.TrimPrefix(b, "/")
			cands = append(cands, b)
			if path.Ext(b) == "" {
				for _, e := range postExts[:2] {
					cands = append(cands, b+e)
				}
				cands = append(cands, path.Join(b, "index.md"), path.Join(b, "_index.md"))
			}
		}
	}
	for _, c := range cands {
		if isFile(r.FS, c) {
			return r.found(c, frag)
		}
	}
	// By name alone: "post_url 2010-07-21-name" in a sub-folder of
	// _posts, or "ref name" anywhere in the content.
	if p, ok := r.byName(strings.TrimSuffix(path.Base(ref), path.Ext(ref))); ok {
		return r.found(p, frag)
	}
	return "", "", false
}

func (r *FSResolver) found(p, frag string) (string, string, bool) {
	title := ""
	if r.Title != nil {
		title = r.Title(p)
	}
	if title == "" {
		title = strings.TrimSuffix(path.Base(p), path.Ext(p))
	}
	loc := p
	if r.Dir != "" {
		loc = filepath.ToSlash(filepath.Join(r.Dir, filepath.FromSlash(p)))
	}
	return title, loc + frag, true
}

func isFile(fsys fs.FS, p string) bool {
	if fsys == nil || !fs.ValidPath(p) {
		return false
	}
	info, err := fs.Stat(fsys, p)
	return err == nil && info.Mode().IsRegular()
}

// byName finds a post file by its base name, listing the site's post
// folders once.
func (r *FSResolver) byName(name string) (string, bool) {
	if r.FS == nil || name == "" || name == "." {
		return "", false
	}
	if r.names == nil {
		r.names = map[string]string{}
		roots := []string{"_posts", strings.Trim(r.ContentDir, "/")}
		n := 0
		for _, root := range roots {
			if root == "" {
				continue
			}
			_ = fs.WalkDir(r.FS, root, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					return nil
				}
				if n++; n > maxIndexed {
					return fs.SkipAll
				}
				if d.IsDir() {
					if strings.HasPrefix(d.Name(), ".") && p != root {
						return fs.SkipDir
					}
					return nil
				}
				base := strings.TrimSuffix(d.Name(), path.Ext(d.Name()))
				if base == "index" || base == "_index" {
					base = path.Base(path.Dir(p))
				}
				if _, dup := r.names[base]; !dup {
					r.names[base] = p
				}
				return nil
			})
		}
	}
	p, ok := r.names[name]
	return p, ok
}
