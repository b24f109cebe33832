package edit

import (
	"os"
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// TestEditTerms edits real front matter (testdata/terms/SOURCES names
// each file's site) and compares the bytes.
func TestEditTerms(t *testing.T) {
	t.Parallel()
	hugo := posts.Rules{Generator: site.Hugo}
	jekyll := posts.Rules{Generator: site.Jekyll}
	pelican := posts.Rules{Generator: site.Pelican}
	cases := []struct {
		name, file string
		rules      posts.Rules
		tax        string
		op         termOp
		from, to   string // one change in the file: from becomes to
	}{
		{"jekyll flow rename keeps odd spacing", "jekyll-flow.md", jekyll, "tags", termOp{old: "Docker", new: "containers"},
			"tags: [devops, docker,learn-note,  sh]", "tags: [devops, containers,learn-note,  sh]"},
		{"jekyll flow merge", "jekyll-flow.md", jekyll, "tags", termOp{old: "sh", new: "devops"},
			"tags: [devops, docker,learn-note,  sh]", "tags: [devops, docker,learn-note]"},
		{"jekyll flow remove first", "jekyll-flow.md", jekyll, "tags", termOp{old: "devops"},
			"tags: [devops, docker,learn-note,  sh]", "tags: [docker,learn-note,  sh]"},
		{"jekyll flow category rename", "jekyll-flow.md", jekyll, "categories", termOp{old: "docker", new: "Ops"},
			"categories: [Docker]", "categories: [Ops]"},
		{"jekyll flow quotes what needs it", "jekyll-flow.md", jekyll, "tags", termOp{old: "sh", new: "a, b"},
			"  sh]", `  "a, b"]`},
		{"hugo quoted flow keeps its quotes and trailing blank", "hugo-flow-quoted.md", hugo, "tags", termOp{old: "JavaScript", new: "js"},
			`tags: ["javascript"] `, `tags: ["js"] `},
		{"hugo quoted flow remove last", "hugo-flow-quoted.md", hugo, "tags", termOp{old: "javascript"},
			`tags: ["javascript"] `, `tags: [] `},
		{"rst field rename", "pelican-rst.rst", pelican, "tags", termOp{old: "Leaflet", new: "maps"},
			":tags: javascript, leaflet, mustache", ":tags: javascript, maps, mustache"},
		{"rst field remove", "pelican-rst.rst", pelican, "tags", termOp{old: "jquery"},
			"pyquery, jquery\n", "pyquery\n"},
		{"toml array rename", "hugo-toml.md", hugo, "tags", termOp{old: "iron-man", new: "Marvel"},
			`tags = ["robots", "Iron Man"]`, `tags = ["robots", "Marvel"]`},
		{"toml array remove", "hugo-toml.md", hugo, "tags", termOp{old: "robots"},
			`tags = ["robots", "Iron Man"]`, `tags = ["Iron Man"]`},
		{"pelican header rename", "pelican-md.md", pelican, "tags", termOp{old: "stdlib", new: "standard library"},
			"Tags: Python, stdlib", "Tags: Python, standard library"},
		{"pelican header remove all drops the line", "pelican-md.md", pelican, "tags", termOp{set: true},
			"Tags: Python, stdlib\n", ""},
		{"yaml block rename keeps the comment", "hugo-block.md", hugo, "tags", termOp{old: "appetizer", new: "starter"},
			"  - appetizer # first course", "  - starter # first course"},
		{"yaml block remove drops the line", "hugo-block.md", hugo, "tags", termOp{old: "main course"},
			"  - main course\n", ""},
		{"yaml block set adds a line", "hugo-block.md", hugo, "categories", termOp{set: true, terms: []string{"vegetarian", "gluten-free", "quick"}},
			"  - gluten-free\n", "  - gluten-free\n  - quick\n"},
		{"jekyll words rename", "jekyll-words.md", jekyll, "tags", termOp{old: "jekyll", new: "ruby"},
			"tags: release jekyll", "tags: release ruby"},
		{"jekyll words with a space becomes a list", "jekyll-words.md", jekyll, "tags", termOp{old: "jekyll", new: "static sites"},
			"tags: release jekyll", `tags: ["release", "static sites"]`},
		{"jekyll scalar category", "jekyll-words.md", jekyll, "categories", termOp{old: "release", new: "releases"},
			"category: release", "category: releases"},
		{"set adds a missing key", "hugo-toml.md", hugo, "categories", termOp{set: true, terms: []string{"hardware"}},
			"+++\nBody.", "categories = [\"hardware\"]\n+++\nBody."},
		{"pelican adds Category spelled like its keys", "pelican-md.md", pelican, "categories", termOp{set: true, terms: []string{"Python"}},
			"Authors: Marco Bellini\n", "Authors: Marco Bellini\nCategory: Python\n"},
		{"json array rename", "hugo-json.md", hugo, "tags", termOp{old: "JSON", new: "formats"},
			`"tags": ["json"],`, `"tags": ["formats"],`},
		{"json array set", "hugo-json.md", hugo, "categories", termOp{set: true, terms: []string{"notes", "a <b>"}},
			`"categories": ["notes"],`, `"categories": ["notes", "a <b>"],`},
		{"json adds a missing key", "hugo-json.md", posts.Rules{Generator: site.Hugo, Taxonomies: []string{"series"}}, "series", termOp{set: true, terms: []string{"one"}},
			`"slug": "json-slug"`, `"slug": "json-slug",` + "\n" + `  "series": ["one"]`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := readTermsFile(t, tc.file)
			if !strings.Contains(string(data), tc.from) {
				t.Fatalf("%s has no %q", tc.file, tc.from)
			}
			want := strings.Replace(string(data), tc.from, tc.to, 1)
			got, err := editTerms(data, tc.file, tc.rules, tc.tax, tc.op)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestEditTermsKeepsCRLFAndBOM edits a file with a byte order mark and
// CRLF line endings.
func TestEditTermsKeepsCRLFAndBOM(t *testing.T) {
	t.Parallel()
	data := readTermsFile(t, "hugo-block.md")
	in := "\ufeff" + strings.ReplaceAll(string(data), "\n", "\r\n")
	got, err := editTerms([]byte(in), "a.md", posts.Rules{Generator: site.Hugo}, "tags", termOp{set: true, terms: []string{"appetizer", "main course", "soup"}})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(in, "  - main course\r\n", "  - main course\r\n  - soup\r\n", 1)
	if string(got) != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestEditTermsFolderCategory refuses a Pelican category that comes
// from the post's folder.
func TestEditTermsFolderCategory(t *testing.T) {
	t.Parallel()
	data := readTermsFile(t, "pelican-md.md")
	_, err := editTerms(data, "content/python/a.md", posts.Rules{Generator: site.Pelican, ContentDir: "content"}, "categories", termOp{old: "python", new: "py"})
	if err == nil || !strings.Contains(err.Error(), "folder python/") {
		t.Fatalf("err = %v, want one about the folder", err)
	}
}

// readTermsFile reads a file of testdata/terms.
func readTermsFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/terms/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestSetTermsKeepsFolderCategory sets a Jekyll post's categories: the
// one from its folder stays and is not written into the file, and
// dropping it is refused.
func TestSetTermsKeepsFolderCategory(t *testing.T) {
	t.Parallel()
	rules := posts.Rules{Generator: site.Jekyll}
	rel := "notes/_posts/2024-01-02-a.md"
	data := []byte("---\ntitle: A\ntags: [a]\n---\nA.\n")
	got, err := editTerms(data, rel, rules, "categories", termOp{set: true, terms: []string{"notes", "extra"}})
	if err != nil {
		t.Fatal(err)
	}
	if want := "---\ntitle: A\ntags: [a]\ncategories: [\"extra\"]\n---\nA.\n"; string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := editTerms(data, rel, rules, "categories", termOp{set: true, terms: []string{"extra"}}); err == nil {
		t.Error("dropping the folder's category was not refused")
	}
}

// TestEditTermsForms covers written forms the real files above do not
// have (inline, written for this test).
func TestEditTermsForms(t *testing.T) {
	t.Parallel()
	hugo := posts.Rules{Generator: site.Hugo}
	jekyll := posts.Rules{Generator: site.Jekyll}
	cases := []struct {
		name    string
		rules   posts.Rules
		op      termOp
		in, out string
	}{
		{"block list at the key's indentation", jekyll, termOp{old: "a", new: "c"},
			"---\ntags:\n- a\n- b\n---\n", "---\ntags:\n- c\n- b\n---\n"},
		{"flow list with a comment after it", jekyll, termOp{old: "b"},
			"---\ntags: [a, b] # c\n---\n", "---\ntags: [a] # c\n---\n"},
		{"multi-line TOML array gets a line", hugo, termOp{set: true, terms: []string{"a", "b", "c"}},
			"+++\ntags = [\n  'a',\n  'b' # x\n]\n+++\n", "+++\ntags = [\n  'a',\n  'b', # x\n  'c',\n]\n+++\n"},
		{"multi-line TOML array loses a line", hugo, termOp{old: "b"},
			"+++\ntags = [\n  'a',\n  'b'\n]\n+++\n", "+++\ntags = [\n  'a',\n]\n+++\n"},
		{"a TOML literal string that cannot hold a quote", hugo, termOp{old: "a", new: "it's"},
			"+++\ntags = ['a', 'b']\n+++\n", "+++\ntags = [\"it's\", 'b']\n+++\n"},
		{"a YAML string becomes a list", hugo, termOp{set: true, terms: []string{"go", "rust"}},
			"---\ntags: go\n---\n", "---\ntags: [\"go\", \"rust\"]\n---\n"},
		{"a YAML string emptied", hugo, termOp{old: "go"},
			"---\ntags: go\n---\n", "---\ntags: []\n---\n"},
		{"words YAML reads otherwise stay quoted", hugo, termOp{old: "a", new: "null"},
			"---\ntags: [a, b]\n---\n", "---\ntags: [\"null\", b]\n---\n"},
		{"a plain item that would start a comment is quoted", hugo, termOp{old: "a", new: "#x"},
			"---\ntags: [a, b]\n---\n", "---\ntags: [\"#x\", b]\n---\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := editTerms([]byte(tc.in), "a.md", tc.rules, "tags", tc.op)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.out {
				t.Errorf("got %q\nwant %q", got, tc.out)
			}
		})
	}
}
