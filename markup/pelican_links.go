package markup

import (
	"path"
	"path/filepath"
	"strings"
)

// pelicanLinkKinds are the Pelican link prefixes that point at files of
// the site ({static}, {filename}, {attach}, and their old |static| form).
var pelicanLinkKinds = []string{"static", "filename", "attach"}

// pelicanLinksMetered rewrites Pelican's intra-site link prefixes into
// the real path of the file under the blog folder o.Dir, so the reader shows
// "/home/me/blog/content/images/castle.jpg" where the source says
// "{static}/images/castle.jpg". A target starting with "/" is relative to
// the content folder, any other to the post's own folder, as in Pelican.
// The path is absolute because Glamour shows relative links from "/". A
// {filename} link names a post: o.Links places it when it knows it.
//
// It counts the bytes it looks at in m. Each byte is looked at a bounded
// number of times: one pass finds every "{" and "|", and only there are
// the prefixes tried (searching the rest of the body for each of the six
// prefixes after every link made a body of N links take N² steps).
func pelicanLinksMetered(m *meter, body string, o *Options) string {
	if m.stop {
		return ""
	}
	if !strings.ContainsAny(body, "{|") {
		m.add(len(body))
		return body
	}
	var b strings.Builder
	written := 0 // body[:written] is in b
	for i := 0; i < len(body) && !m.stop; {
		j := strings.IndexAny(body[i:], "{|")
		if j < 0 {
			m.add(len(body) - i)
			break
		}
		at := i + j
		n := pelicanPrefixAt(body, at)
		m.add(j + 1 + n)
		if n == 0 || !startsTarget(body, at) {
			i = at + 1 // inside some other text or URL
			continue
		}
		end := at + n
		for end < len(body) && !strings.ContainsRune(" \t\n)\"'>", rune(body[end])) {
			end++
		}
		m.add(end - at - n)
		b.WriteString(body[written:at])
		b.WriteString(pelicanTarget(body[at+1:at+n-1], body[at+n:end], o))
		written, i = end, end
	}
	if written == 0 {
		return body
	}
	b.WriteString(body[written:])
	return b.String()
}

// startsTarget reports whether a link prefix at body[i] begins a link
// target: after "(", a quote (HTML attributes) or white space (reference
// definitions), as Pelican only rewrites whole targets.
func startsTarget(body string, i int) bool {
	return i == 0 || strings.ContainsRune("(\"' \t\n", rune(body[i-1]))
}

// pelicanPrefixAt is the length of the link prefix ("{static}",
// "|filename|", …) at body[i], or 0 when there is none.
func pelicanPrefixAt(body string, i int) int {
	closing := byte('}')
	if body[i] == '|' {
		closing = '|'
	}
	for _, k := range pelicanLinkKinds {
		if end := i + 1 + len(k); end < len(body) && body[end] == closing && body[i+1:end] == k {
			return len(k) + 2
		}
	}
	return 0
}

// pelicanTarget is the real path of a {kind}target link: the linked
// post's location when o.Links knows it, else the file's path under
// o.Dir.
func pelicanTarget(kind, target string, o *Options) string {
	ref, frag := cutFragment(target)
	if kind == "filename" && o.Links != nil && ref != "" {
		if _, loc, ok := o.Links.Post(PelicanFile, ref); ok {
			return loc + frag
		}
	}
	return filepath.ToSlash(filepath.Join(o.Dir, filepath.FromSlash(sitePath(target, o.Path, o.ContentDir))))
}

// sitePath resolves a link target to a slash path from the blog folder.
func sitePath(target, postPath, contentDir string) string {
	target, frag := cutFragment(target)
	var p string
	if strings.HasPrefix(target, "/") {
		p = path.Join(strings.Trim(contentDir, "/"), target)
	} else {
		p = path.Join(path.Dir(postPath), target)
	}
	return strings.TrimPrefix(p, "/") + frag
}

// cutFragment splits a link target before its "#fragment" or "?query",
// which name a place in a file, not the file.
func cutFragment(target string) (ref, frag string) {
	if i := strings.IndexAny(target, "#?"); i >= 0 {
		return target[:i], target[i:]
	}
	return target, ""
}
