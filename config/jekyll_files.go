package config

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v4"
)

// JekyllFiles are the files a Jekyll site's Liquid reads besides
// _config.yml: site.data from _data and the templates of _includes.
type JekyllFiles struct {
	// Data holds each _data file's values under its name without
	// extension; a folder is a map of its files.
	Data map[string]any
	// Includes holds each _includes file's text by slash path.
	Includes map[string]string
	// Config holds _config.yml's values as written, nested.
	Config map[string]any
	// Skipped names the files left out: too large, or unreadable.
	Skipped []Note
}

// Bounds of what JekyllFiles reads: a data file or include larger than
// maxJekyllFile, or files past maxJekyllTotal, are skipped and named.
const (
	maxJekyllFile  = 4 << 20
	maxJekyllTotal = 64 << 20
)

// jekyllFilesOnce remembers the files of each site root, read on first use.
var jekyllFilesOnce sync.Map // root → func() *JekyllFiles

// JekyllFiles reads the site's _data and _includes, once, on the first
// call: a reader who opens no post with Liquid reads neither.
func (s *Site) JekyllFiles() *JekyllFiles {
	f, _ := jekyllFilesOnce.LoadOrStore(s.Root, sync.OnceValue(func() *JekyllFiles {
		j := readJekyllFiles(s.Root)
		j.Config = s.jekyllConfig
		return j
	}))
	return f.(func() *JekyllFiles)()
}

// readJekyllFiles reads root's _data and _includes within the bounds.
func readJekyllFiles(root string) *JekyllFiles {
	j := &JekyllFiles{Data: map[string]any{}, Includes: map[string]string{}}
	total := 0
	read := func(rel string, d fs.DirEntry) ([]byte, bool) {
		info, err := d.Info()
		if err != nil || !info.Mode().IsRegular() {
			return nil, false
		}
		if info.Size() > maxJekyllFile || total+int(info.Size()) > maxJekyllTotal {
			j.Skipped = append(j.Skipped, Note{File: rel, Msg: fmt.Sprintf("skipped: %d bytes is more than folio reads", info.Size())})
			return nil, false
		}
		b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
		if err != nil {
			j.Skipped = append(j.Skipped, Note{File: rel, Msg: "cannot read: " + err.Error()})
			return nil, false
		}
		total += len(b)
		return b, true
	}
	walk(root, "_includes", func(rel string, d fs.DirEntry) {
		if b, ok := read(rel, d); ok {
			j.Includes[strings.TrimPrefix(rel, "_includes/")] = string(b)
		}
	})
	walk(root, "_data", func(rel string, d fs.DirEntry) {
		b, ok := read(rel, d)
		if !ok {
			return
		}
		v, err := parseData(path.Ext(rel), b)
		if err != nil {
			j.Skipped = append(j.Skipped, Note{File: rel, Msg: err.Error()})
			return
		}
		if v == nil {
			return
		}
		keys := strings.Split(strings.TrimSuffix(strings.TrimPrefix(rel, "_data/"), path.Ext(rel)), "/")
		at := j.Data
		for _, k := range keys[:len(keys)-1] {
			next, ok := at[k].(map[string]any)
			if !ok {
				next = map[string]any{}
				at[k] = next
			}
			at = next
		}
		at[keys[len(keys)-1]] = v
	})
	return j
}

// walk calls fn for each file under root/dir, by slash path from root.
func walk(root, dir string, fn func(rel string, d fs.DirEntry)) {
	_ = filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err == nil {
			fn(filepath.ToSlash(rel), d)
		}
		return nil
	})
}

// parseData reads a data file as Jekyll does by its extension; nil for
// a file Jekyll does not read.
func parseData(ext string, b []byte) (any, error) {
	switch strings.ToLower(ext) {
	case ".yml", ".yaml":
		var v any
		err := yaml.Unmarshal(b, &v)
		return plainYAML(v), err
	case ".json":
		var v any
		err := json.Unmarshal(b, &v)
		return v, err
	case ".csv", ".tsv":
		r := csv.NewReader(bytes.NewReader(b))
		if strings.ToLower(ext) == ".tsv" {
			r.Comma = '\t'
		}
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil || len(rows) == 0 {
			return nil, err
		}
		out := make([]any, 0, len(rows)-1)
		for _, row := range rows[1:] {
			m := map[string]any{}
			for i, h := range rows[0] {
				if i < len(row) {
					m[h] = row[i]
				}
			}
			out = append(out, m)
		}
		return out, nil
	}
	return nil, nil
}

// plainYAML turns YAML's maps with any keys into maps with string keys,
// the form Liquid reads, and dates into their text.
func plainYAML(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			v[k] = plainYAML(x)
		}
		return v
	case map[any]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[fmt.Sprint(k)] = plainYAML(x)
		}
		return out
	case []any:
		for i, x := range v {
			v[i] = plainYAML(x)
		}
	case time.Time:
		// A date alone is a Ruby Date to Jekyll, shown as written.
		if v.Equal(v.Truncate(24 * time.Hour)) {
			return v.Format("2006-01-02")
		}
	}
	return v
}
