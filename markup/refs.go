package markup

import (
	"strings"

	"github.com/folio-blog/folio/site"
)

// More kinds of references, beyond the links to posts a Resolver finds:
// these name files or addresses, and only Refs reports them.
const (
	PelicanStatic LinkKind = iota + PelicanFile + 1 // {static}x or {attach}x: a file, as PelicanFile resolves paths
	URLLink                                         // a Markdown or HTML link or image: a URL or path as written
)

// Ref is one reference a body makes to another page or file of the site,
// or to an address.
type Ref struct {
	Kind LinkKind
	// Target is what the reference names, as written, with its
	// "#fragment": the path of a {filename} link without the prefix, the
	// argument of a ref shortcode or a Liquid tag (then with a fragment
	// written right after the tag), or a link's URL.
	Target string
	// Offset is the byte offset in the body where the reference starts,
	// from which its line is counted.
	Offset int
	// Image says that the reference is an image's source (![](x), <img
	// src>, an RST image or figure), which must be a file.
	Image bool
}

// Refs finds every reference body makes, in order: Markdown links and
// images (inline and reference definitions), HTML <a href> and <img
// src>, Jekyll's {% link %} and {% post_url %}, Hugo's ref and relref, and
// Pelican's {filename}, {static} and {attach} (and their |x| forms). Code
// spans, fenced code blocks and indented code blocks hold no references.
// An RST body is searched for Pelican's links and image and figure
// directives only. Like the conversion, it takes time linear in the body.
func Refs(body string, syntax Syntax, gen site.Generator) []Ref {
	f := refFinder{c: newConverter(&meter{}, body, Options{}), gen: gen}
	if syntax == RST {
		f.rst()
	} else {
		f.markdown()
	}
	return f.out
}

// refFinder collects the references of one body.
type refFinder struct {
	c   *converter
	gen site.Generator
	out []Ref
}

// markdown finds the references of a Markdown body, line by line.
func (f *refFinder) markdown() {
	s := f.c.src
	var open fence
	inFence, blank, code := false, true, false
	for i := 0; i < len(s); {
		e := lineEnd(s, i)
		line := s[i:e]
		next := min(e+1, len(s))
		switch {
		case inFence:
			if open.closes(line) {
				inFence = false
			} else {
				next = f.codeTags(i, e)
			}
		case isFenceLine(line, &open):
			inFence = true
		case (blank || code) && indentedCode(line):
			code = true
			next = f.codeTags(i, e)
		default:
			code = false
			next = f.inline(i, e)
		}
		blank = strings.TrimSpace(line) == ""
		if blank {
			code = false
		}
		i = max(next, i+1)
	}
}

// indentedCode reports whether line is indented as a code block's: a tab
// or four spaces, before some text.
func indentedCode(line string) bool {
	return (strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "    ")) && strings.TrimSpace(line) != ""
}

// inline finds the references on the line s[i:e], and in any tag that
// starts on it; it returns where the next line to read starts.
func (f *refFinder) inline(i, e int) int {
	s := f.c.src
	if t, at, ok := refDefinition(s[i:e]); ok {
		if !strings.HasPrefix(t, "{%") && !strings.HasPrefix(t, "{{<") && !strings.HasPrefix(t, "{{%") {
			f.add(URLLink, t, i+at, false)
			return e + 1
		}
		i += at // a Liquid tag or a shortcode: read where it starts
	}
	for i < e {
		j := strings.IndexAny(s[i:e], "`{](<")
		if j < 0 {
			break
		}
		i += j
		next := i + 1
		switch {
		case s[i] == '`':
			next = f.c.codeSpanEnd(i, e)
			f.codeTags(i, next)
		case s[i] == '{':
			next = f.tag(i)
		case strings.HasPrefix(s[i:], "]("):
			next = f.inlineLink(i+2, e, i > 0 && f.isImage(i))
		case s[i] == '<':
			next = f.htmlTag(i, e)
		}
		if next > e {
			// A tag ran over lines: go on after it.
			return next
		}
		i = next
	}
	return e + 1
}

// tag reads the Liquid tag or shortcode at i, if one starts there, and
// returns where it ends (after a raw or comment block's end).
func (f *refFinder) tag(i int) int {
	s := f.c.src
	switch {
	case strings.HasPrefix(s[i:], "{%"):
		if t, ok := f.c.parseLiquidTag(s, i); ok {
			f.liquid(t, i)
			if t.name == "raw" || t.name == "comment" {
				return f.skipTo("end"+t.name, t.end)
			}
			return t.end
		}
	case strings.HasPrefix(s[i:], "{{<") || strings.HasPrefix(s[i:], "{{%"):
		if t, ok := f.c.parseShortcode(s, i); ok {
			f.shortcode(t, i)
			return t.end
		}
	}
	return i + 1
}

