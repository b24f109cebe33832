package posts

import (
	"path"
	"strings"
	"time"
)

// jekyllName is what Jekyll learns from a file's path.
type jekyllName struct {
	inPosts    bool
	inDrafts   bool
	date       Date     // from a _posts/YYYY-MM-DD-slug.ext name
	slug       string   // the name without date and extension
	categories []string // the folders above _posts or _drafts
}

// parseJekyllName reads _posts/YYYY-MM-DD-slug.ext and _drafts/slug.ext
// paths. Folders above _posts become categories, as Jekyll does
// ("news/tech/_posts/x.md" is in news and tech).
func parseJekyllName(rel string) jekyllName {
	var n jekyllName
	parts := strings.Split(rel, "/")
	for i, part := range parts[:len(parts)-1] {
		switch part {
		case "_posts":
			n.inPosts = true
		case "_drafts":
			n.inDrafts = true
		default:
			continue
		}
		n.categories = append([]string(nil), parts[:i]...)
		break
	}
	base := strings.TrimSuffix(path.Base(rel), path.Ext(rel))
	n.slug = base
	if !n.inPosts {
		return n
	}
	if len(base) > 11 && base[10] == '-' {
		if t, err := time.Parse("2006-01-02", base[:10]); err == nil {
			n.date = Date{Time: t}
			n.slug = base[11:]
		}
	}
	return n
}
