package edit

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"
	"unicode"
	"unicode/utf8"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// ArchetypeData is what a Hugo archetype template sees, as `hugo new
// content` passes it: .Date, .Name, .File.ContentBaseName, .Section and
// .Type.
type ArchetypeData struct {
	Date    string // RFC 3339
	Name    string // the file name without extension
	Section string // the first folder under content
	Type    string // the section, unless set
	File    ArchetypeFile
}

// ArchetypeFile is .File in an archetype.
type ArchetypeFile struct {
	ContentBaseName string
}

// maxArchetypeSize bounds the archetype file folio reads, as
// config.MaxSettingsFileSize does settings files.
const maxArchetypeSize = 1 << 20

// maxArchetypeOutput bounds what a template may produce.
const maxArchetypeOutput = 1 << 20

// maxArchetypeWork bounds the bytes an archetype's functions may produce
// in all, intermediate strings included: nested replace calls multiply a
// string's length at each level (nine levels of a 287-byte template built
// 2.3 GB before the output was ever written), so the output limit alone
// bounds nothing.
const maxArchetypeWork = 4 << 20

// maxPrintfWidth bounds a printf width or precision: fmt pads in memory
// before anything is written, so "%999999999d" allocates a gigabyte.
const maxPrintfWidth = 1024

// workBudget counts what an archetype's functions produce and stops the
// template past maxArchetypeWork. Functions check it before they build a
// string wherever the size is known in advance.
type workBudget struct{ used int }

var errArchetypeWork = fmt.Errorf("archetype builds more than %d MiB of text; folio stopped it", maxArchetypeWork>>20)

// spend charges n bytes, failing past the budget.
func (b *workBudget) spend(n int) error {
	if n < 0 || n > maxArchetypeWork-b.used {
		b.used = maxArchetypeWork
		return errArchetypeWork
	}
	b.used += max(n, 1)
	return nil
}

// text charges a function's result.
func (b *workBudget) text(s string) (string, error) {
	if err := b.spend(len(s)); err != nil {
		return "", err
	}
	return s, nil
}

// format charges what f can make of args before calling it: up to times
// the arguments' length (plus padding), then the result's actual length.
func (b *workBudget) format(times int, f func(...any) string, args ...any) (string, error) {
	n := 0
	for _, a := range args {
		if s, ok := a.(string); ok {
			n += len(s)
		} else {
			n += len(fmt.Sprint(a))
		}
		if n > maxArchetypeWork {
			return "", b.spend(n)
		}
	}
	if times > 0 && (n+maxPrintfWidth) > (maxArchetypeWork-b.used)/times {
		return "", b.spend(maxArchetypeWork + 1)
	}
	if err := b.spend(times * (n + maxPrintfWidth)); err != nil {
		return "", err
	}
	return b.text(f(args...))
}

// funcs are the Hugo template functions archetypes commonly use, each
// charging b; a template calling another one fails to parse and folio
// falls back to its own front matter. text/template's own print,
// printf, println, html, js and urlquery are replaced by charged ones.
func (b *workBudget) funcs() template.FuncMap {
	str := func(s any) (string, error) { return b.text(fmt.Sprint(s)) }
	mapped := func(f func(string) string) func(any) (string, error) {
		return func(s any) (string, error) {
			in, err := str(s)
			if err != nil {
				return "", err
			}
			return b.text(f(in))
		}
	}
	return template.FuncMap{
		"replace": func(s any, old, new string) (string, error) {
			in, err := str(s)
			if err != nil {
				return "", err
			}
			// The result's length is known before it is built.
			n := strings.Count(in, old)
			if old == "" {
				n = utf8.RuneCountInString(in) + 1
			}
			if n > 0 && len(new) > len(old) && (len(new)-len(old)) > (maxArchetypeWork-len(in))/n {
				return "", b.spend(maxArchetypeWork + 1)
			}
			if err := b.spend(len(in) + n*(len(new)-len(old))); err != nil {
				return "", err
			}
			return strings.ReplaceAll(in, old, new), nil
		},
		"title":  mapped(titleCase),
		"lower":  mapped(strings.ToLower),
		"upper":  mapped(strings.ToUpper),
		"urlize": mapped(func(s string) string { return posts.Slugify(s, nil) }),
		"trim": func(s any, cut string) (string, error) {
			in, err := str(s)
			if err != nil {
				return "", err
			}
			return b.text(strings.Trim(in, cut))
		},
		"humanize": mapped(func(t string) string {
			t = strings.ReplaceAll(strings.ReplaceAll(t, "-", " "), "_", " ")
			if t == "" {
				return t
			}
			return strings.ToUpper(t[:1]) + t[1:]
		}),
		"default": func(def, v any) any {
			if v == nil || fmt.Sprint(v) == "" || fmt.Sprint(v) == "false" || fmt.Sprint(v) == "0" {
				return def
			}
			return v
		},
		"dateFormat": func(layout string, v any) (string, error) {
			if err := b.spend(len(layout) * 8); err != nil { // a layout element prints at most a few bytes
				return "", err
			}
			d, err := posts.ParseDate(fmt.Sprint(v))
			if err != nil {
				return "", err
			}
			return b.text(d.Format(layout))
		},
		"print":   func(args ...any) (string, error) { return b.format(1, fmt.Sprint, args...) },
		"println": func(args ...any) (string, error) { return b.format(1, fmt.Sprintln, args...) },
		"printf": func(format string, args ...any) (string, error) {
			if err := checkPrintfWidths(format); err != nil {
				return "", err
			}
			// Each verb can print any argument ("%[1]v%[1]v…"), padded.
			verbs := strings.Count(format, "%")
			if err := b.spend(len(format)); err != nil {
				return "", err
			}
			return b.format(verbs, func(a ...any) string { return fmt.Sprintf(format, a...) }, args...)
		},
		"html": func(args ...any) (string, error) {
			return b.format(6, func(a ...any) string { return template.HTMLEscapeString(fmt.Sprint(a...)) }, args...)
		},
		"js": func(args ...any) (string, error) {
			return b.format(6, func(a ...any) string { return template.JSEscapeString(fmt.Sprint(a...)) }, args...)
		},
		"urlquery": func(args ...any) (string, error) {
			return b.format(3, func(a ...any) string { return url.QueryEscape(fmt.Sprint(a...)) }, args...)
		},
	}
}

