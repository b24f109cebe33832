package config

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// The fidelity harness runs detection and posts.Load on real sites and on
// fixtures, and compares what folio reads with what the real generator
// read (testdata/*/*.expected.jsonl, made by Debian's pelican, hugo and
// jekyll). Every difference either counts against the agreement figure
// or matches an allowance below that says why folio is right to differ.

// fidelityTargets are the targets: the share of compared fields
// that agree (allowances counted as agreeing) and the share of the
// generator's posts that folio finds.
const (
	targetFields = 0.99
	targetPosts  = 1.0
)

// fidelityFields are the fields compared.
var fidelityFields = []string{"title", "date", "tags", "categories", "slug", "authors", "status", "lang"}

type fidelitySite struct {
	name     string
	dir      string // where detection starts, relative to the repo root
	expected string
	gen      site.Generator
	// prefix turns a path relative to the detected root into the
	// expected file's path.
	prefix string
	// knownHits records the known bugs met, by field.
	knownHits map[string][]string
}

// known reports whether a difference is a known bug, and records it.
func (fs *fidelitySite) known(p, field string) bool {
	for _, b := range knownBugs {
		if full(b.site, fs.name) && full(b.path, p) && full(b.field, field) {
			if fs.knownHits == nil {
				fs.knownHits = map[string][]string{}
			}
			fs.knownHits[field] = append(fs.knownHits[field], p)
			return true
		}
	}
	return false
}

var fidelitySites = []fidelitySite{
	{"pelican-leplatrem", "testdata/sites/pelican-leplatrem", "testdata/sites/pelican-leplatrem.expected.jsonl", site.Pelican, "", nil},
	{"hugo-jessfraz", "testdata/sites/hugo-jessfraz", "testdata/sites/hugo-jessfraz.expected.jsonl", site.Hugo, "", nil},
	{"jekyll-docs", "testdata/sites/jekyll-docs/docs", "testdata/sites/jekyll-docs.expected.jsonl", site.Jekyll, "docs/", nil},
	{"example-blog", "examples/blog", "testdata/generators/example-blog.expected.jsonl", site.Pelican, "", nil},
	{"pelican-fixture", "testdata/generators/pelican-fixture", "testdata/generators/pelican-fixture.expected.jsonl", site.Pelican, "", nil},
	{"hugo-fixture", "testdata/generators/hugo-fixture", "testdata/generators/hugo-fixture.expected.jsonl", site.Hugo, "", nil},
	{"jekyll-fixture", "testdata/generators/jekyll-fixture", "testdata/generators/jekyll-fixture.expected.jsonl", site.Jekyll, "", nil},
	// Sites that exercise each generator setting folio reads (made by
	// config/testdata/regen.sh).
	{"pelican-settings-a", "config/testdata/pelican-settings-a", "config/testdata/pelican-settings-a.expected.jsonl", site.Pelican, "", nil},
	{"pelican-settings-b", "config/testdata/pelican-settings-b", "config/testdata/pelican-settings-b.expected.jsonl", site.Pelican, "", nil},
	{"hugo-settings-a", "config/testdata/hugo-settings-a", "config/testdata/hugo-settings-a.expected.jsonl", site.Hugo, "", nil},
	{"hugo-settings-b", "config/testdata/hugo-settings-b", "config/testdata/hugo-settings-b.expected.jsonl", site.Hugo, "", nil},
	{"jekyll-settings", "config/testdata/jekyll-settings", "config/testdata/jekyll-settings.expected.jsonl", site.Jekyll, "", nil},
	// Sites that reproduce the classes of issue 10, each found on real
	// sites (made by config/testdata/regen.sh with
	// testdata/realsites/dump.sh).
	{"pelican-classes-a", "config/testdata/pelican-classes-a", "config/testdata/pelican-classes-a.expected.jsonl", site.Pelican, "", nil},
	{"pelican-classes-b", "config/testdata/pelican-classes-b", "config/testdata/pelican-classes-b.expected.jsonl", site.Pelican, "", nil},
	{"hugo-classes-a", "config/testdata/hugo-classes-a", "config/testdata/hugo-classes-a.expected.jsonl", site.Hugo, "", nil},
	{"hugo-classes-b", "config/testdata/hugo-classes-b", "config/testdata/hugo-classes-b.expected.jsonl", site.Hugo, "", nil},
	{"hugo-classes-c", "config/testdata/hugo-classes-c", "config/testdata/hugo-classes-c.expected.jsonl", site.Hugo, "", nil},
	{"hugo-classes-d", "config/testdata/hugo-classes-d", "config/testdata/hugo-classes-d.expected.jsonl", site.Hugo, "", nil},
	// Issue 21's Hugo classes, in real files (each folder's README
	// names the sites).
	{"hugo-classes-e", "config/testdata/hugo-classes-e", "config/testdata/hugo-classes-e.expected.jsonl", site.Hugo, "", nil},
	{"hugo-classes-f", "config/testdata/hugo-classes-f", "config/testdata/hugo-classes-f.expected.jsonl", site.Hugo, "", nil},
	{"jekyll-classes", "config/testdata/jekyll-classes", "config/testdata/jekyll-classes.expected.jsonl", site.Jekyll, "", nil},
	{"jekyll-classes-b", "config/testdata/jekyll-classes-b", "config/testdata/jekyll-classes-b.expected.jsonl", site.Jekyll, "", nil},
	// Issue 21's classes, from real files named in each README.md.
	{"pelican-classes-c", "config/testdata/pelican-classes-c", "config/testdata/pelican-classes-c.expected.jsonl", site.Pelican, "", nil},
	{"hugo-classes-g", "config/testdata/hugo-classes-g", "config/testdata/hugo-classes-g.expected.jsonl", site.Hugo, "", nil},
	{"pelican-classes-d", "config/testdata/pelican-classes-d", "config/testdata/pelican-classes-d.expected.jsonl", site.Pelican, "", nil},
	{"pelican-classes-e", "config/testdata/pelican-classes-e", "config/testdata/pelican-classes-e.expected.jsonl", site.Pelican, "", nil},
	// Issue 21, class 6: authors as maps.
	{"hugo-classes-authors", "config/testdata/hugo-classes-authors", "config/testdata/hugo-classes-authors.expected.jsonl", site.Hugo, "", nil},
	// Issue 21, classes 5 and 6: Ruby's dates, authors as maps.
	{"jekyll-classes-c", "config/testdata/jekyll-classes-c", "config/testdata/jekyll-classes-c.expected.jsonl", site.Jekyll, "", nil},
}

