package config

import (
	"regexp"
	"strings"
)

// pelicanRun is what a build script passes to pelican on its command
// line, read literally: the settings file (-s) and the content folder
// (the positional path), relative to the site; "" when not given or not
// known without running the script.
type pelicanRun struct {
	settings, content string
}

var (
	// makeVarRe is a variable a Makefile (VAR = x, VAR ?= x, VAR := x)
	// or a Python script (VAR = "x") assigns.
	makeVarRe = regexp.MustCompile(`(?m)^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:\?|::?|\+)?=[ \t]*(.*?)[ \t]*$`)
	// varRefRe is a reference to one: $(VAR) or ${VAR}.
	varRefRe = regexp.MustCompile(`\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]`)
	// pelicanCallRe finds where pelican is run: the word pelican, or the
	// Makefile's $(PELICAN), or the quickstart tasks.py's pelican_run(
	// (which passes its string to pelican as arguments).
	pelicanCallRe = regexp.MustCompile(`\$[({]PELICAN[)}]["']?|\bpelican_run\(\s*f?["']|\bpelican\b[^\w.-]`)
)

// pelicanOptsWithValue are pelican's options that take one value.
var pelicanOptsWithValue = map[string]bool{
	"-t": true, "--theme-path": true, "-o": true, "--output": true, "-s": true, "--settings": true,
	"--cache-path": true, "-w": true, "--write-selected": true, "--fatal": true,
	"--logs-dedup-min-level": true, "-p": true, "--port": true, "-b": true, "--bind": true,
}

// pelicanCommand reads the first pelican command line in a Makefile,
// tasks.py or fabfile.py that names a settings file or a content folder,
// with the script's own variables put in ($(CONFFILE), $(INPUTDIR));
// $(BASEDIR), $(CURDIR) and $(PWD) are the site. A value built at run
// time ({settings_base}, a variable it does not assign) is not guessed.
func pelicanCommand(text string) pelicanRun {
	vars := map[string]string{}
	for _, m := range makeVarRe.FindAllStringSubmatch(text, -1) {
		if _, seen := vars[m[1]]; !seen {
			vars[m[1]] = strings.Trim(m[2], `"'`)
		}
	}
	for _, site := range []string{"BASEDIR", "CURDIR", "PWD"} {
		vars[site] = "."
	}
	for _, line := range strings.Split(text, "\n") {
		for _, loc := range pelicanCallRe.FindAllStringIndex(line, -1) {
			if !commandPosition(line[:loc[0]]) {
				continue
			}
			args := line[loc[1]:]
			if strings.HasPrefix(line[loc[0]:], "pelican") {
				args = line[loc[1]-1:] // the separator matched after the word
			}
			if run := pelicanArgs(expandVars(args, vars)); run != (pelicanRun{}) {
				return run
			}
		}
	}
	return pelicanRun{}
}

// commandPosition reports whether text before a match ends where a
// command starts (a line, a recipe's @ or -, after && ; | or a call's
// opening quote, after "run", "-m" or "exec"), so that "a pelican Web
// site" in an echo is not a command.
func commandPosition(before string) bool {
	b := strings.TrimRight(before, " \t\"'")
	if b == "" || strings.TrimLeft(b, " \t@-") == "" {
		return true
	}
	for _, end := range []string{"&&", "||", ";", "|", "(", "`", " run", " -m", " exec", "$("} {
		if strings.HasSuffix(b, end) {
			return true
		}
	}
	return false
}

// expandVars puts variables' values in a command line, repeatedly for
// values that name others (at most a few levels); a variable it does not
// know becomes a mark that makes its argument unknown.
func expandVars(s string, vars map[string]string) string {
	for range 4 {
		if !strings.Contains(s, "$") {
			break
		}
		s = varRefRe.ReplaceAllStringFunc(s, func(ref string) string {
			if v, ok := vars[ref[2:len(ref)-1]]; ok {
				return v
			}
			return "\x00"
		})
	}
	return s
}

// pelicanArgs reads pelican's arguments up to the end of the command.
func pelicanArgs(s string) pelicanRun {
	var run pelicanRun
	fields := strings.Fields(s)
	for i := 0; i < len(fields); i++ {
		f := strings.Trim(fields[i], `"'`)
		if f == "" || strings.ContainsAny(fields[i], ";|&)`") && strings.Trim(fields[i], `"';|&)`+"`") == "" {
			break
		}
		if strings.HasPrefix(f, "-") {
			name, value, hasValue := strings.Cut(f, "=")
			switch {
			case name == "-e" || name == "--extra-settings" || name == "--print-settings":
				// These take every argument up to the next option.
				for i+1 < len(fields) && !strings.HasPrefix(strings.Trim(fields[i+1], `"'`), "-") {
					i++
				}
			case pelicanOptsWithValue[name]:
				if !hasValue && i+1 < len(fields) {
					i++
					value = strings.Trim(fields[i], `"'`)
				}
				if name == "-s" || name == "--settings" {
					run.settings = scriptPath(value)
				}
			}
			continue
		}
		if run.content == "" {
			run.content = scriptPath(strings.TrimRight(f, `;|&)`))
		}
	}
	return run
}

// scriptPath is a path a script names, relative to the site; "" when it
// is not known literally or leads out of the site.
func scriptPath(p string) string {
	if p == "" || strings.ContainsAny(p, "\x00{}$*?<>") {
		return ""
	}
	return insideSite(p)
}
