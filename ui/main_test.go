package ui

import (
	"os"
	"testing"
)

// TestMain removes the folio binary that buildFolio shares between tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if folioBuild.dir != "" {
		os.RemoveAll(folioBuild.dir)
	}
	os.Exit(code)
}
