package gitstate

import (
	"strings"
	"testing"
)

// FuzzParse checks that any output, however malformed, gives entries
// or an error, never a panic, and that every entry has a path that was
// in the input.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		z("1 .M N... " + hashes + " content/a.md"),
		z("2 R. N... "+hashes+" R100 b c.md", "a.md"),
		z("u UU N... 100644 100644 100644 100644 1 2 3 x.md"),
		z("? new\npost.md", "! public/", "# branch.head main"),
		"1 .M", "2 R. N... " + hashes + " R100 b.md\x00",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, out []byte) {
		entries, _ := Parse(out)
		for _, e := range entries {
			if e.Path == "" || !strings.Contains(string(out), e.Path) {
				t.Fatalf("entry %q not from the input %q", e.Path, out)
			}
		}
	})
}
