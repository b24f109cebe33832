package markup

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/osteele/liquid"
)

// JekyllSite is what a Jekyll site's Liquid reads besides its settings:
// the files of _data and _includes, read by the caller (config reads a
// site's files; markup does none), and Jekyll's slugify.
type JekyllSite struct {
	// Data holds site.data: each _data file's values under its name
	// without extension, nested folders as maps.
	Data map[string]any
	// Includes holds the _includes files by slash path ("note.html").
	Includes map[string]string
	// Config holds _config.yml's values as written, nested, for site.x
	// beyond the text values of Options.Site (lists, maps).
	Config map[string]any
	// Slugify is Jekyll's slugify filter; nil leaves text as it is.
	Slugify func(string) string
}

// Bounds of one run of Liquid, so that a post cannot loop or grow
// without end: loops see at most maxLoopItems items and nest at most
// maxLoopDepth deep, ranges written as numbers span at most maxRange,
// includes nest at most maxIncludeDepth deep, and the output is at most
// a few times the body.
const (
	maxLiquidBody   = 1 << 20
	maxLoopItems    = 1000
	maxLoopDepth    = 2
	maxRange        = 10000
	maxIncludeDepth = 5
	liquidOutSlack  = 1 << 20
)

// errLiquidBudget ends a run whose output outgrew its bound or whose
// context ended.
var errLiquidBudget = errors.New("liquid: over budget")

// stateKey names the run's state among the bindings: no Liquid
// identifier can hold a space.
const stateKey = "folio run"

// liquidRun is the state of one run, shared by the includes it renders.
type liquidRun struct {
	m        *meter
	engine   *liquid.Engine
	o        *Options
	left     int // bytes the output may still grow
	includes int // the depth of includes being rendered
}

// Write counts what the engine writes against the run's budget and its
// meter; past either, the run ends.
func (r *liquidRun) Write(p []byte) (int, error) {
	r.m.add(len(p))
	r.left -= len(p)
	if r.left < 0 || r.m.stop {
		return 0, errLiquidBudget
	}
	return len(p), nil
}

// knowsSite says that o carries the site's settings: without them a
// site.x would show as nothing where the site shows a value, so the
// tags are marked instead of run.
func knowsSite(o *Options) bool {
	return o.Site != nil || o.Jekyll != nil && o.Jekyll.Config != nil
}

// runLiquid renders body's Liquid as Jekyll does, with the site's
// values, its data and includes, and the post's front matter. ok is
// false when the engine cannot render it (a syntax it does not know, an
// error, a bound reached): the caller then marks the tags as before.
func runLiquid(m *meter, body string, o *Options) (out string, ok bool) {
	if len(body) > maxLiquidBody || strings.Contains(body, liquidMark) {
		return "", false
	}
	// The scans before the run and the engine's parse, linear in the
	// body, count as a pass each; the parse cannot be interrupted, so
	// the meter looks at the context after it.
	m.add(len(body))
	src, ok := boundLoops(body)
	if !ok || m.stop {
		return "", false
	}
	r := &liquidRun{m: m, o: o, left: 4*len(body) + liquidOutSlack}
	r.engine = jekyllEngine(r, src)
	tpl, err := r.engine.ParseString(src)
	m.add(len(src))
	if err != nil || m.stop {
		return "", false
	}
	var b strings.Builder
	w := &teeWriter{run: r, b: &b}
	if err := tpl.FRender(w, r.bindings()); err != nil {
		return "", false
	}
	return b.String(), true
}

// teeWriter keeps what the run writes within its budget.
type teeWriter struct {
	run *liquidRun
	b   *strings.Builder
}

func (t *teeWriter) Write(p []byte) (int, error) {
	if _, err := t.run.Write(p); err != nil {
		return 0, err
	}
	return t.b.Write(p)
}

// bindings are the variables a post's Liquid sees: site (settings and
// data) and page (front matter).
func (r *liquidRun) bindings() liquid.Bindings {
	s := nest(r.o.Site)
	s["data"] = map[string]any{}
	if j := r.o.Jekyll; j != nil {
		for k, v := range j.Config {
			s[k] = v
		}
		if j.Data != nil {
			s["data"] = j.Data
		}
	}
	// The site's posts and pages are the site's to list: one marked
	// post stands for them, so that a loop over them shows it loops.
	some := []any{map[string]any{"title": dim("site.posts"), "url": "", "date": ""}}
	s["posts"], s["pages"] = some, some
	page := nest(r.o.Page)
	return liquid.Bindings{"site": s, "page": page, "content": "",
		"paginator": map[string]any{"posts": some}, stateKey: r}
}

// nest turns dotted keys ("author.name") into nested maps.
func nest(flat map[string]string) map[string]any {
	out := map[string]any{}
	for k, v := range flat {
		at := out
		parts := strings.Split(k, ".")
		for _, p := range parts[:len(parts)-1] {
			next, ok := at[p].(map[string]any)
			if !ok {
				next = map[string]any{}
				at[p] = next
			}
			at = next
		}
		if _, isMap := at[parts[len(parts)-1]].(map[string]any); !isMap {
			at[parts[len(parts)-1]] = v
		}
	}
	return out
}

var (
	// forTag finds a for or tablerow tag and its arguments.
	forTag = regexp.MustCompile(`\{%-?\s*(for|tablerow|endfor|endtablerow)\b([^%]*?)-?%\}`)
	// numberRange finds a range written with numbers: (1..100).
	numberRange = regexp.MustCompile(`\(\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*\)`)
)

// boundLoops gives every loop without a limit one of maxLoopItems and
// refuses bodies whose loops nest too deep or whose ranges are too long.
func boundLoops(src string) (string, bool) {
	for _, m := range numberRange.FindAllStringSubmatch(src, -1) {
		a, err1 := strconv.Atoi(m[1])
		b, err2 := strconv.Atoi(m[2])
		if err1 != nil || err2 != nil || b-a > maxRange || a-b > maxRange {
			return "", false
		}
	}
	depth := 0
	var b strings.Builder
	last := 0
	for _, at := range forTag.FindAllStringSubmatchIndex(src, -1) {
		name := src[at[2]:at[3]]
		if strings.HasPrefix(name, "end") {
			depth--
			continue
		}
		depth++
		if depth > maxLoopDepth {
			return "", false
		}
		if args := src[at[4]:at[5]]; !strings.Contains(args, "limit") {
			b.WriteString(src[last:at[5]])
			b.WriteString(" limit:" + strconv.Itoa(maxLoopItems) + " ")
			last = at[5]
		}
	}
	b.WriteString(src[last:])
	return b.String(), true
}
