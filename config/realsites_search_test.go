package config

import (
	"bufio"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/folio-blog/folio/posts"
)

// TestRealSitesSearchLater checks, on the real sites FOLIO_REALSITES
// lists (see TestRealSites), that the search text the interface indexes
// after showing the list finds exactly what the text indexed while
// parsing finds: for words and two-word phrases taken from the posts'
// own bodies, and after IndexSearch every post has its text.
//
//	FOLIO_REALSITES=/work/realsites/sites.tsv go test ./config -run TestRealSitesSearchLater -v
func TestRealSitesSearchLater(t *testing.T) {
	t.Parallel()
	list := os.Getenv("FOLIO_REALSITES")
	if list == "" {
		t.Skip("FOLIO_REALSITES is not set")
	}
	f, err := os.Open(list)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	base := filepath.Dir(list)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 3 || strings.HasPrefix(cols[0], "#") {
			continue
		}
		name, dir := cols[0], filepath.Join(base, cols[2])
		t.Run(name, func(t *testing.T) {
			detected, err := Detect(dir, "")
			if err != nil {
				t.Fatal(err)
			}
			fsys := os.DirFS(detected.Root)
			opts := posts.Options{Rules: detected.Rules, Search: true, CompactSearch: true}
			now, _, err := posts.Load(context.Background(), fsys, opts)
			if err != nil {
				t.Fatal(err)
			}
			later := loadThenIndex(t, fsys, opts)
			queries := bodyQueries(t, fsys, detected.Rules)
			if len(queries) > 400 { // spread over the whole site
				step := len(queries) / 400
				for i := range 400 {
					queries[i] = queries[i*step]
				}
				queries = queries[:400]
			}
			differ, matched := 0, 0
			for _, q := range queries {
				query, err := posts.ParseQuery(q)
				if err != nil {
					continue // a word the query language reads otherwise
				}
				a, b := matchedPaths(now, query), matchedPaths(later, query)
				if len(a) > 0 {
					matched++
				}
				if !slices.Equal(a, b) {
					differ++
					if differ <= 5 {
						t.Errorf("%s: indexed while parsing finds %d posts, indexed later %d", q, len(a), len(b))
					}
				}
			}
			t.Logf("%d posts; %d queries from their bodies, %d finding posts; %d found different posts", len(now), len(queries), matched, differ)
			if len(queries) > 0 && matched == 0 {
				t.Errorf("no query from the bodies finds a post: the text is not searched")
			}
		})
	}
}

// loadThenIndex reads the folder as the interface does: the list
// streamed without search text, then the text indexed from the files.
func loadThenIndex(t *testing.T, fsys fs.FS, opts posts.Options) []*posts.Post {
	paths, _, err := posts.Find(context.Background(), fsys, opts)
	if err != nil {
		t.Fatal(err)
	}
	deferred := opts
	deferred.DeferSearch = true
	batches := make(chan []*posts.Post)
	go posts.Stream(context.Background(), fsys, paths, deferred, 256, 4000, batches)
	var ps []*posts.Post
	for b := range batches {
		ps = append(ps, b...)
	}
	progress := make(chan int)
	go posts.IndexSearch(context.Background(), fsys, ps, deferred, 1000, progress)
	for range progress {
	}
	return ps
}

// bodyQueries are words and two-word phrases from the posts' bodies:
// about one word in 50, lowercased and quoted when they hold a colon.
func bodyQueries(t *testing.T, fsys fs.FS, rules posts.Rules) []string {
	ps, _, err := posts.Load(context.Background(), fsys, posts.Options{Rules: rules, KeepBody: true})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var out []string
	n := 0
	for _, p := range ps {
		words := strings.Fields(p.Body)
		for i, w := range words {
			n++
			if n%50 != 0 {
				continue
			}
			q := strings.ToLower(w)
			if i+1 < len(words) && n%100 == 0 {
				q += " " + strings.ToLower(words[i+1])
			}
			if strings.ContainsAny(q, "\"\\") {
				continue
			}
			q = `"` + q + `"`
			if !seen[q] {
				seen[q] = true
				out = append(out, q)
			}
		}
	}
	return out
}

func matchedPaths(ps []*posts.Post, q posts.Query) []string {
	var out []string
	for _, p := range ps {
		if q.Match(p) {
			out = append(out, p.Path)
		}
	}
	slices.Sort(out)
	return out
}
