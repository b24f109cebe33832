package markup

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/folio-blog/folio/internal/ascii"
)

// maxRSTDepth bounds how deep block quotes, lists and directives nest
// before the rest is shown as preformatted text: each level copies its
// lines once, so the work stays within this many passes over the body.
const maxRSTDepth = 12

// rstConv converts one reStructuredText body. Targets, substitutions and
// footnotes are collected first, in one pass, so that references anywhere
// resolve without a search.
type rstConv struct {
	targets map[string]string // normalized name -> URL
	anon    []string          // anonymous targets in order
	anonAt  int
	subs    map[string]string // substitution name -> Markdown
	// noteDef holds each footnote's and citation's raw text by label;
	// they are written where they are defined.
	noteDef map[string]string
	// autoNum numbers the auto-numbered footnotes ("[#]", "[#name]",
	// "[*]") in the order they are defined, as docutils does.
	autoNum  map[string]int
	autoRef  int      // "[#]_" references seen
	autoDefs int      // ".. [#]" definitions written
	styles   []string // section title styles in order of appearance
	lang     string   // the language set by ".. highlight::"
	// enumFlip alternates numbered lists' delimiters (see list).
	enumFlip bool
	m        *meter
}

// FromRST converts a reStructuredText body to Markdown: sections, lists,
// literal and code blocks, directives, tables, links and footnotes, with
// comments dropped.
func FromRST(body string) string { return fromRST(&meter{}, body) }

// fromRST is FromRST, counting its steps in m.
func fromRST(m *meter, body string) string {
	m.add(len(body))
	lines := strings.Split(expandTabs(strings.ReplaceAll(body, "\r\n", "\n")), "\n")
	c := &rstConv{targets: map[string]string{}, subs: map[string]string{}, noteDef: map[string]string{}, autoNum: map[string]int{}, m: m}
	c.collect(lines)
	var b strings.Builder
	b.Grow(len(body) + len(body)/8)
	c.block(&b, lines, 0)
	return strings.TrimLeft(b.String(), "\n")
}

// expandTabs turns tabs into spaces at tab stops of 8, as docutils does.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case '\n':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

func blank(l string) bool { return strings.TrimSpace(l) == "" }

// normName normalizes a reference name as docutils does.
func normName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// collect reads every explicit target, substitution definition and
// footnote in the body.
func (c *rstConv) collect(lines []string) {
	for i := 0; i < len(lines) && !c.m.stop; i++ {
		c.m.add(len(lines[i]) + 1)
		t := strings.TrimLeft(lines[i], " ")
		switch {
		case strings.HasPrefix(t, "__ "):
			c.anon = append(c.anon, strings.TrimSpace(t[3:]))
		case strings.HasPrefix(t, ".. __:"):
			c.anon = append(c.anon, strings.TrimSpace(t[6:]))
		case strings.HasPrefix(t, ".. _"):
			rest := t[4:]
			name, url, ok := cutTarget(rest)
			if !ok {
				continue
			}
			// The address may go on over indented lines.
			ind := indentOf(lines[i])
			parts := []string{url}
			for i+1 < len(lines) && !blank(lines[i+1]) && indentOf(lines[i+1]) > ind && !c.m.stop {
				i++
				c.m.add(len(lines[i]))
				parts = append(parts, strings.TrimSpace(lines[i]))
			}
			c.targets[normName(name)] = strings.Join(parts, "")
		case strings.HasPrefix(t, ".. |"):
			end := strings.Index(t[4:], "|")
			if end < 0 {
				continue
			}
			name := t[4 : 4+end]
			dir := strings.TrimSpace(t[4+end+1:])
			dname, args, _ := strings.Cut(dir, "::")
			args = strings.TrimSpace(args)
			switch strings.TrimSpace(dname) {
			case "image":
				alt := name
				c.subs[name] = "![" + escapeLinkText(alt) + "](" + urlPath(args) + ")"
			case "replace", "unicode":
				c.subs[name] = args
			case "date":
				c.subs[name] = ""
			}
		case strings.HasPrefix(t, ".. ["):
			end := strings.IndexByte(t, ']')
			if end < 4 {
				continue
			}
			label := t[4:end]
			if label == "#" {
				label = "#" + strconv.Itoa(len(c.autoNum)+1) + "#"
			}
			if _, seen := c.autoNum[label]; !seen && (label[0] == '#' || label[0] == '*') {
				c.autoNum[label] = len(c.autoNum) + 1
			}
			text := []string{strings.TrimSpace(t[end+1:])}
			ind := indentOf(lines[i])
			for i+1 < len(lines) && !c.m.stop && (blank(lines[i+1]) && i+2 < len(lines) && indentOf(lines[i+2]) > ind || !blank(lines[i+1]) && indentOf(lines[i+1]) > ind) {
				i++
				c.m.add(len(lines[i]))
				text = append(text, strings.TrimSpace(lines[i]))
			}
			if _, dup := c.noteDef[label]; !dup {
				c.noteDef[label] = strings.TrimSpace(strings.Join(text, "\n"))
			}
		}
	}
}

