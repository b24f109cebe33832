// Package frontmatter holds the byte-level lexers of front matter that
// both the reader (package posts) and the writer (package posts/edit)
// need: the delimiter lines of YAML and TOML, Python-Markdown's meta
// lines as Pelican reads them, and reStructuredText's title and field
// lines. The writer finds a key's bytes with the very rules the reader
// reads them by, so that what it changes is what the reader sees.
//
// It only recognises lines and bytes: it never decodes a value,
// normalizes metadata or touches a file. That stays in posts.
package frontmatter

import "bytes"

// BOM is the UTF-8 byte order mark some editors put before a file's
// first line; the reader skips it and the writer keeps it.
const BOM = "\xef\xbb\xbf"

// IsDelimiter reports whether line is delim followed only by blanks, as
// the "---" and "+++" lines around YAML and TOML front matter are. The
// empty delim matches nothing, so a format without a second closing
// delimiter can pass "".
func IsDelimiter(line []byte, delim string) bool {
	return delim != "" && bytes.HasPrefix(line, []byte(delim)) &&
		len(bytes.TrimRight(line[len(delim):], " \t")) == 0
}
