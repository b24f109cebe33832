//go:build unix && !linux

package preview

import "syscall"

// tieToParent does nothing where the kernel cannot tie a process to its
// parent's life; the signals folio handles still stop the server, and a
// folder left by a folio killed outright is removed by the next preview.
func tieToParent(*syscall.SysProcAttr) {}

// killMarked does nothing without /proc to find the processes by.
func killMarked(string) {}