// cutTarget splits "name: url" of a target (the name may be quoted with
// backticks and hold colons).
func cutTarget(s string) (name, url string, ok bool) {
	if strings.HasPrefix(s, "`") {
		end := strings.Index(s[1:], "`:")
		if end < 0 {
			return "", "", false
		}
		return s[1 : 1+end], strings.TrimSpace(s[end+3:]), true
	}
	for k := 0; k < len(s); k++ {
		if s[k] == '\\' {
			k++
			continue
		}
		if s[k] == ':' && (k+1 == len(s) || s[k+1] == ' ') {
			return s[:k], strings.TrimSpace(s[k+1:]), true
		}
	}
	return "", "", false
}

// isAdornment reports whether l is a section adornment or transition: one
// punctuation character repeated, at least four times or under a title.
func isAdornment(l string) bool {
	l = strings.TrimRight(l, " ")
	if len(l) < 1 || !isPunct(l[0]) {
		return false
	}
	return strings.Trim(l, l[:1]) == ""
}

func isPunct(b byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", b) >= 0
}

func width(s string) int { return utf8.RuneCountInString(s) }

// heading reads a section title at lines[i]: its text, style and the
// line after it.
func heading(lines []string, i int) (text, style string, next int, ok bool) {
	l := lines[i]
	if isAdornment(l) && len(strings.TrimSpace(l)) >= 2 && i+2 < len(lines) && !blank(lines[i+1]) && strings.TrimRight(lines[i+2], " ") == strings.TrimRight(l, " ") {
		return strings.TrimSpace(lines[i+1]), "o" + l[:1], i + 3, true
	}
	if !blank(l) && indentOf(l) == 0 && i+1 < len(lines) && isAdornment(lines[i+1]) &&
		width(strings.TrimRight(lines[i+1], " ")) >= min(width(strings.TrimSpace(l)), 4) &&
		!(i+2 < len(lines) && !blank(lines[i+2]) && isAdornment(lines[i+1]) && len(lines[i+1]) < 4) {
		return strings.TrimSpace(l), "u" + lines[i+1][:1], i + 2, true
	}
	return "", "", i, false
}

// level gives a section style its Markdown heading level: the first style
// seen is "##" (the post's title is the only "#"), the next "###", …
func (c *rstConv) level(style string) int {
	for k, s := range c.styles {
		if s == style {
			return min(k+2, 6)
		}
	}
	c.styles = append(c.styles, style)
	return min(len(c.styles)+1, 6)
}

// indented returns the lines from i on that are blank or indented more
// than ind, without trailing blank lines, and where they end.
func indented(lines []string, i, ind int) ([]string, int) {
	j := i
	last := i
	for j < len(lines) && (blank(lines[j]) || indentOf(lines[j]) > ind) {
		if !blank(lines[j]) {
			last = j + 1
		}
		j++
	}
	return lines[i:last], last
}

// dedent removes the common indentation of lines.
func dedentLines(lines []string) []string {
	m := -1
	for _, l := range lines {
		if blank(l) {
			continue
		}
		if n := indentOf(l); m < 0 || n < m {
			m = n
		}
	}
	out := make([]string, len(lines))
	for k, l := range lines {
		if len(l) >= m && m > 0 {
			out[k] = l[m:]
		} else {
			out[k] = strings.TrimLeft(l, " ")
		}
	}
	return out
}

// prefixLines writes s with every line prefixed (blank lines get the
// prefix trimmed of trailing spaces).
func (c *rstConv) prefixLines(b *strings.Builder, s, first, rest string) {
	c.m.add(len(s))
	lines := strings.Split(strings.Trim(s, "\n"), "\n")
	for k, l := range lines {
		p := rest
		if k == 0 {
			p = first
		}
		if l == "" {
			b.WriteString(strings.TrimRight(p, " ") + "\n")
			continue
		}
		b.WriteString(p + l + "\n")
	}
}

