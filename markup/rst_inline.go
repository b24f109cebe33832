package markup

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/folio-blog/folio/internal/ascii"
)

// codeRoles show their text as code.
var codeRoles = map[string]bool{
	"code": true, "literal": true, "file": true, "command": true, "kbd": true, "samp": true,
	"program": true, "envvar": true, "option": true, "makevar": true, "mimetype": true,
	"regexp": true, "math": true, "py:func": true, "func": true, "class": true, "meth": true,
	"mod": true, "attr": true, "exc": true, "data": true, "obj": true, "py:class": true,
	"py:meth": true, "py:mod": true, "c:func": true, "token": true, "keyword": true,
}

// inline converts reST inline markup in a paragraph to Markdown. It goes
// through the text once; each closing delimiter is looked for once, from
// where the scan is.
func (c *rstConv) inline(s string) string {
	if !strings.ContainsAny(s, "`|[_<\\:") {
		return s
	}
	if c.m.stop {
		return ""
	}
	c.m.add(len(s))
	b := &byteBuf{b: make([]byte, 0, len(s)+16)}
	noBacktickAfter := len(s) + 1 // no "`" at or after this position
	for i := 0; i < len(s); {
		ch := s[i]
		switch {
		case ch == '`' && i+1 < len(s) && s[i+1] == '`':
			if end := strings.Index(s[i+2:], "``"); end >= 0 {
				b.WriteString(codeSpan(s[i+2 : i+2+end]))
				i += 2 + end + 2
				continue
			}
		case ch == '_' && i+1 < len(s) && s[i+1] == '`' && (i == 0 || !isWordByte(s[i-1])):
			// An inline target, _`name`: the page shows its text.
			if end := strings.IndexByte(s[i+2:], '`'); end >= 0 {
				b.WriteString(s[i+2 : i+2+end])
				i += 2 + end + 1
				continue
			}
		case ch == '`' && i < noBacktickAfter:
			end := strings.IndexByte(s[i+1:], '`')
			if end < 0 {
				noBacktickAfter = i
				break
			}
			text := s[i+1 : i+1+end]
			i += 1 + end + 1
			switch {
			case strings.HasPrefix(s[i:], "__"):
				i += 2
				b.WriteString(c.reference(text, true))
			case strings.HasPrefix(s[i:], "_"):
				i++
				b.WriteString(c.reference(text, false))
			case strings.HasPrefix(s[i:], ":"):
				if r := roleAt(s, i); r != "" {
					i += len(r) + 2
					b.WriteString(c.role(r, text))
				} else {
					b.WriteString("*" + text + "*")
				}
			default:
				b.WriteString("*" + text + "*")
			}
			continue
		case ch == ':':
			if r := roleAt(s, i); r != "" && i+len(r)+2 < len(s) && s[i+len(r)+2] == '`' && (i == 0 || !isWordByte(s[i-1])) {
				start := i + len(r) + 3
				if end := strings.IndexByte(s[start:], '`'); end >= 0 {
					b.WriteString(c.role(r, s[start:start+end]))
					i = start + end + 1
					continue
				}
			}
		case ch == '[':
			if end := strings.Index(s[i:min(len(s), i+64)], "]_"); end > 1 && !strings.ContainsAny(s[i+1:i+end], " \n") {
				label := s[i+1 : i+end]
				if label == "#" {
					c.autoRef++
					label = "#" + strconv.Itoa(c.autoRef) + "#"
				}
				if _, ok := c.noteDef[label]; ok {
					b.WriteString(`\[` + c.noteShown(label) + `\]`)
					i += end + 2
					continue
				}
			}
		case ch == '|':
			if end := strings.IndexByte(s[i+1:min(len(s), i+128)], '|'); end > 0 {
				if v, ok := c.subs[s[i+1:i+1+end]]; ok {
					b.WriteString(v)
					i += end + 2
					for i < len(s) && s[i] == '_' {
						i++
					}
					continue
				}
			}
		case ch == '_' && i > 0 && isWordByte(s[i-1]) && (i+1 == len(s) || !isWordByte(s[i+1]) || s[i+1] == '_'):
			// "word_" or "word__": a reference by a one-word name.
			start := i
			for start > 0 && (isWordByte(s[start-1]) || s[start-1] == '-' || s[start-1] == '.') {
				start--
			}
			word := s[start:i]
			anon := i+1 < len(s) && s[i+1] == '_'
			url, ok := "", false
			if anon {
				url, ok = c.nextAnon()
			} else {
				url, ok = c.resolve(word)
			}
			if ok {
				b.b = b.b[:len(b.b)-len(word)]
				b.WriteString(link(word, url))
				i++
				if anon {
					i++
				}
				continue
			}
		case ch == '<' && i+1 < len(s) && (ascii.IsLetter(s[i+1]) || s[i+1] == '/'):
			b.WriteString(`\<`)
			i++
			continue
		case ch == '\\' && i+1 < len(s):
			switch n := s[i+1]; {
			case n == ' ' || n == '\n':
				i += 2
			case isPunct(n):
				b.WriteString(s[i : i+2])
				i += 2
			default:
				i++
			}
			continue
		}
		b.writeByte(ch)
		i++
	}
	return b.String()
}

func isWordByte(b byte) bool { return isLetterOrDigit(b) || b >= 0x80 }

