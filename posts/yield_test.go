package posts

import (
	"context"
	"fmt"
	"testing"
	"testing/fstest"
	"time"
)

// waitPauses waits until y counts n pauses: every worker is then
// blocked before its first chunk.
func waitPauses(t *testing.T, y *Yield, n int) {
	t.Helper()
	deadline := time.Now().Add(time.Minute) // a hang guard only
	for {
		y.mu.Lock()
		got := y.pauses
		y.mu.Unlock()
		if got >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d workers paused", got, n)
		}
		time.Sleep(time.Millisecond)
	}
}

func yieldCorpus(n int) (fstest.MapFS, []string) {
	fsys := fstest.MapFS{}
	var paths []string
	for i := range n {
		p := fmt.Sprintf("p%03d.md", i)
		fsys[p] = &fstest.MapFile{Data: []byte(fmt.Sprintf("Title: Post %d\nDate: 2024-01-02\n\nword%d body\n", i, i))}
		paths = append(paths, p)
	}
	return fsys, paths
}

func TestStreamWaitsWhileYieldIsHeld(t *testing.T) {
	t.Parallel()
	fsys, paths := yieldCorpus(64)
	y := &Yield{}
	release := y.Hold()
	out := make(chan []*Post)
	go Stream(context.Background(), fsys, paths, Options{Workers: 2, Yield: y}, 1, 8, out)
	waitPauses(t, y, 2)
	select {
	case b := <-out:
		t.Fatalf("a batch of %d posts came out while held", len(b))
	default:
	}
	release()
	release() // a second call changes nothing
	n := 0
	for b := range out {
		n += len(b)
	}
	if n != len(paths) {
		t.Errorf("streamed %d posts after the release, want %d", n, len(paths))
	}
}

func TestIndexSearchWaitsWhileYieldIsHeld(t *testing.T) {
	t.Parallel()
	fsys, paths := yieldCorpus(256)
	opts := Options{Search: true, DeferSearch: true, Workers: 2}
	ps := ParseFiles(context.Background(), fsys, paths, opts)
	y := &Yield{}
	outer, inner := y.Hold(), y.Hold()
	opts.Yield = y
	progress := make(chan int)
	go IndexSearch(context.Background(), fsys, ps, opts, 64, progress)
	waitPauses(t, y, 2)
	inner()
	select {
	case n := <-progress:
		t.Fatalf("indexed %d posts while one hold was left", n)
	default:
	}
	outer()
	last := 0
	for n := range progress {
		last = n
	}
	if last != len(ps) {
		t.Errorf("indexed %d posts after the release, want %d", last, len(ps))
	}
	q, err := ParseQuery("word200")
	if err != nil {
		t.Fatal(err)
	}
	if got := Filter(ps, q); len(got) != 1 {
		t.Errorf("word200 finds %d posts once indexed, want 1", len(got))
	}
}

func TestYieldWaitEndsWithItsContext(t *testing.T) {
	t.Parallel()
	fsys, paths := yieldCorpus(64)
	y := &Yield{}
	defer y.Hold()() // never released during the stream
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan []*Post)
	go Stream(ctx, fsys, paths, Options{Workers: 2, Yield: y}, 1, 8, out)
	waitPauses(t, y, 2)
	cancel()
	for range out { // closed once the paused workers see the cancel
	}
}

func TestNilYieldNeverPauses(t *testing.T) {
	t.Parallel()
	var y *Yield
	y.Hold()()
	y.wait(context.Background())
	fsys, paths := yieldCorpus(32)
	if ps := ParseFiles(context.Background(), fsys, paths, Options{}); len(ps) != 32 {
		t.Errorf("parsed %d posts, want 32", len(ps))
	}
}
