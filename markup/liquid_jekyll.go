package markup

import (
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/osteele/liquid"
	"github.com/osteele/liquid/render"
)

// liquidKnownTags are the tags the engine runs: Liquid's own and the
// Jekyll ones folio adds. Any other tag is the theme's or a plugin's.
var liquidKnownTags = map[string]bool{
	"assign": true, "break": true, "continue": true, "cycle": true, "capture": true, "case": true,
	"when": true, "comment": true, "for": true, "if": true, "elsif": true, "else": true, "raw": true,
	"tablerow": true, "unless": true, "include": true, "include_relative": true, "link": true,
	"post_url": true, "highlight": true,
}

// tagName finds the name of each tag.
var tagName = regexp.MustCompile(`\{%-?\s*([A-Za-z_][\w-]*)`)

// jekyllEngine is a Liquid engine with Jekyll's tags and filters, and a
// marked placeholder for each tag of src that neither knows.
func jekyllEngine(r *liquidRun, src string) *liquid.Engine {
	e := liquid.NewEngine()
	registerJekyllFilters(e, r.o)
	e.RegisterTag("include", r.include)
	e.RegisterTag("include_relative", remark)
	e.RegisterTag("link", remark)
	e.RegisterTag("post_url", remark)
	e.RegisterBlock("highlight", highlight)
	registerUnknownTags(e, src)
	return e
}

// registerUnknownTags makes each tag of src the engine does not know a
// marked placeholder; a block of one ({% x %}…{% endx %}) shows its
// content.
func registerUnknownTags(e *liquid.Engine, src string) {
	seen := map[string]bool{}
	for _, m := range tagName.FindAllStringSubmatch(src, -1) {
		name := m[1]
		if liquidKnownTags[name] || seen[name] || strings.HasPrefix(name, "end") {
			continue
		}
		seen[name] = true
		if strings.Contains(src, "end"+name) {
			e.RegisterBlock(name, func(ctx render.Context) (string, error) {
				mark, err := remark(ctx)
				if err != nil {
					return "", err
				}
				inner, err := ctx.InnerString()
				return mark + inner, err
			})
			continue
		}
		e.RegisterTag(name, remark)
	}
}

// liquidMark comes before a tag the engine hands back to the marking of
// liquid.go (a link, an include folio does not have, a plugin's tag):
// after a run, only a tag so marked is converted, so that text {% raw %}
// kept is shown as written. The mark is a private-use character, and a
// body holding it is not run.
const liquidMark = "\uE000"

// remark hands the tag back, its arguments' {{ }} filled in, for
// liquid.go to show as it shows any tag: a link titled with the post, a
// marker naming an include or a plugin's tag, an embed's line.
func remark(ctx render.Context) (string, error) {
	args, err := ctx.ExpandTagArg()
	if err != nil {
		return "", err
	}
	tag := ctx.TagName()
	if args = strings.TrimSpace(args); args != "" {
		tag += " " + args
	}
	return liquidMark + "{% " + tag + " %}", nil
}

// highlight hands {% highlight lang %} back, its content rendered, for
// liquid.go to make a fenced code block of, or to leave as written
// inside one.
func highlight(ctx render.Context) (string, error) {
	inner, err := ctx.InnerString()
	if err != nil {
		return "", err
	}
	return liquidMark + "{% highlight " + strings.TrimSpace(ctx.TagArgs()) + " %}" + inner + "{% endhighlight %}", nil
}

// includeParam finds the parameters of an include: key="x", key='x' or
// key=variable.
var includeParam = regexp.MustCompile(`([\w-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s]+)`)

// include renders a file of _includes with its parameters as include.x,
// or a marked placeholder when folio does not have it.
func (r *liquidRun) include(ctx render.Context) (string, error) {
	args, err := ctx.ExpandTagArg()
	if err != nil {
		return "", err
	}
	args = strings.TrimSpace(args)
	name, rest, _ := strings.Cut(args, " ")
	var src string
	ok := false
	if r.o.Jekyll != nil {
		src, ok = r.o.Jekyll.Includes[name]
	}
	if !ok || r.includes >= maxIncludeDepth {
		return remark(ctx)
	}
	params := map[string]any{}
	for _, m := range includeParam.FindAllStringSubmatch(rest, -1) {
		v := m[2]
		if v[0] == '"' || v[0] == '\'' {
			params[m[1]] = v[1 : len(v)-1]
			continue
		}
		val, err := ctx.EvaluateString(v)
		if err != nil {
			return "", err
		}
		params[m[1]] = val
	}
	bounded, ok := boundLoops(src)
	if !ok {
		return remark(ctx)
	}
	registerUnknownTags(r.engine, bounded)
	tpl, perr := r.engine.ParseString(bounded)
	if perr != nil {
		return remark(ctx)
	}
	b := map[string]any{}
	for k, v := range ctx.Bindings() {
		b[k] = v
	}
	b["include"] = params
	r.includes++
	defer func() { r.includes-- }()
	var out strings.Builder
	if err := tpl.FRender(&teeWriter{run: r, b: &out}, b); err != nil {
		return "", err
	}
	return out.String(), nil
}

