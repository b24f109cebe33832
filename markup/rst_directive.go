package markup

import (
	"strings"
)

// rstAdmonitions are the directives shown as a quote with a label.
var rstAdmonitions = map[string]string{
	"note": "Note", "warning": "Warning", "tip": "Tip", "hint": "Hint", "important": "Important",
	"caution": "Caution", "danger": "Danger", "error": "Error", "attention": "Attention",
	"seealso": "See also", "todo": "To do", "versionadded": "New in version",
	"versionchanged": "Changed in version", "deprecated": "Deprecated since version",
}

// quietDirectives change how the page is built, not what it says.
var quietDirectives = map[string]bool{
	"contents": true, "sectnum": true, "meta": true, "role": true, "default-role": true,
	"title": true, "header": true, "footer": true, "target-notes": true,
	"index": true, "tags": true,
}

// codeDirectives hold source code in their content.
var codeDirectives = map[string]bool{
	"code-block": true, "sourcecode": true, "code": true, "literalinclude": false,
	"math": true, "parsed-literal": true, "ipython": true, "jupyter-execute": true,
}

// explicit converts the explicit markup block at i (".. "): a directive,
// or nothing for targets, footnotes, substitution definitions and
// comments, which collect read or which are not shown.
func (c *rstConv) explicit(b *strings.Builder, lines []string, i, depth int) int {
	t := strings.TrimRight(lines[i], " ")
	body, next := indented(lines, i+1, 0)
	rest := strings.TrimSpace(strings.TrimPrefix(t, ".."))
	if strings.HasPrefix(rest, "[") {
		c.note(b, rest)
		return next
	}
	if rest == "" || strings.HasPrefix(rest, "_") || strings.HasPrefix(rest, "|") {
		// A comment, a target or a substitution: the last two were
		// read by collect.
		return next
	}
	k := strings.Index(rest, "::")
	// docutils allows one space before "::" (".. code-block :: html").
	if k <= 0 || strings.ContainsAny(strings.TrimSuffix(rest[:k], " "), " \t") {
		return next // a comment
	}
	name := strings.ToLower(strings.TrimSpace(rest[:k]))
	args := strings.TrimSpace(rest[k+2:])
	if strings.ContainsAny(name, " \t") {
		return next
	}
	name = strings.TrimPrefix(strings.TrimPrefix(name, "rst:"), "sphinx:")
	opts, content := directiveParts(body)
	switch {
	case quietDirectives[name]:
	case name == "highlight":
		c.lang = args
	case codeDirectives[name]:
		lang := args
		if name == "math" {
			lang = "latex"
			if args != "" && len(content) == 0 {
				content = []string{args}
			}
		}
		if name == "parsed-literal" {
			lang = ""
		}
		writeCode(b, lang, strings.Join(content, "\n"))
	case name == "image":
		c.image(b, args, opts)
	case name == "figure":
		c.image(b, args, opts)
		if len(content) > 0 {
			caption, legend := splitFirstParagraph(content)
			b.WriteString("*" + c.inline(strings.Join(caption, " ")) + "*\n\n")
			if len(legend) > 0 {
				b.WriteString(c.sub(legend, depth+1))
			}
		}
	case rstAdmonitions[name] != "" || name == "admonition" || name == "topic" || name == "sidebar" || name == "rubric":
		label := rstAdmonitions[name]
		if name == "admonition" || name == "topic" || name == "sidebar" || name == "rubric" || label == "" {
			label = c.inline(args)
			args = ""
		}
		if args != "" {
			// "versionadded:: 2.0" and "note:: text on the first line".
			if strings.HasPrefix(name, "version") || name == "deprecated" {
				label += " " + args
			} else {
				content = append([]string{args, ""}, content...)
			}
		}
		if name == "rubric" {
			b.WriteString("**" + label + "**\n\n")
			break
		}
		inner := c.sub(content, depth+1)
		b.WriteString("> **" + label + "**\n")
		if strings.TrimSpace(inner) != "" {
			b.WriteString(">\n")
			c.prefixLines(b, inner, "> ", "> ")
		}
		b.WriteString("\n")
	case name == "raw":
		if strings.EqualFold(strings.TrimSpace(args), "html") {
			if txt := strings.TrimSpace(htmlTextMetered(c.m, strings.Join(content, "\n"))); txt != "" {
				b.WriteString(txt + "\n\n")
			}
		}
	case name == "youtube" || name == "vimeo":
		// The pelican-youtube and pelican-vimeo plugins.
		t := shortcodeTag{name: name, pos: []string{args}}
		b.WriteString(embedLine(name, embedURL(&t)) + "\n\n")
	case name == "csv-table" || name == "list-table" || name == "table":
		if args != "" {
			b.WriteString("**" + c.inline(args) + "**\n\n")
		}
		switch name {
		case "csv-table":
			c.csvTable(b, opts, content)
		case "list-table":
			c.listTable(b, opts, content, depth)
		default:
			b.WriteString(c.sub(content, depth+1))
		}
	case name == "container" || name == "only" || name == "compound" || name == "epigraph" ||
		name == "highlights" || name == "pull-quote" || name == "class" || name == "rst-class" || name == "centered":
		// "class" without content styles the next element and shows
		// nothing itself; with content, it shows the content.
		if name == "centered" && args != "" {
			b.WriteString(c.inline(args) + "\n\n")
		}
		b.WriteString(c.sub(content, depth+1))
	default:
		desc := name
		if args != "" {
			desc += " " + oneLine(args)
		}
		b.WriteString(dim(desc) + "\n\n")
		if len(content) > 0 {
			b.WriteString(c.sub(content, depth+1))
		}
	}
	return next
}

// directiveParts splits a directive's indented block into its options
// (":name: value" lines at its top) and its content, dedented.
func directiveParts(body []string) (map[string]string, []string) {
	lines := dedentLines(body)
	opts := map[string]string{}
	k := 0
	for k < len(lines) && !blank(lines[k]) {
		name, value, ok := fieldName(lines[k])
		if !ok {
			break
		}
		opts[strings.ToLower(name)] = value
		k++
	}
	if k == 0 {
		return opts, trimBlank(lines)
	}
	return opts, trimBlank(dedentLines(lines[k:]))
}

func trimBlank(lines []string) []string {
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return lines
}

func splitFirstParagraph(lines []string) (first, rest []string) {
	for k, l := range lines {
		if blank(l) {
			return lines[:k], trimBlank(lines[k:])
		}
	}
	return lines, nil
}

// image writes an image line with its alternative text.
func (c *rstConv) image(b *strings.Builder, uri string, opts map[string]string) {
	alt := firstNonEmpty(opts["alt"], opts["title"], "image")
	b.WriteString("![" + escapeLinkText(oneLine(alt)) + "](" + urlPath(strings.ReplaceAll(uri, " ", "")) + ")\n\n")
}
