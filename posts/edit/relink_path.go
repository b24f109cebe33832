package edit

import (
	"path"
	"path/filepath"
	"strings"
)

// rewritePath gives written, a path naming the post at oldRel, as the
// same kind of path naming newRel: from the same folder (dir, or root
// when written starts with "/"), with or without the extension, a page
// bundle by its folder, with "./" and a final "/" kept, as written. ok
// is false when written does not name oldRel that way.
func rewritePath(written, dir, root, oldRel, newRel string) (string, bool) {
	w := strings.TrimSuffix(written, "/")
	abs := strings.HasPrefix(w, "/")
	base := dir
	if abs {
		base = root
	}
	full := strings.TrimPrefix(path.Join(base, w), "/")
	var target string
	switch {
	case full == oldRel:
		target = newRel
	case path.Ext(w) == "" && full == strings.TrimSuffix(oldRel, path.Ext(oldRel)):
		target = strings.TrimSuffix(newRel, path.Ext(newRel))
	case path.Ext(w) == "" && hugoIndexName(path.Base(oldRel)) && full == path.Dir(oldRel) && hugoIndexName(path.Base(newRel)):
		target = path.Dir(newRel)
	default:
		return "", false
	}
	var out string
	wdir, _ := path.Split(w)
	if folderKey(path.Join(base, wdir)) == folderKey(path.Dir(target)) {
		// The same folder: its path stays as written ("../Dev/x.rst").
		out = wdir + path.Base(target)
	} else if abs {
		out = "/" + relFrom(root, target)
	} else {
		out = relFrom(dir, target)
	}
	if strings.HasSuffix(written, "/") {
		out += "/"
	}
	return out, true
}

// renameBase gives written, which names a post by its base name (a
// Hugo ref's logical name, a Jekyll post_url's file name), the new
// post's name in the same form: its folder and extension as written.
// ok is false when written's name is not the old post's.
func renameBase(written, oldRel, newRel string) (string, bool) {
	ext := path.Ext(written)
	name := strings.TrimSuffix(path.Base(written), ext)
	if name != postName(oldRel) {
		return "", false
	}
	if ext != "" {
		ext = path.Ext(newRel)
	}
	dir, _ := path.Split(written)
	return dir + postName(newRel) + ext, true
}

// postName is the name a post is found by: its file's base name
// without extension, or a bundle's folder's.
func postName(rel string) string {
	if hugoIndexName(path.Base(rel)) {
		return path.Base(path.Dir(rel))
	}
	return strings.TrimSuffix(path.Base(rel), path.Ext(rel))
}

// relFrom is the slash path from folder dir to target, both relative to
// the site folder.
func relFrom(dir, target string) string {
	r, err := filepath.Rel(filepath.FromSlash("/"+dir), filepath.FromSlash("/"+target))
	if err != nil {
		return target
	}
	return filepath.ToSlash(r)
}

// folderKey is a folder's slash path relative to the site folder, ""
// for the site folder itself.
func folderKey(dir string) string {
	dir = strings.Trim(path.Clean("/"+dir), "/")
	return dir
}
