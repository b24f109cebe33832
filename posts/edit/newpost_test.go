package edit

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// nastyTitles are titles every format must carry unchanged.
var nastyTitles = []string{
	"Plain title",
	"Django: the good parts",
	`She said "hi" and 'bye'`,
	"# not a comment",
	"- not a list",
	"yes", "no", "null", "~", "true", "3.14", "2024-01-01",
	"Perché Django è fantastico! 🚀",
	"日本語のタイトル",
	"Заголовок по-русски",
	"../../etc/passwd",
	"back\\slash and {{ braces }}",
	"[brackets], {curly}: & *star !bang %percent @at `tick` |pipe >gt",
	"key = value",
	"+++",
	"---",
	"  spaced  ",
	"tab\there",
}

// styles are every front matter style folio writes.
var styles = []struct {
	name  string
	style Style
	rules posts.Rules
	rel   string
}{
	{"pelican header", Style{posts.FormatPelican, site.Pelican}, posts.Rules{Generator: site.Pelican, ContentDir: "content"}, "content/x.md"},
	{"pelican yaml", Style{posts.FormatYAML, site.Pelican}, posts.Rules{Generator: site.Pelican, YAMLHeaders: true, ContentDir: "content"}, "content/x.md"},
	{"hugo toml", Style{posts.FormatTOML, site.Hugo}, posts.Rules{Generator: site.Hugo}, "content/posts/x.md"},
	{"hugo yaml", Style{posts.FormatYAML, site.Hugo}, posts.Rules{Generator: site.Hugo}, "content/posts/x.md"},
	{"jekyll", Style{posts.FormatYAML, site.Jekyll}, posts.Rules{Generator: site.Jekyll}, "_posts/2024-03-05-x.md"},
	{"plain yaml", Style{posts.FormatYAML, site.Plain}, posts.Rules{}, "x.md"},
	{"plain toml", Style{posts.FormatTOML, site.Plain}, posts.Rules{}, "x.md"},
}

var roundTripDate = time.Date(2024, 3, 5, 14, 7, 9, 0, time.FixedZone("", 2*3600))

func TestFrontMatterRoundTrip(t *testing.T) {
	t.Parallel()
	for _, st := range styles {
		for _, title := range nastyTitles {
			np := NewPost{
				Title:    title,
				Tags:     []string{title, "go", "Go", "open source", "c#", "a, b"},
				Category: title,
				Authors:  []string{"Raffaella", title},
				Date:     roundTripDate,
			}
			t.Run(st.name+"/"+title, func(t *testing.T) {
				checkRoundTrip(t, np, st.style, st.rules, st.rel)
			})
		}
	}
}

// checkRoundTrip asserts that np, written in style st, reads back as
// exactly what was entered (after the documented normalization).
func checkRoundTrip(t *testing.T, np NewPost, st Style, rules posts.Rules, rel string) {
	t.Helper()
	fm, err := FrontMatter(np, st)
	if errors.Is(err, ErrUnwritable) || errors.Is(err, ErrNoTitle) {
		t.Skipf("not writable: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	want, _ := np.normalized(st)
	p := posts.Parse(rel, append(fm, "Body text.\n"...), posts.Options{Rules: rules, KeepBody: true})
	for _, w := range p.Warnings {
		t.Errorf("warning: %s", w)
	}
	if p.Title != want.Title {
		t.Errorf("title = %q, want %q", p.Title, want.Title)
	}
	if !slices.Equal(p.Tags, want.Tags) {
		t.Errorf("tags = %q, want %q", p.Tags, want.Tags)
	}
	wantCats := []string(nil)
	if want.Category != "" {
		wantCats = []string{want.Category}
	}
	if !slices.Equal(p.Categories, wantCats) {
		t.Errorf("categories = %q, want %q", p.Categories, wantCats)
	}
	if !slices.Equal(p.Authors, want.Authors) {
		t.Errorf("authors = %q, want %q", p.Authors, want.Authors)
	}
	wantStatus := posts.StatusPublished
	if want.Draft {
		wantStatus = posts.StatusDraft
	}
	if p.Status != wantStatus {
		t.Errorf("status = %q, want %q", p.Status, wantStatus)
	}
	if want.Slug != "" && p.Slug != want.Slug {
		t.Errorf("slug = %q, want %q", p.Slug, want.Slug)
	}
	if !(st.Generator == site.Jekyll && want.Draft) {
		if p.Date.IsZero() || p.Date.Format("2006-01-02 15:04:05") != want.Date.Format("2006-01-02 15:04:05") {
			t.Errorf("date = %v, want %v", p.Date, want.Date)
		}
	}
	if strings.TrimLeft(p.Body, "\n") != "Body text.\n" {
		t.Errorf("body = %q\nfile:\n%s", p.Body, fm)
	}
	if t.Failed() {
		t.Logf("file:\n%s", fm)
	}
}

func TestFrontMatterUnwritable(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		np    NewPost
		style Style
	}{
		{"empty title", NewPost{Title: "  "}, Style{posts.FormatYAML, site.Hugo}},
		{"newline in title", NewPost{Title: "a\nb"}, Style{posts.FormatPelican, site.Pelican}},
		{"escape in tag", NewPost{Title: "t", Tags: []string{"\x1b[31m"}}, Style{posts.FormatTOML, site.Hugo}},
		{"semicolon tag in pelican", NewPost{Title: "t", Tags: []string{"a;b"}}, Style{posts.FormatPelican, site.Pelican}},
		{"invalid utf-8", NewPost{Title: "\xff"}, Style{posts.FormatYAML, site.Jekyll}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.np.Date = roundTripDate
			if _, err := FrontMatter(tc.np, tc.style); err == nil {
				t.Fatal("no error")
			}
		})
	}
}

// FuzzFrontMatterRoundTrip: whatever is entered, the generated front
// matter either is refused with an error or parses back to exactly the
// entry.
func FuzzFrontMatterRoundTrip(f *testing.F) {
	for _, title := range nastyTitles {
		f.Add(title, "go", "open source", "Raffaella", uint8(0), false)
	}
	f.Add("Ã©tÃ©", "a,b", "c;d", "x", uint8(1), true)
	f.Fuzz(func(t *testing.T, title, tag, category, author string, style uint8, draft bool) {
		st := styles[int(style)%len(styles)]
		np := NewPost{Title: title, Tags: []string{tag}, Category: category, Authors: []string{author}, Draft: draft, Date: roundTripDate}
		if looksDoubleEncoded(title + tag + category + author) {
			// The reader repairs double-encoded UTF-8 on purpose.
			t.Skip()
		}
		rel := st.rel
		if st.style.Generator == site.Jekyll && draft {
			rel = "_drafts/x.md"
		}
		checkRoundTrip(t, np, st.style, st.rules, rel)
	})
}

// looksDoubleEncoded reports whether the reader repairs s as
// double-encoded UTF-8: read as a post's body, it comes back changed.
// (Text it changes for other reasons, a line break or invalid UTF-8, is
// refused by FrontMatter anyway.)
func looksDoubleEncoded(s string) bool {
	p := posts.Parse("x.md", []byte("Title: x\n\n"+s), posts.Options{KeepBody: true})
	return p.Body != s
}
