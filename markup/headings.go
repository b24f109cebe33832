package markup

import "strings"

// Heading is a Markdown heading of a body: its text as a reader sees it
// (links as their text, without emphasis or code marks) and the id
// written for it by hand ("## Title {#id}"), if any.
type Heading struct {
	Text   string
	ID     string
	Offset int // where its line starts in the body
	// Term says this is a definition list's term ("term" then ": what it
	// means"), which Hugo gives an id only with autoDefinitionTermID.
	Term bool
}

// Headings finds a Markdown body's ATX ("## x") and setext (a line under
// "===" or "---") headings, and the terms of definition lists, outside
// code blocks, in order.
func Headings(body string) []Heading {
	var out []Heading
	var open fence
	inFence := false
	prev, prevAt := "", -1 // the first line of the paragraph going on
	termAt := -1           // prevAt, when the paragraph is that one line
	for i := 0; i < len(body); {
		e := lineEnd(body, i)
		line := strings.TrimSuffix(body[i:e], "\r")
		text := ""
		switch {
		case inFence:
			inFence = !open.closes(line)
		case isFenceLine(line, &open):
			inFence = true
		case atxLevel(line) > 0:
			out = append(out, newHeading(atxText(line), i))
		case prevAt >= 0 && setextUnderline(line):
			out = append(out, newHeading(prev, prevAt))
		case prevAt >= 0 && definition(line):
			if termAt == prevAt { // a term is a paragraph of one line
				h := newHeading(prev, prevAt)
				h.Term = true
				out = append(out, h)
			}
			text = line
		case !indentedCode(line) && strings.TrimSpace(line) != "":
			text = line
		}
		termAt = -1
		if text != "" && prevAt < 0 {
			prev, prevAt, termAt = strings.TrimSpace(text), i, i
		} else if text == "" {
			prevAt = -1
		}
		i = e + 1
	}
	return out
}

// definition reports whether line gives a definition list's meaning:
// ": text", indented up to three spaces.
func definition(line string) bool {
	t := strings.TrimLeft(line, " ")
	return len(line)-len(t) <= 3 && (strings.HasPrefix(t, ": ") || strings.HasPrefix(t, ":\t"))
}

// atxLevel is the level of an ATX heading line, or 0.
func atxLevel(line string) int {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return 0
	}
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(t) && t[n] != ' ' && t[n] != '\t') {
		return 0
	}
	return n
}

// atxText is an ATX heading line's text, without the marks around it.
func atxText(line string) string {
	t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#"))
	if u := strings.TrimRight(t, "#"); u != t && (u == "" || strings.HasSuffix(u, " ")) {
		t = strings.TrimSpace(u)
	}
	return t
}

// setextUnderline reports whether line underlines the paragraph line
// before it as a heading.
func setextUnderline(line string) bool {
	t := strings.TrimSpace(line)
	return t != "" && len(line)-len(strings.TrimLeft(line, " ")) <= 3 &&
		(strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "")
}

// newHeading makes a Heading of raw heading text, taking a trailing "{#id}"
// (or kramdown's "{: #id}") as its id.
func newHeading(raw string, at int) Heading {
	h := Heading{Offset: at}
	if k := strings.LastIndex(raw, "{"); k >= 0 && strings.HasSuffix(raw, "}") {
		attrs := strings.TrimPrefix(raw[k+1:len(raw)-1], ":")
		for _, a := range strings.Fields(attrs) {
			if strings.HasPrefix(a, "#") && len(a) > 1 {
				h.ID = a[1:]
				raw = strings.TrimSpace(raw[:k])
			}
		}
	}
	h.Text = plainText(raw)
	return h
}

// plainText is inline Markdown as a reader sees it: links and images as
// their text, no emphasis or code marks, no HTML tags.
func plainText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; ch {
		case '*', '`', '~':
		case '!':
			if i+1 < len(s) && s[i+1] == '[' {
				continue
			}
			b.WriteByte(ch)
		case '[':
		case ']':
			if i+1 < len(s) && s[i+1] == '(' {
				if end := strings.IndexByte(s[i:], ')'); end >= 0 {
					i += end
				}
			}
		case '<':
			if end := strings.IndexByte(s[i:], '>'); end >= 0 {
				i += end
				continue
			}
			b.WriteByte(ch)
		case '\\':
			if i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			}
		default:
			b.WriteByte(ch)
		}
	}
	return b.String()
}

// HTMLIDs are the values of the id and name attributes of a body's HTML
// tags: anchors written by hand.
func HTMLIDs(body string) []string {
	var out []string
	for i := 0; i < len(body); {
		j := strings.IndexByte(body[i:], '<')
		if j < 0 {
			break
		}
		i += j
		end := strings.IndexAny(body[i+1:], "<>")
		if end < 0 {
			break
		}
		tag := body[i : i+1+end]
		for _, attr := range []string{"id", "name"} {
			if v, _, ok := attrValue(tag, attr); ok && v != "" {
				out = append(out, v)
			}
		}
		i += 1 + end
	}
	return out
}