// sub converts lines as a nested block and returns the Markdown.
func (c *rstConv) sub(lines []string, depth int) string {
	var b strings.Builder
	if depth > maxRSTDepth {
		b.WriteString("```\n" + strings.Join(lines, "\n") + "\n```\n")
		return b.String()
	}
	c.block(&b, lines, depth)
	return b.String()
}

// block converts a run of lines at one indentation.
func (c *rstConv) block(b *strings.Builder, lines []string, depth int) {
	for i := 0; i < len(lines) && !c.m.stop; {
		l := lines[i]
		c.m.add(len(l) + 1)
		if blank(l) {
			i++
			continue
		}
		t := strings.TrimRight(l, " ")
		switch {
		case indentOf(l) > 0:
			body, next := indented(lines, i, 0)
			quote := c.sub(dedentLines(body), depth+1)
			c.prefixLines(b, quote, "> ", "> ")
			b.WriteString("\n")
			i = next
			continue
		case t == ".." || strings.HasPrefix(t, ".. "):
			i = c.explicit(b, lines, i, depth)
			continue
		case strings.HasPrefix(t, "__ "):
			i++
			continue
		}
		if text, style, next, ok := heading(lines, i); ok {
			b.WriteString(strings.Repeat("#", c.level(style)) + " " + c.inline(text) + "\n\n")
			i = next
			continue
		}
		if isAdornment(t) && len(t) >= 4 {
			b.WriteString("---\n\n")
			i++
			continue
		}
		if n := c.list(b, lines, i, depth); n > i {
			i = n
			continue
		}
		switch {
		case strings.HasPrefix(t, "+-") && strings.HasSuffix(t, "+"):
			i = c.gridTable(b, lines, i)
			continue
		case isSimpleBorder(t):
			i = c.simpleTable(b, lines, i)
			continue
		case strings.HasPrefix(t, "| ") || t == "|":
			i = c.lineBlock(b, lines, i)
			continue
		case strings.HasPrefix(t, ">>> "):
			j := i
			for j < len(lines) && !blank(lines[j]) {
				j++
			}
			writeCode(b, "python", strings.Join(lines[i:j], "\n"))
			i = j
			continue
		}
		i = c.paragraph(b, lines, i, depth)
	}
}

// paragraph converts the paragraph at i, a definition list item when an
// indented block follows its one line directly, and the literal block a
// final "::" announces.
func (c *rstConv) paragraph(b *strings.Builder, lines []string, i, depth int) int {
	j := i
	for j < len(lines) && !blank(lines[j]) && indentOf(lines[j]) == 0 && !c.m.stop {
		c.m.add(len(lines[j]))
		if j > i {
			if _, _, _, ok := heading(lines, j); ok {
				break
			}
		}
		j++
	}
	if j == i {
		j = i + 1
	}
	if j < len(lines) && !blank(lines[j]) && indentOf(lines[j]) > 0 {
		// Definition list: the term is the paragraph's last line.
		if j-1 > i {
			c.writeParagraph(b, lines[i:j-1])
		}
		term := strings.TrimSpace(lines[j-1])
		if k := strings.Index(term, " : "); k > 0 {
			term = term[:k] + " (" + strings.TrimSpace(term[k+3:]) + ")"
		}
		body, next := indented(lines, j, 0)
		def := joinParagraphs(c.sub(dedentLines(body), depth+1))
		c.prefixLines(b, "**"+c.inline(term)+"**: "+def, "- ", "  ")
		b.WriteString("\n")
		return next
	}
	para := lines[i:j]
	last := strings.TrimRight(para[len(para)-1], " ")
	if !strings.HasSuffix(last, "::") {
		c.writeParagraph(b, para)
		return j
	}
	// "text::" shows "text:", "text ::" and "::" show nothing.
	trimmed := strings.TrimSuffix(last, "::")
	switch {
	case strings.TrimSpace(trimmed) == "":
		para = para[:len(para)-1]
	case strings.HasSuffix(trimmed, " "):
		para = append(append([]string(nil), para[:len(para)-1]...), strings.TrimRight(trimmed, " "))
	default:
		para = append(append([]string(nil), para[:len(para)-1]...), trimmed+":")
	}
	if len(para) > 0 {
		c.writeParagraph(b, para)
	}
	k := j
	for k < len(lines) && blank(lines[k]) {
		k++
	}
	if k < len(lines) && indentOf(lines[k]) > 0 {
		body, next := indented(lines, k, 0)
		writeCode(b, c.lang, strings.Join(dedentLines(body), "\n"))
		return next
	}
	return j
}

func (c *rstConv) writeParagraph(b *strings.Builder, para []string) {
	b.WriteString(c.inline(strings.Join(para, "\n")) + "\n\n")
}

