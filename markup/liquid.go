package markup

import (
	"strings"

	"github.com/folio-blog/folio/site"
)

// liquidTag is a parsed {% name args %}.
type liquidTag struct {
	name string
	args string
	end  int // position after "%}"
}

// maxTagLen bounds how far a tag may run before its closing "%}" or
// ">}}": a gallery tag may list a few dozen images over many lines, but
// not swallow the post.
const maxTagLen = 16 << 10

// parseLiquidTag reads the tag at s[i] ("{%"), with whitespace control
// ("{%-", "-%}"). s is c.src or a prefix of it.
func (c *converter) parseLiquidTag(s string, i int) (liquidTag, bool) {
	at := c.closing("%}", i+2, maxTagLen)
	if at < 0 || at+2 > len(s) {
		return liquidTag{}, false
	}
	looked, ok := liquidNameAt(s, i+2, at)
	c.m.add(looked - i)
	if !ok {
		return liquidTag{}, false
	}
	j := at - (i + 2)
	c.m.add(j)
	inner := s[i+2 : i+2+j]
	inner = strings.TrimPrefix(inner, "-")
	inner = strings.TrimSuffix(inner, "-")
	inner = strings.TrimSpace(inner)
	name, args, _ := strings.Cut(inner, " ")
	if k := strings.IndexAny(name, "\n\t"); k >= 0 {
		name, args = name[:k], name[k+1:]+" "+args
	}
	if name == "" || !isIdent(name) {
		return liquidTag{}, false
	}
	return liquidTag{name: name, args: strings.TrimSpace(args), end: i + 2 + j + 2}, true
}

func isIdent(s string) bool { return identEnd(s, 0, len(s)) == len(s) }

func isIdentByte(b byte) bool {
	return b == '_' || b == '-' || b == '.' || b >= '0' && b <= '9' || b|0x20 >= 'a' && b|0x20 <= 'z'
}

// controlTags are Liquid's flow tags: the text between them is shown, the
// tags are not.
var controlTags = map[string]bool{
	"if": true, "elsif": true, "else": true, "endif": true, "unless": true, "endunless": true,
	"for": true, "endfor": true, "case": true, "when": true, "endcase": true, "break": true,
	"continue": true, "cycle": true, "increment": true, "decrement": true, "tablerow": true,
	"endtablerow": true, "endraw": true, "endcomment": true, "endcapture": true, "endhighlight": true,
	"liquid": true, "echo": true,
}

// liquidTag converts the Liquid tag at i.
func (c *converter) liquidTag(i, end int) (int, bool) {
	t, ok := c.parseLiquidTag(c.src[:end], i)
	if !ok {
		return i, false
	}
	alone := c.standalone(i, t.end)
	after := t.end
	if alone {
		after = skipLineRest(c.src, t.end, end)
	}
	switch t.name {
	case "highlight":
		cl, ok := c.closer("endhighlight", t.end)
		if !ok || cl.start > end {
			break
		}
		lang, _, _ := strings.Cut(t.args, " ")
		c.writeFence(lang, c.src[t.end:cl.start])
		return skipLineRest(c.src, cl.end, end), true
	case "raw":
		cl, ok := c.closer("endraw", t.end)
		if !ok || cl.start > end {
			break
		}
		c.out.WriteString(c.src[t.end:cl.start])
		return cl.end, true
	case "comment", "capture":
		cl, ok := c.closer("end"+t.name, t.end)
		if !ok || cl.start > end {
			break
		}
		if c.standalone(i, cl.end) {
			return skipLineRest(c.src, cl.end, end), true
		}
		return cl.end, true
	case "assign":
		return after, true
	case "link":
		c.writeLink(JekyllLink, firstArg(t.args), i)
		return t.end, true
	case "post_url":
		c.writeLink(PostURL, firstArg(t.args), i)
		return t.end, true
	case "gist", "youtube", "vimeo":
		// The common embed plugins: a line with what they embed.
		t := shortcodeTag{name: t.name, pos: strings.Fields(strings.ReplaceAll(t.args, "/", " "))}
		for k := range t.pos {
			t.pos[k] = strings.Trim(t.pos[k], `"'`)
		}
		c.ensureBlankLine()
		c.out.WriteString(embedLine(t.name, embedURL(&t)) + "\n\n")
		return after, true
	case "include", "include_cached", "include_relative":
		c.writeMarker(t.name+" "+firstArg(t.args), alone)
		return after, true
	}
	if controlTags[t.name] {
		return after, true
	}
	c.writeMarker(t.name, alone)
	return after, true
}

