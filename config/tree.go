package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v4"
)

// tree is a generator's settings file decoded to plain values: maps,
// lists, strings, numbers and booleans.
type tree struct {
	file  string // relative to the site root, for messages
	vals  map[string]any
	lines map[string]int // top-level key → 1-based line
}

// readTree decodes the TOML, YAML or JSON file rel (by its extension)
// under root. fold lowercases every key, for generators whose keys are
// case-insensitive (Hugo). A file that cannot be decoded is a *FileError
// with its line.
func readTree(root, rel string, fold bool) (*tree, error) {
	data, err := readSettingsFile(filepath.Join(root, rel))
	if err != nil {
		return nil, &FileError{File: rel, Msg: fmt.Sprintf("cannot read: %v", unwrapPath(err))}
	}
	t := &tree{file: rel, vals: map[string]any{}, lines: map[string]int{}}
	switch strings.ToLower(path.Ext(rel)) {
	case ".toml":
		if err := toml.Unmarshal(data, &t.vals); err != nil {
			return nil, tomlError(rel, err)
		}
	case ".yml", ".yaml":
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return nil, yamlError(rel, err)
		}
		if len(doc.Content) > 0 {
			top := doc.Content[0]
			if top.Kind != yaml.MappingNode {
				return nil, &FileError{File: rel, Line: top.Line, Msg: "is not a mapping of settings"}
			}
			for i := 0; i+1 < len(top.Content); i += 2 {
				var v any
				if err := top.Content[i+1].Decode(&v); err != nil {
					return nil, yamlError(rel, err)
				}
				t.vals[top.Content[i].Value] = v
				t.lines[top.Content[i].Value] = top.Content[i].Line
			}
		}
	case ".json":
		if err := json.Unmarshal(data, &t.vals); err != nil {
			var se *json.SyntaxError
			line := 0
			if errors.As(err, &se) {
				line = 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
			}
			return nil, &FileError{File: rel, Line: line, Msg: err.Error()}
		}
	default:
		return nil, &FileError{File: rel, Msg: "is not TOML, YAML or JSON"}
	}
	if len(t.lines) == 0 {
		t.lines = keyLines(data, t.vals)
	}
	if fold {
		folded := foldKeys(t.vals).(map[string]any)
		lines := map[string]int{}
		for k, l := range t.lines {
			lines[strings.ToLower(k)] = l
		}
		t.vals, t.lines = folded, lines
	}
	return t, nil
}

// keyLines finds the line of each top-level key of a TOML or JSON file by
// its text: the first line that starts with the key, quoted or not, or
// opens its table.
func keyLines(data []byte, vals map[string]any) map[string]int {
	lines := map[string]int{}
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimLeft(l, " \t{,")
		for k := range vals {
			if _, done := lines[k]; done {
				continue
			}
			for _, form := range []string{k, `"` + k + `"`, "[" + k, "[[" + k} {
				if rest, ok := strings.CutPrefix(l, form); ok {
					rest = strings.TrimLeft(rest, " \t")
					if rest == "" || strings.ContainsAny(rest[:1], "=:.]") {
						lines[k] = i + 1
					}
				}
			}
		}
	}
	return lines
}

// foldKeys lowercases every map key, recursively.
func foldKeys(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, val := range v {
			out[strings.ToLower(k)] = foldKeys(val)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, item := range v {
			out[i] = foldKeys(item)
		}
		return out
	}
	return v
}

// tomlError turns a go-toml error into a FileError with line and key.
func tomlError(file string, err error) error {
	var de *toml.DecodeError
	if errors.As(err, &de) {
		line, _ := de.Position()
		return &FileError{File: file, Line: line, Key: strings.Join(de.Key(), "."), Msg: de.Error()}
	}
	var sm *toml.StrictMissingError
	if errors.As(err, &sm) && len(sm.Errors) > 0 {
		return tomlError(file, &sm.Errors[0])
	}
	return &FileError{File: file, Msg: err.Error()}
}

// yamlError turns a yaml error into a FileError with its line.
func yamlError(file string, err error) error {
	var le *yaml.LoadError
	if errors.As(err, &le) {
		return &FileError{File: file, Line: le.Mark.Line, Msg: strings.TrimPrefix(le.Message, "yaml: ")}
	}
	return &FileError{File: file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
}

// strList reads a list of strings, or one string as a list of one.
func strList(v any) ([]string, bool) {
	switch v := v.(type) {
	case string:
		return []string{v}, true
	case []any:
		out := make([]string, 0, len(v))
		for _, item := range v {
			s, ok := item.(string)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	case []string:
		return v, true
	}
	return nil, false
}
