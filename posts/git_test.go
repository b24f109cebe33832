package posts

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// gitBlog is four posts, and their git states as Options.Git gives them.
func gitBlog() (fstest.MapFS, Options) {
	fsys := fstest.MapFS{}
	states := map[string]GitState{"new.md": GitNew, "modified.md": GitModified, "staged.md": GitStaged, "clean.md": GitClean}
	for p := range states {
		fsys[p] = &fstest.MapFile{Data: []byte("Title: " + p + "\nDate: 2024-01-01\n\nText.\n")}
	}
	fsys["ignored.md"] = &fstest.MapFile{Data: []byte("Title: ignored\n\nText.\n")}
	return fsys, Options{Git: func(p string) GitState { return states[p] }}
}

func TestQueryGit(t *testing.T) {
	t.Parallel()
	fsys, opts := gitBlog()
	ps, _, err := Load(context.Background(), fsys, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ query, want string }{
		{"git:modified", "modified.md"},
		{"git:NEW", "new.md"},
		{"git:staged,modified", "modified.md staged.md"},
		{"git:clean", "clean.md"},
		{"-git:clean", "ignored.md modified.md new.md staged.md"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			q, err := ParseQuery(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range Filter(ps, q) {
				got = append(got, p.Path)
			}
			if g := strings.Join(slices.Sorted(slices.Values(got)), " "); g != tc.want {
				t.Errorf("%s matched %q, want %q", tc.query, g, tc.want)
			}
		})
	}
	if _, err := ParseQuery("git:dirty"); err == nil || !strings.Contains(err.Error(), "git must be new, modified, staged or clean") {
		t.Errorf("git:dirty: error = %v", err)
	}
}

func TestJSONGitOnlyInARepository(t *testing.T) {
	t.Parallel()
	fsys, opts := gitBlog()
	for _, tc := range []struct {
		name string
		opts Options
		want map[string]string
	}{
		{"in a repository", opts, map[string]string{"new.md": "new", "clean.md": "clean", "ignored.md": ""}},
		{"outside one", Options{}, map[string]string{"new.md": "", "clean.md": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps, _, err := Load(context.Background(), fsys, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				want, ok := tc.want[p.Path]
				if !ok {
					continue
				}
				b, _ := p.MarshalJSON()
				var r postRecord
				if err := json.Unmarshal(b, &r); err != nil {
					t.Fatalf("%s: %v", b, err)
				}
				if r.Git != want || (want == "") == strings.Contains(string(b), `"git"`) {
					t.Errorf("%s: git = %q, want %q (the key only when there is a state)", b, r.Git, want)
				}
			}
		})
	}
}
