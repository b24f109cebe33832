package picture

import (
	"errors"
	"net/url"
	"path"
	"path/filepath"
	"strings"
)

// ErrRemote is an image on the network: folio never fetches one.
var ErrRemote = errors.New("is on the web; pictures are only shown from the site folder")

// ErrOutsideSite is an image whose path, links resolved, leads out of the
// site folder.
var ErrOutsideSite = errors.New("is outside the site folder")

// Site is the folder pictures may come from.
type Site struct {
	// Dir is the site folder, absolute.
	Dir string
	// ContentDir is the content folder, relative to Dir ("content",
	// "." for a plain folder).
	ContentDir string
}

// siteRoots are the folders, under the site, that an address starting
// with "/" is looked for in: Hugo's static folder, the content folder
// (Hugo serves bundles' files and Pelican its static paths from there),
// and the site itself (Jekyll copies every file as it is).
func (s Site) siteRoots() []string {
	return []string{"static", s.ContentDir, "."}
}

// Resolve finds the file ref names, as seen from the post at postPath
// (slash-separated, relative to Dir): beside the post (a Hugo bundle's
// resources, a relative path), else for an address from the site's root
// in the folders siteRoots lists. A remote address is refused without a
// look; so is any path that leads out of Dir once links are resolved.
func (s Site) Resolve(postPath, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	if isRemote(ref) {
		return "", ErrRemote
	}
	// An address's query and fragment are not part of the file's name.
	if i := strings.IndexAny(ref, "?#"); i >= 0 {
		ref = ref[:i]
	}
	if u, err := url.PathUnescape(ref); err == nil {
		ref = u
	}
	if ref == "" {
		return "", ErrNotFound
	}
	root, err := filepath.EvalSymlinks(s.Dir)
	if err != nil {
		return "", ErrNotFound
	}
	var cands []string
	switch {
	case filepath.IsAbs(ref) && within(filepath.Clean(s.Dir), filepath.Clean(ref)):
		// Pelican's {static} links come out of markup as paths on disk.
		rel, _ := filepath.Rel(filepath.Clean(s.Dir), filepath.Clean(ref))
		cands = append(cands, filepath.ToSlash(rel))
	case strings.HasPrefix(ref, "/"):
		for _, r := range s.siteRoots() {
			cands = append(cands, path.Join(r, ref))
		}
	default:
		cands = append(cands, path.Join(path.Dir(postPath), ref))
		for _, r := range s.siteRoots() {
			cands = append(cands, path.Join(r, ref))
		}
	}
	outside := false
	for _, c := range cands {
		if c == ".." || strings.HasPrefix(c, "../") {
			outside = true
			continue
		}
		real, err := filepath.EvalSymlinks(filepath.Join(root, filepath.FromSlash(c)))
		if err != nil {
			continue
		}
		if !within(root, real) {
			outside = true
			continue
		}
		return real, nil
	}
	if outside {
		return "", ErrOutsideSite
	}
	return "", ErrNotFound
}

// isRemote reports whether ref is an address with a scheme (https:,
// data:, file:) or protocol-relative ("//host/…"): nothing folio opens.
func isRemote(ref string) bool {
	if strings.HasPrefix(ref, "//") || strings.HasPrefix(ref, `\\`) {
		return true
	}
	i := strings.IndexByte(ref, ':')
	if i <= 0 {
		return false
	}
	// "C:\…" is a Windows drive, not a scheme.
	if i == 1 && filepath.VolumeName(ref) != "" {
		return false
	}
	for _, c := range ref[:i] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// within reports whether p is root or inside it; both are clean
// absolute paths.
func within(root, p string) bool {
	if p == root {
		return true
	}
	return strings.HasPrefix(p, strings.TrimSuffix(root, string(filepath.Separator))+string(filepath.Separator))
}
