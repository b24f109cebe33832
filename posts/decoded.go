package posts

import "strings"

// decodedValue turns what a front matter decoder (encoding/json,
// go-toml) produced into the plain values fields hold: lists and maps are
// walked, map keys lowercased as every key folio reads, and the format's
// own scalars converted by scalar. Anything nested deeper than
// maxMetadataNestLevels is dropped (nil). Lists are converted in place:
// the decoded value is the caller's to give up.
func decodedValue(v any, depth int, scalar func(any) any) any {
	if depth > maxMetadataNestLevels {
		return nil
	}
	switch v := v.(type) {
	case []any:
		for i := range v {
			v[i] = decodedValue(v[i], depth+1, scalar)
		}
		return v
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, item := range v {
			out[strings.ToLower(k)] = decodedValue(item, depth+1, scalar)
		}
		return out
	}
	return scalar(v)
}
