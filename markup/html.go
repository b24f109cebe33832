package markup

import (
	"strings"

	"github.com/folio-blog/folio/internal/ascii"
)

// htmlBlockTags are the tags that open an HTML block, each with who
// reads it so: goldmark, the parser inside Glamour, and markup's
// htmlBlockAt.
var htmlBlockTags = map[string]blockTagUse{
	"address": inBoth, "article": inBoth, "aside": inBoth, "blockquote": inBoth, "center": inBoth,
	"details": inBoth, "dialog": inBoth, "dd": inBoth, "div": inBoth, "dl": inBoth, "dt": inBoth,
	"figcaption": inBoth, "figure": inBoth, "footer": inBoth, "h1": inBoth, "h2": inBoth, "h3": inBoth,
	"h4": inBoth, "h5": inBoth, "h6": inBoth, "header": inBoth, "hr": inBoth, "li": inBoth, "main": inBoth,
	"nav": inBoth, "ol": inBoth, "p": inBoth, "section": inBoth, "summary": inBoth, "table": inBoth,
	"tbody": inBoth, "td": inBoth, "th": inBoth, "thead": inBoth, "tr": inBoth, "ul": inBoth,
	"iframe": inBoth, "form": inBoth,

	"base": inCommonMark, "basefont": inCommonMark, "body": inCommonMark, "caption": inCommonMark,
	"col": inCommonMark, "colgroup": inCommonMark, "dir": inCommonMark, "fieldset": inCommonMark,
	"frame": inCommonMark, "frameset": inCommonMark, "head": inCommonMark, "html": inCommonMark,
	"legend": inCommonMark, "link": inCommonMark, "menu": inCommonMark, "menuitem": inCommonMark,
	"meta": inCommonMark, "noframes": inCommonMark, "optgroup": inCommonMark, "option": inCommonMark,
	"param": inCommonMark, "search": inCommonMark, "tfoot": inCommonMark, "title": inCommonMark,
	"track": inCommonMark,

	"video": converted, "audio": converted, "picture": converted, "img": converted, "pre": converted,
	"script": converted, "style": converted, "object": converted, "embed": converted, "span": converted,
	"a": converted, "br": converted, "font": converted, "small": converted, "sup": converted,
	"noscript": converted, "canvas": converted, "svg": converted, "input": converted,
	"button": converted, "source": converted,
}

// blockTagUse says who reads a tag as opening an HTML block.
type blockTagUse uint8

const (
	// inCommonMark: CommonMark's kind 6, as goldmark reads it: the
	// block may interrupt a paragraph and ends at a blank line.
	inCommonMark blockTagUse = 1 << iota
	// converted: htmlBlockAt's, whose lines up to a blank one are HTML
	// that a terminal renderer drops (CommonMark's kinds 1 and 6, and
	// the media tags posts paste in).
	converted
	inBoth = inCommonMark | converted
)

// IsHTMLBlockTag reports whether name, a lower-case tag name, opens an
// HTML block of CommonMark's kind 6 as goldmark reads it: a block that
// may interrupt a paragraph and ends at a blank line.
func IsHTMLBlockTag(name string) bool { return htmlBlockTags[name]&inCommonMark != 0 }

// htmlTag is one tag of an HTML fragment.
type htmlTag struct {
	name    string // lowercase, without "/"
	closing bool
	attrs   string
	end     int
}

// readTag reads the tag at s[i] ("<"); ok is false for text that only
// looks like one ("a < b"). gt, when not nil, finds the ">" after a
// position in a string s is the start of: a run of "<img" without one
// then looks for it once, not from each "<".
func readTag(s string, i int, gt *finder) (htmlTag, bool) {
	k := i + 1
	t := htmlTag{}
	if k < len(s) && s[k] == '/' {
		t.closing = true
		k++
	}
	n := k
	for n < len(s) && (isLetterOrDigit(s[n]) || s[n] == '-') {
		n++
	}
	if n == k || !ascii.IsLetter(s[k]) {
		return t, false
	}
	limit := min(len(s), i+maxTagLen)
	j := -1
	if gt != nil {
		gt.m.add(n - i)
		if at := gt.next(n); at >= 0 && at < limit {
			j = at - n
		}
	} else {
		j = strings.IndexByte(s[n:limit], '>')
	}
	if j < 0 {
		return t, false
	}
	t.name = strings.ToLower(s[k:n])
	t.attrs = s[n : n+j]
	t.end = n + j + 1
	return t, true
}

