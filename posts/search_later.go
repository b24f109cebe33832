package posts

import (
	"bytes"
	"context"
	"io/fs"
)

// The states of a post's search text (Post.searchState).
const (
	searchBuilt    = iota // built while parsing, or never asked for
	searchPending         // parsed with DeferSearch: IndexSearch will build it
	searchIndexing        // IndexSearch is building it
	searchReady           // IndexSearch built it
)

// endsText reports whether body ends text, as every header parser cuts
// it: IndexSearch then finds it again at the same offset.
func endsText(text, body []byte) bool {
	at := len(text) - len(body)
	return at >= 0 && (len(body) == 0 || &text[at] == &body[0])
}

// deferSearch leaves p's search text for IndexSearch, which finds the
// body at byte at of the file's readable text and numbers its words in
// vocab when compact.
func (p *Post) deferSearch(at int, vocab *Vocabulary) {
	p.bodyAt = at
	p.search = searchIndex{vocab: vocab}
	p.searchState.Store(searchPending)
}

// textIndex is the post's search text, and whether it has one: built
// while parsing, or since by IndexSearch.
func (p *Post) textIndex() (searchIndex, bool) {
	switch p.searchState.Load() {
	case searchPending, searchIndexing:
		return searchIndex{}, false
	}
	return p.search, p.search.data != ""
}

// IndexSearch builds the search text of the posts of ps parsed with
// Options.DeferSearch, reading their files again on every CPU (opts must
// be the options they were parsed with; each post's words are numbered
// in the Vocabulary it was parsed with). A post whose file changed since
// (its size or time) is left without one: reading the folder again parses
// it anew. Every step posts or so, IndexSearch sends how many of ps are
// done on progress when the receiver is ready (indexing never waits for
// it); it sends len(ps) and closes progress at the end, unless ctx is
// cancelled.
func IndexSearch(ctx context.Context, fsys fs.FS, ps []*Post, opts Options, step int, progress chan<- int) {
	defer close(progress)
	counts := make(chan int, 4*opts.workers()) // posts done, a chunk at a time
	go func() {
		defer close(counts)
		inChunks(ctx, len(ps), 64, &opts, func(start, end int, buf []byte) []byte {
			for _, p := range ps[start:end] {
				buf = indexLater(fsys, p, &opts, buf)
			}
			select {
			case counts <- end - start:
			case <-ctx.Done():
			}
			return buf
		})
	}()
	done, sent := 0, 0
	for {
		var send chan<- int
		if done-sent >= max(1, step) {
			send = progress
		}
		select {
		case n, ok := <-counts:
			if !ok {
				if ctx.Err() == nil {
					select {
					case progress <- len(ps):
					case <-ctx.Done():
					}
				}
				return
			}
			done += n
		case send <- done:
			sent = done
		case <-ctx.Done():
			return
		}
	}
}

// indexLater builds p's search text from its file, read into buf, if
// it is pending and no other IndexSearch is building it.
func indexLater(fsys fs.FS, p *Post, opts *Options, buf []byte) []byte {
	if !p.searchState.CompareAndSwap(searchPending, searchIndexing) {
		return buf
	}
	idx, ok, buf := laterIndex(fsys, p, opts, buf)
	if !ok {
		p.searchState.Store(searchPending) // the file changed: a reload parses it anew
		return buf
	}
	// Only the text: its vocabulary was set when p was parsed, and
	// filters read it meanwhile (see Query.preparedFor).
	p.search.data = idx.data
	p.searchState.Store(searchReady) // publishes p.search to filters
	return buf
}

// laterIndex builds p's search text from its file, unless the file
// changed since it was parsed (its size or time).
func laterIndex(fsys fs.FS, p *Post, opts *Options, buf []byte) (searchIndex, bool, []byte) {
	data, size, mod, err := readPostFile(fsys, p.Path, opts.maxFileSize(), buf)
	if err != nil || size != p.Size || !mod.Equal(p.ModTime) {
		return searchIndex{}, false, data
	}
	text := readableText(data, nil)
	if p.bodyAt > len(text) {
		return searchIndex{}, false, data
	}
	body := text[p.bodyAt:]
	vocab := p.search.vocab
	if bytes.IndexByte(body, 0xC3) >= 0 {
		repaired, _, _ := repairMojibake(string(body))
		return searchFor(p, repaired, opts.CompactSearch, vocab), true, data
	}
	return searchFor(p, body, opts.CompactSearch, vocab), true, data
}
