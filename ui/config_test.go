package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// The date_format setting reaches the list rows and the reader's header.
func TestDateFormatIsUsed(t *testing.T) {
	t.Parallel()
	o := testOptions(testBlog())
	o.DateFormat = "2 Jan 2006"
	m := New(o)
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 20})
	m = runCmd(t, m, m.Init(), 0)
	if s := plain(m); !strings.Contains(s, "20 Jan 2026  Notes on burnout") || strings.Contains(s, "2026-01-20") {
		t.Errorf("list rows ignore date_format:\n%s", s)
	}
	m = drive(t, m, keys("<enter>")...)
	if s := plain(m); !strings.Contains(s, "20 Jan 2026 · thoughts") {
		t.Errorf("the reader's header ignores date_format:\n%s", s)
	}
}

// A JSON style file (read by main into StyleJSON) renders the posts.
func TestStyleJSONIsUsed(t *testing.T) {
	t.Parallel()
	o := testOptions(testBlog())
	o.StyleJSON = []byte(`{"h2": {"prefix": "§§ "}}`)
	m := New(o)
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = runCmd(t, m, m.Init(), 0)
	m = drive(t, m, keys("/pathlib<enter><enter>")...)
	if s := plain(m); !strings.Contains(s, "§§ Build paths with slash") {
		t.Errorf("the JSON style was not used:\n%s", s)
	}
}

// Sorting by modified shows the date sorted by.
func TestSortByModifiedShowsModified(t *testing.T) {
	t.Parallel()
	m := drive(t, loaded(t, 100, 20), keys("ss")...)
	if m.list().sortKey != "modified" {
		t.Fatalf("sort %q after s s", m.list().sortKey)
	}
	if s := plain(m); !strings.Contains(s, "2025-01-02  ") || !strings.Contains(s, "by modified") {
		t.Errorf("sorted by modified, the rows do not show the files' time (2025-01-02):\n%s", s)
	}
}
