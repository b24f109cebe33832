package posts

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"text/template"
	"text/template/parse"
	"unicode"
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

// maxArchetypeOutput bounds what a template may produce.
const maxArchetypeOutput = 1 << 20

// archetypeFuncs are the Hugo template functions archetypes commonly use;
// a template calling another one fails to parse and folio falls back to
// its own front matter.
var archetypeFuncs = template.FuncMap{
	"replace": func(s any, old, new string) string { return strings.ReplaceAll(fmt.Sprint(s), old, new) },
	"title":   titleCase,
	"lower":   func(s any) string { return strings.ToLower(fmt.Sprint(s)) },
	"upper":   func(s any) string { return strings.ToUpper(fmt.Sprint(s)) },
	"trim":    func(s any, cut string) string { return strings.Trim(fmt.Sprint(s), cut) },
	"urlize":  func(s any) string { return Slugify(fmt.Sprint(s), nil) },
	"humanize": func(s any) string {
		t := strings.ReplaceAll(strings.ReplaceAll(fmt.Sprint(s), "-", " "), "_", " ")
		if t == "" {
			return t
		}
		return strings.ToUpper(t[:1]) + t[1:]
	},
	"default": func(def, v any) any {
		if v == nil || fmt.Sprint(v) == "" || fmt.Sprint(v) == "false" || fmt.Sprint(v) == "0" {
			return def
		}
		return v
	},
	"dateFormat": func(layout string, v any) (string, error) {
		d, err := ParseDate(fmt.Sprint(v))
		if err != nil {
			return "", err
		}
		return d.Format(layout), nil
	},
}

// titleCase capitalizes each word, as Hugo's title does for plain words.
func titleCase(s any) string {
	rs := []rune(fmt.Sprint(s))
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

// hasRange reports whether a template uses range. With the data folio
// gives an archetype, range can only count over a number, and a site's
// "{{ range 2000000000 }}{{ end }}" would hang folio without writing a
// byte that limitedBuffer could stop.
func hasRange(n parse.Node) bool {
	switch n := n.(type) {
	case *parse.RangeNode:
		return true
	case *parse.ListNode:
		if n == nil {
			return false
		}
		for _, c := range n.Nodes {
			if hasRange(c) {
				return true
			}
		}
	case *parse.IfNode:
		return hasRange(n.List) || hasRange(n.ElseList)
	case *parse.WithNode:
		return hasRange(n.List) || hasRange(n.ElseList)
	}
	return false
}

// limitedBuffer fails a write past its limit, so a runaway template
// (range over a huge number) stops.
type limitedBuffer struct{ bytes.Buffer }

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if b.Len()+len(p) > maxArchetypeOutput {
		return 0, fmt.Errorf("archetype output is larger than %d KiB", maxArchetypeOutput>>10)
	}
	return b.Buffer.Write(p)
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
	t, err := template.New("archetype").Funcs(archetypeFuncs).Option("missingkey=error").Parse(string(tmpl))
	if err != nil {
		return nil, err
	}
	for _, tt := range t.Templates() {
		if tt.Tree != nil && hasRange(tt.Tree.Root) {
			return nil, errors.New("folio does not run archetypes with range: it can loop without end")
		}
	}
	var out limitedBuffer
	if err := t.Execute(&out, data); err != nil {
		return nil, err
	}
	norm, err := np.normalized(st)
	if err != nil {
		return nil, err
	}
	e := editKeys(out.Bytes(), data.Name+".md", Site{Flavor: FlavorHugo})
	if !e.l.found || e.l.format == FormatPelican {
		fm, err := FrontMatter(np, st)
		if err != nil {
			return nil, err
		}
		return append(fm, e.data...), nil
	}
	hugoKeys(e.set, norm)
	// The archetype's own lines can still hide what was entered (say, a
	// second "title" key): keep it only when it reads back as entered.
	site := Site{Flavor: FlavorHugo}
	if p := Parse(data.Name+".md", e.data, Options{Site: site}); p.Title != norm.Title || (p.Status == StatusDraft) != norm.Draft {
		return nil, fmt.Errorf("its front matter does not read back as entered (title %q)", p.Title)
	}
	return e.data, nil
}
