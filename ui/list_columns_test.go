package ui

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
)

// columnsBlog has long titles, few tags on most posts and, on one, the
// tag a filter chooses last of many.
func columnsBlog() fstest.MapFS {
	files := map[string]string{
		"content/travel/trieste.md":   "Title: A long weekend in Trieste, with coffee at every corner and the bora blowing\nDate: 2024-05-20\nCategory: travel\nTags: coffee, wind, sea, trains, food, architecture, italy\n\nText.\n",
		"content/travel/venice.md":    "Title: Venice out of season: the lagoon, the fog and the last vaporetto home\nDate: 2024-03-02\nCategory: travel\nTags: italy\n\nText.\n",
		"content/python/pathlib.md":   "Title: Five pathlib habits that save me an hour a week, and two I dropped\nDate: 2023-06-07\nCategory: python\nTags: python\n\nText.\n",
		"content/python/testing.md":   "Title: Testing Django with pytest\nDate: 2023-02-27\nCategory: python\nTags: django, testing\n\nText.\n",
		"content/notes/short.md":      "Title: Short\nDate: 2022-01-01\n\nText.\n",
		"content/travel/dolomites.md": "Title: Hiking the Dolomites hut to hut in late September, before the first snow\nDate: 2021-09-20\nCategory: travel\nTags: mountains, italy, hiking\n\nText.\n",
	}
	return siteFS(files)
}

// TestListColumnsUseWidth snapshots the list at 40, 80 and 200 columns,
// unfiltered and filtered by tag:italy: titles take the room the tags do
// not need (at 200 columns they were cut at 42 cells beside 30 blank
// ones), and a row lists the filtered tag first among its tags (at 80
// columns "italy", last of seven, was not shown).
func TestListColumnsUseWidth(t *testing.T) {
	t.Parallel()
	for _, filter := range []string{"", "/tag:italy<enter>"} {
		for _, w := range []int{40, 80, 200} {
			name := fmt.Sprintf("columns/list-%d", w)
			if filter != "" {
				name = fmt.Sprintf("columns/list-italy-%d", w)
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				m := drive(t, loadedWith(t, testOptions(columnsBlog()), w, 12), keys(filter)...)
				got := plain(m)
				golden(t, name, got)
				if w == 80 && filter != "" {
					for _, line := range strings.Split(got, "\n") {
						if strings.Contains(line, "Trieste") && !strings.Contains(line, "italy") {
							t.Errorf("the Trieste row does not show the filtered tag: %q", line)
						}
					}
				}
				for _, line := range strings.Split(got, "\n") {
					if left, _, _ := strings.Cut(line, "│"); w == 200 && strings.Contains(left, "…") {
						t.Errorf("a title is cut at 200 columns: %q", left)
					}
				}
			})
		}
	}
}

// siteFS is a folder of files with the given contents, as the test blog's.
func siteFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body), ModTime: testTime, Mode: 0o644}
	}
	return fsys
}

// loadedWith is a model of o, loaded, at width × height.
func loadedWith(t testing.TB, o Config, width, height int) Model {
	t.Helper()
	m := drive(t, New(o), tea.WindowSizeMsg{Width: width, Height: height})
	return runCmd(t, m, m.Init(), 0)
}
