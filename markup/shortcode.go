package markup

import (
	"strings"
)

// shortcodeTag is a parsed Hugo shortcode: {{< name args >}}, {{% name %}},
// {{< /name >}} or {{< name args />}}.
type shortcodeTag struct {
	name        string
	pos         []string          // positional arguments
	named       map[string]string // named arguments
	closing     bool
	selfClosing bool
	markdown    bool // {{% %}}: the inner text is Markdown
	comment     bool // {{</* … */>}}: shown as written without the comment marks
	inner       string
	end         int
}

// parseShortcode reads the shortcode at s[i]; s is c.src or a prefix of
// it.
func (c *converter) parseShortcode(s string, i int) (shortcodeTag, bool) {
	delim := s[i+2] // '<' or '%'
	closer := ">}}"
	if delim == '%' {
		closer = "%}}"
	}
	at := c.closing(closer, i+3, maxTagLen)
	if at < 0 || at+3 > len(s) {
		return shortcodeTag{}, false
	}
	looked, ok := c.shortcodeAt(i+3, at)
	c.m.add(looked - i)
	if !ok {
		return shortcodeTag{}, false
	}
	j := at - (i + 3)
	c.m.add(j)
	t := shortcodeTag{markdown: delim == '%', end: i + 3 + j + 3}
	inner := strings.TrimSpace(s[i+3 : i+3+j])
	if len(inner) >= len("/**/") && strings.HasPrefix(inner, "/*") && strings.HasSuffix(inner, "*/") {
		t.comment, t.inner = true, strings.TrimSpace(inner[2:len(inner)-2])
		return t, true
	}
	if strings.HasPrefix(inner, "/") {
		t.closing, t.name = true, strings.TrimSpace(inner[1:])
		return t, t.name != "" && isIdent(t.name)
	}
	if strings.HasSuffix(inner, "/") {
		t.selfClosing, inner = true, strings.TrimSpace(inner[:len(inner)-1])
	}
	t.inner = inner
	words := splitArgs(inner)
	if len(words) == 0 || !isIdent(words[0]) {
		return shortcodeTag{}, false
	}
	t.name = words[0]
	for _, w := range words[1:] {
		if k, v, ok := strings.Cut(w, "="); ok && isIdent(k) && !strings.ContainsAny(k, `"'`) {
			if t.named == nil {
				t.named = map[string]string{}
			}
			t.named[strings.ToLower(k)] = unquote(v)
			continue
		}
		t.pos = append(t.pos, unquote(w))
	}
	return t, true
}

// splitArgs splits shortcode arguments on blanks, keeping quoted parts
// ("a b", `a b`) whole, including after "name=".
func splitArgs(s string) []string {
	var out []string
	var b strings.Builder
	var quote byte
	for k := 0; k < len(s); k++ {
		ch := s[k]
		switch {
		case quote != 0:
			if ch == '\\' && quote == '"' && k+1 < len(s) {
				b.WriteByte(ch)
				k++
				b.WriteByte(s[k])
				continue
			}
			if ch == quote {
				quote = 0
			}
			b.WriteByte(ch)
		case ch == '"' || ch == '`':
			quote = ch
			b.WriteByte(ch)
		case ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r':
			if b.Len() > 0 {
				out = append(out, b.String())
				b.Reset()
			}
		default:
			b.WriteByte(ch)
		}
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '`') && s[len(s)-1] == s[0] {
		s = s[1 : len(s)-1]
		if s != "" && strings.Contains(s, `\"`) {
			s = strings.ReplaceAll(s, `\"`, `"`)
		}
	}
	return s
}

// arg is the named argument key, else the positional argument at n.
func (t *shortcodeTag) arg(key string, n int) string {
	if v, ok := t.named[key]; ok {
		return v
	}
	if n >= 0 && n < len(t.pos) {
		return t.pos[n]
	}
	return ""
}

// admonitions are shortcodes that themes use for labelled boxes; they
// become quotes with their label.
var admonitions = map[string]string{
	"note": "Note", "tip": "Tip", "hint": "Hint", "info": "Info", "warning": "Warning",
	"caution": "Caution", "important": "Important", "danger": "Danger", "alert": "Alert",
	"callout": "Note", "admonition": "Note", "notice": "Note", "attention": "Attention",
	"error": "Error", "example": "Example", "details": "Details",
}

// embedURL gives the address of an embedded video or post.
func embedURL(t *shortcodeTag) string {
	id := t.arg("id", 0)
	switch t.name {
	case "youtube":
		return "https://youtu.be/" + id
	case "vimeo":
		return "https://vimeo.com/" + id
	case "gist":
		u := "https://gist.github.com/" + t.arg("user", 0) + "/" + t.arg("id", 1)
		if f := t.arg("file", 2); f != "" {
			u += "#file-" + f
		}
		return u
	case "tweet", "x":
		host := "https://twitter.com/"
		if t.name == "x" {
			host = "https://x.com/"
		}
		user, id := t.arg("user", -1), t.arg("id", -1)
		if id == "" && len(t.pos) == 1 {
			return host + "i/status/" + t.pos[0]
		}
		if id == "" {
			user, id = t.arg("", 0), t.arg("", 1)
		}
		return host + user + "/status/" + id
	case "instagram":
		return "https://www.instagram.com/p/" + id + "/"
	case "speakerdeck":
		return "https://speakerdeck.com/player/" + id
	}
	return ""
}

