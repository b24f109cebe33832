package posts

import (
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// JekyllName is what Jekyll learns from a file's path. The writer
// reads it too: a draft in _drafts moves to _posts when it is
// published, and a renamed post keeps the date of its file name.
type JekyllName struct {
	InPosts    bool     // in a _posts folder
	InDrafts   bool     // in a _drafts folder
	Date       Date     // from a _posts/YYYY-MM-DD-slug.ext name
	Slug       string   // the name without date and extension
	Categories []string // the folders above _posts or _drafts
}

// jekyllPostName is Jekyll's rule for a file in _posts: a date with 2–4
// digit year and 1–2 digit month and day, a hyphen, then the slug.
var jekyllPostName = regexp.MustCompile(`^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.+)$`)

// ParseJekyllName reads _posts/YYYY-MM-DD-slug.ext and _drafts/slug.ext
// paths, relative to the content folder (Rules.ContentRelative). Folders
// above _posts become categories, as Jekyll does ("news/tech/_posts/x.md"
// is in news and tech), except collectionsDir (Jekyll's collections_dir,
// "" for none) that holds them.
func ParseJekyllName(rel, collectionsDir string) JekyllName {
	var n JekyllName
	if collectionsDir != "" && strings.HasPrefix(rel, collectionsDir+"/") {
		rel = strings.TrimPrefix(rel, collectionsDir+"/")
	}
	parts := strings.Split(rel, "/")
	for i, part := range parts[:len(parts)-1] {
		switch part {
		case "_posts":
			n.InPosts = true
		case "_drafts":
			n.InDrafts = true
		default:
			continue
		}
		n.Categories = append([]string(nil), parts[:i]...)
		break
	}
	base := strings.TrimSuffix(path.Base(rel), path.Ext(rel))
	n.Slug = base
	if !n.InPosts {
		return n
	}
	if m := jekyllPostName.FindStringSubmatch(base); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(time.Month(mo), y) {
			n.Date = Date{Time: time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)}
			n.Slug = m[4]
		}
	}
	return n
}
