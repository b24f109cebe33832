package posts

import (
	"context"
	"sync"
)

// Yield lets work that somebody is waiting for (a filter run on a
// keystroke) have the CPUs: while any is held, loading, streaming and
// indexing that share this Yield pause between chunks of files, and
// carry on when the last hold is released. On a 2-core machine a
// keystroke's filter otherwise shares both cores with the parsers and
// takes about twice as long.
//
// The zero value is ready to use; a nil *Yield never pauses anything.
type Yield struct {
	mu     sync.Mutex
	held   int
	resume chan struct{} // closed when held drops to 0
	pauses int           // how many times a worker waited (tests read it)
}

// Hold pauses the background work until release is called; release may
// be called more than once. Holds nest: work resumes when all are
// released.
func (y *Yield) Hold() (release func()) {
	if y == nil {
		return func() {}
	}
	y.mu.Lock()
	if y.held == 0 {
		y.resume = make(chan struct{})
	}
	y.held++
	y.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			y.mu.Lock()
			y.held--
			if y.held == 0 {
				close(y.resume)
			}
			y.mu.Unlock()
		})
	}
}

// wait returns once nothing is held or ctx is cancelled.
func (y *Yield) wait(ctx context.Context) {
	if y == nil {
		return
	}
	y.mu.Lock()
	if y.held == 0 {
		y.mu.Unlock()
		return
	}
	y.pauses++
	resume := y.resume
	y.mu.Unlock()
	select {
	case <-resume:
	case <-ctx.Done():
	}
}

// Held reports whether anything holds y now.
func (y *Yield) Held() bool {
	if y == nil {
		return false
	}
	y.mu.Lock()
	defer y.mu.Unlock()
	return y.held > 0
}
