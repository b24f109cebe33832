package store

// Watch follows changes under dir, the folder on disk the store reads:
// each change, once settled, comes as Changed and a reload follows. A
// watcher that cannot start comes as WatchFailed.
func (s *Store) Watch(dir string) {
	s.watching = true
	go func() {
		w, err := newWatcher(dir, settleDelay, maxPending, reportGap, rootPoll)
		if err != nil {
			s.send(WatchFailed{Err: err})
			return
		}
		s.send(watching{w})
		for {
			select {
			case paths, ok := <-w.ready:
				if !ok {
					return
				}
				s.send(Changed{Paths: paths})
			case <-s.closed:
				w.Close()
				return
			}
		}
	}()
}

// watching hands the running watcher to the owner's goroutine, which
// closes it with the store.
type watching struct{ w *watcher }

func (watching) event() {}

// Watching reports whether changes on disk are being followed.
func (s *Store) Watching() bool { return s.watcher != nil }
