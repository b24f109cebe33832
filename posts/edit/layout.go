package edit

import (
	"cmp"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/folio-blog/folio/posts"
)

// layoutSample bounds how many of a site's posts are read to find the
// layout new ones get: the newest, which show how the site writes now.
const layoutSample = 25

// jekyllLayout is the layout a new Jekyll post at rel follows the site
// with: the one the site's front matter defaults give that file (then
// written out, so the post says what it is), else the one most of the
// newest posts in its folder name (ruby-lang.org's news_post), else the
// newest posts anywhere. "" leaves the default (post, or page).
func jekyllLayout(root string, rules posts.Rules, rel string, page bool, existing []*posts.Post) string {
	if l, ok := rules.DefaultsFor(rules.ContentRelative(rel))["layout"].(string); ok && validLayout(l) {
		return l
	}
	if page {
		return ""
	}
	dir := path.Dir(rel)
	var near, all []*posts.Post
	for _, p := range existing {
		if p.Kind != posts.KindPost {
			continue
		}
		all = append(all, p)
		if path.Dir(p.Path) == dir || path.Dir(p.Path) == strings.Replace(dir, "_drafts", "_posts", 1) {
			near = append(near, p)
		}
	}
	if len(near) == 0 {
		near = all
	}
	return mostUsedLayout(root, rules, near)
}

// mostUsedLayout reads the newest of ps and returns the layout most of
// them name (the newest one's on a tie), "" when none names one.
func mostUsedLayout(root string, rules posts.Rules, ps []*posts.Post) string {
	ps = slices.Clone(ps)
	slices.SortFunc(ps, func(a, b *posts.Post) int {
		if c := b.Date.Compare(a.Date.Time); c != 0 {
			return c
		}
		return cmp.Compare(b.Path, a.Path)
	})
	counts := map[string]int{}
	best := ""
	for _, p := range ps[:min(len(ps), layoutSample)] {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p.Path)))
		if err != nil {
			continue
		}
		read := posts.Parse(p.Path, data, posts.Options{Rules: rules, KeepBody: true})
		l := strings.TrimSpace(read.FrontMatter["layout"])
		if !validLayout(l) {
			continue
		}
		counts[l]++
		if best == "" || counts[l] > counts[best] {
			best = l
		}
	}
	return best
}

// validLayout reports whether a layout name can be written unquoted in
// YAML and names a file in _layouts: letters, digits, "_", "-", "/", ".".
func validLayout(l string) bool {
	if l == "" || len(l) > 100 || l == "null" || l == "none" {
		return false
	}
	for _, r := range l {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_-/.", r)) {
			return false
		}
	}
	return true
}