// allowance is a difference between folio and a generator that is right,
// with the reason. site and path are regular expressions matched against
// the whole site name and expected path; field is a field name, "found"
// (the generator reads the file, folio does not) or "extra" (folio lists a
// file the generator rejected).
type allowance struct {
	site, path, field string
	reason            string
}

var allowances = []allowance{
	{"pelican-.*|example-blog", ".*", "extra",
		"the generator rejects the file (no title, no date, a bad value, not UTF-8); folio still lists it with a warning, as issue 2 requires"},
	{"hugo-fixture", `content/posts/broken-.*`, "extra",
		"Hugo aborts on bad front matter; folio lists the post with a warning, as issue 2 requires"},
	{"jekyll-fixture", `_posts/2014-01-(14-broken-date|25-latin1)\.md`, "extra",
		"Jekyll rejects the file (bad date, not UTF-8); folio lists it with a warning, as issue 2 requires"},
	{"jekyll-fixture", `_posts/2014-01-29-text\.txt`, "found",
		"folio reads Markdown, reStructuredText and HTML only (issue 2's extensions); Jekyll also publishes .txt posts"},
	{"pelican-fixture", `rst/no-title\.rst`, "slug",
		"Pelican accepts a reST file without a title and gives it an empty slug; folio slugs it after the file, with a warning, so that it has an address"},
	{"hugo-settings-b", `content/it/_index\.md`, "slug",
		"a language's home page is at its language code (/it/); a home page has no slug"},
	{"hugo-.*", `(.*/)?_index(\.[^/]+)?\.md`, "date",
		"Hugo dates a home or section list page (_index.md, or a translation of it) by its newest child; the file itself has no date"},
	{"hugo-.*", ".*", "terms-spelling",
		"folio keeps the page's own spelling, as its .Params.tags do (issue 10); Hugo's taxonomy term is spelled as Hugo met it first across the site"},
	{"pelican-fixture", `dates/dst-gap\.md`, "date",
		"02:30 on 2023-03-26 does not exist in Europe/Rome; Pelican keeps the impossible wall time at +01:00, folio shows the same instant as the time that exists (03:30+02:00)"},
	{"pelican-fixture", `headers/(continuation|duplicate)-title\.md`, "title",
		"Pelican 4.8 shows a title written over two lines as a Python list, brackets included (its bug); folio joins the lines"},
	{"jekyll-fixture", `_drafts/undated-draft\.md`, "date",
		"an undated draft is dated by its file's modification time; regen.sh pins it to 2001-02-03, a checkout does not"},
	{"jekyll-fixture", `_posts/2014-01-15-yaml-error\.md`, ".*",
		"Jekyll drops front matter it cannot parse and then dates the post by the file's time and titles it nil; folio reads the file name's date and slug and warns"},
	{"jekyll-fixture", `_posts/2014-01-31-tags-typed\.md`, "categories",
		"Jekyll keeps the duplicate category 2024 (number and string); folio drops duplicates, as issue 2 requires"},
}

