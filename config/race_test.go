//go:build race

package config

// raceEnabled says the tests run under the race detector, whose sync.Pool
// drops a quarter of what is put back (to find races), so code that
// reuses pooled memory (regexp's matchers) allocates now and then.
const raceEnabled = true
