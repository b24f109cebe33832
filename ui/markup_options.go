package ui

import (
	"fmt"
	"maps"
	"strings"

	"github.com/folio-blog/folio/markup"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// markupOptions describe a post to markup.ToMarkdown: its syntax, its
// generator, its front matter values and the site's, where it lives, and
// how to find the posts it links to.
func markupOptions(p *posts.Post, o RenderOptions) markup.Options {
	mo := markup.Options{Generator: o.Generator, Page: pageValues(p), Site: o.SiteValues,
		Dir: o.Dir, ContentDir: o.ContentDir, Path: p.Path, Emoji: o.Emoji}
	if p.Format == posts.FormatRST || strings.HasSuffix(strings.ToLower(p.Path), ".rst") {
		mo.Syntax = markup.RST
	} else if posts.IsHTMLFile(p.Path) {
		mo.Syntax = markup.HTML
	}
	// The front matter as written ({{ page.image }}), over what the post's
	// reading normalized.
	maps.Copy(mo.Page, p.FrontMatter)
	if o.Generator == site.Jekyll {
		mo.Jekyll = &markup.JekyllSite{Slugify: posts.JekyllSlugify}
		if o.JekyllFiles != nil {
			f := o.JekyllFiles()
			mo.Jekyll.Data, mo.Jekyll.Includes, mo.Jekyll.Config = f.Data, f.Includes, f.Config
		}
	}
	if o.Links != nil {
		mo.Links = postResolver{links: o.Links, dir: o.Dir, from: p.Path}
	}
	return mo
}

// pageValues are the post's values that {{ page.x }} and Hugo's param
// can show.
func pageValues(p *posts.Post) map[string]string {
	v := map[string]string{"title": p.Title, "slug": p.Slug, "lang": p.Lang, "summary": p.Summary,
		"description": p.Summary, "excerpt": p.Summary}
	if !p.Date.IsZero() {
		v["date"] = p.Date.Format("2006-01-02")
	}
	if len(p.Authors) > 0 {
		v["author"] = strings.Join(p.Authors, ", ")
	}
	if len(p.Tags) > 0 {
		v["tags"] = strings.Join(p.Tags, ", ")
	}
	if len(p.Categories) > 0 {
		v["categories"] = strings.Join(p.Categories, ", ")
		v["category"] = p.Categories[0]
	}
	v["words"] = fmt.Sprint(p.Words)
	for k, x := range v {
		if x == "" {
			delete(v, k)
		}
	}
	return v
}
