package config

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// pelicanSettings names the Pelican settings file of a folder and why
// folio took it; file is "" when the folder is not a Pelican site.
type pelicanSettings struct {
	file string // relative to the folder
	why  string
	// contentDir is the content folder a Makefile passes to pelican
	// (INPUTDIR), "" when none. When commandLine is set, the script
	// passes it to pelican as its path argument, which wins over PATH
	// as pelican's own command line does; else PATH wins when set.
	contentDir  string
	commandLine bool
	contentFrom string // the script that names it
}

// findPelicanSettings finds the settings file Pelican is run with in dir:
// pelicanconf.py (Pelican's default), else the file the site's Makefile,
// tasks.py or fabfile.py passes to pelican (-s X, --settings X,
// CONFFILE=X), else a Python file at the top that assigns Pelican's own
// settings (PATH, ARTICLE_PATHS, THEME, SITENAME…).
func findPelicanSettings(dir string) pelicanSettings {
	var found pelicanSettings
	input, commandLine, inputFrom := "", false, ""
	for _, script := range []string{"Makefile", "tasks.py", "fabfile.py"} {
		text := readHead(filepath.Join(dir, script))
		if text == "" {
			continue
		}
		if input == "" {
			input, commandLine = makefileInputDir(text)
			inputFrom = script
		}
		if found.file != "" {
			continue
		}
		if f := settingsFromScript(text); f != "" && isFile(filepath.Join(dir, f)) {
			found = pelicanSettings{file: f, why: script + " runs pelican with " + f}
		}
	}
	if found.file == "" && isFile(filepath.Join(dir, "pelicanconf.py")) {
		found = pelicanSettings{file: "pelicanconf.py", why: "Pelican's default settings file"}
	}
	if found.file == "" {
		found = settingsByContent(dir)
	}
	if found.file != "" {
		found.contentDir, found.commandLine, found.contentFrom = input, commandLine, inputFrom
	}
	return found
}

// readHead reads a build script or candidate settings file, "" when it
// is not a regular file or is larger than settings files may be.
func readHead(p string) string {
	data, err := readSettingsFile(p)
	if err != nil {
		return ""
	}
	return string(data)
}

var (
	// CONFFILE=$(BASEDIR)/settings.py, CONFFILE = "settings.py",
	// CONFFILE = SETTINGS_FILE_BASE = 'x.py' (tasks.py).
	confFileRe = regexp.MustCompile(`(?m)^\s*(?:CONFFILE|SETTINGS_FILE_BASE)\s*[:?]?=\s*(?:[A-Z_]+\s*=\s*)?["']?(?:\$\((?:BASEDIR|CURDIR)\)/)?([\w./-]+\.py)`)
	// pelican … -s settings.py / --settings=settings.py
	settingsFlagRe = regexp.MustCompile(`pelican\b[^\n]*?(?:\s-s|\s--settings)[=\s]+["']?(?:\$\((?:BASEDIR|CURDIR)\)/)?([\w./-]+\.py)`)
	// INPUTDIR=$(BASEDIR)/content
	inputDirRe = regexp.MustCompile(`(?m)^\s*INPUTDIR\s*[:?]?=\s*\$\((?:BASEDIR|CURDIR)\)/([\w./-]+)\s*$`)
)

// settingsFromScript finds the settings file a build script gives pelican.
func settingsFromScript(text string) string {
	for _, re := range []*regexp.Regexp{confFileRe, settingsFlagRe} {
		if m := re.FindStringSubmatch(text); m != nil {
			return insideSite(m[1])
		}
	}
	return pelicanCommand(text).settings
}

// makefileInputDir is the content folder a build script passes to
// pelican, relative to the site, and whether it is on pelican's command
// line (pelican content -s x.py, $(PELICAN) $(INPUTDIR)); else the
// INPUTDIR a pelican-quickstart Makefile assigns.
func makefileInputDir(text string) (string, bool) {
	if dir := pelicanCommand(text).content; dir != "" {
		return dir, true
	}
	if m := inputDirRe.FindStringSubmatch(text); m != nil {
		return insideSite(m[1]), false
	}
	return "", false
}

// insideSite cleans a path a script names; "" when it is absolute or
// leads out of the site, which folio does not follow.
func insideSite(p string) string {
	if strings.HasPrefix(p, "/") || strings.Contains(p, "..") {
		return ""
	}
	return cleanRel(p)
}

// pelicanOwnKeys are settings only a Pelican settings file assigns; two of
// them make a Python file at a site's top its settings.
var pelicanOwnKeys = map[string]bool{
	"PATH": true, "ARTICLE_PATHS": true, "PAGE_PATHS": true, "THEME": true, "SITENAME": true,
	"SITEURL": true, "ARTICLE_URL": true, "ARTICLE_SAVE_AS": true, "DEFAULT_CATEGORY": true,
	"FEED_ALL_ATOM": true, "DEFAULT_PAGINATION": true, "STATIC_PATHS": true, "AUTHOR": true,
	"TIMEZONE": true, "DEFAULT_LANG": true, "PLUGINS": true, "PLUGIN_PATHS": true,
}

// settingsByContent finds a Python file at the top of dir that assigns
// Pelican settings; settings.py first, then by name. A publishconf.py
// only counts when nothing else does, as it builds on another file.
func settingsByContent(dir string) pelicanSettings {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return pelicanSettings{}
	}
	var names []string
	for _, e := range entries {
		if n := e.Name(); !e.IsDir() && strings.HasSuffix(n, ".py") {
			names = append(names, n)
		}
	}
	rank := func(n string) int {
		switch n {
		case "settings.py":
			return 0
		case "publishconf.py":
			return 2
		}
		return 1
	}
	slices.SortStableFunc(names, func(a, b string) int { return rank(a) - rank(b) })
	for _, n := range names {
		keys := 0
		seen := map[string]bool{}
		for _, a := range parsePython(readHead(filepath.Join(dir, n))) {
			if pelicanOwnKeys[a.Name] && !seen[a.Name] {
				seen[a.Name] = true
				keys++
			}
		}
		if keys >= 2 {
			return pelicanSettings{file: n, why: n + " assigns Pelican settings (" + strings.Join(sortedKeys(seen), ", ") + ")"}
		}
	}
	return pelicanSettings{}
}