// writeCode writes a fenced code block.
func writeCode(b *strings.Builder, lang, code string) {
	code = strings.Trim(code, "\n")
	n := 3
	for run := 0; ; {
		found := false
		for k := 0; k < len(code); k++ {
			if code[k] == '`' {
				run++
				if run >= n {
					n = run + 1
					found = true
				}
			} else {
				run = 0
			}
		}
		if !found {
			break
		}
	}
	f := strings.Repeat("`", n)
	b.WriteString(f + lang + "\n" + code + "\n" + f + "\n\n")
}

// listMarker recognizes a bullet or enumerated list item at the start of
// l: the marker as Markdown writes it, and where the item's text starts.
func listMarker(l string) (md string, col int, ok bool) {
	if l == "" {
		return "", 0, false
	}
	switch {
	case strings.ContainsRune("-*+", rune(l[0])) && (len(l) == 1 || l[1] == ' '):
		return "-", textCol(l, 1), true
	case strings.HasPrefix(l, "• ") || strings.HasPrefix(l, "‣ "):
		return "-", textCol(l, len("•")), true
	}
	s := l
	paren := false
	if s[0] == '(' {
		paren, s = true, s[1:]
	}
	n := 0
	for n < len(s) && n < 8 && (s[n] >= '0' && s[n] <= '9' || ascii.IsLetter(s[n]) || s[n] == '#') {
		n++
	}
	if n == 0 || n >= len(s) {
		return "", 0, false
	}
	enum := s[:n]
	if !isEnumerator(enum) {
		return "", 0, false
	}
	suffix := s[n]
	if paren && suffix != ')' || !paren && suffix != '.' && suffix != ')' {
		return "", 0, false
	}
	end := n + 1
	if paren {
		end++
	}
	if end < len(l) && l[end] != ' ' {
		return "", 0, false
	}
	return "1.", textCol(l, end), true
}

// isEnumerator accepts numbers, "#", one letter, or a roman numeral.
func isEnumerator(e string) bool {
	if e == "#" {
		return true
	}
	if _, err := strconv.Atoi(e); err == nil {
		return true
	}
	if len(e) == 1 && ascii.IsLetter(e[0]) {
		return true
	}
	return strings.Trim(strings.ToLower(e), "ivxlcdm") == ""
}

func textCol(l string, k int) int {
	for k < len(l) && l[k] == ' ' {
		k++
	}
	if k >= len(l) {
		return min(len(l), k)
	}
	return k
}

// list converts a bullet, enumerated or field list starting at i; it
// returns i when there is none.
func (c *rstConv) list(b *strings.Builder, lines []string, i, depth int) int {
	l := lines[i]
	if name, _, ok := fieldName(l); ok && name != "" {
		return c.fieldList(b, lines, i, depth)
	}
	md, _, ok := listMarker(l)
	if !ok {
		return i
	}
	if md == "1." && !strings.HasPrefix(l, "#") {
		// "A. Smith said" is a paragraph: an enumerated item is
		// followed by a blank line, an indented line or another item.
		if i+1 < len(lines) && !blank(lines[i+1]) && indentOf(lines[i+1]) == 0 {
			if _, _, ok := listMarker(lines[i+1]); !ok {
				return i
			}
		}
	}
	n := 0
	seq := newEnumSeq(l)
	kind := enumKind(l, seq.roman())
	// Markdown joins numbered lists that follow each other unless their
	// delimiters differ, so consecutive lists alternate "1." and "1)".
	delim := "."
	if md == "1." {
		c.enumFlip = !c.enumFlip
		if !c.enumFlip {
			delim = ")"
		}
	}
	for i < len(lines) && !c.m.stop {
		if blank(lines[i]) {
			i++
			continue
		}
		m, col, ok := listMarker(lines[i])
		if !ok || (m == "-") != (md == "-") || indentOf(lines[i]) > 0 || enumKind(lines[i], seq.roman()) != kind {
			break // another kind of list ("1." then "#.", "-" then "*") starts
		}
		item := []string{strings.Repeat(" ", col) + lines[i][col:]}
		j := i + 1
		for j < len(lines) && (blank(lines[j]) || indentOf(lines[j]) >= max(col, 1)) {
			item = append(item, lines[j])
			j++
		}
		for len(item) > 1 && blank(item[len(item)-1]) {
			item = item[:len(item)-1]
		}
		text := joinParagraphs(c.sub(dedentLines(item), depth+1))
		marker, indent := "- ", "  "
		switch {
		case md == "1." && seq.kind == '1':
			marker = seq.label(n) + delim + " "
			indent = strings.Repeat(" ", len(marker))
		case md == "1.":
			// Markdown numbers only in digits: letters and roman
			// numerals are kept as the item's first word.
			marker = "- " + seq.label(n) + ". "
		}
		c.prefixLines(b, text, marker, indent)
		n++
		i = j
	}
	b.WriteString("\n")
	return i
}

