package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// The list shows before the posts' text is indexed: until it is, a bare
// word finds titles, summaries and tags only and the status line says
// how much text is read; once it is, the filter runs again and finds the
// word in a body.
func TestFilterFindsBodyTextOnceIndexed(t *testing.T) {
	m := New(testOptions(testBlog()))
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = runUntil(t, m, findCmd(m.sh.fsys, m.sh.cfg.Posts), func(m Model) bool { return m.list.loaded })
	if !m.list.textPending {
		t.Fatal("the list is whole and its text pending, yet textPending is false")
	}
	m = drive(t, m, keys("/rglob")...)
	if paths := shownPaths(m); len(paths) != 0 {
		t.Errorf("before indexing, rglob (only in a body) lists %q", paths)
	}
	if line := m.list.statusLine(); !strings.Contains(line, "(text 0% read)") {
		t.Errorf("before indexing, the status line %q does not say the text is not read", line)
	}

	m = runCmd(t, m, indexCmd(m.sh.fsys, m.sh.cfg.Posts, m.list.read), 0)
	if paths := shownPaths(m); len(paths) != 1 || paths[0] != "content/python/pathlib.md" {
		t.Errorf("once indexed, rglob lists %q, want the pathlib post", paths)
	}
	if line := m.list.statusLine(); strings.Contains(line, "read)") {
		t.Errorf("once indexed, the status line %q still says the text is being read", line)
	}
	if m.list.textPending || m.list.indexing != nil {
		t.Errorf("once indexed, textPending %v, indexing %v", m.list.textPending, m.list.indexing != nil)
	}
}

func shownPaths(m Model) []string {
	var out []string
	for _, p := range m.list.shown {
		out = append(out, p.Path)
	}
	return out
}
