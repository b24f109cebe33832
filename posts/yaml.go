package posts

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v4"
)

// parseYAML decodes a YAML front matter block into fields. It decodes into
// a yaml.Node rather than a map so that aliases are never expanded (an
// alias bomb stays small), every key keeps its line, and timestamps keep
// the text they were written as.
func parseYAML(block []byte, firstLine int, h *header) {
	var doc yaml.Node
	if err := yaml.Unmarshal(block, &doc); err != nil {
		line, msg := firstLine, err.Error()
		var le *yaml.LoadError
		if errors.As(err, &le) {
			msg = le.Message
			if le.Mark.Line > 0 {
				line = firstLine + le.Mark.Line - 1
			}
		}
		h.warn(line, "YAML front matter: %s", strings.TrimPrefix(msg, "yaml: "))
		return
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return // empty front matter
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		h.warn(firstLine+root.Line-1, "YAML front matter is not a mapping of keys to values")
		return
	}
	conv := yamlConverter{firstLine: firstLine, h: h}
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		key := strings.ToLower(k.Value)
		line := firstLine + k.Line - 1
		if prev, dup := seen[key]; dup {
			h.warn(line, "duplicate key %q (first on line %d); the last one is used", k.Value, prev)
			for j := range h.fields {
				if h.fields[j].key == key {
					h.fields[j] = field{key: key, value: conv.value(v, 0), line: line}
				}
			}
			continue
		}
		seen[key] = line
		h.fields = append(h.fields, field{key: key, value: conv.value(v, 0), line: line})
	}
	if conv.truncated {
		h.warn(firstLine, "YAML front matter is too large or too deeply nested; the excess is ignored")
	}
}

// yamlConverter turns yaml.Nodes into plain values with a budget, so that
// aliases and deep nesting cannot make the work unbounded.
type yamlConverter struct {
	firstLine int
	h         *header
	nodes     int
	truncated bool
}

func (c *yamlConverter) value(n *yaml.Node, depth int) any {
	c.nodes++
	if c.nodes > maxMetadataNodes || depth > maxMetadataNestLevels {
		c.truncated = true
		return nil
	}
	switch n.Kind {
	case yaml.AliasNode:
		if n.Alias != nil && n.Alias.Kind == yaml.ScalarNode {
			return c.value(n.Alias, depth+1)
		}
		// A collection alias would multiply the work; metadata never
		// needs one, so it is reported instead of expanded.
		c.truncated = true
		return nil
	case yaml.ScalarNode:
		return yamlScalar(n)
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for _, item := range n.Content {
			out = append(out, c.value(item, depth+1))
		}
		return out
	case yaml.MappingNode:
		out := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			out[strings.ToLower(n.Content[i].Value)] = c.value(n.Content[i+1], depth+1)
		}
		return out
	}
	return nil
}

// yamlScalar resolves a scalar like YAML 1.1 readers do for the types
// metadata uses; timestamps stay strings for the date parser, which keeps
// whether a zone was written.
func yamlScalar(n *yaml.Node) any {
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return n.Value
	}
	switch n.ShortTag() {
	case "!!timestamp":
		return yamlTimestamp(n.Value)
	case "!!str":
		if psychTimestamp.MatchString(n.Value) {
			// Ruby's YAML (Psych) reads "2017-09-27T10:00:00" as a
			// timestamp too, where this YAML reader wants an offset.
			return rubyTimestamp(n.Value)
		}
	case "!!null":
		return nil
	case "!!bool":
		if b, err := strconv.ParseBool(strings.ToLower(n.Value)); err == nil {
			return b
		}
		switch strings.ToLower(n.Value) {
		case "yes", "on", "y":
			return true
		case "no", "off", "n":
			return false
		}
	case "!!int":
		if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil {
			return i
		}
	case "!!float":
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil {
			return f
		}
	}
	return n.Value
}

// psychTimestamp is the timestamp of Ruby's YAML (Psych's ScalarScanner).
var psychTimestamp = regexp.MustCompile(`^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$`)

// rubyTimestamp is an unquoted string that Ruby's YAML reads as a
// timestamp and this one does not: a timestamp to Jekyll, text to
// everything else.
type rubyTimestamp string

// yamlTimestamp is an unquoted YAML timestamp, kept as written. Jekyll
// (Ruby's YAML) reads one without an offset as UTC, but a quoted date
// string as local time, so the difference must survive decoding.
type yamlTimestamp string
