package config

import (
	"strings"
	"testing"
)

func TestSettingsFromScript(t *testing.T) {
	t.Parallel()
	tests := []struct{ script, want string }{
		{"CONFFILE=$(BASEDIR)/pelicanconf.py\n", "pelicanconf.py"},
		{"CONFFILE = $(CURDIR)/conf/site.py\n", "conf/site.py"},
		{"CONFFILE?=settings.py\n", "settings.py"},
		{"SETTINGS_FILE_BASE = 'blogconf.py'\n", "blogconf.py"},
		{"CONFFILE = SETTINGS_FILE_BASE = \"x.py\"\n", "x.py"},
		{"html:\n\tpelican content -o output -s settings.py\n", "settings.py"},
		{"local('pelican --settings=publish.py')\n", "publish.py"},
		{"CONFFILE=$(BASEDIR)/../elsewhere.py\n", ""}, // outside the site
		{"pelican content\n", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := settingsFromScript(tc.script); got != tc.want {
			t.Errorf("settingsFromScript(%q) = %q, want %q", tc.script, got, tc.want)
		}
	}
	if got, _ := makefileInputDir("INPUTDIR=$(BASEDIR)/content\n"); got != "content" {
		t.Errorf("INPUTDIR: %q", got)
	}
}

// TestPelicanCommand reads the settings file and content folder a build
// script passes to pelican, as scripts of real sites write them (issue
// 21, class 9: a positional content folder).
func TestPelicanCommand(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, script string
		want         pelicanRun
		commandLine  bool
	}{
		{"marshallward.org Makefile: variables", "CONTENT = content\nCONFIG  = peliconf.py\nblog: $(CONTENT)\n\tpelican -s $(CONFIG) -t $(THEME) -o $(OUTPUT) $(CONTENT)\n",
			pelicanRun{settings: "peliconf.py", content: "content"}, true},
		{"chmduquesne/blog Makefile: INPUTDIR without BASEDIR", "CONFFILE=pelican.conf.py\nINPUTDIR=source\n$(OUTPUTDIR)/%.html:\n\tpelican -v -o $(OUTPUTDIR) -s $(CONFFILE) $(INPUTDIR)\n",
			pelicanRun{settings: "pelican.conf.py", content: "source"}, true},
		{"literal, path first", "html:\n\tpelican content -s settings.py -o output\n", pelicanRun{settings: "settings.py", content: "content"}, true},
		{"literal, path last", "publish:\n\tpelican -s publishconf.py content\n", pelicanRun{settings: "publishconf.py", content: "content"}, true},
		{"quickstart Makefile", "BASEDIR=$(CURDIR)\nINPUTDIR=$(BASEDIR)/content\nCONFFILE=$(BASEDIR)/pelicanconf.py\nhelp:\n\t@echo 'Makefile for a pelican Web site'\nhtml:\n\t\"$(PELICAN)\" \"$(INPUTDIR)\" -o \"$(OUTPUTDIR)\" -s \"$(CONFFILE)\" $(PELICANOPTS)\n",
			pelicanRun{settings: "pelicanconf.py", content: "content"}, true},
		{"tasks.py c.run", "def build(c):\n    c.run('pelican site/content -s site/conf.py -e SITEURL=\"x\" RELATIVE_URLS=true')\n", pelicanRun{settings: "site/conf.py", content: "site/content"}, true},
		{"tasks.py pelican_run with a placeholder", "def build(c):\n    pelican_run('-s {settings_base}'.format(**CONFIG))\n", pelicanRun{}, false},
		{"uv run", "build:\n\tuv run pelican posts -s pelicanconf.py\n", pelicanRun{settings: "pelicanconf.py", content: "posts"}, true},
		{"echo is not a command", "help:\n\t@echo 'Makefile for a pelican Web site'\n", pelicanRun{}, false},
		{"unknown variable", "html:\n\tpelican $(SRC) -s x.py\n", pelicanRun{settings: "x.py"}, false},
		{"outside the site", "html:\n\tpelican ../content -s x.py\n", pelicanRun{settings: "x.py"}, false},
		{"INPUTDIR not passed", "INPUTDIR=$(BASEDIR)/content\nhtml:\n\t$(PELICAN) -o out -s $(CONFFILE)\n", pelicanRun{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := pelicanCommand(tc.script); got != tc.want {
				t.Errorf("pelicanCommand = %+v, want %+v", got, tc.want)
			}
			if dir, onLine := makefileInputDir(tc.script); onLine != tc.commandLine || onLine && dir != tc.want.content {
				t.Errorf("makefileInputDir = %q, %v", dir, onLine)
			}
		})
	}
}

func FuzzSettingsFromScript(f *testing.F) {
	for _, s := range []string{"CONFFILE=$(BASEDIR)/pelicanconf.py\n", "pelican -s a.py", "INPUTDIR=$(BASEDIR)/c\n", "CONFFILE=../../x.py"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, script string) {
		dir, _ := makefileInputDir(script)
		run := pelicanCommand(script)
		for _, got := range []string{settingsFromScript(script), dir, run.settings, run.content} {
			if strings.Contains(got, "..") || strings.HasPrefix(got, "/") {
				t.Fatalf("%q leaves the site", got)
			}
		}
	})
}
