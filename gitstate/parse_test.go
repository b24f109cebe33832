package gitstate

import (
	"slices"
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
)

// z joins records as git status -z writes them.
func z(records ...string) string { return strings.Join(records, "\x00") + "\x00" }

const hashes = "100644 100644 100644 78981922613b2afb6025042ff6bd878ac1994e85 c063fd4b61a5b5184a4e03c349867432c31968f7"

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		out  string
		want []Entry
		err  string
	}{
		{name: "empty", out: ""},
		{name: "headers skipped", out: z("# branch.oid 1234", "# branch.head main")},
		{name: "modified in the work tree", out: z("1 .M N... " + hashes + " content/a.md"),
			want: []Entry{{"content/a.md", posts.GitModified}}},
		{name: "staged", out: z("1 M. N... " + hashes + " content/a.md"),
			want: []Entry{{"content/a.md", posts.GitStaged}}},
		{name: "added to the index", out: z("1 A. N... " + hashes + " new.md"),
			want: []Entry{{"new.md", posts.GitStaged}}},
		{name: "staged and modified again is modified", out: z("1 MM N... " + hashes + " a.md"),
			want: []Entry{{"a.md", posts.GitModified}}},
		{name: "added and modified is modified", out: z("1 AM N... " + hashes + " a.md"),
			want: []Entry{{"a.md", posts.GitModified}}},
		{name: "untracked", out: z("? drafts/new post.md"),
			want: []Entry{{"drafts/new post.md", posts.GitNew}}},
		{name: "untracked folder", out: z("? vendor/"),
			want: []Entry{{"vendor/", posts.GitNew}}},
		{name: "ignored", out: z("! public/", "! notes.md"),
			want: []Entry{{"public/", ""}, {"notes.md", ""}}},
		{name: "spaces in the name", out: z("1 .M N... " + hashes + " my  post .md"),
			want: []Entry{{"my  post .md", posts.GitModified}}},
		{name: "newline in the name", out: z("? a\nb.md", "1 M. N... "+hashes+" c\nd.md"),
			want: []Entry{{"a\nb.md", posts.GitNew}, {"c\nd.md", posts.GitStaged}}},
		{name: "rename keeps the new path, skips the original",
			out:  z("2 R. N... "+hashes+" R100 posts/new name.md", "posts/old name.md", "? x.md"),
			want: []Entry{{"posts/new name.md", posts.GitStaged}, {"x.md", posts.GitNew}}},
		{name: "rename then changed", out: z("2 RM N... "+hashes+" C75 b.md", "a.md"),
			want: []Entry{{"b.md", posts.GitModified}}},
		{name: "unmerged", out: z("u UU N... 100644 100644 100644 100644 1111111111111111111111111111111111111111 2222222222222222222222222222222222222222 3333333333333333333333333333333333333333 conflict here.md"),
			want: []Entry{{"conflict here.md", posts.GitModified}}},
		{name: "not NUL-terminated", out: "? a.md", err: "does not end with NUL"},
		{name: "unknown record", out: z("x a.md"), err: "unknown record"},
		{name: "too few fields", out: z("1 .M N... 100644"), err: "fewer than"},
		{name: "no path", out: z("? "), err: "no path"},
		{name: "rename without its original", out: "2 R. N... " + hashes + " R100 b.md\x00", err: "no original path"},
		{name: "one letter", out: z("1"), err: "malformed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := Parse([]byte(tc.out))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("Parse(%q) error = %v, want one with %q", tc.out, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.out, err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Parse(%q) =\n%q\nwant\n%q", tc.out, got, tc.want)
			}
		})
	}
}

func TestStateOf(t *testing.T) {
	t.Parallel()
	entries := []Entry{
		{"site/content/a.md", posts.GitModified},
		{"site/content/drafts/", posts.GitNew},
		{"site/public/", ""},
		{"site/notes.md", ""},
		{"other/b.md", posts.GitNew},
	}
	s := newState(entries, "site/")
	for p, want := range map[string]posts.GitState{
		"content/a.md":          posts.GitModified,
		"content/b.md":          posts.GitClean,
		"content/drafts/x/y.md": posts.GitNew,
		"public/index.md":       "",
		"notes.md":              "",
		"other/b.md":            posts.GitClean, // outside the folder: not its file
	} {
		if got := s.Of(p); got != want {
			t.Errorf("Of(%q) = %q, want %q", p, got, want)
		}
	}
	whole := newState([]Entry{{"site/", posts.GitNew}}, "site/")
	if got := whole.Of("content/a.md"); got != posts.GitNew {
		t.Errorf("in an untracked site, Of = %q, want new", got)
	}
	var none *State
	if got := none.Of("a.md"); got != "" {
		t.Errorf("without a repository, Of = %q, want nothing", got)
	}
}

func TestParseCommit(t *testing.T) {
	t.Parallel()
	c, err := parseCommit([]byte("abc123\x002024-03-02T10:00:00+01:00\x00Ana Lopes\x00Fix: typos\x00 and all\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Hash != "abc123" || c.Author != "Ana Lopes" || c.Subject != "Fix: typos\x00 and all" || c.Date.Year() != 2024 {
		t.Errorf("parseCommit = %+v", c)
	}
	if _, err := parseCommit(nil); err == nil {
		t.Error("parseCommit(nothing) gave no error")
	}
}
