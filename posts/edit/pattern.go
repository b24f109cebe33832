package edit

import (
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// DefaultPathPattern is where a site's generator expects a new post,
// relative to the site folder: Pelican files posts in a folder per
// category, Hugo in the posts section, Jekyll in _posts (or _drafts for
// a draft), a plain folder at its top.
func DefaultPathPattern(rules posts.Rules, draft bool) string {
	content := strings.Trim(rules.ContentDir, "/")
	join := func(p string) string {
		if content == "" || content == "." {
			return p
		}
		return content + "/" + p
	}
	switch rules.Generator {
	case site.Pelican:
		return join("{category}/{slug}.md")
	case site.Hugo:
		if content == "" || content == "." {
			content = "content"
		}
		return content + "/posts/{slug}.md"
	case site.Jekyll:
		if draft {
			return join("_drafts/{slug}.md")
		}
		return join("_posts/{date}-{slug}.md")
	}
	return join("{slug}.md")
}

// ExpandPathPattern fills a path pattern's placeholders: {slug},
// {category} (slugified, so a category can never climb out of its
// folder), {date} (YYYY-MM-DD), {year}, {month} and {day}. An empty
// placeholder drops its folder ("content/{category}/{slug}.md" without a
// category is "content/{slug}.md"). The result is a clean relative
// slash-separated path; a pattern that would leave the site is an error.
func ExpandPathPattern(pattern, slug, category string, date time.Time) (string, error) {
	if slug == "" {
		return "", fmt.Errorf("path pattern %q: empty slug", pattern)
	}
	r := strings.NewReplacer(
		"{slug}", slug,
		"{category}", posts.Slugify(category, nil),
		"{date}", date.Format("2006-01-02"),
		"{year}", date.Format("2006"),
		"{month}", date.Format("01"),
		"{day}", date.Format("02"),
	)
	var parts []string
	for _, seg := range strings.Split(strings.ReplaceAll(pattern, "\\", "/"), "/") {
		seg = r.Replace(seg)
		if seg == "" || seg == "." {
			continue
		}
		if seg == ".." || strings.ContainsAny(seg, "{}") {
			return "", fmt.Errorf("path pattern %q: %q is not allowed (placeholders are {slug} {category} {date} {year} {month} {day})", pattern, seg)
		}
		parts = append(parts, seg)
	}
	rel := path.Clean(strings.Join(parts, "/"))
	if rel == "." || path.IsAbs(pattern) || strings.HasPrefix(pattern, "/") {
		return "", fmt.Errorf("path pattern %q must be a relative file path inside the site", pattern)
	}
	if !posts.IsPostFile(rel) {
		return "", fmt.Errorf("path pattern %q does not end in a post extension such as .md", pattern)
	}
	return rel, nil
}

// withSuffix inserts "-n" before the extension: a/b.md → a/b-2.md, and a
// page bundle's folder: a/b/index.md → a/b-2/index.md.
func withSuffix(rel string, n int) string {
	if dir, file := path.Split(rel); strings.HasPrefix(file, "index.") && dir != "" {
		return fmt.Sprintf("%s-%d/%s", strings.TrimSuffix(dir, "/"), n, file)
	}
	ext := path.Ext(rel)
	return fmt.Sprintf("%s-%d%s", strings.TrimSuffix(rel, ext), n, ext)
}