// checkPrintfWidths refuses a printf format with a width or precision
// over maxPrintfWidth, or one taken from an argument (*).
func checkPrintfWidths(format string) error {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		for i++; i < len(format) && !unicode.IsLetter(rune(format[i])) && format[i] != '%'; i++ {
			switch c := format[i]; {
			case c == '*':
				return errors.New("printf: a width from an argument (*) is not allowed in an archetype")
			case c >= '0' && c <= '9':
				j := i
				for j < len(format) && format[j] >= '0' && format[j] <= '9' {
					j++
				}
				if n, err := strconv.Atoi(format[i:j]); err != nil || n > maxPrintfWidth {
					return fmt.Errorf("printf: width %s is over %d", format[i:j], maxPrintfWidth)
				}
				i = j - 1
			}
		}
	}
	return nil
}

// titleCase capitalizes each word, as Hugo's title does for plain words.
func titleCase(s string) string {
	rs := []rune(s)
	start := true
	for i, r := range rs {
		if unicode.IsSpace(r) {
			start = true
			continue
		}
		if start {
			rs[i] = unicode.ToUpper(r)
		}
		start = false
	}
	return string(rs)
}

// loopingNode names a construct folio does not run in an archetype: with
// the data folio gives, range can only count over a number, and a site's
// "{{ range 2000000000 }}{{ end }}" would hang folio without writing a
// byte; template calls can recurse, or fan out (each of 30 templates
// calling the next twice) into 2^30 calls that write nothing. Without
// them every node runs at most once, so the work is bounded by the
// template's size and the functions' budget.
func loopingNode(n parse.Node) string {
	switch n := n.(type) {
	case *parse.RangeNode:
		return "range"
	case *parse.TemplateNode:
		return "template"
	case *parse.ListNode:
		if n == nil {
			return ""
		}
		for _, c := range n.Nodes {
			if what := loopingNode(c); what != "" {
				return what
			}
		}
	case *parse.IfNode:
		return cmp.Or(loopingNode(n.List), loopingNode(n.ElseList))
	case *parse.WithNode:
		return cmp.Or(loopingNode(n.List), loopingNode(n.ElseList))
	}
	return ""
}

// limitedBuffer fails a write past its limit.
type limitedBuffer struct{ bytes.Buffer }

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if b.Len()+len(p) > maxArchetypeOutput {
		return 0, fmt.Errorf("archetype output is larger than %d KiB", maxArchetypeOutput>>10)
	}
	return b.Buffer.Write(p)
}

// runArchetype executes the template with data within the budgets and
// returns its output and the bytes its functions produced.
func runArchetype(tmpl []byte, data ArchetypeData) ([]byte, int, error) {
	var budget workBudget
	t, err := template.New("archetype").Funcs(budget.funcs()).Option("missingkey=error").Parse(string(tmpl))
	if err != nil {
		return nil, 0, err
	}
	for _, tt := range t.Templates() {
		if tt.Tree == nil {
			continue
		}
		if what := loopingNode(tt.Tree.Root); what != "" {
			return nil, 0, fmt.Errorf("folio does not run archetypes with %s: it can loop without end", what)
		}
	}
	var out limitedBuffer
	if err := t.Execute(&out, data); err != nil {
		return nil, budget.used, err
	}
	return out.Bytes(), budget.used, nil
}

// ExecuteArchetype runs a Hugo archetype as a Go text/template and then
// writes what was entered into its front matter: title, date and draft
// always, slug, tags, categories and authors when given. Keys the
// archetype sets that were not entered stay as the archetype wrote them;
// an archetype without front matter gets folio's own before it.
func ExecuteArchetype(tmpl []byte, data ArchetypeData, np NewPost, st Style) ([]byte, error) {
	if data.Type == "" {
		data.Type = data.Section
	}
	if data.Type == "" {
		data.Type = "page"
	}
	data.File.ContentBaseName = data.Name
	out, _, err := runArchetype(tmpl, data)
	if err != nil {
		return nil, err
	}
	norm, err := np.normalized(st)
	if err != nil {
		return nil, err
	}
	e := editKeys(out, data.Name+".md", posts.Rules{Generator: site.Hugo})
	if !e.l.found || e.l.format == posts.FormatPelican {
		fm, err := FrontMatter(np, st)
		if err != nil {
			return nil, err
		}
		return append(fm, e.data...), nil
	}
	hugoKeys(e.set, norm)
	// The archetype's own lines can still hide what was entered (say, a
	// second "title" key): keep it only when it reads back as entered.
	rules := posts.Rules{Generator: site.Hugo}
	if p := posts.Parse(data.Name+".md", e.data, posts.Options{Rules: rules}); p.Title != norm.Title || (p.Status == posts.StatusDraft) != norm.Draft {
		return nil, fmt.Errorf("its front matter does not read back as entered (title %q)", p.Title)
	}
	return e.data, nil
}
