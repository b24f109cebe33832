package posts

import "github.com/folio-blog/folio/site"

// URLRules are the settings that decide where a site's generator writes
// each post's page. The zero value is each generator's defaults. The
// config package fills it from the site's settings files.
type URLRules struct {
	// Base is the address the site is published at, as its settings say
	// (Pelican's SITEURL, Hugo's baseURL, Jekyll's url + baseurl), with
	// no trailing slash; "" when the settings do not say. A post's full
	// address is Base + Post.URL.
	Base string

	Pelican PelicanURLs
	Hugo    HugoURLs
	Jekyll  JekyllURLs
}

// FullURL is the post's address with the site's base in front; "" when
// the generator writes no page for the post.
func (r URLRules) FullURL(p *Post) string {
	if p.URL == "" {
		return ""
	}
	return r.Base + p.URL
}

// url computes the address of the post's page, relative to the site's
// base URL and starting with "/", the way the site's generator does; ""
// when the generator writes no page for it. rel is the file's path
// relative to its content folder (its language's, on a multilingual Hugo
// site) and rawTitle the title as the file gives it, before folio's
// fallback, and fileSlug the slug a date in the file name gives (Hugo's
// :filename date). A plain folder of Markdown has no generator and no URLs.
func (n *normalizer) url(rel, rawTitle, fileSlug string, name JekyllName) string {
	switch n.rules.Generator {
	case site.Pelican:
		return n.pelicanURL(rel)
	case site.Hugo:
		return n.hugoURL(rel, rawTitle, fileSlug)
	case site.Jekyll:
		return n.jekyllURL(rel, name)
	}
	return ""
}
