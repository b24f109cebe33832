package picture

import (
	"strings"
	"sync"
	"time"
)

// Cache keeps drawn pictures, keyed by the file (its path, modification
// time and size) and the room they were drawn in, so that a post opened
// again, or rendered again for a search, decodes nothing. It is safe for
// renderings running at once.
type Cache struct {
	mu    sync.Mutex
	rows  map[cacheKey][]string
	order []cacheKey
	limit int
	// pending are the kitty transmissions of pictures drawn since the
	// last Transmits.
	pending []string
}

// cacheKey is one drawing of one version of a file.
type cacheKey struct {
	path string
	box  Box
	mod  time.Time
	size int64
	ink  Ink
	// kitty is a drawing as kitty placeholders, whose rows do not
	// depend on ink.
	kitty bool
}

// NewCache returns a cache that keeps the last limit pictures.
func NewCache(limit int) *Cache {
	return &Cache{rows: map[cacheKey][]string{}, limit: limit}
}

func (c *Cache) get(k cacheKey) ([]string, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.rows[k]
	return r, ok
}

// put stores a picture, forgetting the oldest beyond the limit, and
// queues its kitty transmission, if it has one, for Transmits.
func (c *Cache) put(k cacheKey, rows []string, transmit string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.rows[k]; !ok {
		c.order = append(c.order, k)
		if transmit != "" {
			c.pending = append(c.pending, transmit)
		}
	}
	c.rows[k] = rows
	for len(c.order) > c.limit {
		delete(c.rows, c.order[0])
		c.order = c.order[1:]
	}
}

// Transmits returns the kitty graphics sequences that send the pictures
// drawn as placeholders since it was last called, and forgets them: the
// terminal keeps an image once it has it, so each is written once. They
// go straight to the terminal, never into a view; "" when there are none.
func (c *Cache) Transmits() string {
	if c == nil {
		return ""
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	s := strings.Join(c.pending, "")
	c.pending = nil
	return s
}