// firstArg is the first word of a tag's arguments, unquoted.
func firstArg(args string) string {
	a, _, _ := strings.Cut(strings.TrimSpace(args), " ")
	return strings.Trim(a, `"'`)
}

// writeLink writes a link to another post: the bare location inside a
// link target, else a link shown with the post's title. A fragment
// ("#install") is kept on the location.
func (c *converter) writeLink(kind LinkKind, ref string, at int) {
	title, loc, ok := "", ref, false
	if name, frag := cutFragment(strings.TrimSpace(ref)); c.o.Links != nil && name != "" {
		title, loc, ok = c.o.Links.Post(kind, name)
		loc += frag
	}
	if !ok {
		title, loc = ref, ref
	}
	if c.inURL(at) {
		c.out.WriteString(loc)
		return
	}
	c.out.WriteString("[" + escapeLinkText(title) + "](" + urlPath(loc) + ")")
}

// escapeLinkText keeps brackets in a title from ending the link text.
func escapeLinkText(s string) string {
	return strings.NewReplacer("[", `\[`, "]", `\]`, "\n", " ").Replace(s)
}

// urlPath writes a link target so that spaces and parentheses survive.
func urlPath(s string) string {
	if strings.ContainsAny(s, " ()<>") {
		return "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(s) + ">"
	}
	return s
}

// liquidOutput converts {{ expression }}: page and site values, quoted
// strings, or a dim marker naming what the site would fill in. Only
// Jekyll (and a plain folder, which may hold a Jekyll site's posts) runs
// Liquid over bodies.
func (c *converter) liquidOutput(i, end int) (int, bool) {
	if c.o.Generator == site.Hugo || c.o.Generator == site.Pelican {
		return i, false
	}
	s := c.src[:end]
	at := c.closing("}}", i+2, maxTagLen)
	if at < 0 || at+2 > len(s) {
		return i, false
	}
	looked, ok := liquidHeadAt(s, i+2, at)
	c.m.add(looked - i)
	if !ok {
		return i, false
	}
	j := at - (i + 2)
	c.m.add(j)
	close := i + 2 + j + 2
	expr := strings.TrimSpace(strings.Trim(s[i+2:i+2+j], "-"))
	head, _, _ := strings.Cut(expr, "|")
	head = strings.TrimSpace(head)
	if head == "" || strings.ContainsAny(head, "\n{}") {
		return i, false
	}
	if q := head[0]; (q == '"' || q == '\'') && len(head) > 1 && head[len(head)-1] == q {
		c.out.WriteString(head[1 : len(head)-1])
		return close, true
	}
	if v, ok := c.value(head); ok {
		c.out.WriteString(v)
		return close, true
	}
	if c.inURL(i) || strings.HasSuffix(head, "url") {
		// site.baseurl and friends are empty unless set, and an
		// address reads better without a marker in it.
		return close, true
	}
	c.out.WriteString(dim(head))
	return close, true
}

// value looks up page.x or site.x.
func (c *converter) value(name string) (string, bool) {
	scope, key, ok := strings.Cut(name, ".")
	if !ok {
		return "", false
	}
	key = strings.ToLower(key)
	switch scope {
	case "page":
		v, ok := c.o.Page[key]
		return v, ok
	case "site":
		v, ok := c.o.Site[key]
		return v, ok
	}
	return "", false
}
