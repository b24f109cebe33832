package ui

import (
	"fmt"
	"strings"

	"github.com/folio-blog/folio/markup"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// markupOptions describe a post to markup.ToMarkdown: its syntax, its
// generator, its front matter values and the site's, and how to find the
// posts it links to.
func markupOptions(p *posts.Post, o RenderOptions) markup.Options {
	mo := markup.Options{Generator: site.Generator(o.Generator), Page: pageValues(p)}
	if p.Format == posts.FormatRST || strings.HasSuffix(strings.ToLower(p.Path), ".rst") {
		mo.Syntax = markup.RST
	}
	if o.FS == nil {
		return mo
	}
	mo.Site = markup.SiteValues(o.FS, mo.Generator)
	// The front matter as written ({{ page.image }}), over what the post's
	// reading normalized.
	for k, v := range markup.FrontMatterValues(o.FS, p.Path) {
		mo.Page[k] = v
	}
	opts := posts.Options{Rules: posts.Rules{Generator: o.Generator, ContentDir: o.ContentDir}}
	mo.Links = &markup.FSResolver{
		FS: o.FS, Dir: o.Dir, ContentDir: o.ContentDir, From: p.Path,
		Title: func(path string) string { return posts.ParseFile(o.FS, path, opts).Title },
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