// codeTags reads the generator's own tags in code, s[i:e]: Jekyll runs
// Liquid, and Hugo its shortcodes, over the whole file before the
// Markdown, so code does not hide them (Jekyll's {% raw %} and Hugo's
// {{</* */>}} do). It returns where the next line to read starts.
func (f *refFinder) codeTags(i, e int) int {
	s := f.c.src
	open := map[site.Generator]string{site.Jekyll: "{%", site.Hugo: "{{"}[f.gen]
	for open != "" && i < e {
		j := strings.Index(s[i:e], open)
		if j < 0 {
			break
		}
		next := f.tag(i + j)
		if next > e {
			return next
		}
		i = next
	}
	return e + 1
}

// skipTo is the position after the next {% name %} tag from pos (the end
// of a raw or comment block, whose text Jekyll does not run), or the
// end of the body when none closes it. It asks the converter's index of
// closing tags, as the renderer does, so both end the block at the same
// tag.
func (f *refFinder) skipTo(name string, pos int) int {
	if cl, ok := f.c.closer(name, pos); ok {
		return cl.end
	}
	return len(f.c.src)
}

// codeSpanEnd is the position after the code span at i (or after its
// opening run of backticks, when nothing closes it on the line).
func (c *converter) codeSpanEnd(i, e int) int {
	saved := c.out
	c.out = &strings.Builder{}
	end, _ := c.codeSpan(i, e)
	c.out = saved
	return end
}

// isImage reports whether the "]" at i closes an image's alt text: the
// nearest "[" before it on the line follows a "!".
func (f *refFinder) isImage(i int) bool {
	s := f.c.src
	depth := 0
	for k := i - 1; k >= 0 && s[k] != '\n'; k-- {
		switch s[k] {
		case ']':
			depth++
		case '[':
			if depth == 0 {
				return k > 0 && s[k-1] == '!'
			}
			depth--
		}
	}
	return false
}

// refDefinition reads a reference definition, "[label]: target", and
// returns its target and where it starts in line.
func refDefinition(line string) (string, int, bool) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || !strings.HasPrefix(t, "[") || strings.HasPrefix(t, "[^") {
		return "", 0, false
	}
	k := strings.Index(t, "]:")
	if k < 2 {
		return "", 0, false
	}
	at := len(line) - len(t) + k + 2
	for at < len(line) && (line[at] == ' ' || line[at] == '\t') {
		at++
	}
	target, ok := linkDestination(line[at:])
	if ok && strings.HasPrefix(line[at:], "<") {
		at++
	}
	return target, at, ok && target != ""
}

// linkDestination reads a link destination at the start of s: "<…>",
// or up to blank space or an unbalanced ")".
func linkDestination(s string) (string, bool) {
	if strings.HasPrefix(s, "<") {
		end := strings.IndexAny(s, ">\n")
		if end < 0 || s[end] != '>' {
			return "", false
		}
		return s[1:end], true
	}
	depth := 0
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case ' ', '\t', '\n', '\r':
			return s[:k], true
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return s[:k], true
			}
			depth--
		case '\\':
			k++
		}
	}
	return s, true
}

// inlineLink reads the target of an inline link or image whose "(" is
// just before i, and returns where to go on.
func (f *refFinder) inlineLink(i, e int, image bool) int {
	s := f.c.src
	for i < e && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	target, ok := linkDestination(s[i:e])
	if !ok || target == "" {
		return i
	}
	at := i
	if strings.HasPrefix(s[i:], "<") {
		at++
	}
	if strings.HasPrefix(target, "{%") || strings.HasPrefix(target, "{{<") || strings.HasPrefix(target, "{{%") {
		return i // the tag is read where it starts
	}
	f.add(URLLink, target, at, image)
	return at + len(target)
}

