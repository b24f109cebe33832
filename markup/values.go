package markup

import (
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/folio-blog/folio/site"
	"github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v4"
)

// maxSettingsSize bounds the settings file read for site values.
const maxSettingsSize = 1 << 20

// SiteValues reads the values {{ site.x }} and Hugo's param show from a
// site's settings file: Jekyll's _config.yml, or Hugo's hugo/config file
// (its params also under their bare names). Keys are lowercase and dotted
// ("author.name"); only text, numbers and booleans are kept. A missing or
// unreadable file gives an empty map.
func SiteValues(fsys fs.FS, gen site.Generator) map[string]string {
	out := map[string]string{}
	if fsys == nil {
		return out
	}
	var names []string
	switch gen {
	case site.Jekyll:
		names = []string{"_config.yml", "_config.yaml"}
	case site.Hugo:
		names = []string{"hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml"}
	default:
		return out
	}
	for _, n := range names {
		data, err := readCapped(fsys, n)
		if err != nil {
			continue
		}
		var m map[string]any
		if strings.HasSuffix(n, ".toml") {
			err = toml.Unmarshal(data, &m)
		} else {
			err = yaml.Unmarshal(data, &m)
		}
		if err != nil {
			continue
		}
		flatten(out, "", m, 0)
		if gen == site.Hugo {
			for k, v := range out {
				if p, ok := strings.CutPrefix(k, "params."); ok {
					if _, taken := out[p]; !taken {
						out[p] = v
					}
				}
			}
		}
		break
	}
	return out
}

// readCapped reads a regular file of at most maxSettingsSize bytes.
func readCapped(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSettingsSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxSettingsSize {
		return nil, fmt.Errorf("%s is larger than %d bytes", name, maxSettingsSize)
	}
	return data, nil
}

// flatten stores scalar values under dotted lowercase keys, a few levels
// deep.
func flatten(out map[string]string, prefix string, v any, depth int) {
	if depth > 4 || len(out) > 10000 {
		return
	}
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			flatten(out, prefix+strings.ToLower(k)+".", x, depth+1)
		}
	case string:
		out[strings.TrimSuffix(prefix, ".")] = t
	case bool, int, int64, uint64, float64:
		out[strings.TrimSuffix(prefix, ".")] = fmt.Sprint(t)
	}
}

// FrontMatterValues reads the values {{ page.x }} shows from a post
// file's YAML (---) or TOML (+++) front matter, flattened like
// SiteValues. A file without front matter, or with front matter that does
// not parse, gives an empty map; the post's own reading reports those.
func FrontMatterValues(fsys fs.FS, name string) map[string]string {
	out := map[string]string{}
	data, err := readCapped(fsys, name)
	if err != nil {
		return out
	}
	s := strings.TrimPrefix(strings.ReplaceAll(string(data), "\r\n", "\n"), "\ufeff")
	var delim string
	switch {
	case strings.HasPrefix(s, "---\n"):
		delim = "---"
	case strings.HasPrefix(s, "+++\n"):
		delim = "+++"
	default:
		return out
	}
	end := strings.Index(s[4:], "\n"+delim)
	if end < 0 {
		return out
	}
	block := s[4 : 4+end+1]
	var m map[string]any
	if delim == "+++" {
		err = toml.Unmarshal([]byte(block), &m)
	} else {
		err = yaml.Unmarshal([]byte(block), &m)
	}
	if err == nil {
		flatten(out, "", m, 0)
	}
	return out
}
