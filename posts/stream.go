package posts

import (
	"context"
	"io/fs"
)

// Stream reads and parses the files at paths on every CPU, as
// ParseFiles does, and sends the posts on out as they are ready, in
// batches: the first of about first posts (so that a screen can show
// something at once), then of at least size, bigger when the receiver
// is slower than the parsing. Batches are in no particular order. Stream
// closes out when every file is read or ctx is cancelled; it never
// waits for a batch to be received before parsing the next files.
//
// Files are read from the last path to the first: where names or
// folders carry dates (Jekyll's _posts/2024-05-01-…, content/2024/…),
// sorted paths end with the newest posts, and the first batch then holds
// the posts a list shows on top.
func Stream(ctx context.Context, fsys fs.FS, paths []string, opts Options, first, size int, out chan<- []*Post) {
	opts.withClock()
	opts.withVocabulary()
	opts.withHeadless()
	opts.Rules = opts.Rules.WithDefaults()
	chunks := make(chan []*Post, 4*opts.workers())
	go func() {
		defer close(chunks)
		inChunks(ctx, len(paths), 16, &opts, func(start, end int, buf []byte) []byte {
			ps := make([]*Post, 0, end-start)
			for i := start; i < end; i++ {
				var post *Post
				post, buf = readPost(fsys, paths[len(paths)-1-i], &opts, buf)
				ps = append(ps, post)
			}
			select {
			case chunks <- ps:
			case <-ctx.Done():
			}
			return buf
		})
	}()
	collect(ctx, chunks, first, size, out)
}

// collect gathers chunks into batches and sends them on out, closing it
// at the end.
func collect(ctx context.Context, chunks <-chan []*Post, first, size int, out chan<- []*Post) {
	defer close(out)
	var pending []*Post
	target, done, sentFirst := max(1, first), false, false
	for !done || len(pending) > 0 {
		var send chan<- []*Post
		if len(pending) >= target || done && len(pending) > 0 {
			send = out
		}
		in := chunks
		if done || !sentFirst && send != nil {
			// The first batch goes out as it is, so the first rows show
			// at once; later batches grow while the reader is busy.
			in = nil
		}
		select {
		case ps, ok := <-in:
			if !ok {
				done = true
				continue
			}
			pending = append(pending, ps...)
		case send <- pending:
			pending, target, sentFirst = nil, max(1, size), true
		case <-ctx.Done():
			return
		}
	}
}
