//go:build !unix

package posts

// openNoBlock is 0 where there are no named pipes to wait on.
const openNoBlock = 0
