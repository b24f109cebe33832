package posts

import (
	"bytes"
	"io"
	"io/fs"
	"path"
	"strings"

	"golang.org/x/net/html"

	"github.com/folio-blog/folio/posts/internal/frontmatter"
	"github.com/folio-blog/folio/site"
)

// IsHTMLFile reports whether a file name ends in .html or .htm, the
// endings Pelican's HTML reader, Hugo and Jekyll read HTML content from
// (matched as written, as they match them).
func IsHTMLFile(name string) bool {
	ext := path.Ext(name)
	return ext == ".html" || ext == ".htm"
}

// HTMLHeadSize is how much of a Hugo .html file is read to find its front
// matter: blank lines and the opening delimiter.
const HTMLHeadSize = 512

// isHTMLContent reports whether the .html or .htm file p is content the
// generator reads as a page or post: every one for Pelican (its HTML
// reader; its settings' excludes apply), one in _posts or _drafts for
// Jekyll (with or without front matter, as Jekyll reads posts), and for
// Hugo one that starts with front matter (Hugo copies the others as
// they are). A plain folder's HTML files are not posts. A nil fsys
// answers without reading the file.
func isHTMLContent(fsys fs.FS, p string, rules *Rules) bool {
	switch rules.Generator {
	case site.Pelican:
		return true
	case site.Jekyll:
		return inJekyllPosts(rules.ContentRelative(p))
	case site.Hugo:
		if fsys == nil {
			return true // not read: said of a file that cannot be
		}
		f, err := fsys.Open(p)
		if err != nil {
			return true // listed, so that the reader reports the error
		}
		defer f.Close()
		head := make([]byte, HTMLHeadSize)
		n, _ := io.ReadFull(f, head)
		return StartsWithFrontMatter(head[:n])
	}
	return false
}

// StartsWithFrontMatter reports whether data opens with a front matter
// delimiter (YAML, TOML) or a JSON object after blank lines and a BOM,
// as Hugo finds a content file's front matter: an .html file that does
// is a page, one that does not is copied as it is.
func StartsWithFrontMatter(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte(frontmatter.BOM))
	data = bytes.TrimLeft(data, " \t\r\n")
	if len(data) > 0 && data[0] == '{' {
		return true
	}
	first, _ := firstLine(data)
	first = bytes.TrimSuffix(first, []byte("\r"))
	return frontmatter.IsDelimiter(first, "---") || frontmatter.IsDelimiter(first, "+++")
}

// parsePelicanHTML reads a file as Pelican's HTML reader does: in <head>,
// the text of <title> is the title and each <meta name=… content=…> a
// field (named in lowercase; "keywords" are the tags; a name met twice
// is a list); the body is what lies between <body> and </body>. <head>
// and <body> count only at the top level, outside each other. A file
// without them has no metadata and no body, and Pelican skips it for
// want of a title.
func parsePelicanHTML(data []byte) *header {
	h := &header{format: FormatHTML, body: nil, bodyLine: 1}
	z := html.NewTokenizer(bytes.NewReader(data))
	z.SetMaxBuf(0)
	var (
		pos                   int // offset of the current token in data
		top, inHead, inTitle  = true, false, false
		title                 strings.Builder
		titleLine, bodyStart  int
		bodyStartLine, inBody = 0, false
		byKey                 = map[string]int{}
		lineAt                = lineCounter(data)
	)
	add := func(key, value string, line int) {
		if i, ok := byKey[key]; ok {
			if list, isList := h.fields[i].value.([]any); isList {
				h.fields[i].value = append(list, value)
			} else {
				h.fields[i].value = []any{h.fields[i].value, value}
			}
			return
		}
		byKey[key] = len(h.fields)
		h.fields = append(h.fields, field{key: key, value: value, line: line})
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := len(z.Raw())
		name, hasAttr := z.TagName()
		tag := string(name)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			switch {
			case tag == "head" && top && tt == html.StartTagToken:
				top, inHead = false, true
			case tag == "title" && inHead:
				inTitle, titleLine = true, lineAt(pos)
				title.Reset()
			case tag == "body" && top && tt == html.StartTagToken:
				top, inBody = false, true
				bodyStart, bodyStartLine = pos+raw, lineAt(pos+raw)
			case tag == "meta" && inHead && hasAttr:
				if key, value, ok := metaTag(z); ok {
					add(key, value, lineAt(pos))
				}
			}
		case html.EndTagToken:
			switch {
			case tag == "head" && inHead:
				inHead, top = false, true
			case tag == "title" && inHead && inTitle:
				inTitle = false
				add("title", html.UnescapeString(title.String()), titleLine)
			case tag == "body" && inBody:
				// Pelican keeps what is between <body> and the first
				// </body>; a body never closed is empty.
				h.body, h.bodyLine = data[bodyStart:pos], bodyStartLine
				inBody, top = false, true
			}
		case html.TextToken:
			if inTitle {
				title.Write(z.Raw())
			}
		}
		pos += raw
	}
	if len(h.fields) == 0 {
		h.format = FormatNone
	}
	return h
}

// metaTag reads a <meta> tag's name (lowercase; "keywords" read as tags)
// and its content (or the misspelt "contents" Pelican also takes); ok is
// false without a name, which Pelican skips with a warning.
func metaTag(z *html.Tokenizer) (key, value string, ok bool) {
	var contents string
	hasName := false
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "name":
			if !hasName {
				key, hasName = strings.ToLower(string(v)), true
			}
		case "content":
			if value == "" {
				value = string(v)
			}
		case "contents":
			if contents == "" {
				contents = string(v)
			}
		}
		if !more {
			break
		}
	}
	if !hasName {
		return "", "", false
	}
	if value == "" {
		value = contents
	}
	if key == "keywords" {
		key = "tags"
	}
	return key, value, true
}

// lineCounter returns a function giving the 1-based line of an offset in
// data, for offsets that only grow: it counts each byte once.
func lineCounter(data []byte) func(int) int {
	at, line := 0, 1
	return func(off int) int {
		off = min(off, len(data))
		if off > at {
			line += bytes.Count(data[at:off], []byte("\n"))
			at = off
		}
		return line
	}
}
