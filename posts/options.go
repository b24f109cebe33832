package posts

import (
	"context"
	"time"
)

// withClock sets the site's Now from the options' clock when the site has
// none of its own.
func (o *Options) withClock() {
	if o.Now != nil && o.Rules.Now.IsZero() {
		o.Rules.Now = o.Now()
	}
}

// withVocabulary gives a load that keeps compact search texts a
// vocabulary of its own when the caller did not give one.
func (o *Options) withVocabulary() {
	if o.Search && o.CompactSearch && o.Vocabulary == nil {
		o.Vocabulary = NewVocabulary()
	}
}

// Options control a load.
type Options struct {
	Rules Rules

	// KeepBody keeps each post's body text in Post.Body.
	KeepBody bool

	// Search builds the lowercased text that bare query words search.
	Search bool

	// CompactSearch, with Search, keeps that text as numbers of words
	// of Vocabulary, shared by the posts loaded with it: a fifth of its
	// size or less, but slower to build. It suits a program that keeps
	// many posts and searches them often (the interface), not one that
	// searches once.
	CompactSearch bool

	// Vocabulary numbers the words of compact search texts. Nil means
	// a new one for each call that parses (Load, ParseFiles, Stream,
	// Parse, ParseFile): give the same one to the calls whose posts are
	// kept together, and a new one to a fresh load of the folder, so
	// that the words of posts gone are let go with the old posts.
	Vocabulary *Vocabulary

	// DeferSearch, with Search, leaves the search text out of parsing:
	// IndexSearch builds it later from the files, so that a list shows
	// as fast as the CLI reads it and its text becomes searchable after.
	// Until then bare words search titles, summaries and tags.
	DeferSearch bool

	// Workers is how many files are parsed at once; 0 means one per CPU.
	Workers int

	// Yield, if set, pauses parsing and indexing between chunks of files
	// while something more urgent holds it (see Yield).
	Yield *Yield

	// Now returns the current time for the commands that write posts
	// (edit.Create, edit.SetStatus) and for judging future and expiry
	// dates while reading (unless Rules.Now is set); nil means time.Now.
	Now func() time.Time

	// MaxFileSize is the largest file read whole; a larger one is listed
	// with a warning and only its metadata read. 0 means 8 MiB.
	MaxFileSize int64

	// headless remembers a Hugo load's headless folders (headless.go).
	headless *headlessDirs
}

// Defaults.
const (
	defaultMaxFileSize    = 8 << 20
	maxFrontMatterSize    = 64 << 10
	maxMetadataNodes      = 10000
	maxMetadataNestLevels = 100
)

func (o *Options) maxFileSize() int64 {
	if o.MaxFileSize > 0 {
		return o.MaxFileSize
	}
	return defaultMaxFileSize
}

// contextDone reports whether ctx is cancelled without blocking.
func contextDone(ctx context.Context) bool {
	select {
	case <-ctx.Done():
		return true
	default:
		return false
	}
}
