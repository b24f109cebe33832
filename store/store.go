// Package store holds the posts of one blog while the interface runs.
//
// It finds the post files, parses them on every CPU and hands them over
// in batches (the first small, so that a screen of rows shows at once),
// builds every post's search text once the list is whole, reads the
// folder again when something changes on disk or when folio changed a
// file itself, and answers lookups: a post by its path or by the URL the
// site publishes it at. It owns the Yield that pauses all that work
// while a keystroke's filter runs.
//
// The store knows nothing of screens or terminals. Its work runs in
// goroutines that only send Events; its state changes only in Apply,
// which its owner calls on one goroutine (the interface's Update) for
// each event Next returns, in order. Accessors are for that goroutine
// too, without locks. Slices it returns are never changed in place
// afterwards, so they may be handed to other goroutines.
package store

import (
	"context"
	"io/fs"
	"strings"
	"sync"

	"github.com/folio-blog/folio/posts"
)

// Batch sizes of the first load: the first batch is small, so that the
// first screen of rows shows at once on any folder; later batches hold
// at least BatchSize posts, enough that merging each into a sorted list
// costs little.
const (
	FirstBatch = 256
	BatchSize  = 4000
)

// indexStep is how many posts' text is indexed between two Indexed
// events, each of which lets a filter that searches text run again.
const indexStep = 4096

// Store is one blog's posts and the work that keeps them current.
type Store struct {
	fsys fs.FS
	opts posts.Options

	events chan Event
	closed chan struct{}
	close  sync.Once

	// What follows belongs to the owner's goroutine (see the package
	// doc): Start, Apply, Reload, Watch and the accessors.

	load     int  // the load under way; events of an older one are stale
	finding  bool // the post files are being looked for
	watching bool // the watcher runs (or is starting)
	found    int  // post files found; -1 until known
	read     []*posts.Post
	readDone bool
	warnings []posts.Warning
	err      error

	cancelStream, cancelIndex, cancelReload context.CancelFunc
	indexRuns                               int // the indexing whose events are current
	indexed, indexTotal                     int
	textPending                             bool
	reloading, reloadAgain                  bool

	watcher *watcher
	gitDir  string // the folder whose git state posts carry; "" for none

	// Lookups of read, made on first use after read changes (setRead).
	byPath map[string]*posts.Post
	links  *posts.Links
}

// New returns a store of the posts of fsys read with opts. Nothing is
// read until Start. opts.Yield is set to a Yield of the store's when it
// has none: filters hold it (Yield) so that loading gives way to them.
func New(fsys fs.FS, opts posts.Options) *Store {
	if opts.Yield == nil {
		opts.Yield = &posts.Yield{}
	}
	return &Store{fsys: fsys, opts: opts, found: -1,
		events: make(chan Event), closed: make(chan struct{})}
}

// Yield is what a filter holds while it runs, so that the store's
// parsing and indexing pause for it.
func (s *Store) Yield() *posts.Yield { return s.opts.Yield }

// Options are the options posts are read with.
func (s *Store) Options() posts.Options { return s.opts }

// loadOptions are the options of one reading of the folder: the store's,
// with a vocabulary of its own for the posts' search texts.
func (s *Store) loadOptions() posts.Options {
	opts := s.opts
	if opts.Search && opts.CompactSearch {
		opts.Vocabulary = posts.NewVocabulary()
	}
	return opts
}

// FS is the folder the posts are read from.
func (s *Store) FS() fs.FS { return s.fsys }

// Start begins reading the folder: Found, then Batches, then Indexed
// events follow. Starting a store already started does nothing.
func (s *Store) Start() {
	if s.load > 0 {
		return
	}
	s.load++
	s.finding = true
	load, fsys, opts := s.load, s.fsys, s.withGit(context.Background(), s.loadOptions())
	go func() {
		paths, warns, err := posts.Find(context.Background(), fsys, opts)
		s.send(Found{load: load, paths: paths, opts: opts, Count: len(paths), Warnings: warns, Err: err})
	}()
}

