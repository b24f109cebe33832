package posts

import (
	"fmt"
	"strings"
)

// Bounds of TemplateValues: templates name values a few levels deep, and
// a tree with more values than a template could name is cut short rather
// than copied whole.
const (
	maxTemplateDepth  = 4
	maxTemplateValues = 10000
)

// TemplateValues lists the values of a decoded settings file or front
// matter the way Liquid and Hugo templates name them ({{ site.author.name }},
// {{ page.image }}): by lowercase dotted key, with text, numbers and
// booleans only (lists, dates and nulls are left out), at most four keys
// deep.
func TemplateValues(tree map[string]any) map[string]string {
	out := map[string]string{}
	flattenValues(out, "", tree, 0)
	return out
}

// flattenValues stores the scalars of v under prefix, a dotted path of
// lowercase keys ending in ".".
func flattenValues(out map[string]string, prefix string, v any, depth int) {
	if depth > maxTemplateDepth || len(out) > maxTemplateValues {
		return
	}
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			flattenValues(out, prefix+strings.ToLower(k)+".", x, depth+1)
		}
	case string:
		out[strings.TrimSuffix(prefix, ".")] = t
	case rubyTimestamp:
		out[strings.TrimSuffix(prefix, ".")] = string(t)
	case bool, int, int64, uint64, float64:
		out[strings.TrimSuffix(prefix, ".")] = fmt.Sprint(t)
	}
}

// frontMatterValues are the template values of a YAML or TOML front
// matter, from the fields its parse found (the file is not read again);
// nil for other metadata.
func frontMatterValues(h *header) map[string]string {
	if h.format != FormatYAML && h.format != FormatTOML {
		return nil
	}
	tree := make(map[string]any, len(h.fields))
	for _, f := range h.fields {
		tree[f.key] = f.value
	}
	return TemplateValues(tree)
}