// knownBug is a difference that is folio's fault, in a file this harness's
// owner does not own; fix says what to change. A known bug counts against
// the raw agreement figures but not against the targets, and an entry that
// no longer matches anything fails the test, so the list cannot go stale.
type knownBug struct {
	site, path, field string
	fix               string
}

var knownBugs = []knownBug{}

// allowanceHits counts, by index in allowances, the differences each
// allowance excused in this run of TestFidelity.
var allowanceHits = make([]int, len(allowances))

func allowed(site, p, field string) (string, bool) {
	for i, a := range allowances {
		if full(a.site, site) && full(a.path, p) && full(a.field, field) {
			allowanceHits[i]++
			return a.reason, true
		}
	}
	for _, a := range realSiteAllowances {
		if full(a.site, site) && full(a.path, p) && full(a.field, field) {
			return a.reason, true
		}
	}
	return "", false
}

func full(pattern, s string) bool {
	return regexp.MustCompile(`^(?:` + pattern + `)$`).MatchString(s)
}

// want is one generator row reduced to the compared fields; a nil pointer
// or absent key means the generator has no value to compare.
type want struct {
	path   string
	err    string
	values map[string]any // field → string, []string, *time.Time (nil: no date)
}

// pinLocalZone makes the machine's zone UTC for the test: the dumps were
// made on a UTC machine, and Jekyll without a timezone setting dates
// posts in the machine's zone, as folio does.
func pinLocalZone(t *testing.T) {
	local := time.Local
	time.Local = time.UTC
	t.Cleanup(func() { time.Local = local })
}

func TestFidelity(t *testing.T) {
	pinLocalZone(t)
	clear(allowanceHits)
	ran := 0
	for _, fs := range fidelitySites {
		t.Run(fs.name, func(t *testing.T) {
			ran++
			root := filepath.Join("..", fs.dir)
			detected, err := Detect(root, "")
			if err != nil {
				t.Fatal(err)
			}
			if detected.Rules.Generator != fs.gen {
				t.Fatalf("detected %s, want %s", detected.Rules.Generator, fs.gen)
			}
			ps, _, err := posts.Load(context.Background(), os.DirFS(detected.Root), posts.Options{Rules: detected.Rules})
			if err != nil {
				t.Fatal(err)
			}
			wants := readWants(t, filepath.Join("..", fs.expected), fs.gen)
			if len(wants) == 0 {
				t.Fatalf("%s has no rows; nothing would be compared", fs.expected)
			}
			r := checkFidelity(t, &fs, detected, ps, wants)
			if r.fieldShare < targetFields || r.postShare < targetPosts || r.extra > 0 {
				t.Errorf("%s: below target (fields %.2f%% < %.0f%%, posts %.1f%%, extra %d)", fs.name, 100*r.fieldShare, 100*targetFields, 100*r.postShare, r.extra)
			}
		})
	}
	// As with knownBugs, an allowance that excuses nothing any more is
	// stale and could hide a regression; only a run of every site can
	// tell.
	if ran < len(fidelitySites) {
		return
	}
	for i, a := range allowances {
		if allowanceHits[i] == 0 {
			t.Errorf("allowance no longer needed, remove it: %s %s %s", a.site, a.path, a.field)
		}
	}
}

