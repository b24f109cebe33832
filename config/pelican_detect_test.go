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
	if got := makefileInputDir("INPUTDIR=$(BASEDIR)/content\n"); got != "content" {
		t.Errorf("INPUTDIR: %q", got)
	}
}

func FuzzSettingsFromScript(f *testing.F) {
	for _, s := range []string{"CONFFILE=$(BASEDIR)/pelicanconf.py\n", "pelican -s a.py", "INPUTDIR=$(BASEDIR)/c\n", "CONFFILE=../../x.py"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, script string) {
		for _, got := range []string{settingsFromScript(script), makefileInputDir(script)} {
			if strings.Contains(got, "..") || strings.HasPrefix(got, "/") {
				t.Fatalf("%q leaves the site", got)
			}
		}
	})
}
