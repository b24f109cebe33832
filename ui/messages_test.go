package ui

import (
	"fmt"
	"strings"
	"testing"
)

// unwrapped is a screen's text with its lines joined and its spaces made
// one, to find a message however it wrapped.
func unwrapped(screen string) string { return strings.Join(strings.Fields(screen), " ") }

// TestFilterErrorsWrap types malformed queries at 40, 80 and 200
// columns: the whole error shows, wrapped under the filter line.
func TestFilterErrorsWrap(t *testing.T) {
	t.Parallel()
	for _, q := range []struct{ name, text, want string }{
		{"not-a-year", "after:garbage", `after: "garbage" is not a year (2024), month (2024-03) or day (2024-03-02)`},
		{"unknown-filter", "foo:bar", `unknown filter "foo:" in "foo:bar" (known: tag, category, author, status, kind, format, lang, section, path, year, date, after, before, has, git)`},
	} {
		for _, w := range []int{40, 80, 200} {
			name := fmt.Sprintf("list-error-%s-%d", q.name, w)
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				m := drive(t, loaded(t, w, 16), keys("/"+q.text)...)
				got := plain(m)
				if !strings.Contains(unwrapped(got), q.want) {
					t.Errorf("the error is not shown whole:\n%s", got)
				}
				if n := strings.Count(got, "\n") + 1; n != 16 {
					t.Errorf("screen has %d lines, want 16", n)
				}
				golden(t, name, got)
			})
		}
	}
}

// TestStatusMessagesWrap shows a long status message at 40, 80 and 200
// columns: it wraps whole, and on a short screen it is cut with "…".
func TestStatusMessagesWrap(t *testing.T) {
	t.Parallel()
	long := "the preview server stopped (exit status 1): ERROR render of \"page\" failed: execute of template failed: template: _default/single.html:3:5: executing \"main\" at <partial \"x.html\" .>: error calling partial: can't evaluate field RSSLink in type *hugolib.pageState"
	for _, w := range []int{40, 80, 200} {
		name := fmt.Sprintf("status-long-%d", w)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			m := drive(t, loaded(t, w, 30), statusMsg{text: long, err: true})
			got := plain(m)
			if !strings.Contains(unwrapped(got), long) {
				t.Errorf("the message is not shown whole:\n%s", got)
			}
			golden(t, name, got)
		})
	}
	m := drive(t, loaded(t, 40, 12), statusMsg{text: long, err: true})
	lines := strings.Split(plain(m), "\n")
	if len(lines) != 12 || !strings.Contains(plain(m), "…") || !strings.Contains(plain(m), "? help") {
		t.Errorf("on a short screen the message is not cut with …, or the help line is gone:\n%s", plain(m))
	}
}

// TestReaderFooterWraps gives the reader a long search at 40 columns:
// the footer wraps rather than cutting the scroll position.
func TestReaderFooterWraps(t *testing.T) {
	t.Parallel()
	m := drive(t, loaded(t, 40, 16), keys("/pathlib<enter><enter>/read small files in one call<enter>")...)
	got := plain(m)
	if !strings.Contains(unwrapped(got), `match 1 of 1 for "read small files in one call" ·`) || !strings.Contains(got, "%") {
		t.Errorf("the footer is cut:\n%s", got)
	}
	if n := strings.Count(got, "\n") + 1; n != 16 {
		t.Errorf("screen has %d lines, want 16", n)
	}
}
