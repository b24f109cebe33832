package edit

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// errNotOwnFolder stops the walk of a folder at the first post that is
// not the bundle's own.
var errNotOwnFolder = errors.New("holds another post")

// indexFile reports whether base names a Hugo leaf bundle's index
// ("index.md", "index.fr.md"); "_index.md" is a section's or the home
// page's.
func indexFile(base string) bool {
	return strings.HasPrefix(base, "index.")
}

// hugoIndexName reports whether base names a Hugo index file, a leaf
// bundle's or a section's.
func hugoIndexName(base string) bool {
	return indexFile(base) || strings.HasPrefix(base, "_index.")
}

// bundleFolder decides whether renaming the post rel (abs on disk) moves
// its folder: only when it is a Hugo leaf bundle whose folder is the
// post itself, below the content folder and holding no other post.
// files is how many files the folder holds then; otherwise why says, for
// a Hugo index file, why its name is kept ("" when the file itself may be
// renamed, as for every Pelican, Jekyll or plain post).
func bundleFolder(rel, abs string, rules posts.Rules) (files int, why string, err error) {
	base := path.Base(rel)
	if rules.Generator != site.Hugo {
		return 0, "", nil
	}
	if strings.HasPrefix(base, "_index.") {
		return 0, "a section's or the home page's _index file is named by its folder", nil
	}
	if !indexFile(base) {
		return 0, "", nil
	}
	dir := path.Dir(rel)
	contentDir := strings.Trim(hugoContentDirOf(rel, rules), "/")
	if contentDir == "." {
		contentDir = ""
	}
	if dir == "." || dir == contentDir || contentDir != "" && !strings.HasPrefix(dir, contentDir+"/") {
		return 0, "an index file at the top of the content folder, or outside it, is not a page bundle", nil
	}
	folder := filepath.Dir(abs)
	var other string
	err = filepath.WalkDir(folder, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		files++
		inner, _ := filepath.Rel(folder, p)
		if posts.IsPostFile(d.Name()) && (inner != d.Name() || !indexFile(d.Name())) {
			other = path.Join(dir, filepath.ToSlash(inner))
			return errNotOwnFolder
		}
		return nil
	})
	if errors.Is(err, errNotOwnFolder) {
		return 0, fmt.Sprintf("its folder %s holds other posts too (%s), so it is not the post's own", dir, other), nil
	}
	if err != nil {
		return 0, "", fmt.Errorf("%s: %w", dir, err)
	}
	return files, "", nil
}
