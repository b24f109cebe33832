package edit

import (
	"cmp"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// Place is where a site's new posts (or pages) go: a path pattern for
// ExpandPathPattern, derived from where the site already keeps them, and
// the reason, for `folio config` to show.
type Place struct {
	// Pattern is relative to the site folder, such as
	// "content/post/{slug}.md" or "_posts/{date}-{slug}.md".
	Pattern string
	// CategoryDir is the folder used for {category} when a post has no
	// category: a Pelican site with folder categories files it under the
	// category that holds most posts.
	CategoryDir string
	// Why says what the pattern was derived from.
	Why string
	// categoryDirs are the existing category folders by slug, so that a
	// post in category "Dev" goes to an existing "Dev" folder, not "dev".
	categoryDirs map[string]string
}

// PatternFor is the pattern for a post in category: {category} becomes
// the existing folder of that category when there is one, or CategoryDir
// for a post without a category.
func (p Place) PatternFor(category string) string {
	if !strings.Contains(p.Pattern, "{category}") {
		return p.Pattern
	}
	dir := p.CategoryDir
	if category != "" {
		dir = p.categoryDirs[posts.Slugify(category, nil)]
	}
	if dir == "" {
		return p.Pattern
	}
	return strings.ReplaceAll(p.Pattern, "{category}", dir)
}

// Archetype is the Hugo archetype a post placed by p gets
// (archetypes/<section>.md, else archetypes/default.md), relative to the
// site folder, or "".
func (p Place) Archetype(root string, rules posts.Rules) string {
	if rules.Generator != site.Hugo {
		return ""
	}
	_, which, _ := findArchetype(root, hugoSection(p.Pattern, hugoContentDirOf(p.Pattern, rules)))
	return which
}

// PlaceNewPost decides where a new post (or, with page, a page) goes in
// site, from the site's existing content, as `folio new` and the
// reader's new-post form both do when new_post_path is not set:
//   - Hugo: the section of the default language's content folder that
//     holds most posts (its archetype archetypes/<section>.md is then
//     used by Create);
//   - Pelican: the first of ARTICLE_PATHS, under the category folder only
//     when the site files its posts in folders named after their
//     categories;
//   - Jekyll: the _posts folder (of the language, collection or
//     category) that holds most posts; a draft goes to the _drafts beside
//     it;
//   - a plain folder: the folder that holds most posts.
//
// Within the chosen folder the layout most posts share is kept: year or
// month folders, page bundles (slug/index.md), the file extension. A
// site without posts gets DefaultPathPattern.
func PlaceNewPost(rules posts.Rules, existing []*posts.Post, draft, page bool) Place {
	rules = rules.WithDefaults()
	kind := posts.KindPost
	if page {
		kind = posts.KindPage
	}
	var ps []*posts.Post
	for _, p := range existing {
		if p.Kind == kind && !isSectionIndex(p.Path) {
			ps = append(ps, p)
		}
	}
	if page {
		return placePage(rules, ps)
	}
	var pl Place
	switch rules.Generator {
	case site.Hugo:
		pl = placeHugo(rules, ps)
	case site.Jekyll:
		pl = placeJekyll(rules, ps, draft)
	case site.Pelican:
		pl = placePelican(rules, ps)
	default:
		pl = placeIn(rules, trimDir(rules.ContentDir), ps, "")
	}
	if pl.Pattern == "" {
		return Place{Pattern: DefaultPathPattern(rules, draft), Why: "the site has no posts yet: " + string(rules.Generator) + "'s usual place"}
	}
	return pl
}

// isSectionIndex reports a Hugo list page's content file (_index.md).
func isSectionIndex(rel string) bool {
	return strings.HasPrefix(path.Base(rel), "_index.")
}

func trimDir(d string) string {
	d = strings.Trim(d, "/")
	if d == "." {
		return ""
	}
	return d
}

// under returns the posts inside folder dir ("" is everything).
func under(ps []*posts.Post, dir string) []*posts.Post {
	if dir == "" {
		return ps
	}
	var out []*posts.Post
	for _, p := range ps {
		if strings.HasPrefix(p.Path, dir+"/") {
			out = append(out, p)
		}
	}
	return out
}

// groupCount is a set of posts sharing a key, for picking the biggest.
type groupCount struct {
	key    string
	n      int
	newest time.Time
}

// biggest groups posts by key (skipping "") and returns the group with
// most posts; a tie goes to the group with the newest post (where the
// site writes now, not where it was translated to), then by name.
func biggest(ps []*posts.Post, key func(*posts.Post) string) (groupCount, bool) {
	groups := map[string]*groupCount{}
	for _, p := range ps {
		k := key(p)
		if k == "" {
			continue
		}
		g := groups[k]
		if g == nil {
			g = &groupCount{key: k}
			groups[k] = g
		}
		g.n++
		if p.Date.After(g.newest) {
			g.newest = p.Date.Time
		}
	}
	var all []groupCount
	for _, g := range groups {
		all = append(all, *g)
	}
	if len(all) == 0 {
		return groupCount{}, false
	}
	slices.SortFunc(all, func(a, b groupCount) int {
		if a.n != b.n {
			return b.n - a.n
		}
		if c := b.newest.Compare(a.newest); c != 0 {
			return c
		}
		return cmp.Compare(a.key, b.key)
	})
	return all[0], true
}

// placeHugo picks the section with most posts in the default language's
// content folder.
func placeHugo(rules posts.Rules, ps []*posts.Post) Place {
	root := trimDir(rules.ContentDir)
	if root == "" {
		root = "content"
	}
	langNote := ""
	if len(rules.LangDirs) > 0 {
		root = trimDir(rules.LangDirs[0].Dir)
		for _, ld := range rules.LangDirs {
			if ld.Lang == rules.Lang {
				root = trimDir(ld.Dir)
				break
			}
		}
		langNote = fmt.Sprintf(" of the default language (%s)", rules.Lang)
	}
	in := under(ps, root)
	if root == "" {
		in = ps
	}
	g, ok := biggest(in, func(p *posts.Post) string {
		rest := strings.TrimPrefix(p.Path, root+"/")
		if i := strings.IndexByte(rest, '/'); i > 0 {
			return sayable(rest[:i])
		}
		return ""
	})
	if !ok {
		return Place{}
	}
	pl := placeIn(rules, root+"/"+g.key, under(in, root+"/"+g.key), "")
	pl.Why = fmt.Sprintf("section %s%s holds most posts (%d of %d); %s", g.key, langNote, g.n, len(ps), pl.Why)
	return pl
}

// placePelican files posts in the first article folder, by category
// folder when the site does.
func placePelican(rules posts.Rules, ps []*posts.Post) Place {
	base := trimDir(rules.ContentDir)
	from := "PATH"
	if len(rules.ArticleDirs) > 0 && sayable(trimDir(rules.ArticleDirs[0])) != "" {
		base = path.Join(base, trimDir(rules.ArticleDirs[0]))
		from = "the first of ARTICLE_PATHS"
	}
	in := under(ps, base)
	if len(in) == 0 && base != trimDir(rules.ContentDir) {
		return Place{Pattern: base + "/{slug}.md", Why: from + " (no posts there yet)"}
	}
	if !rules.NoFolderCategory {
		if pl, ok := placeByCategoryFolder(base, in); ok {
			pl.Why = from + " " + displayDir(base) + ", by category folder: " + pl.Why
			return pl
		}
	}
	pl := placeIn(rules, base, in, "")
	pl.Why = from + " " + displayDir(base) + "; " + pl.Why
	return pl
}

// sayable is a folder name a path pattern can hold: without the braces
// of placeholders. Others are "" and not chosen.
func sayable(dir string) string {
	if strings.ContainsAny(dir, "{}") {
		return ""
	}
	return dir
}

func displayDir(d string) string {
	if d == "" {
		return "(the site folder)"
	}
	return d
}

// placeByCategoryFolder applies when most posts sit in folders right
// below base whose names are their categories, in at least two such
// folders (one folder is just where the posts are).
func placeByCategoryFolder(base string, ps []*posts.Post) (Place, bool) {
	prefix := ""
	if base != "" {
		prefix = base + "/"
	}
	dirs := map[string]string{}
	var inCat []*posts.Post
	for _, p := range ps {
		rest := strings.TrimPrefix(p.Path, prefix)
		i := strings.IndexByte(rest, '/')
		if i <= 0 || len(p.Categories) == 0 {
			continue
		}
		dir := rest[:i]
		if posts.Slugify(p.Categories[0], nil) != posts.Slugify(dir, nil) || strings.ContainsAny(dir, "{}") {
			continue
		}
		dirs[posts.Slugify(dir, nil)] = dir
		inCat = append(inCat, p)
	}
	if len(dirs) < 2 || 2*len(inCat) <= len(ps) {
		return Place{}, false
	}
	g, _ := biggest(inCat, func(p *posts.Post) string {
		rest := strings.TrimPrefix(p.Path, prefix)
		return rest[:strings.IndexByte(rest, '/')]
	})
	pattern := "{category}/{slug}" + commonExt(inCat)
	if base != "" {
		pattern = base + "/" + pattern
	}
	return Place{
		Pattern: pattern, CategoryDir: g.key, categoryDirs: dirs,
		Why: fmt.Sprintf("%d of %d posts are in %d category folders; no category means %s (%d posts)", len(inCat), len(ps), len(dirs), g.key, g.n),
	}, true
}

// jekyllPostsDir is the folder up to and including the last _posts (or
// _drafts) element of a Jekyll post's path.
func jekyllPostsDir(rel string) string {
	parts := strings.Split(rel, "/")
	for i := len(parts) - 2; i >= 0; i-- {
		if parts[i] == "_posts" {
			return strings.Join(parts[:i+1], "/")
		}
	}
	return ""
}

// placeJekyll picks the _posts folder with most posts, of the site's
// language when it has one; a draft goes to the _drafts beside it.
func placeJekyll(rules posts.Rules, ps []*posts.Post, draft bool) Place {
	in := ps
	note := ""
	if rules.Lang != "" {
		var same []*posts.Post
		for _, p := range ps {
			if p.Lang == rules.Lang {
				same = append(same, p)
			}
		}
		if len(same) > 0 && len(same) < len(ps) {
			in, note = same, " in the default language ("+rules.Lang+")"
		}
	}
	g, ok := biggest(in, func(p *posts.Post) string { return sayable(jekyllPostsDir(p.Path)) })
	if !ok {
		return Place{}
	}
	pl := placeIn(rules, g.key, under(in, g.key), "jekyll")
	pl.Why = fmt.Sprintf("%s holds most posts%s (%d of %d); %s", g.key, note, g.n, len(ps), pl.Why)
	if draft {
		dir, file := path.Split(pl.Pattern)
		file = strings.Replace(file, "{date}-", "", 1)
		pl.Pattern = swapLastFolder(dir, "_posts", "_drafts") + file
		pl.Why += "; a draft goes to the _drafts beside it"
	}
	return pl
}

// placePage puts a page where the site keeps most pages, else where its
// generator reads pages from.
func placePage(rules posts.Rules, ps []*posts.Post) Place {
	content := trimDir(rules.ContentDir)
	if rules.Generator == site.Plain {
		return Place{}
	}
	g, ok := biggest(ps, func(p *posts.Post) string { return sayable(pageDir(p.Path)) })
	if ok {
		in := under(ps, g.key)
		if g.key == "." {
			g.key, in = "", ps
		}
		pl := placeIn(rules, g.key, in, "page")
		pl.Why = fmt.Sprintf("%s holds most pages (%d of %d); %s", displayDir(g.key), g.n, len(ps), pl.Why)
		return pl
	}
	dir := content
	switch rules.Generator {
	case site.Pelican:
		sub := "pages"
		if len(rules.PageDirs) > 0 {
			sub = rules.PageDirs[0]
		}
		dir = path.Join(content, sub)
	case site.Hugo:
		if dir == "" {
			dir = "content"
		}
	}
	pattern := "{slug}.md"
	if dir != "" {
		pattern = dir + "/" + pattern
	}
	return Place{Pattern: pattern, Why: "the site has no pages yet: " + string(rules.Generator) + "'s usual place"}
}

// pageDir is the folder a page is in, "." for the site folder; a page
// bundle (about/index.md) counts in its parent.
func pageDir(rel string) string {
	dir := path.Dir(rel)
	if strings.HasPrefix(path.Base(rel), "index.") {
		dir = path.Dir(dir)
	}
	return dir
}

var (
	yearDir   = regexp.MustCompile(`^(19|20)\d\d$`)
	monthDir  = regexp.MustCompile(`^(0[1-9]|1[0-2])$`)
	datedName = regexp.MustCompile(`^\d{4}-\d\d-\d\d-.`)
)

// placeIn keeps the layout most posts in base share: the folders below
// base (years and months as placeholders, other folders as they are),
// page bundles and the extension. mode "jekyll" names files
// {date}-{slug}; "page" never dates them.
func placeIn(rules posts.Rules, base string, ps []*posts.Post, mode string) Place {
	prefix := ""
	if base != "" {
		prefix = base + "/"
	}
	g, ok := biggest(ps, func(p *posts.Post) string { return shapeOf(strings.TrimPrefix(p.Path, prefix), mode) })
	if !ok {
		return Place{}
	}
	return Place{
		Pattern: prefix + g.key,
		Why:     fmt.Sprintf("%d of the %d posts there are laid out as %s", g.n, len(ps), g.key),
	}
}

// shapeOf turns a post's path below its folder into a pattern: year and
// month folders become {year} and {month}, a bundle's index file
// {slug}/index.md, a dated Jekyll name {date}-{slug}.
func shapeOf(rest, mode string) string {
	parts := strings.Split(rest, "/")
	file := parts[len(parts)-1]
	dirs := parts[:len(parts)-1]
	ext := path.Ext(file)
	if !markdownExt(ext) {
		ext = ".md" // folio writes Markdown front matter, never reST
	}
	name := "{slug}" + ext
	if strings.HasPrefix(file, "index.") && len(dirs) > 0 {
		dirs = dirs[:len(dirs)-1]
		name = "{slug}/index" + ext
	} else if mode == "jekyll" || mode != "page" && datedName.MatchString(file) {
		// Jekyll's names, and any site that dates its file names so.
		name = "{date}-{slug}" + ext
	}
	out := make([]string, 0, len(parts))
	for i, d := range dirs {
		switch {
		case yearDir.MatchString(d):
			d = "{year}"
		case i > 0 && out[i-1] == "{year}" && monthDir.MatchString(d):
			d = "{month}"
		case strings.ContainsAny(d, "{}"):
			return "" // a folder name the pattern language cannot say
		}
		out = append(out, d)
	}
	return strings.Join(append(out, name), "/")
}

// markdownExt reports whether ext (as path.Ext gives it) is a Markdown
// extension folio reads: an extension alone is its own path.Ext, so
// posts.IsPostFile judges it.
func markdownExt(ext string) bool {
	return posts.IsPostFile(ext) && !strings.EqualFold(ext, ".rst")
}

// commonExt is the Markdown extension most posts have (".md" when they
// are reStructuredText).
func commonExt(ps []*posts.Post) string {
	g, ok := biggest(ps, func(p *posts.Post) string {
		if ext := path.Ext(p.Path); markdownExt(ext) {
			return ext
		}
		return ".md"
	})
	if !ok {
		return ".md"
	}
	return g.key
}
