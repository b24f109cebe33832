//go:build race

package posts

// raceEnabled says the tests run under the race detector, whose sync.Pool
// drops a quarter of what is put back (to find races), so code that
// reuses pooled buffers (searchFor's) allocates now and then.
const raceEnabled = true
