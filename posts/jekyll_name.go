package posts

import (
	"path"
	"regexp"
	"strconv"
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

// jekyllPostName is Jekyll's rule for a file in _posts: a date with 2–4
// digit year and 1–2 digit month and day, a hyphen, then the slug.
var jekyllPostName = regexp.MustCompile(`^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.+)$`)

// parseJekyllName reads _posts/YYYY-MM-DD-slug.ext and _drafts/slug.ext
// paths. Folders above _posts become categories, as Jekyll does
// ("news/tech/_posts/x.md" is in news and tech), except the
// collections_dir that holds them (see parseJekyllNameIn).
func parseJekyllName(rel string) jekyllName {
	return parseJekyllNameIn(rel, "")
}

// parseJekyllNameIn is parseJekyllName for a site whose _posts and
// _drafts are inside collectionsDir.
func parseJekyllNameIn(rel, collectionsDir string) jekyllName {
	var n jekyllName
	if collectionsDir != "" && strings.HasPrefix(rel, collectionsDir+"/") {
		rel = strings.TrimPrefix(rel, collectionsDir+"/")
	}
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
	if m := jekyllPostName.FindStringSubmatch(base); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(time.Month(mo), y) {
			n.date = Date{Time: time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)}
			n.slug = m[4]
		}
	}
	return n
}