func isLetterOrDigit(b byte) bool { return ascii.IsLetter(b) || b >= '0' && b <= '9' }

// attr reads an attribute's value from a tag's attribute text.
func attr(attrs, name string) string {
	low := ascii.Lower(attrs) // same length, so its indexes fit attrs

	for from := 0; from < len(low); {
		j := strings.Index(low[from:], name)
		if j < 0 {
			return ""
		}
		j += from
		from = j + len(name)
		if j > 0 && !strings.ContainsRune(" \t\n/", rune(low[j-1])) {
			continue
		}
		k := from
		for k < len(low) && low[k] == ' ' {
			k++
		}
		if k >= len(low) || low[k] != '=' {
			continue
		}
		k++
		for k < len(low) && low[k] == ' ' {
			k++
		}
		if k < len(attrs) && (attrs[k] == '"' || attrs[k] == '\'') {
			if e := strings.IndexByte(attrs[k+1:], attrs[k]); e >= 0 {
				return attrs[k+1 : k+1+e]
			}
			return attrs[k+1:]
		}
		e := k
		for e < len(attrs) && !strings.ContainsRune(" \t\n>", rune(attrs[e])) {
			e++
		}
		return attrs[k:e]
	}
	return ""
}

// htmlBlockAt reports whether line starts an HTML block.
func htmlBlockAt(line string) bool {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 2 || t[0] != '<' {
		return false
	}
	if strings.HasPrefix(t, "<!--") {
		return true
	}
	tag, ok := readTag(t, 0, nil)
	if !ok {
		// A tag may span lines: "<img\n  src=…>".
		k := 1
		if k < len(t) && t[k] == '/' {
			k++
		}
		n := k
		for n < len(t) && isLetterOrDigit(t[n]) {
			n++
		}
		return n > k && n == len(t) && htmlBlockTags[strings.ToLower(t[k:n])]&converted != 0
	}
	return htmlBlockTags[tag.name]&converted != 0
}

// htmlBlock converts the HTML block at i (up to a blank line) into text:
// images become image lines, links links, embeds a line with their
// address, and other tags go.
func (c *converter) htmlBlock(i, end int) int {
	s := c.src
	stop := i
	for stop < end && !c.m.stop {
		e := min(c.lineEnd(stop), end)
		if strings.TrimSpace(s[stop:e]) == "" {
			break
		}
		stop = min(e+1, end)
	}
	block := s[i:stop]
	if strings.HasPrefix(strings.TrimSpace(block), "<!--") {
		// A comment is not shown; it may run past a blank line.
		if k := c.finder("-->").next(i); k >= 0 && k+3 <= end {
			return skipLineRest(s, k+3, end)
		}
		return stop
	}
	if strings.Contains(block, "{%") || strings.Contains(block, "{{") {
		// Liquid and shortcodes run before the HTML is read.
		saved, html := c.out, c.inHTML
		var b strings.Builder
		c.out, c.inHTML = &b, true
		c.blocks(i, stop)
		c.out, c.inHTML = saved, html
		block = b.String()
	}
	text := htmlTextMetered(c.m, block)
	if strings.TrimSpace(text) != "" {
		c.ensureBlankLine()
		c.out.WriteString(strings.Trim(text, "\n") + "\n\n")
	}
	return stop
}

// htmlText strips the tags from an HTML fragment, keeping its text and
// turning what a reader would see into Markdown.
func htmlText(h string) string { return htmlTextMetered(&meter{}, h) }