// fieldName reads ":name: value"; a role (":code:`x`") is not a field.
func fieldName(l string) (name, value string, ok bool) {
	if len(l) < 3 || l[0] != ':' {
		return "", "", false
	}
	end := strings.Index(l[1:], ":")
	if end < 1 {
		return "", "", false
	}
	after := l[1+end+1:]
	if after != "" && after[0] != ' ' {
		return "", "", false
	}
	return l[1 : 1+end], strings.TrimSpace(after), true
}

func (c *rstConv) fieldList(b *strings.Builder, lines []string, i, depth int) int {
	for i < len(lines) && !c.m.stop {
		name, value, ok := fieldName(lines[i])
		if !ok {
			break
		}
		body := []string{value}
		j := i + 1
		for j < len(lines) && (blank(lines[j]) && j+1 < len(lines) && indentOf(lines[j+1]) > 0 || !blank(lines[j]) && indentOf(lines[j]) > 0) {
			body = append(body, lines[j])
			j++
		}
		text := strings.TrimSpace(c.sub(dedentLines(body), depth+1))
		c.prefixLines(b, "**"+c.inline(name)+":** "+text, "- ", "  ")
		i = j
	}
	b.WriteString("\n")
	return i
}

// lineBlock keeps the line breaks of "| " lines; a line that is no "| "
// line goes on the line above.
func (c *rstConv) lineBlock(b *strings.Builder, lines []string, i int) int {
	var out [][]string // each line's parts, joined once at the end
	for i < len(lines) && !blank(lines[i]) && !c.m.stop {
		t := strings.TrimRight(lines[i], " ")
		c.m.add(len(t))
		switch {
		case t == "|":
			out = append(out, []string{""})
		case strings.HasPrefix(t, "| "):
			out = append(out, []string{c.inline(strings.TrimLeft(t[2:], " "))})
		default:
			if len(out) > 0 {
				out[len(out)-1] = append(out[len(out)-1], c.inline(strings.TrimSpace(t)))
			}
		}
		i++
	}
	for k, parts := range out {
		if k > 0 {
			b.WriteString("\\\n")
		}
		b.WriteString(strings.Join(parts, " "))
	}
	b.WriteString("\n\n")
	return i
}

// joinParagraphs joins the paragraphs of a list item with line breaks
// when it holds nothing but paragraphs: Glamour runs a list item's
// paragraphs together ("framesnested"), so they are kept apart as lines.
func joinParagraphs(md string) string {
	md = strings.Trim(md, "\n")
	if !strings.Contains(md, "\n\n") {
		return md
	}
	for _, l := range strings.Split(md, "\n") {
		t := strings.TrimLeft(l, " ")
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, ">") || strings.HasPrefix(t, "|") || strings.HasPrefix(t, "#") {
			return md
		}
		if _, _, ok := listMarker(t); ok {
			return md
		}
	}
	paras := strings.Split(md, "\n\n")
	for k := range paras {
		paras[k] = strings.Trim(paras[k], "\n")
	}
	return strings.Join(paras, "\\\n")
}

// enumKind tells list items' markers apart the way docutils starts a new
// list: by the bullet character, or by the enumerator's sequence and
// punctuation.
func enumKind(l string, roman bool) string {
	if l == "" {
		return ""
	}
	if strings.ContainsRune("-*+", rune(l[0])) {
		return l[:1]
	}
	enum := enumerator(l)
	punct := ""
	if k := len(enum) + strings.Index(l, enum); k < len(l) {
		punct = l[k : k+1]
	}
	upper := enum != "" && enum[0] >= 'A' && enum[0] <= 'Z'
	switch {
	case enum == "#" || enum != "" && enum[0] >= '0' && enum[0] <= '9':
		// "#." goes on counting a list that "1." started.
		return "1" + punct
	case strings.Trim(strings.ToLower(enum), "ivxlcdm") == "" && (len(enum) > 1 || roman) && upper:
		return "I" + punct
	case strings.Trim(strings.ToLower(enum), "ivxlcdm") == "" && (len(enum) > 1 || roman):
		return "i" + punct
	case upper:
		return "A" + punct
	}
	return "a" + punct
}