// fidelityResult is one site's figures: the shares count allowed
// differences as agreeing and leave known bugs out; raw counts neither.
type fidelityResult struct {
	fieldShare, postShare, raw       float64
	expected, found, extra           int
	compared, agree, allowed, knownN int
}

func checkFidelity(t *testing.T, fs *fidelitySite, detected *Site, ps []*posts.Post, wants map[string]want) fidelityResult {
	got := map[string]*posts.Post{}
	for _, p := range ps {
		rel := p.Path
		if fs.gen == site.Pelican && detected.Rules.ContentDir != "" {
			rel = strings.TrimPrefix(rel, detected.Rules.ContentDir+"/")
		}
		got[fs.prefix+rel] = p
	}
	var expected, found, extra, compared, agree, allowedN, knownN int
	var problems []string
	for _, p := range sortedKeys(wants) {
		w := wants[p]
		post, ok := got[p]
		if w.err != "" {
			if !ok {
				continue
			}
			if fs.known(p, "extra") {
				continue
			}
			if _, ok := allowed(fs.name, p, "extra"); ok {
				if !post.HasWarnings() {
					problems = append(problems, fmt.Sprintf("%s: %s rejects it (%s), but folio lists it without a warning", p, fs.gen, w.err))
				}
				continue
			}
			extra++
			problems = append(problems, fmt.Sprintf("%s: listed, but %s says: %s", p, fs.gen, w.err))
			continue
		}
		expected++
		if !ok {
			if reason, ok := allowed(fs.name, p, "found"); ok {
				t.Logf("allowed: %s not read: %s", p, reason)
				expected--
				continue
			}
			if fs.known(p, "found") {
				expected--
				continue
			}
			problems = append(problems, fmt.Sprintf("%s: not found", p))
			continue
		}
		found++
		for _, field := range fidelityFields {
			wv, has := w.values[field]
			if !has {
				continue
			}
			compared++
			gv := gotValue(post, field)
			if equalValues(gv, wv) {
				agree++
				continue
			}
			key := field
			switch {
			case field == "title" && wv == "":
				key = "title-untitled"
			case (field == "tags" || field == "categories") && sameTerms(gv, wv):
				key = "terms-spelling"
			case field == "date" && sameWallClock(gv, wv):
				key = "date-floating"
			case field == "date" && sameInstant(gv, wv):
				key = "date-offset"
			}
			reason, ok := allowed(fs.name, p, key)
			if !ok && key != field {
				reason, ok = allowed(fs.name, p, field)
			}
			if ok {
				allowedN++
				if testing.Verbose() {
					t.Logf("allowed: %s: %s: folio %s, %s %s: %s", p, field, show(gv), fs.gen, show(wv), reason)
				}
				continue
			}
			if fs.known(p, field) {
				knownN++
				continue
			}
			problems = append(problems, fmt.Sprintf("%s: %s: folio %s, %s %s", p, field, show(gv), fs.gen, show(wv)))
		}
	}
	for p := range got {
		if _, ok := wants[p]; !ok {
			extra++
			problems = append(problems, fmt.Sprintf("%s: listed, but %s does not read it", p, fs.gen))
		}
	}
	slices.Sort(problems)
	for _, pr := range problems {
		t.Log("differs: " + pr)
	}
	fieldShare := ratio(agree+allowedN, compared-knownN)
	postShare := ratio(found, expected)
	knownPosts := len(fs.knownHits["found"])
	t.Logf("%s: posts found %d/%d (%.1f%%; %d more not found are known bugs), extra %d; fields agree %d/%d (%.2f%%) raw, %.2f%% with %d allowed differences; %d known-bug differences left out",
		fs.name, found, expected+knownPosts, 100*ratio(found, expected+knownPosts), knownPosts, extra, agree, compared, 100*ratio(agree, compared), 100*ratio(agree+allowedN, compared), allowedN, knownN)
	for _, b := range knownBugs {
		if !full(b.site, fs.name) {
			continue
		}
		hits := 0
		for _, paths := range fs.knownHits {
			for _, p := range paths {
				if full(b.path, p) {
					hits++
				}
			}
		}
		if hits == 0 {
			t.Errorf("known bug no longer seen, remove its entry: %s %s %s", b.site, b.path, b.field)
		} else {
			t.Logf("known bug (%d differences): %s", hits, b.fix)
		}
	}
	return fidelityResult{fieldShare: fieldShare, postShare: postShare, raw: ratio(agree, compared),
		expected: expected + knownPosts, found: found, extra: extra,
		compared: compared, agree: agree, allowed: allowedN, knownN: knownN}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// gotValue is a post's field in the form wants use.
func gotValue(p *posts.Post, field string) any {
	switch field {
	case "title":
		return p.Title
	case "date":
		if p.Date.IsZero() {
			return (*posts.Date)(nil)
		}
		d := p.Date
		return &d
	case "tags":
		return nonNilStrings(p.Tags)
	case "categories":
		return nonNilStrings(p.Categories)
	case "slug":
		return p.Slug
	case "authors":
		return nonNilStrings(p.Authors)
	case "status":
		return string(p.Status)
	case "lang":
		return p.Lang
	}
	return nil
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// equalValues compares a folio value with a generator's. Dates agree when
// they are the same instant with the same offset (a floating date only
// agrees with a floating one).
func equalValues(got, want any) bool {
	switch w := want.(type) {
	case *posts.Date:
		g := got.(*posts.Date)
		if w == nil || g == nil {
			return w == nil && g == nil
		}
		if w.HasZone != g.HasZone {
			return false
		}
		_, wo := w.Zone()
		_, gofs := g.Zone()
		return w.Equal(g.Time) && (!w.HasZone || wo == gofs)
	case []string:
		return slices.Equal(got.([]string), w)
	}
	return got == want
}

// sameWallClock reports whether a floating folio date reads the same
// wall time as a generator's zoned one.
func sameWallClock(got, want any) bool {
	g, ok1 := got.(*posts.Date)
	w, ok2 := want.(*posts.Date)
	if !ok1 || !ok2 || g == nil || w == nil || g.HasZone || !w.HasZone {
		return false
	}
	return g.Format("2006-01-02T15:04:05") == w.Format("2006-01-02T15:04:05")
}

// sameInstant reports whether two zoned dates are the same instant
// written with different offsets.
func sameInstant(got, want any) bool {
	g, ok1 := got.(*posts.Date)
	w, ok2 := want.(*posts.Date)
	return ok1 && ok2 && g != nil && w != nil && g.HasZone && w.HasZone && g.Equal(w.Time)
}

// sameTerms reports whether two term lists are the same terms spelled
// differently (the same slugs in the same order).
func sameTerms(got, want any) bool {
	g, ok1 := got.([]string)
	w, ok2 := want.([]string)
	if !ok1 || !ok2 || len(g) != len(w) {
		return false
	}
	for i := range g {
		if posts.Slugify(g[i], nil) != posts.Slugify(w[i], nil) {
			return false
		}
	}
	return true
}

func show(v any) string {
	switch v := v.(type) {
	case *posts.Date:
		if v == nil {
			return "no date"
		}
		return v.String()
	case []string:
		b, _ := json.Marshal(v)
		return string(b)
	}
	return fmt.Sprintf("%q", v)
}

// readWants reads an expected.jsonl file into the compared fields, as
// each generator holds them.
func readWants(t *testing.T, file string, gen site.Generator) map[string]want {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]want{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var row map[string]any
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		w := want{path: row["path"].(string), values: map[string]any{}}
		if e, ok := row["error"].(string); ok {
			w.err = e
			out[w.path] = w
			continue
		}
		switch gen {
		case site.Pelican:
			wantPelican(&w, row)
		case site.Hugo:
			wantHugo(&w, row)
		case site.Jekyll:
			wantJekyll(&w, row)
		}
		out[w.path] = w
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func wantPelican(w *want, row map[string]any) {
	title := str(row["title"])
	if row["reader"] == "rst" || row["reader"] == "html" {
		// The reST reader escapes titles; the HTML reader keeps the
		// <title>'s entities as written. A reader sees them unescaped.
		title = html.UnescapeString(title)
	}
	w.values["title"] = title
	w.values["date"] = wantDate(row["date"])
	w.values["tags"] = strs(row["tags"])
	w.values["categories"] = strs(row["category"])
	w.values["slug"] = str(row["slug"])
	w.values["authors"] = strs(row["authors"])
	w.values["status"] = str(row["status"])
}

func wantHugo(w *want, row map[string]any) {
	w.values["title"] = str(row["title"])
	w.values["date"] = wantDate(row["date"])
	tax, _ := row["taxonomies"].(map[string]any)
	w.values["tags"] = strs(tax["tags"])
	w.values["categories"] = strs(tax["categories"])
	if s := str(row["slug"]); s != "" {
		w.values["slug"] = s
	} else if row["url"] != nil {
		// The file sets url: Hugo's URL does not end in a slug, so there
		// is none to compare.
	} else if link := str(row["relPermalink"]); link != "" {
		// Without a slug, the last part of Hugo's URL is the slug.
		seg := path.Base(strings.TrimSuffix(link, "/"))
		if !strings.HasSuffix(link, "/") {
			// uglyURLs: /posts/name.html is the page "name"; a page
			// written only as JSON or RSS is named by its folder
			// (/search/index.json is "search").
			seg = strings.TrimSuffix(seg, ".html")
			if strings.HasPrefix(seg, "index.") {
				seg = path.Base(path.Dir(link))
			}
		}
		if seg == "/" || seg == "." {
			seg = ""
		}
		if u, err := url.PathUnescape(seg); err == nil {
			seg = u
		}
		w.values["slug"] = seg
	}
	authors := strs(row["authors"])
	if len(authors) == 0 {
		authors = strs(row["author"])
	}
	w.values["authors"] = authors
	w.values["status"] = "published"
	if row["draft"] == true {
		w.values["status"] = "draft"
	}
	if st, ok := row["status"].(string); ok {
		// Dumps that built the site twice say what it publishes
		// (scheduled, expired).
		w.values["status"] = st
	}
	if lang, ok := row["lang"].(string); ok {
		// Issue 21: a translation's language, from its file name or
		// its content folder.
		w.values["lang"] = lang
	}
}

func wantJekyll(w *want, row map[string]any) {
	page := row["draft"] == nil // pages have no draft flag
	w.values["title"] = str(row["title"])
	if !page {
		w.values["date"] = wantDate(row["date"])
		w.values["categories"] = strs(row["categories"])
		w.values["slug"] = str(row["slug"])
	}
	if row["tags"] != nil {
		w.values["tags"] = strs(row["tags"])
	}
	authors := strs(row["authors"])
	if len(authors) == 0 {
		authors = strs(row["author"])
	}
	w.values["authors"] = authors
	w.values["status"] = "published"
	if row["draft"] == true || row["published"] == false {
		w.values["status"] = "draft"
	}
	if st, ok := row["status"].(string); ok {
		w.values["status"] = st
	}
}

func wantDate(v any) *posts.Date {
	s, ok := v.(string)
	if !ok || s == "" {
		return nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return &posts.Date{Time: t, HasZone: true}
	}
	d, err := posts.ParseDate(s)
	if err != nil {
		return nil
	}
	return &d
}

func str(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return fmt.Sprint(v)
	}
	return fmt.Sprint(v)
}

// strs reads a list (or one value) of terms, deduplicated by slug as
// folio's rule is, but keeping the generator's spellings and order. An
// author written as a map ({name: …, twitter: …}) is its name, as
// jekyll-seo-tag and the themes show it; the generators themselves keep
// the map.
func strs(v any) []string {
	var out []string
	switch v := v.(type) {
	case nil:
	case map[string]any:
		if name, ok := v["name"].(string); ok && name != "" {
			out = append(out, name)
		}
	case []any:
		for _, item := range v {
			if m, ok := item.(map[string]any); ok {
				out = append(out, strs(m)...)
				continue
			}
			out = append(out, str(item))
		}
	case string:
		if v != "" {
			out = append(out, v)
		}
	default:
		out = append(out, str(v))
	}
	if out == nil {
		return []string{}
	}
	return out
}
