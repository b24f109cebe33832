package ui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

var benchWords = strings.Fields(`the a of to and in is it that for on with as was at by this be from or
have an they which one you were her all she there would their we him been has when who will more no if
out so said what up its about into than them can only other new some could time these two may then do
first any my now such like our over man me even most made after also did many before must through back
years where much your way well down should because each just those people how too little state good
very make world still own see men work long get here between both life being under never day same
another know while last might us great old year off come since against go came right used take three
django python async server database template testing deploy cache queue worker request response`)

var benchTags = []string{"python", "django", "async", "testing", "travel", "italy", "coffee", "opinion",
	"tooling", "packaging", "performance", "writing", "open source", "health", "trains", "stdlib"}

// genPosts makes n posts of about words words each, as a folder of
// Pelican Markdown would give them, with dates, tags and categories.
func genPosts(n, words int) []*posts.Post {
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]*posts.Post, n)
	opts := posts.Options{Search: true, CompactSearch: true}
	var b strings.Builder
	for i := range out {
		b.Reset()
		fmt.Fprintf(&b, "Title: %s %s %s number %d\n", benchWords[r.IntN(len(benchWords))], benchWords[r.IntN(len(benchWords))], benchWords[r.IntN(len(benchWords))], i)
		fmt.Fprintf(&b, "Date: %d-%02d-%02d 10:%02d\n", 2005+r.IntN(20), 1+r.IntN(12), 1+r.IntN(28), r.IntN(60))
		fmt.Fprintf(&b, "Tags: %s, %s\nCategory: %s\n", benchTags[r.IntN(len(benchTags))], benchTags[r.IntN(len(benchTags))], benchTags[r.IntN(4)])
		if i%50 == 0 {
			b.WriteString("Status: draft\n")
		}
		b.WriteString("\n")
		writeBody(&b, r, words)
		out[i] = posts.Parse(fmt.Sprintf("content/c%d/post-%d.md", i%20, i), []byte(b.String()), opts)
	}
	return out
}

// writeBody writes paragraphs and a few headings, words long.
func writeBody(b *strings.Builder, r *rand.Rand, words int) {
	for w := 0; w < words; w++ {
		if w%120 == 0 && w > 0 {
			fmt.Fprintf(b, "\n\n## Section %d\n\n", w/120)
		} else if w%40 == 0 && w > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(benchWords[r.IntN(len(benchWords))])
		b.WriteByte(' ')
	}
	b.WriteString("\n")
}

// benchModel is a loaded model over ps at 100×40.
func benchModel(b *testing.B, ps []*posts.Post) Model {
	m := New(Config{Dir: "/bench", Style: "dark"})
	m = drive(b, m, tea.WindowSizeMsg{Width: 100, Height: 40})
	return withPosts(b, m, ps)
}

var benchCorpora = map[int][]*posts.Post{}

func corpus(n int) []*posts.Post {
	if ps, ok := benchCorpora[n]; ok {
		return ps
	}
	ps := genPosts(n, 600)
	benchCorpora[n] = ps
	return ps
}

// BenchmarkFilterKeystroke is one keystroke in the filter bar: Update,
// the filtering Cmd, the result back through Update, and View. The query
// is a bare word searched in every body, alone (word) or after a tag
// filter (tag+word).
//
//   - typing: the keystroke extends the query ("serve" → "server"), so
//     only the previous results are searched (the usual case);
//   - backspace: the shorter query's results are remembered;
//   - cold: nothing remembered, every post searched (the first keystroke,
//     or an edit in the middle of the query).
func BenchmarkFilterKeystroke(b *testing.B) {
	queries := map[string]string{"word": "serve", "tag+word": "tag:python serve"}
	for _, n := range []int{10_000, 100_000} {
		for _, mode := range []string{"typing", "backspace", "cold"} {
			for _, name := range []string{"word", "tag+word"} {
				b.Run(fmt.Sprintf("%dk/%s/%s", n/1000, name, mode), func(b *testing.B) {
					benchKeystroke(b, n, queries[name], mode)
				})
			}
		}
	}
}

// benchKeystroke times one keystroke of mode on n posts filtered by
// query.
func benchKeystroke(b *testing.B, n int, query, mode string) {
	m := benchModel(b, corpus(n))
	m = drive(b, m, keys("/"+query)...)
	typeR := tea.KeyPressMsg{Code: 'r', Text: "r"}
	back := namedKey("backspace")
	if mode == "backspace" {
		m = drive(b, m, typeR)
	}
	for b.Loop() {
		b.StopTimer()
		var key tea.Msg = typeR
		switch mode {
		case "typing":
			delete(m.list().filter.results, query+"r")
		case "backspace":
			m = drive(b, m, typeR)
			key = back
		case "cold":
			m.list().filter.forget()
		}
		b.StartTimer()
		next, cmd := m.Update(key)
		m = next.(Model)
		m = runCmd(b, m, cmd, 0)
		_ = m.View()
		b.StopTimer()
		if mode != "backspace" {
			m = drive(b, m, back)
		}
		b.StartTimer()
	}
}

// BenchmarkListView draws the list screen.
func BenchmarkListView(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			m := benchModel(b, corpus(n))
			m.list().window.moveTo(n / 2)
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}

// BenchmarkOpenRenderedPost opens a post whose rendering is cached and
// draws the reader.
func BenchmarkOpenRenderedPost(b *testing.B) {
	m := loaded(b, 100, 40)
	m = drive(b, m, keys("<enter><esc>")...)
	for b.Loop() {
		next, cmd := m.Update(namedKey("enter"))
		if cmd != nil {
			b.Fatal("not cached")
		}
		_ = next.(Model).View()
	}
}

// BenchmarkFirstRender5000Words renders a 5,000-word post at 80 columns
// from scratch: header, Glamour, sanitizing, outline.
func BenchmarkFirstRender5000Words(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Title: A long one\nDate: 2024-01-01\nTags: python\n\n")
	writeBody(&sb, rand.New(rand.NewPCG(3, 4)), 5000)
	p := posts.Parse("content/long.md", []byte(sb.String()), posts.Options{KeepBody: true})
	if p.Words < 4900 {
		b.Fatalf("post has %d words", p.Words)
	}
	for b.Loop() {
		_ = RenderPost(p, RenderOptions{Dir: "/bench", Width: 80, Style: "dark"})
	}
}