// htmlTag reads the src of an <img> or the href of an <a> at i, within
// the line, and returns where to go on.
func (f *refFinder) htmlTag(i, e int) int {
	s := f.c.src
	var attr string
	switch {
	case hasPrefixFold(s[i:e], "<img") && i+4 < e && isSpace(s[i+4]):
		attr = "src"
	case hasPrefixFold(s[i:e], "<a") && i+2 < e && isSpace(s[i+2]):
		attr = "href"
	default:
		return i + 1
	}
	end := strings.IndexByte(s[i:e], '>')
	if end < 0 {
		end = e - i
	}
	tag := s[i : i+end]
	v, at, ok := attrValue(tag, attr)
	if ok && !strings.HasPrefix(v, "{%") && !strings.HasPrefix(v, "{{<") {
		f.add(URLLink, v, i+at, attr == "src")
	}
	return i + end
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// hasPrefixFold is strings.HasPrefix ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// attrValue finds attribute name's value in an HTML tag (its text up to
// ">") and where the value starts.
func attrValue(tag, name string) (string, int, bool) {
	for k := 1; k+len(name) < len(tag); k++ {
		if !isSpace(tag[k-1]) || !hasPrefixFold(tag[k:], name) {
			continue
		}
		j := k + len(name)
		for j < len(tag) && isSpace(tag[j]) {
			j++
		}
		if j >= len(tag) || tag[j] != '=' {
			continue
		}
		j++
		for j < len(tag) && isSpace(tag[j]) {
			j++
		}
		if j >= len(tag) {
			return "", 0, false
		}
		if q := tag[j]; q == '"' || q == '\'' {
			end := strings.IndexByte(tag[j+1:], q)
			if end < 0 {
				return "", 0, false
			}
			return tag[j+1 : j+1+end], j + 1, true
		}
		end := j
		for end < len(tag) && !isSpace(tag[end]) && tag[end] != '/' {
			end++
		}
		return tag[j:end], j, end > j
	}
	return "", 0, false
}

// liquid records a {% link %} or {% post_url %} tag at i, with a fragment
// written right after it.
func (f *refFinder) liquid(t liquidTag, i int) {
	var kind LinkKind
	switch t.name {
	case "link":
		kind = JekyllLink
	case "post_url":
		kind = PostURL
	default:
		return
	}
	arg := strings.Trim(t.args, `"'`)
	if arg == "" || strings.Contains(arg, "{{") {
		return // a variable: only the site knows where it goes
	}
	f.add(kind, arg+fragmentAfter(f.c.src, t.end), i, false)
}

// shortcode records a ref or relref shortcode at i.
func (f *refFinder) shortcode(t shortcodeTag, i int) {
	if t.name != "ref" && t.name != "relref" {
		return
	}
	if arg := t.arg("path", 0); arg != "" {
		f.add(HugoRef, arg+fragmentAfter(f.c.src, t.end), i, false)
	}
}

// fragmentAfter is a "#fragment" written right after a tag ending at
// end, inside the same link target.
func fragmentAfter(s string, end int) string {
	if end >= len(s) || s[end] != '#' {
		return ""
	}
	k := end + 1
	for k < len(s) && !strings.ContainsRune(" \t\n)\"'>", rune(s[k])) {
		k++
	}
	return s[end:k]
}

// add records a reference, telling Pelican's prefixed links apart.
func (f *refFinder) add(kind LinkKind, target string, at int, image bool) {
	if target == "" {
		return
	}
	if kind == URLLink && (target[0] == '{' || target[0] == '|') {
		n := pelicanPrefixAt(target, 0)
		if n == 0 {
			return // a template value: only the generator knows it
		}
		kind, at = PelicanStatic, at+n
		if target[1:n-1] == "filename" {
			kind = PelicanFile
		}
		target = target[n:]
		if target == "" {
			return
		}
	}
	f.out = append(f.out, Ref{Kind: kind, Target: target, Offset: at, Image: image})
}

// rst finds Pelican's links and the image and figure directives of an
// RST body, outside inline literals (in double backquotes) and literal blocks (the
// indented lines after a paragraph ending in "::").
func (f *refFinder) rst() {
	s := f.c.src
	literal, indent := false, 0 // in a literal block, deeper than indent
	for i := 0; i < len(s); {
		e := lineEnd(s, i)
		raw := s[i:e]
		line := strings.TrimLeft(raw, " ")
		depth := len(raw) - len(line)
		if literal && (strings.TrimSpace(raw) == "" || depth > indent) {
			i = e + 1
			continue
		}
		literal = strings.HasSuffix(strings.TrimRight(line, " \t\r"), "::")
		indent = depth
		if d := rstImageDirective(line); d != "" {
			if t := strings.TrimSpace(line[len(d):]); t != "" {
				f.add(URLLink, t, i+depth+len(d)+strings.Index(line[len(d):], t), true)
			}
			i = e + 1
			continue
		}
		f.rstLine(i, e)
		i = e + 1
	}
}

// rstLine finds Pelican's links on the line s[i:e], outside inline
// literals.
func (f *refFinder) rstLine(i, e int) {
	s := f.c.src
	for k := i; k < e; {
		j := strings.IndexAny(s[k:e], "{|`")
		if j < 0 {
			return
		}
		at := k + j
		if strings.HasPrefix(s[at:e], "``") {
			end := strings.Index(s[at+2:e], "``")
			if end < 0 {
				return
			}
			k = at + 2 + end + 2
			continue
		}
		n := 0
		if s[at] != '`' {
			n = pelicanPrefixAt(s, at)
		}
		if n == 0 || !(startsTarget(s, at) || s[at-1] == '<') {
			k = at + 1
			continue
		}
		end := at + n
		for end < e && !strings.ContainsRune(" \t\n)\"'>`", rune(s[end])) {
			end++
		}
		f.add(URLLink, s[at:end], at, false)
		k = end
	}
}

// rstImageDirective is the directive marker line starts with when it
// shows an image, else "".
func rstImageDirective(line string) string {
	for _, d := range []string{".. image::", ".. figure::"} {
		if strings.HasPrefix(line, d) {
			return d
		}
	}
	return ""
}
