package store

import (
	"context"

	"github.com/folio-blog/folio/posts"
)

// Event is what the store's work reports: pass each to Apply, then to
// whoever shows the posts.
type Event interface{ event() }

// Found reports the post files of the folder, found when it is first
// read; Batches of their posts follow.
type Found struct {
	load     int
	paths    []string
	opts     posts.Options // of this reading, its vocabulary with them
	Count    int
	Warnings []posts.Warning
	// Err says the folder cannot be read at all; no Batch follows.
	Err error
}

// Batch carries posts just parsed, in reading order. Done says the
// folder is read whole (and the batch is empty).
type Batch struct {
	load  int
	Posts []*posts.Post
	Done  bool
}

// Indexed reports how many posts have their search text, out of the
// posts read when indexing started; Finished says indexing ended.
type Indexed struct {
	run      int
	Done     int
	Finished bool
}

// Reloaded carries every post read again after a change: they replace
// the posts held, with their search text. With Err, the posts held stay.
type Reloaded struct {
	Posts    []*posts.Post
	Warnings []posts.Warning
	Err      error
}

// Changed reports files and folders that changed on disk and settled;
// a reload follows.
type Changed struct{ Paths []string }

// WatchFailed says changes on disk will not be followed, and why.
type WatchFailed struct{ Err error }

func (Found) event()       {}
func (Batch) event()       {}
func (Indexed) event()     {}
func (Reloaded) event()    {}
func (Changed) event()     {}
func (WatchFailed) event() {}

// Apply takes in ev, in the order Next returned it, and starts the work
// that follows from it: the stream after Found, indexing after the last
// Batch, a reload after Changed or one asked for meanwhile. It reports
// whether ev is current: false for an event of work since replaced (a
// stream or indexing stopped by a reload), which the owner should not
// show.
func (s *Store) Apply(ev Event) (current bool) {
	switch ev := ev.(type) {
	case Found:
		if ev.load != s.load {
			return false
		}
		s.finding = false
		s.warnings = ev.Warnings
		if ev.Err != nil {
			s.err, s.found, s.readDone = ev.Err, 0, true
			return true
		}
		s.found = len(ev.paths)
		s.textPending, s.indexed = len(ev.paths) > 0, 0
		if len(ev.paths) == 0 {
			s.readDone = true
			return true
		}
		s.stream(ev.paths, ev.opts)
	case Batch:
		if ev.load != s.load || s.readDone {
			return false
		}
		// Appending never changes what holders of a shorter read see.
		s.setRead(append(s.read, ev.Posts...))
		if ev.Done {
			s.readDone, s.cancelStream = true, nil
			s.index()
			s.reloadIfAsked()
		}
	case Indexed:
		if ev.run != s.indexRuns || s.cancelIndex == nil {
			return false
		}
		s.indexed = ev.Done
		if ev.Finished {
			s.indexed, s.textPending, s.cancelIndex = s.indexTotal, false, nil
		}
	case Reloaded:
		// Posts read elsewhere (a test's) may be handed in the same way.
		s.reloading, s.cancelReload = false, nil
		if ev.Err != nil {
			s.reloadIfAsked()
			return true // the posts held stay; the owner says why
		}
		s.stopIndexing()                  // these posts come with their text
		s.textPending, s.err = false, nil // a folder that could not be read can be now
		s.setRead(ev.Posts)
		s.readDone, s.found, s.warnings = true, len(ev.Posts), ev.Warnings
		s.reloadIfAsked()
	case Changed:
		s.Reload()
	case watching:
		s.watcher = ev.w
	case WatchFailed:
		s.watching = false
	}
	return true
}

// stream starts parsing paths on every CPU; their posts come as Batches.
// Their search text is left for index: building it while parsing
// doubled the time the whole list took to show.
func (s *Store) stream(paths []string, opts posts.Options) {
	ctx, cancel := context.WithCancel(context.Background())
	s.cancelStream = cancel
	load, fsys := s.load, s.fsys
	opts.DeferSearch = true
	go func() {
		ch := make(chan []*posts.Post)
		go posts.Stream(ctx, fsys, paths, opts, FirstBatch, BatchSize, ch)
		for ps := range ch {
			s.send(Batch{load: load, Posts: ps})
		}
		s.send(Batch{load: load, Done: true})
	}()
}

// index builds the search text of the posts streamed, on every CPU.
func (s *Store) index() {
	s.stopIndexing()
	if len(s.read) == 0 {
		s.textPending = false
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancelIndex, s.indexed, s.indexTotal = cancel, 0, len(s.read)
	s.indexRuns++
	run, fsys, opts, ps := s.indexRuns, s.fsys, s.opts, s.read
	opts.DeferSearch = true
	go func() {
		progress := make(chan int)
		go posts.IndexSearch(ctx, fsys, ps, opts, indexStep, progress)
		done := 0
		for n := range progress {
			done = n
			s.send(Indexed{run: run, Done: n})
		}
		s.send(Indexed{run: run, Done: done, Finished: true})
	}()
}

// stopIndexing stops building search text, as when the posts are read
// again with theirs.
func (s *Store) stopIndexing() {
	if s.cancelIndex != nil {
		s.cancelIndex()
		s.cancelIndex = nil
	}
}

// reloadIfAsked starts the reload asked for while another read was under
// way.
func (s *Store) reloadIfAsked() {
	if s.reloadAgain {
		s.Reload()
	}
}
