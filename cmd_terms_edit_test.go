package main

import (
	"strings"
	"testing"
)

// TestReadYes takes only y or yes, in any case, as yes.
func TestReadYes(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]bool{"y\n": true, "YES\n": true, " y \r\n": true, "n\n": false, "\n": false, "": false, "yep\n": false} {
		if got, err := readYes(strings.NewReader(in)); err != nil || got != want {
			t.Errorf("readYes(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
}
