package markup

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// TestRSTOracle compares, construct by construct, the words folio shows
// for a reST file with the words docutils shows for it (testdata/rst/
// NAME.txt, written by regen.sh with rst2html): nothing lost, nothing
// added, nothing renumbered.
func TestRSTOracle(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("testdata/rst/*.rst")
	if err != nil || len(files) == 0 {
		t.Fatalf("no constructs: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".rst")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".rst") + ".txt")
			if err != nil {
				t.Fatalf("%v (run testdata/rst/regen.sh)", err)
			}
			md := FromRST(string(src))
			got := strings.Join(markdownWords(md), " ")
			if w := strings.Join(strings.Fields(string(want)), " "); got != w {
				t.Errorf("%s: folio's words differ from docutils'\nfolio:    %s\ndocutils: %s\nMarkdown:\n%s", f, got, w, md)
			}
		})
	}
}

// linkTarget is a Markdown link's address, which a reader sees as the
// link, not as words.
var linkTarget = regexp.MustCompile(`\]\([^)]*\)`)

// fenceInfo is a code fence's language, which the reader does not show.
var fenceInfo = regexp.MustCompile("(?m)^(\\s*```+)[^`\n]*$")

// markdownWords lowercases md and splits it into words as Python's \w+
// does, leaving out link addresses and Markdown's markers.
func markdownWords(md string) []string {
	md = linkTarget.ReplaceAllString(md, "]")
	md = fenceInfo.ReplaceAllString(md, "$1")
	return strings.FieldsFunc(strings.ToLower(md), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	})
}
