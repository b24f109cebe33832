package gitstate

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/folio-blog/folio/internal/gittest"
	"github.com/folio-blog/folio/posts"
)

func TestReadRealRepository(t *testing.T) {
	t.Parallel()
	repo := gittest.Repo(t, map[string]string{
		"README.md":               "not the site\n",
		"blog/.gitignore":         "public/\nsecret.md\n",
		"blog/content/clean.md":   "# clean\n",
		"blog/content/edited.md":  "# edited\n",
		"blog/content/staged.md":  "# staged\n",
		"blog/content/both.md":    "# both\n",
		"blog/content/a b\nc.md":  "# odd name\n",
		"blog/content/glob[1].md": "# glob\n",
	})
	gittest.Write(t, repo, map[string]string{
		"blog/content/edited.md":   "# edited again\n",
		"blog/content/staged.md":   "# staged again\n",
		"blog/content/both.md":     "# both again\n",
		"blog/content/new.md":      "# new\n",
		"blog/content/drafts/d.md": "# a draft in a new folder\n",
		"blog/public/index.md":     "# generated\n",
		"blog/secret.md":           "# ignored\n",
		"blog/content/glob[1].md":  "# glob changed\n",
	})
	gittest.Git(t, repo, "add", "blog/content/staged.md", "blog/content/both.md")
	gittest.Write(t, repo, map[string]string{"blog/content/both.md": "# both, and again\n"})

	s := Read(context.Background(), filepath.Join(repo, "blog"))
	if s == nil {
		t.Fatal("Read found no repository")
	}
	for p, want := range map[string]posts.GitState{
		"content/clean.md":    posts.GitClean,
		"content/edited.md":   posts.GitModified,
		"content/staged.md":   posts.GitStaged,
		"content/both.md":     posts.GitModified,
		"content/new.md":      posts.GitNew,
		"content/drafts/d.md": posts.GitNew,
		"content/a b\nc.md":   posts.GitClean,
		"content/glob[1].md":  posts.GitModified,
		"public/index.md":     "",
		"secret.md":           "",
	} {
		if got := s.Of(p); got != want {
			t.Errorf("Of(%q) = %q, want %q", p, got, want)
		}
	}

	// The same folder through a symbolic link: git resolves it, and the
	// paths are the same.
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(filepath.Join(repo, "blog"), link); err != nil {
		t.Fatal(err)
	}
	if got := Read(context.Background(), link).Of("content/staged.md"); got != posts.GitStaged {
		t.Errorf("through a symbolic link, Of(content/staged.md) = %q, want staged", got)
	}

	c, ok := LastCommit(context.Background(), filepath.Join(repo, "blog"), "content/glob[1].md")
	if !ok || c.Subject != "First posts" || c.Author != "Ana Lopes" || c.Date.Format("2006-01-02") != "2024-03-02" {
		t.Errorf("LastCommit = %+v, %v; want First posts by Ana Lopes on 2024-03-02", c, ok)
	}
	if _, ok := LastCommit(context.Background(), filepath.Join(repo, "blog"), "content/new.md"); ok {
		t.Error("LastCommit of a file never committed found one")
	}
}

func TestReadOutsideRepository(t *testing.T) {
	t.Parallel()
	gittest.Need(t)
	dir := t.TempDir()
	gittest.Write(t, dir, map[string]string{"a.md": "# a\n"})
	// A folder outside any repository, as long as no folder above the
	// temporary one is a repository (GIT_CEILING_DIRECTORIES cannot be
	// set here without t.Setenv).
	if s := Read(context.Background(), dir); s != nil && s.Of("a.md") != "" {
		t.Skip("the temporary folder is inside a git repository")
	}
	if _, ok := LastCommit(context.Background(), dir, "a.md"); ok {
		t.Error("LastCommit outside a repository found a commit")
	}
}

// TestNoGitOnPath checks that a machine without git gives no state and
// no error, even inside a repository. It sets PATH, so it is not
// parallel.
func TestNoGitOnPath(t *testing.T) {
	repo := gittest.Repo(t, map[string]string{"a.md": "# a\n"})
	t.Setenv("PATH", t.TempDir())
	if s := Read(context.Background(), repo); s != nil {
		t.Errorf("without git, Read = %+v, want nothing", s)
	}
	if _, ok := LastCommit(context.Background(), repo, "a.md"); ok {
		t.Error("without git, LastCommit found a commit")
	}
}