// registerJekyllFilters adds Jekyll's filters to Liquid's own.
func registerJekyllFilters(e *liquid.Engine, o *Options) {
	baseurl := strings.TrimSuffix(o.Site["baseurl"], "/")
	siteURL := strings.TrimSuffix(o.Site["url"], "/")
	e.RegisterFilter("relative_url", func(s string) string { return joinURL(baseurl, s) })
	e.RegisterFilter("absolute_url", func(s string) string { return siteURL + joinURL(baseurl, s) })
	e.RegisterFilter("markdownify", func(s string) string { return s })
	e.RegisterFilter("smartify", func(s string) string { return s })
	e.RegisterFilter("jsonify", func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Sprint(v)
		}
		return string(b)
	})
	e.RegisterFilter("xml_escape", html.EscapeString)
	e.RegisterFilter("cgi_escape", url.QueryEscape)
	e.RegisterFilter("uri_escape", func(s string) string {
		return (&url.URL{Path: s}).EscapedPath()
	})
	e.RegisterFilter("number_of_words", func(s string) int { return len(strings.Fields(s)) })
	e.RegisterFilter("date_to_xmlschema", func(v any) any { return liquidDate(e, v, "%Y-%m-%dT%H:%M:%S%:z") })
	e.RegisterFilter("date_to_string", func(v any) any { return liquidDate(e, v, "%d %b %Y") })
	e.RegisterFilter("date_to_long_string", func(v any) any { return liquidDate(e, v, "%d %B %Y") })
	e.RegisterFilter("array_to_sentence_string", arrayToSentence)
	e.RegisterFilter("slugify", func(s string, _ func(string) string) string {
		if o.Jekyll != nil && o.Jekyll.Slugify != nil {
			return o.Jekyll.Slugify(s)
		}
		return s
	})
	e.RegisterFilter("where", where)
	e.RegisterFilter("where_exp", func(v any, name, expr string) any { return whereExp(e, v, name, expr) })
}

// joinURL joins a base path and a path as Jekyll's relative_url does.
func joinURL(base, s string) string {
	if strings.Contains(s, "://") {
		return s
	}
	return base + "/" + strings.TrimPrefix(s, "/")
}

// liquidDate formats v with Liquid's own date filter, so that the Ruby
// strftime forms stay in one place.
func liquidDate(e *liquid.Engine, v any, format string) any {
	out, err := e.ParseAndRenderString(`{{ v | date: f }}`, liquid.Bindings{"v": v, "f": format})
	if err != nil {
		return v
	}
	return out
}

// arrayToSentence joins items as Jekyll does: "a, b, and c".
func arrayToSentence(v any, connector func(string) string) string {
	items := toStrings(v)
	and := connector("and")
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " " + and + " " + items[1]
	}
	return strings.Join(items[:len(items)-1], ", ") + ", " + and + " " + items[len(items)-1]
}

// toStrings are the items of a list as text.
func toStrings(v any) []string {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		if v == nil {
			return nil
		}
		return []string{fmt.Sprint(v)}
	}
	out := make([]string, rv.Len())
	for i := range out {
		out[i] = fmt.Sprint(rv.Index(i).Interface())
	}
	return out
}

// items are the elements of a list, or a map's values.
func items(v any) []any {
	if l, ok := v.([]any); ok {
		return l
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = rv.Index(i).Interface()
		}
		return out
	case reflect.Map:
		out := make([]any, 0, rv.Len())
		for _, k := range rv.MapKeys() {
			out = append(out, rv.MapIndex(k).Interface())
		}
		return out
	}
	return nil
}

// field is item's value under key, if item is a map.
func field(item any, key string) (any, bool) {
	if m, ok := item.(map[string]any); ok {
		f, ok := m[key]
		return f, ok
	}
	rv := reflect.ValueOf(item)
	if rv.Kind() != reflect.Map || rv.Type().Key().Kind() != reflect.String {
		return nil, false
	}
	f := rv.MapIndex(reflect.ValueOf(key).Convert(rv.Type().Key()))
	if !f.IsValid() {
		return nil, false
	}
	return f.Interface(), true
}

// where keeps the items whose key equals value, compared as text as
// Jekyll does; a list value matches when it holds the value.
func where(v any, key string, value any) []any {
	want := text(value)
	var out []any
	for _, it := range items(v) {
		f, ok := field(it, key)
		if !ok {
			continue
		}
		if text(f) == want {
			out = append(out, it)
			continue
		}
		if rv := reflect.ValueOf(f); rv.Kind() == reflect.Slice || rv.Kind() == reflect.Array {
			if slices.Contains(toStrings(f), want) {
				out = append(out, it)
			}
		}
	}
	return out
}

// text is v as where compares it: strings as they are, without fmt's
// cost, anything else as fmt prints it.
func text(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return fmt.Sprint(v)
}

// whereExp keeps the items for which the Liquid expression holds.
func whereExp(e *liquid.Engine, v any, name, expr string) []any {
	tpl, err := e.ParseString("{% if " + expr + " %}1{% endif %}")
	if err != nil {
		return nil
	}
	var out []any
	for _, it := range items(v) {
		if s, err := tpl.RenderString(liquid.Bindings{name: it}); err == nil && s == "1" {
			out = append(out, it)
		}
	}
	return out
}
