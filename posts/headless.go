package posts

import (
	"io/fs"
	"path"
	"strings"
	"sync"
)

// Hugo makes no page of a headless bundle (headless: true in its
// index.md or _index.md), of content whose build options neither list
// nor render it (build or _build: {list: never, render: never}), nor of
// the content below a section whose _index cascades such options
// (Hugo's documentation keeps its snippets so, in content/en/_common).
// Such posts have StatusHeadless: lists leave them out unless asked.

// hugoHeadless reports whether Hugo makes no page of the file itself.
func (n *normalizer) hugoHeadless() bool {
	if truthy(n.fields["headless"].value) {
		return true
	}
	return neverBuilt(n.fields["_build"].value) || neverBuilt(n.fields["build"].value)
}

// cascadesHeadless reports whether the file (a section's _index)
// cascades to the content below it build options that make no page.
func (n *normalizer) cascadesHeadless() bool {
	cascades := []any{n.fields["cascade"].value}
	if list, ok := cascades[0].([]any); ok {
		cascades = list // several, each perhaps for a _target: any will do
	}
	for _, c := range cascades {
		if m, ok := c.(map[string]any); ok && (neverBuilt(mapValue(m, "_build")) || neverBuilt(mapValue(m, "build"))) {
			return true
		}
	}
	return false
}

// neverBuilt reports whether v, a page's build options, neither lists
// nor renders it.
func neverBuilt(v any) bool {
	b, ok := v.(map[string]any)
	if !ok || !strings.EqualFold(scalarString(mapValue(b, "list")), "never") {
		return false
	}
	switch r := mapValue(b, "render").(type) {
	case bool:
		return !r
	case string:
		s := strings.ToLower(r)
		return s == "never" || s == "false"
	}
	return false
}

// mapValue is m's value for key, whatever its case: Hugo's keys are.
func mapValue(m map[string]any, key string) any {
	if v, ok := m[key]; ok {
		return v
	}
	for k, v := range m {
		if strings.EqualFold(k, key) {
			return v
		}
	}
	return nil
}

// headlessDirs remembers, for one load, which folders' _index cascades
// headless build options, each folder's _index read once.
type headlessDirs struct{ dirs sync.Map } // folder → bool

// withHeadless gives a Hugo load its memory of headless folders.
func (o *Options) withHeadless() {
	if o.headless == nil {
		o.headless = new(headlessDirs)
	}
}

// below reports whether the post at p lies in a folder (its own or one
// above, within the content folder) whose _index cascades headless
// build options.
func (h *headlessDirs) below(fsys fs.FS, p string, opts *Options) bool {
	content := strings.Trim(opts.Rules.ContentDir, "/")
	for d := path.Dir(p); d != "." && d != "/"; d = path.Dir(d) {
		if h.cascades(fsys, d, opts) {
			return true
		}
		if d == content {
			break
		}
	}
	return false
}

// cascades reports whether the _index of folder dir cascades headless
// build options.
func (h *headlessDirs) cascades(fsys fs.FS, dir string, opts *Options) bool {
	if v, ok := h.dirs.Load(dir); ok {
		return v.(bool)
	}
	found := false
	for ext := range extensions {
		name := dir + "/_index" + ext
		if _, err := fs.Stat(fsys, name); err != nil {
			continue
		}
		o := Options{Rules: opts.Rules, MaxFileSize: opts.MaxFileSize}
		idx, _ := readPost(fsys, name, &o, nil)
		found = idx.headlessBelow
		break
	}
	h.dirs.Store(dir, found)
	return found
}