// htmlTextMetered is htmlText, counting its steps in m.
func htmlTextMetered(m *meter, h string) string {
	var b strings.Builder
	var href string
	skip := ""   // the element whose content is dropped (script, style)
	pre := false // inside <pre>: the text is code
	gt := &finder{s: h, needle: ">", m: m}
	for i := 0; i < len(h) && !m.stop; {
		j := strings.IndexByte(h[i:], '<')
		if j < 0 {
			m.add(len(h) - i)
			writeHTMLText(&b, h[i:], pre, skip != "")
			break
		}
		m.add(j + 1)
		writeHTMLText(&b, h[i:i+j], pre, skip != "")
		i += j
		if strings.HasPrefix(h[i:], "<!--") {
			k := strings.Index(h[i:], "-->")
			if k < 0 {
				m.add(len(h) - i)
				break // the comment runs to the end
			}
			m.add(k + 3)
			i += k + 3
			continue
		}
		t, ok := readTag(h, i, gt)
		if !ok {
			if skip == "" {
				b.WriteByte('<')
			}
			i++
			continue
		}
		i = t.end
		if skip != "" {
			if t.closing && t.name == skip {
				skip = ""
			}
			continue
		}
		switch t.name {
		case "script", "style", "noscript", "svg":
			if !t.closing {
				skip = t.name
			}
		case "pre":
			pre = !t.closing
			b.WriteString("\n```\n")
		case "img":
			src := attr(t.attrs, "src")
			alt := firstNonEmpty(attr(t.attrs, "alt"), attr(t.attrs, "title"), "image")
			if src != "" {
				b.WriteString("\n![" + escapeLinkText(oneLine(alt)) + "](" + urlPath(src) + ")\n")
			}
		case "iframe", "video", "audio", "source", "embed":
			if src := attr(t.attrs, "src"); src != "" && !t.closing {
				b.WriteString("\n" + embedLine(t.name, src) + "\n")
			}
		case "a":
			// Written as they come, so that a block of many links is
			// not copied again for each.
			if t.closing && href != "" {
				b.WriteString("](" + urlPath(href) + ")")
				href = ""
			} else if !t.closing && href == "" {
				if href = attr(t.attrs, "href"); href != "" {
					b.WriteString("[")
				}
			}
		case "br", "p", "div", "li", "tr", "figure", "figcaption", "section", "article",
			"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dt", "dd", "details", "summary", "table", "ul", "ol", "center", "header", "footer":
			b.WriteString("\n")
			if !t.closing {
				switch t.name {
				case "li":
					b.WriteString("- ")
				case "h1", "h2", "h3", "h4", "h5", "h6":
					b.WriteString(strings.Repeat("#", int(t.name[1]-'0')) + " ")
				}
			}
		case "td", "th":
			if !t.closing {
				b.WriteString(" ")
			}
		}
	}
	// Tidy: one blank line at most, no blank-only lines, lines trimmed.
	lines := strings.Split(b.String(), "\n")
	out := lines[:0]
	blank := false
	inCode := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "```" {
			inCode = !inCode
			out = append(out, "```")
			continue
		}
		if !inCode {
			l = strings.TrimSpace(l)
		}
		if l == "" && !inCode {
			if !blank && len(out) > 0 {
				out = append(out, "")
			}
			blank = true
			continue
		}
		blank = false
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// entities are the character references code in <pre> is written with.
var entities = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&", "&quot;", `"`)

// writeHTMLText writes text between tags: in <pre> as it is, else with
// runs of blanks and newlines as one space.
func writeHTMLText(b *strings.Builder, s string, pre, skip bool) {
	if skip || s == "" {
		return
	}
	if pre {
		b.WriteString(entities.Replace(s))
		return
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		return
	}
	if s[0] == ' ' || s[0] == '\n' || s[0] == '\t' {
		b.WriteByte(' ')
	}
	b.WriteString(strings.Join(f, " "))
	if last := s[len(s)-1]; last == ' ' || last == '\n' || last == '\t' {
		b.WriteByte(' ')
	}
}

// inlineHTML converts an <img> inside a paragraph into an image.
func (c *converter) inlineHTML(i, end int) (int, bool) {
	// The tag must end on its line: a ">" further on may be in a code
	// block below.
	s := c.src[:min(end, c.lineEnd(i))]
	if len(s)-i < 5 || !ascii.HasPrefixFold(s[i+1:], "img") {
		return i, false
	}
	t, ok := readTag(s, i, c.finder(">"))
	if !ok || t.name != "img" {
		return i, false
	}
	src := attr(t.attrs, "src")
	if src == "" {
		return i, false
	}
	alt := firstNonEmpty(attr(t.attrs, "alt"), attr(t.attrs, "title"), "image")
	c.out.WriteString("![" + escapeLinkText(oneLine(alt)) + "](" + urlPath(src) + ")")
	return t.end, true
}
