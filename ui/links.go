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
	if !strings.ContainsAny(body, "{|") {
		return body
	}
	var b strings.Builder
	rest := body
	changed := false
	for {
		i, n := nextPelicanLink(rest)
		if i < 0 {
			break
		}
		if !startsTarget(body, len(body)-len(rest)+i) {
			b.WriteString(rest[:i+n]) // inside some other text or URL
			rest = rest[i+n:]
			continue
		}
		end := i + n
		for end < len(rest) && !strings.ContainsRune(" \t\n)\"'>", rune(rest[end])) {
			end++
		}
		b.WriteString(rest[:i])
		b.WriteString(filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(sitePath(rest[i+n:end], postPath, contentDir)))))
		rest = rest[end:]
		changed = true
	}
	if !changed {
		return body
	}
	b.WriteString(rest)
	return b.String()
}

// startsTarget reports whether a link prefix at body[i] begins a link
// target: after "(", a quote (HTML attributes) or white space (reference
// definitions), as Pelican only rewrites whole targets.
func startsTarget(body string, i int) bool {
	return i == 0 || strings.ContainsRune("(\"' \t\n", rune(body[i-1]))
}

// nextPelicanLink finds the next link prefix in s: its index and length,
// or -1.
func nextPelicanLink(s string) (int, int) {
	best, bestLen := -1, 0
	for _, k := range pelicanLinkKinds {
		for _, p := range []string{"{" + k + "}", "|" + k + "|"} {
			if i := strings.Index(s, p); i >= 0 && (best < 0 || i < best) {
				best, bestLen = i, len(p)
			}
		}
	}
	return best, bestLen
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