// Next waits for the next event; ok is false once the store is closed.
// Call it only while Pending says events are still to come, and never
// twice at once: events must reach Apply in the order they were sent.
func (s *Store) Next() (ev Event, ok bool) {
	select {
	case ev := <-s.events:
		return ev, true
	case <-s.closed:
		return nil, false
	}
}

// Pending reports whether work is under way that will send events. Work
// stopped before its end may still send one, which Apply reports as not
// current.
func (s *Store) Pending() bool {
	return s.finding || s.cancelStream != nil || s.cancelIndex != nil || s.reloading || s.watching
}

// send hands ev to Next, or gives up when the store is closed.
func (s *Store) send(ev Event) {
	select {
	case s.events <- ev:
	case <-s.closed:
	}
}

// Close stops all work, the watcher included. Events still on their way
// are dropped; Next returns false from then on.
func (s *Store) Close() error {
	var err error
	s.close.Do(func() {
		for _, cancel := range []context.CancelFunc{s.cancelStream, s.cancelIndex, s.cancelReload} {
			if cancel != nil {
				cancel()
			}
		}
		if s.watcher != nil {
			err = s.watcher.Close()
		}
		close(s.closed)
	})
	return err
}

// Posts are every post read so far, in reading order (not sorted).
func (s *Store) Posts() []*posts.Post { return s.read }

// Found is how many post files the folder holds, -1 until known.
func (s *Store) Found() int { return s.found }

// Loaded reports whether Posts holds the whole folder.
func (s *Store) Loaded() bool { return s.readDone }

// Warnings are the problems of the folder itself (files skipped, a
// content folder that cannot be read), not of its posts.
func (s *Store) Warnings() []posts.Warning { return s.warnings }

// Err is why the folder could not be read at all, or nil.
func (s *Store) Err() error { return s.err }

// TextPending reports whether some posts' text is not indexed yet:
// until it is, bare words search their titles, summaries and tags only.
// Indexed and Total say how far indexing is.
func (s *Store) TextPending() bool { return s.textPending }

// Indexed is how many posts' text is indexed while TextPending.
func (s *Store) Indexed() int { return s.indexed }

// ByPath is the post read at path (slash-separated, relative to the
// folder), or nil.
func (s *Store) ByPath(path string) *posts.Post {
	if s.byPath == nil {
		s.byPath = make(map[string]*posts.Post, len(s.read))
		for _, p := range s.read {
			s.byPath[p.Path] = p
		}
	}
	return s.byPath[path]
}

// Links finds the posts that bodies link to among the posts read. It is
// made anew when they change, and builds its index on its first lookup,
// so that the work is done by the rendering that needs it, off the
// owner's goroutine.
func (s *Store) Links() *posts.Links {
	if s.links == nil {
		s.links = posts.NewLinks(s.read, s.opts.Rules)
	}
	return s.links
}

// setRead replaces the posts read, and forgets the lookups made of them.
func (s *Store) setRead(ps []*posts.Post) {
	s.read, s.byPath, s.links = ps, nil, nil
}

// ByURL is the post the site publishes at u (a path from the site's base
// URL, with or without its trailing slash or index.html), or nil.
func (s *Store) ByURL(u string) *posts.Post {
	norm := func(s string) string {
		s = strings.TrimSuffix(s, "index.html")
		return strings.TrimSuffix(s, "/")
	}
	want := norm(u)
	for _, p := range s.read {
		if p.URL != "" && norm(p.URL) == want {
			return p
		}
	}
	return nil
}

// Reload reads the whole folder again, after folio changed a file or
// the watcher saw one change. While the first load or another reload is
// under way, one more follows it. Reloaded brings the posts.
func (s *Store) Reload() {
	if s.reloading || !s.readDone {
		s.reloadAgain = true
		return
	}
	s.reloading, s.reloadAgain = true, false
	ctx, cancel := context.WithCancel(context.Background())
	s.cancelReload = cancel
	fsys, opts := s.fsys, s.withGit(ctx, s.loadOptions())
	go func() {
		ps, warns, err := posts.Load(ctx, fsys, opts)
		s.send(Reloaded{Posts: ps, Warnings: warns, Err: err})
	}()
}
