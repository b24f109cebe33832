package posts

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// readBufSize is the read buffer each worker starts with: most posts fit.
const readBufSize = 64 << 10

// inChunks calls do for consecutive chunks [start, end) of n items, on
// as many goroutines as opts asks (one per CPU by default, never more
// than there are chunks), and returns when every chunk is done or ctx is
// cancelled. Each goroutine passes its own buffer to do, which returns
// it (grown, perhaps) for the next chunk: files are read into it.
// Loading, streaming and indexing share it, so that they spread work
// the same way and all give way to opts.Yield between chunks.
func inChunks(ctx context.Context, n, chunk int, opts *Options, do func(start, end int, buf []byte) []byte) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range max(1, min(opts.workers(), n/chunk)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 0, readBufSize)
			for !contextDone(ctx) {
				opts.Yield.wait(ctx)
				end := int(next.Add(int64(chunk)))
				start := end - chunk
				if start >= n {
					return
				}
				buf = do(start, min(end, n), buf)
			}
		}()
	}
	wg.Wait()
}

// workers is how many files are read at once.
func (o *Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return runtime.GOMAXPROCS(0)
}
