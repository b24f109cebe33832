package ui

import (
	"path"
	"path/filepath"
	"strings"
)

// pelicanLinkKinds are the Pelican link prefixes that point at files of
// the site ({static}, {filename}, {attach}, and their old |static| form).
var pelicanLinkKinds = []string{"static", "filename", "attach"}

// resolveLinks rewrites Pelican's intra-site link prefixes into the real
// path of the file under the blog folder dir, so the reader shows
// "/home/me/blog/content/images/castle.jpg" where the source says
// "{static}/images/castle.jpg". A target starting with "/" is relative to
// the content folder, any other to the post's own folder, as in Pelican.
// The path is absolute because Glamour shows relative links from "/".
func resolveLinks(body, postPath, dir, contentDir string) string {
	out, _ := resolveLinksCounting(body, postPath, dir, contentDir)
	return out
}

// resolveLinksCounting is resolveLinks, also returning how many bytes of
// body it looked at, so that a test can hold the work to a few times the
// body's length. Each byte is looked at a bounded number of times: one
// pass finds every "{" and "|", and only there are the prefixes tried
// (searching the rest of the body for each of the six prefixes after
// every link made a body of N links take N² steps).
func resolveLinksCounting(body, postPath, dir, contentDir string) (string, int) {
	if !strings.ContainsAny(body, "{|") {
		return body, len(body)
	}
	var b strings.Builder
	work := 0
	written := 0 // body[:written] is in b
	for i := 0; i < len(body); {
		j := strings.IndexAny(body[i:], "{|")
		if j < 0 {
			work += len(body) - i
			break
		}
		at := i + j
		n := pelicanPrefixAt(body, at)
		work += j + 1 + n
		if n == 0 || !startsTarget(body, at) {
			i = at + 1 // inside some other text or URL
			continue
		}
		end := at + n
		for end < len(body) && !strings.ContainsRune(" \t\n)\"'>", rune(body[end])) {
			end++
		}
		work += end - at - n
		b.WriteString(body[written:at])
		b.WriteString(filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(sitePath(body[at+n:end], postPath, contentDir)))))
		written, i = end, end
	}
	if written == 0 {
		return body, work
	}
	b.WriteString(body[written:])
	return b.String(), work
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

// sitePath resolves a link target to a slash path from the blog folder.
func sitePath(target, postPath, contentDir string) string {
	frag := ""
	if i := strings.IndexAny(target, "#?"); i >= 0 {
		target, frag = target[:i], target[i:]
	}
	var p string
	if strings.HasPrefix(target, "/") {
		p = path.Join(strings.Trim(contentDir, "/"), target)
	} else {
		p = path.Join(path.Dir(postPath), target)
	}
	return strings.TrimPrefix(p, "/") + frag
}