// shortcode converts the shortcode at i, with its inner text when it has
// a closing tag.
func (c *converter) shortcode(i, end int) (int, bool) {
	t, ok := c.parseShortcode(c.src[:end], i)
	if !ok {
		return i, false
	}
	if t.comment {
		// What Hugo's documentation writes to show a shortcode: the
		// site shows it as code.
		open, close := "{{<", ">}}"
		if t.markdown {
			open, close = "{{%", "%}}"
		}
		c.out.WriteString("`" + open + " " + t.inner + " " + close + "`")
		return t.end, true
	}
	if t.closing {
		// A closing tag without its opening one shows nothing.
		return skipIfAlone(c, i, t.end, end), true
	}
	alone := c.standalone(i, t.end)
	inner, after := span{t.end, t.end}, t.end
	paired := false
	if !t.selfClosing {
		if cl, ok := c.closer("/"+t.name, t.end); ok && cl.end <= end {
			inner, after, paired = span{t.end, cl.start}, cl.end, true
		}
	}
	switch t.name {
	case "highlight", "code", "syntax":
		if paired {
			c.writeFence(t.arg("lang", 0), c.src[inner.start:inner.end])
			return skipLineRest(c.src, after, end), true
		}
	case "figure", "img", "image":
		src := t.arg("src", 0)
		alt := firstNonEmpty(t.arg("alt", -1), t.arg("title", -1), t.arg("caption", -1), "image")
		c.ensureBlankLine()
		c.out.WriteString("![" + escapeLinkText(oneLine(alt)) + "](" + urlPath(src) + ")\n")
		if cap := firstNonEmpty(t.arg("caption", -1), t.arg("title", -1)); cap != "" && cap != alt {
			c.out.WriteString("\n*" + oneLine(cap) + "*\n")
		}
		c.out.WriteByte('\n')
		if paired {
			c.blocks(inner.start, inner.end)
		}
		return skipLineRest(c.src, after, end), true
	case "ref", "relref":
		c.writeLink(HugoRef, t.arg("path", 0), i)
		return after, true
	case "youtube", "vimeo", "gist", "tweet", "x", "instagram", "speakerdeck":
		c.ensureBlankLine()
		c.out.WriteString(embedLine(t.name, embedURL(&t)) + "\n\n")
		return skipLineRest(c.src, after, end), true
	case "param":
		key := strings.ToLower(t.arg("", 0))
		if v, ok := c.o.Page[key]; ok {
			c.out.WriteString(v)
		} else if v, ok := c.o.Site[key]; ok {
			c.out.WriteString(v)
		} else {
			c.out.WriteString(dim("param " + key))
		}
		return after, true
	case "glossary_tooltip", "abbr", "tooltip", "kbd", "term":
		if txt := firstNonEmpty(t.arg("text", 0), t.arg("term_id", -1)); txt != "" {
			c.out.WriteString(txt)
			return after, true
		}
	}
	if label, ok := admonitions[strings.ToLower(t.name)]; ok && paired {
		if title := t.arg("title", 0); title != "" && t.name == "admonition" {
			label = title
		}
		c.quote(label, inner)
		return skipLineRest(c.src, after, end), true
	}
	// Any other shortcode: its name (and text arguments) on a dim line,
	// its inner text kept.
	desc := t.name
	if txt := firstNonEmpty(t.arg("title", -1), t.arg("text", -1), t.arg("caption", -1)); txt != "" {
		desc += " " + oneLine(txt)
	}
	if !paired {
		c.writeMarker(desc, alone)
		if alone {
			return skipLineRest(c.src, after, end), true
		}
		return after, true
	}
	c.writeMarkerLine(desc)
	c.blocks(skipLineRest(c.src, inner.start, inner.end), inner.end)
	if !strings.HasSuffix(c.out.String(), "\n") {
		c.out.WriteByte('\n')
	}
	return skipLineRest(c.src, after, end), true
}

// skipIfAlone drops a tag that is alone on its line with its line.
func skipIfAlone(c *converter, start, tagEnd, end int) int {
	if c.standalone(start, tagEnd) {
		return skipLineRest(c.src, tagEnd, end)
	}
	return tagEnd
}

// writeMarkerLine writes a dim marker as a paragraph of its own.
func (c *converter) writeMarkerLine(text string) {
	c.ensureBlankLine()
	c.out.WriteString(dim(oneLine(text)) + "\n\n")
}

// quote writes the converted text of inner as a block quote headed by a
// bold label.
func (c *converter) quote(label string, inner span) {
	saved := c.out
	var b strings.Builder
	c.out = &b
	c.blocks(inner.start, inner.end)
	c.out = saved
	c.ensureBlankLine()
	c.out.WriteString("> **" + label + "**\n>\n")
	for _, l := range strings.Split(strings.Trim(b.String(), "\n"), "\n") {
		if l == "" {
			c.out.WriteString(">\n")
			continue
		}
		c.out.WriteString("> " + l + "\n")
	}
	c.out.WriteByte('\n')
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// oneLine joins the lines of s with spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
