package config

import (
	"maps"
	"slices"
)

// sortedKeys returns a map's keys in order, for output that is the same
// on every run.
func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}
