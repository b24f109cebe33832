package config

import (
	"path/filepath"
	"regexp"
	"strings"
)

// yamlReaderPlugin is a Pelican reader plugin that reads a Markdown
// file's header as YAML between "---" lines: by the module name PLUGINS
// gives it, and the package that installs it as a namespace plugin
// (pelican.plugins.x), which Pelican 4.5+ loads by itself when PLUGINS
// is not set.
type yamlReaderPlugin struct {
	module, pkg string
}

// yamlReaderPlugins are the YAML-header readers folio knows; each reads
// the header with a YAML parser and hands its keys to Pelican as its
// Markdown reader's would be.
var yamlReaderPlugins = []yamlReaderPlugin{
	{"yaml_metadata", "pelican-yaml-metadata"},
	{"pandoc_reader", "pelican-pandoc-reader"},
	{"myst_reader", "pelican-myst-reader"},
	// Legacy plugins, named in PLUGINS only: joachimneu/pelican-md-metayaml,
	// noirbizarre/pelican-frontmark and pelican-myst.
	{"md_yaml", ""},
	{"frontmark", ""},
	{"myst", ""},
}

// yamlReaderModule is the YAML reader plugin a PLUGINS entry names ("",
// none): the last part of a dotted or slashed name, "-" read as "_",
// with or without a "pelican_" prefix ("pelican.plugins.yaml_metadata",
// "pelican-yaml-metadata", "plugins/pandoc_reader").
func yamlReaderModule(entry string) string {
	name := strings.ToLower(strings.TrimRight(entry, "/"))
	if i := strings.LastIndexAny(name, "./"); i >= 0 {
		name = name[i+1:]
	}
	name = strings.TrimPrefix(strings.ReplaceAll(name, "-", "_"), "pelican_")
	for _, p := range yamlReaderPlugins {
		if name == p.module {
			return p.module
		}
	}
	return ""
}

// dependencyFiles are the files a Pelican site lists the Python packages
// it installs in.
var dependencyFiles = []string{"requirements.txt", "requirements.in", "Pipfile", "pyproject.toml", "setup.py", "environment.yml"}

// packageNameRe is a package name as dependency files write it: a word
// of letters, digits, ".", "-" and "_" (quoted or not).
var packageNameRe = regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9._-]*`)

// installedYAMLReader finds a YAML reader plugin the site installs as a
// namespace plugin, for a site whose settings do not set PLUGINS: the
// module name, and the file and line that name its package.
func installedYAMLReader(root string) (module, file string, line int) {
	for _, f := range dependencyFiles {
		text := readHead(filepath.Join(root, f))
		for i, l := range strings.Split(text, "\n") {
			if c := strings.IndexByte(l, '#'); c >= 0 {
				l = l[:c]
			}
			for _, word := range packageNameRe.FindAllString(l, -1) {
				word = strings.ReplaceAll(strings.ToLower(word), "_", "-")
				for _, p := range yamlReaderPlugins {
					if p.pkg != "" && word == p.pkg {
						return p.module, f, i + 1
					}
				}
			}
		}
	}
	return "", "", 0
}
