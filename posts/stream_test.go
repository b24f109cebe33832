package posts

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"github.com/folio-blog/folio/site"
)

// Stream sends every file once, the first batch small, and closes.
func TestStream(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{}
	var paths []string
	for i := range 1000 {
		p := fmt.Sprintf("p%04d.md", i)
		fsys[p] = &fstest.MapFile{Data: []byte(fmt.Sprintf("Title: Post %d\n\nx\n", i))}
		paths = append(paths, p)
	}
	out := make(chan []*Post)
	go Stream(context.Background(), fsys, paths, Options{}, 10, 300, out)
	var got []string
	batches := 0
	for batch := range out {
		if batches == 0 && len(batch) > 10+16*8 {
			t.Errorf("first batch of %d posts, want about 10", len(batch))
		}
		batches++
		for _, p := range batch {
			got = append(got, p.Path)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, paths) {
		t.Fatalf("streamed %d posts, want the %d files once each", len(got), len(paths))
	}
	if batches < 2 {
		t.Errorf("%d batches, want the first small one and more", batches)
	}
}

// A cancelled stream stops and closes its channel.
func TestStreamCancel(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{}
	var paths []string
	for i := range 500 {
		p := fmt.Sprintf("p%04d.md", i)
		fsys[p] = &fstest.MapFile{Data: []byte("x")}
		paths = append(paths, p)
	}
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan []*Post)
	go Stream(ctx, fsys, paths, Options{}, 1, 1, out)
	<-out
	cancel()
	for range out { // drains until closed; a hang here is the failure
	}
}

// Stream reads the last paths first: sorted names that carry dates end
// with the newest posts, which a list shows on top.
func TestStreamReadsLastPathsFirst(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{}
	var paths []string
	for i := range 100 {
		p := fmt.Sprintf("_posts/2024-01-%02d-post.md", i%28+1)
		p = fmt.Sprintf("%s-%03d.md", p[:len(p)-3], i)
		fsys[p] = &fstest.MapFile{Data: []byte("x")}
		paths = append(paths, p)
	}
	slices.Sort(paths)
	out := make(chan []*Post)
	go Stream(context.Background(), fsys, paths, Options{Workers: 1}, 16, 50, out)
	first := <-out
	for range out {
	}
	var got []string
	for _, p := range first {
		got = append(got, p.Path)
	}
	want := slices.Clone(paths[len(paths)-16:])
	slices.Reverse(want)
	if !slices.Equal(got, want) {
		t.Errorf("first batch %q,\nwant the last paths %q", got, want)
	}
}

// Stream judges dates by Options.Now, as Load does: the interface and
// the CLI agree on which posts are scheduled.
func TestStreamUsesOptionsNow(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{"posts/a.md": {Data: []byte("---\ntitle: T\ndate: 2024-06-02\n---\n")}}
	opts := Options{Rules: Rules{Generator: site.Hugo}, Now: func() time.Time { return time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC) }}
	out := make(chan []*Post)
	go Stream(context.Background(), fsys, []string{"posts/a.md"}, opts, 1, 1, out)
	var got []*Post
	for b := range out {
		got = append(got, b...)
	}
	loaded, _, _ := Load(context.Background(), fsys, opts)
	if len(got) != 1 || len(loaded) != 1 || got[0].Status != StatusScheduled || loaded[0].Status != StatusScheduled {
		t.Fatalf("streamed %v, loaded %v: want one post, scheduled in both", statuses(got), statuses(loaded))
	}
}

func statuses(ps []*Post) []Status {
	var out []Status
	for _, p := range ps {
		out = append(out, p.Status)
	}
	return out
}
