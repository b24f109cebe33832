package edit

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// TestRenameTermPlanApplyUndo renames a tag over a folder of posts,
// merging it where a post has both, and undoes every change.
func TestRenameTermPlanApplyUndo(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"a.md": "---\ntitle: A\ntags: [Python, web]\n---\nA.\n",
		"b.md": "---\ntitle: B\ntags:\n  - python3\n  - python\n---\nB.\n",
		"c.md": "---\ntitle: C\ntags: [go]\n---\nC.\n",
	}
	dir, rules, ps := hugoSite(t, files)
	plan, err := RenameTerm(dir, rules, ps, "tags", "python3", "python")
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Edits) != 1 || plan.Edits[0].Rel != "b.md" {
		t.Fatalf("edits %+v, want b.md only", plan.Edits)
	}
	changes, err := plan.Apply()
	if err != nil || len(changes) != 1 {
		t.Fatalf("Apply: %v, %d changes", err, len(changes))
	}
	got, _ := os.ReadFile(filepath.Join(dir, "b.md"))
	if want := "---\ntitle: B\ntags:\n  - python\n---\nB.\n"; string(got) != want {
		t.Errorf("b.md:\n%s\nwant\n%s", got, want)
	}
	// The plan was read before: applying it again finds b.md changed.
	if _, err := plan.Apply(); err == nil {
		t.Error("a second Apply wrote over a changed file")
	}
	if _, err := Undo(dir, changes[0]); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "b.md")); string(got) != files["b.md"] {
		t.Errorf("after undo:\n%s", got)
	}
}

// TestMergeTermsOneEditPerFile merges two tags into a third: a post with
// both gets one edit (one term in place of the first), a post with the
// target and one of them keeps the target, and every other byte stays.
func TestMergeTermsOneEditPerFile(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"a.md": "---\ntitle: A\ntags: [pyhton, web, Py]\n---\nA.\n",
		"b.md": "---\ntitle: B\ntags:\n  - python\n  - py\n---\nB.\n",
		"c.md": "---\ntitle: C\ntags: [go]\n---\nC.\n",
		"d.md": "---\ntitle: D\ntags: [pyhton]\n---\nD.\n",
	}
	dir, rules, ps := hugoSite(t, files)
	plan, err := MergeTerms(dir, rules, ps, "tags", []string{"pyhton", "py", "python"}, "python")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"a.md": "---\ntitle: A\ntags: [python, web]\n---\nA.\n",
		"b.md": "---\ntitle: B\ntags:\n  - python\n---\nB.\n",
		"d.md": "---\ntitle: D\ntags: [python]\n---\nD.\n",
	}
	if len(plan.Edits) != len(want) || len(plan.Skipped) != 0 {
		t.Fatalf("edits %+v, skipped %+v; want one edit for each of a, b, d", plan.Edits, plan.Skipped)
	}
	for _, e := range plan.Edits {
		if string(e.After) != want[e.Rel] {
			t.Errorf("%s:\n%s\nwant\n%s", e.Rel, e.After, want[e.Rel])
		}
	}
	for _, bad := range [][]string{nil, {"python"}, {" "}} {
		if _, err := MergeTerms(dir, rules, ps, "tags", bad, "python"); err == nil {
			t.Errorf("merging %q into python: no error", bad)
		}
	}
}

// TestRenameTermToItselfNormalizes: renaming php to php gives the posts
// that write PHP the one spelling, and leaves those that write php.
func TestRenameTermToItselfNormalizes(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"a.md": "---\ntitle: A\ntags: [PHP, web]\n---\nA.\n",
		"b.md": "---\ntitle: B\ntags: [php]\n---\nB.\n",
	}
	dir, rules, ps := hugoSite(t, files)
	plan, err := RenameTerm(dir, rules, ps, "tags", "php", "php")
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Edits) != 1 || plan.Edits[0].Rel != "a.md" || string(plan.Edits[0].After) != "---\ntitle: A\ntags: [php, web]\n---\nA.\n" {
		t.Errorf("edits %+v, want a.md alone with php", plan.Edits)
	}
}

// hugoSite writes files into a new Hugo site folder and reads its posts.
func hugoSite(t *testing.T, files map[string]string) (string, posts.Rules, []*posts.Post) {
	t.Helper()
	dir := t.TempDir()
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rules := posts.Rules{Generator: site.Hugo}
	ps, _, err := posts.Load(context.Background(), posts.DirFS(dir), posts.Options{Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	return dir, rules, ps
}

// TestTermsRefuseControlCharacters: a new term is written into posts, so
// it is held to what a title is (cleanText): no control character, line
// break or invalid UTF-8 reaches a file, and nothing is planned.
func TestTermsRefuseControlCharacters(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ntitle: A\ntags: [python]\n---\nA.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rules := posts.Rules{Generator: site.Hugo}
	ps, _, err := posts.Load(context.Background(), posts.DirFS(dir), posts.Options{Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"py\x1b[2Jthon", "py\x07", "a\nb", "\u2028x", "\xff"} {
		if plan, err := RenameTerm(dir, rules, ps, "tags", "python", bad); err == nil {
			t.Errorf("RenameTerm to %q planned %d edits, want an error", bad, len(plan.Edits))
		}
		if plan, err := SetTerms(dir, rules, ps[0], "tags", []string{"ok", bad}); err == nil {
			t.Errorf("SetTerms with %q planned %d edits, want an error", bad, len(plan.Edits))
		}
	}
}

// TestSetTermsIntoAnEmptyList: a key written empty ("categories: []",
// as every page of Hugo's documentation has) takes the terms set, in
// its own form, instead of being refused as terms from elsewhere.
func TestSetTermsIntoAnEmptyList(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, in, want string }{
		{"yaml flow", "---\ntitle: A\ncategories: []\ntags: []\n---\nBody.\n", "---\ntitle: A\ncategories: [x, y]\ntags: []\n---\nBody.\n"},
		{"toml", "+++\ntitle = 'A'\ncategories = []\n+++\nBody.\n", "+++\ntitle = 'A'\ncategories = [\"x\", \"y\"]\n+++\nBody.\n"},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte(tt.in), 0o644); err != nil {
			t.Fatal(err)
		}
		rules := posts.Rules{Generator: site.Hugo}
		ps, _, err := posts.Load(context.Background(), posts.DirFS(dir), posts.Options{Rules: rules})
		if err != nil {
			t.Fatal(err)
		}
		plan, err := SetTerms(dir, rules, ps[0], "categories", []string{"x", "y"})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(plan.Edits) != 1 || len(plan.Skipped) > 0 {
			t.Fatalf("%s: edits %d, skipped %v", tt.name, len(plan.Edits), plan.Skipped)
		}
		if got := string(plan.Edits[0].After); got != tt.want {
			t.Errorf("%s:\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}