// roleAt reads a role name ":name:" at s[i] and returns the name.
func roleAt(s string, i int) string {
	if s[i] != ':' {
		return ""
	}
	k := i + 1
	for k < len(s) && k < i+40 && (isLetterOrDigit(s[k]) || s[k] == '-' || s[k] == '_' || s[k] == '+' || s[k] == '.' || s[k] == ':' && k+1 < len(s) && s[k+1] != '`') {
		k++
	}
	if k == i+1 || k >= len(s) || s[k] != ':' {
		return ""
	}
	return s[i+1 : k]
}

// role converts interpreted text with a role.
func (c *rstConv) role(r, text string) string {
	switch {
	case codeRoles[strings.ToLower(r)]:
		return codeSpan(text)
	case r == "emphasis" || r == "title-reference" || r == "title" || r == "t":
		return "*" + text + "*"
	case r == "strong":
		return "**" + text + "**"
	case r == "del" || r == "strike":
		return "~~" + text + "~~"
	case r == "pep" || r == "PEP" || r == "rfc" || r == "RFC":
		return standardRef(strings.ToUpper(r), text)
	case r == "abbr":
		// Pelican's and Sphinx's abbr show the abbreviation; the
		// explanation in parentheses is only its tooltip.
		if k := strings.LastIndex(text, " ("); k > 0 && strings.HasSuffix(text, ")") {
			return text[:k]
		}
		return text
	case r == "ref" || r == "doc" || r == "any" || r == "term":
		if k := strings.LastIndex(text, " <"); k > 0 && strings.HasSuffix(text, ">") {
			return text[:k]
		}
		return text
	}
	return text
}

// standardRef links a :pep: or :rfc: role as docutils does: "PEP 345"
// to the proposal, with an anchor after "#" kept in the address only.
func standardRef(kind, text string) string {
	num, anchor, _ := strings.Cut(strings.TrimSpace(text), "#")
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 {
		return text
	}
	url := "https://tools.ietf.org/html/rfc" + strconv.Itoa(n) + ".html"
	if kind == "PEP" {
		url = "https://peps.python.org/pep-" + fmt.Sprintf("%04d", n)
	}
	if anchor != "" {
		url += "#" + anchor
	}
	return link(kind+" "+strconv.Itoa(n), url)
}

// codeSpan writes text as inline code with enough backticks.
func codeSpan(text string) string {
	text = strings.ReplaceAll(text, "\n", " ")
	if !strings.Contains(text, "`") {
		return "`" + text + "`"
	}
	return "`` " + text + " ``"
}

// reference converts `text`_ and `text`__, with an embedded address
// (`text <url>`_) or a target's.
func (c *rstConv) reference(text string, anon bool) string {
	text = strings.ReplaceAll(text, "\n", " ")
	if k := strings.LastIndex(text, "<"); k >= 0 && strings.HasSuffix(text, ">") {
		label := strings.TrimSpace(text[:k])
		url := text[k+1 : len(text)-1]
		if strings.HasSuffix(url, "_") && !strings.Contains(url, "/") {
			u, ok := c.resolve(strings.TrimSuffix(url, "_"))
			if !ok {
				// A section or an inline target on the page: the
				// text, as a reference to it has no address here.
				return firstNonEmpty(label, strings.TrimSuffix(url, "_"))
			}
			url = u
		}
		url = strings.ReplaceAll(url, " ", "")
		if label == "" {
			return "<" + url + ">"
		}
		return link(label, url)
	}
	var url string
	var ok bool
	if anon {
		url, ok = c.nextAnon()
	} else {
		url, ok = c.resolve(text)
	}
	if !ok {
		return text
	}
	return link(text, url)
}

func link(text, url string) string {
	return "[" + escapeLinkText(text) + "](" + urlPath(url) + ")"
}

// resolve finds a named target's address, following targets that point
// to other targets (a few steps, as a chain may loop).
func (c *rstConv) resolve(name string) (string, bool) {
	url, ok := c.targets[normName(name)]
	for n := 0; ok && n < 8 && strings.HasSuffix(url, "_") && !strings.Contains(url, "/"); n++ {
		var next string
		next, ok = c.targets[normName(strings.Trim(url, "`_"))]
		if ok {
			url = next
		}
	}
	return url, ok && url != "" && !strings.HasSuffix(url, "_")
}

func (c *rstConv) nextAnon() (string, bool) {
	if c.anonAt >= len(c.anon) {
		return "", false
	}
	c.anonAt++
	return c.anon[c.anonAt-1], true
}

// noteShown is the label docutils shows for a note: a citation's own
// ("[CIT2002]"), a footnote's own number ("[3]"), and for auto-numbered
// footnotes ("[#]", "[#name]", "[*]") their number in order of
// definition.
func (c *rstConv) noteShown(label string) string {
	if label != "" && label[0] != '#' && label[0] != '*' {
		return label
	}
	return strconv.Itoa(c.autoNum[label])
}

// note writes the footnote or citation defined at the explicit markup
// line t, where docutils shows it.
func (c *rstConv) note(b *strings.Builder, t string) {
	end := strings.IndexByte(t, ']')
	if end < 1 {
		return
	}
	label := t[1:end]
	if label == "#" {
		c.autoDefs++
		label = "#" + strconv.Itoa(c.autoDefs) + "#"
	}
	if text, ok := c.noteDef[label]; ok {
		b.WriteString(`\[` + c.noteShown(label) + `\] ` + c.inline(text) + "\n\n")
	}
}

// byteBuf is a write buffer that can drop what it wrote last, which a
// strings.Builder cannot without copying.
type byteBuf struct{ b []byte }

func (w *byteBuf) WriteString(s string) { w.b = append(w.b, s...) }
func (w *byteBuf) writeByte(c byte)     { w.b = append(w.b, c) }
func (w *byteBuf) String() string       { return string(w.b) }
