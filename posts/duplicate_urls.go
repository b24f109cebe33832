package posts

import (
	"fmt"
	"slices"
	"strings"
)

// urlKey is the file a page's address is written to, so that "/a/" and
// "/a/index.html" compare equal: the generator writes both to
// a/index.html.
func urlKey(url string) string {
	if strings.HasSuffix(url, "/index.html") {
		return strings.TrimSuffix(url, "index.html")
	}
	return url
}

// LinkKey is the form of an address every way of linking to one page
// shares: without a final "index.html", ".html" or "/" ("/a/",
// "/a/index.html" and "/a.html" all link to the page at /a). It is looser
// than the file a page is written to (urlKey), which tells "/a.html" and
// "/a/" apart; a prefix of u.
func LinkKey(u string) string {
	u = strings.TrimSuffix(u, "index.html")
	u = strings.TrimSuffix(u, ".html")
	if u != "/" {
		u = strings.TrimSuffix(u, "/")
	}
	return u
}

// AtURL returns the posts of ps whose page the generator writes at url
// (as DuplicateURLs compares addresses), in the order of ps.
func AtURL(ps []*Post, url string) []*Post {
	if url == "" {
		return nil
	}
	key := urlKey(url)
	var out []*Post
	for _, p := range ps {
		if p.URL != "" && urlKey(p.URL) == key {
			out = append(out, p)
		}
	}
	return out
}

// DuplicateURLs reports the posts whose pages the generator writes at
// the same address, where one overwrites the other: a warning on each,
// naming the others, in path order. Drafts count too, since a preview
// built with them writes them at their URL.
func DuplicateURLs(ps []*Post) []Warning {
	byKey := make(map[string][]*Post)
	for _, p := range ps {
		if p.URL != "" {
			k := urlKey(p.URL)
			byKey[k] = append(byKey[k], p)
		}
	}
	var out []Warning
	for _, group := range byKey {
		if len(group) < 2 {
			continue
		}
		for _, p := range group {
			var others []string
			for _, o := range group {
				if o != p {
					others = append(others, o.Path)
				}
			}
			slices.Sort(others)
			out = append(out, Warning{Path: p.Path,
				Msg: fmt.Sprintf("URL %s is also the address of %s; one page overwrites the other", p.URL, strings.Join(others, ", "))})
		}
	}
	slices.SortFunc(out, func(a, b Warning) int { return strings.Compare(a.Path, b.Path) })
	return out
}
