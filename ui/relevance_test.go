package ui

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/charmbracelet/x/ansi"
)

// relevanceBlog has six posts holding "introduction", "to" and
// "templating"; the one of that title is the oldest, so by date it came
// 6th, and one has "to" only inside "$convertToLower".
func relevanceBlog() fstest.MapFS {
	files := map[string]string{
		"content/a.md": "Title: strings.ToLower\nDate: 2025-06-01\n\nAn introduction: {{ $convertToLower := \"templating\" }}.\n",
		"content/b.md": "Title: Partial templates\nDate: 2025-05-01\n\nAn introduction to partial templating.\n",
		"content/c.md": "Title: Menus\nDate: 2025-04-01\n\nTemplating menus needs an introduction to the menu methods.\n",
		"content/d.md": "Title: Lookup order\nDate: 2025-03-01\n\nThe introduction to lookup rules, for templating.\n",
		"content/e.md": "Title: Shortcodes\nDate: 2025-02-01\n\nShortcodes: an introduction to templating in content.\n",
		"content/f.md": "Title: Introduction to templating\nDate: 2020-01-01\n\nHugo uses Go's templates.\n",
	}
	return siteFS(files)
}

// TestFilterRanksByRelevance types a query of words: the post of that
// title comes first, the status line says the order, and s goes back to
// the list's order. A query of terms only keeps the date order.
func TestFilterRanksByRelevance(t *testing.T) {
	t.Parallel()
	for _, w := range []int{40, 80, 200} {
		m := drive(t, loadedWith(t, testOptions(relevanceBlog()), w, 12), keys("/introduction to templating<enter>")...)
		l := m.list()
		if len(l.shown) != 6 || l.shown[0].Path != "content/f.md" {
			t.Fatalf("at %d columns: %d shown, first %s", w, len(l.shown), l.shown[0].Path)
		}
		if l.shown[5].Path != "content/a.md" {
			t.Errorf("at %d columns: the post with \"to\" only inside a word is not last: %s is", w, l.shown[5].Path)
		}
		if !strings.Contains(plain(m), "by relevance") {
			t.Errorf("at %d columns the status line does not say the order:\n%s", w, plain(m))
		}
		if w == 80 {
			golden(t, "relevance-80", plain(m))
		}
		m = drive(t, m, keys("s")...)
		if l := m.list(); l.shown[0].Path != "content/a.md" || !strings.Contains(plain(m), "by date") {
			t.Errorf("at %d columns, s did not go back to date order: first %s\n%s", w, l.shown[0].Path, plain(m))
		}
	}
	m := drive(t, loaded(t, 80, 12), keys("/tag:italy<enter>")...)
	if strings.Contains(plain(m), "relevance") {
		t.Errorf("a query without words is ranked:\n%s", plain(m))
	}
}

// TestRowHighlightsWholeWords marks the filter's words in titles only
// where they are whole words; a word being typed marks the starts of
// words.
func TestRowHighlightsWholeWords(t *testing.T) {
	t.Parallel()
	tests := []struct {
		title string
		words []string
		want  string // the marked text, between [ and ]
	}{
		{"Introduction to templating", []string{"introduction", "to", "templating"}, "[Introduction] [to] [templating]"},
		{"$convertToLower to lower", []string{"to"}, "$convertToLower [to] lower"},
		{"Introduction to templating", []string{"templ"}, "Introduction to [templ]ating"},
		{"Tour de France", []string{"to"}, "[To]ur de France"},
		{"Five pathlib habits", []string{"pthlb"}, "Five [p]a[thl]i[b] habits"},
	}
	st := NewStyles(true).Match
	for _, tc := range tests {
		got := highlightTitleWords(tc.title, tc.title, tc.words, st)
		if marked := bracketStyled(got); marked != tc.want {
			t.Errorf("%q with %q: %s, want %s", tc.title, tc.words, marked, tc.want)
		}
	}
}

// bracketStyled writes the styled runs of s between [ and ].
func bracketStyled(s string) string {
	var b strings.Builder
	in := false
	for len(s) > 0 {
		seq, width, n, _ := ansi.DecodeSequence(s, ansi.NormalState, nil)
		if width == 0 && strings.HasPrefix(seq, "\x1b[") {
			on := seq != "\x1b[m" && seq != "\x1b[0m"
			if on && !in {
				b.WriteByte('[')
			} else if !on && in {
				b.WriteByte(']')
			}
			in = on
		} else {
			b.WriteString(seq)
		}
		s = s[n:]
	}
	if in {
		b.WriteByte(']')
	}
	return strings.ReplaceAll(b.String(), "][", "") // styled rune by rune
}
