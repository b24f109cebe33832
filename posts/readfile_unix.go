//go:build unix

package posts

import "syscall"

// openNoBlock keeps opening a named pipe from waiting for a writer.
const openNoBlock = syscall.O_NONBLOCK
