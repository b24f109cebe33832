package store

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/folio-blog/folio/gitstate"
	"github.com/folio-blog/folio/internal/gittest"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// corpusDir is the generated blog of 10,000 posts the benchmarks read.
const corpusDir = "/work/corpus/corpus-10000"

// gitCorpus copies the 10k corpus into a new repository, commits it,
// then changes a few posts: some modified, some staged, some new.
func gitCorpus(b *testing.B) string {
	b.Helper()
	gittest.Need(b)
	if _, err := os.Stat(corpusDir); err != nil {
		b.Skipf("no corpus: %v", err)
	}
	repo := b.TempDir()
	site := filepath.Join(repo, "site")
	if out, err := exec.Command("cp", "-a", corpusDir, site).CombinedOutput(); err != nil {
		b.Fatalf("cp: %v\n%s", err, out)
	}
	gittest.Git(b, repo, "init", "-q")
	gittest.Git(b, repo, "add", "-A")
	gittest.Git(b, repo, "commit", "-qm", "The corpus")
	matches, _ := filepath.Glob(filepath.Join(site, "content", "*", "*"))
	if len(matches) < 20 {
		b.Fatalf("only %d posts in the corpus", len(matches))
	}
	for i, m := range matches[:20] {
		data, err := os.ReadFile(m)
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(m, append(data, "\nEdited.\n"...), 0o644); err != nil {
			b.Fatal(err)
		}
		if i%2 == 0 {
			gittest.Git(b, repo, "add", m)
		}
	}
	gittest.Write(b, site, map[string]string{"content/new-1.md": "---\ntitle: New\n---\n\nNew.\n"})
	return site
}

// loadAll reads the folder as the interface does, until the list is
// whole (the search text indexed after that is left out), and returns
// how many posts have a git state.
func loadAll(b *testing.B, dir string, git bool) (n, withState int) {
	s := New(posts.DirFS(dir), posts.Options{Search: true, CompactSearch: true,
		Rules: posts.Rules{Generator: site.Hugo, ContentDir: "content"}})
	defer s.Close()
	if git {
		s.ReadGit(dir)
	}
	s.Start()
	for !s.Loaded() {
		ev, ok := s.Next()
		if !ok {
			b.Fatal("the store closed")
		}
		s.Apply(ev)
	}
	for _, p := range s.Posts() {
		if p.Git != "" {
			withState++
		}
	}
	return len(s.Posts()), withState
}

// BenchmarkGitState10k compares reading the 10k corpus, in a repository
// with a few posts changed, with and without its git state: as the
// interface loads (the store) and as folio list does (posts.Load), git
// running beside the finding and parsing in both. It reports the time of
// each and the ratio with to without; the budget is 1.10.
func BenchmarkGitState10k(b *testing.B) {
	dir := gitCorpus(b)
	opts := posts.Options{Rules: posts.Rules{Generator: site.Hugo, ContentDir: "content"}}
	var plain, withGit, listPlain, listGit time.Duration
	b.ResetTimer()
	for b.Loop() {
		t0 := time.Now()
		n, _ := loadAll(b, dir, false)
		t1 := time.Now()
		m, states := loadAll(b, dir, true)
		t2 := time.Now()
		if n != m || states != m {
			b.Fatalf("read %d and %d posts, %d with a git state", n, m, states)
		}
		if _, _, err := posts.Load(context.Background(), posts.DirFS(dir), opts); err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		if _, _, err := posts.Load(context.Background(), posts.DirFS(dir), gitstate.With(context.Background(), dir, opts)); err != nil {
			b.Fatal(err)
		}
		t4 := time.Now()
		plain, withGit = plain+t1.Sub(t0), withGit+t2.Sub(t1)
		listPlain, listGit = listPlain+t3.Sub(t2), listGit+t4.Sub(t3)
	}
	runs := float64(b.N)
	b.ReportMetric(float64(plain.Milliseconds())/runs, "store-ms")
	b.ReportMetric(float64(withGit.Milliseconds())/runs, "store+git-ms")
	b.ReportMetric(float64(withGit)/float64(plain), "store-ratio")
	b.ReportMetric(float64(listPlain.Milliseconds())/runs, "list-ms")
	b.ReportMetric(float64(listGit.Milliseconds())/runs, "list+git-ms")
	b.ReportMetric(float64(listGit)/float64(listPlain), "list-ratio")
}

// BenchmarkGitStatus10k is the git status of the 10k corpus alone.
func BenchmarkGitStatus10k(b *testing.B) {
	dir := gitCorpus(b)
	b.ResetTimer()
	for b.Loop() {
		if gitstate.Read(context.Background(), dir) == nil {
			b.Fatal("no git state")
		}
	}
}
