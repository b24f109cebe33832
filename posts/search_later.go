package posts

import (
	"bytes"
	"context"
	"io/fs"
	"sync/atomic"
	"unsafe"
)

// laterSearch is the search text of a post parsed with
// Options.DeferSearch: where its body starts in the file's readable text,
// and the index IndexSearch builds from it. The index is stored
// atomically: filters read it while IndexSearch is still at work.
type laterSearch struct {
	bodyAt int
	index  atomic.Pointer[searchIndex]
}

// laterSearchFor remembers where body starts in text, which it ends;
// nil if it does not (no parser makes such a body, but a wrong offset
// would index the wrong text).
func laterSearchFor(text, body []byte) *laterSearch {
	at := len(text) - len(body)
	if len(body) > 0 && unsafe.SliceData(text[at:]) != unsafe.SliceData(body) {
		return nil
	}
	return &laterSearch{bodyAt: at}
}

// textIndex is the post's search text, and whether it has one: built
// while parsing, or since by IndexSearch.
func (p *Post) textIndex() (searchIndex, bool) {
	if p.later == nil {
		return p.search, p.search != ""
	}
	if s := p.later.index.Load(); s != nil {
		return *s, *s != ""
	}
	return "", false
}

// IndexSearch builds the search text of the posts of ps parsed with
// Options.DeferSearch, reading their files again on every CPU (opts must
// be the options they were parsed with). A post whose file changed since
// (its size or time) is left without one: reading the folder again parses
// it anew. Every step posts or so, IndexSearch sends how many of ps are
// done on progress when the receiver is ready, never waiting for it; it
// sends len(ps) and closes progress at the end, unless ctx is cancelled.
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

// indexLater builds p's search text from its file, read into buf.
func indexLater(fsys fs.FS, p *Post, opts *Options, buf []byte) []byte {
	l := p.later
	if l == nil || l.index.Load() != nil {
		return buf
	}
	data, size, mod, err := readPostFile(fsys, p.Path, opts.maxFileSize(), buf)
	if err != nil || size != p.Size || !mod.Equal(p.ModTime) {
		return data
	}
	text := readableText(data, nil)
	if l.bodyAt > len(text) {
		return data
	}
	body := text[l.bodyAt:]
	var idx searchIndex
	if bytes.IndexByte(body, 0xC3) >= 0 {
		repaired, _, _ := repairMojibake(string(body))
		idx = searchFor(p, repaired, opts.CompactSearch)
	} else {
		// body is not changed while searchFor reads it.
		idx = searchFor(p, unsafe.String(unsafe.SliceData(body), len(body)), opts.CompactSearch)
	}
	l.index.Store(&idx)
	return data
}
