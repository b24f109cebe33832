package ui

import (
	"fmt"
	"strings"

	"charm.land/glamour/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// Document is a post rendered for the screen: its metadata header and its
// body, styled and safe to print.
type Document struct {
	// Content is the header and body, one screen line per line.
	Content string
	// Plain holds Content's lines without styling, for search.
	Plain []string
	// Headings are the body's headings with the line each starts on.
	Headings []Heading
	// Warning says why the body is shown as plain text, if it is.
	Warning string
}

// Heading is an entry of a post's outline.
type Heading struct {
	Level int
	Text  string
	Line  int // line of Document.Content, or -1 when not found
}

// RenderOptions say where a post lives and how to render it.
type RenderOptions struct {
	// Dir is the blog folder; Pelican {static}, {filename} and {attach}
	// links are shown as real paths under it.
	Dir string
	// ContentDir is the site's content folder, relative to Dir.
	ContentDir string
	// Width is the screen width in columns.
	Width int
	// Style is the Glamour style: "dark" or "light".
	Style string
	// StyleJSON, when set, is a Glamour JSON style used instead of Style.
	StyleJSON []byte
	// DateFormat is the Go layout of dates; empty means "2006-01-02".
	DateFormat string
}

// RenderPost renders p (read with Options.KeepBody): the metadata header,
// then the body through Glamour. A Glamour failure or panic falls back to
// the plain body with a warning.
func RenderPost(p *posts.Post, o RenderOptions) Document {
	st := NewStyles(o.Style != "light")
	header := renderHeader(&st, p, o.Width, o.dateLayout())
	body, warn := renderBody(p, o)
	return newDocument(header, body, p, warn)
}

// PlainPost formats p for a pipe or file: a plain metadata header, then
// the body as written, without any escape sequence.
func PlainPost(p *posts.Post, o RenderOptions) string {
	var b strings.Builder
	for _, l := range headerLines(p) {
		b.WriteString(l.key)
		if l.key != "" {
			b.WriteString(": ")
		}
		b.WriteString(l.value)
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	b.WriteString(termsafe.Text(resolveLinks(p.Body, p.Path, o.Dir, o.ContentDir)))
	if !strings.HasSuffix(b.String(), "\n") {
		b.WriteByte('\n')
	}
	return b.String()
}

// newDocument joins header and body and finds the body's headings in
// the result (after the header, which repeats the title).
func newDocument(header, body string, p *posts.Post, warn string) Document {
	content := strings.TrimRight(header+"\n"+body, "\n")
	plain := strings.Split(ansi.Strip(content), "\n")
	start := strings.Count(header, "\n") + 1
	return Document{Content: content, Plain: plain, Headings: locateHeadings(markdownHeadings(p.Body), plain, start), Warning: warn}
}

// headerLine is one field of the metadata header.
type headerLine struct{ key, value string }

// headerLines lists a post's metadata as sanitized one-line fields.
func headerLines(p *posts.Post) []headerLine {
	join := func(xs []string) string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = termsafe.Line(x)
		}
		return strings.Join(out, ", ")
	}
	lines := []headerLine{{"Title", termsafe.Line(p.Title)}}
	if !p.Date.IsZero() {
		lines = append(lines, headerLine{"Date", p.Date.Format("2006-01-02 15:04")})
	}
	if len(p.Authors) > 0 {
		lines = append(lines, headerLine{"Authors", join(p.Authors)})
	}
	if len(p.Categories) > 0 {
		lines = append(lines, headerLine{"Category", join(p.Categories)})
	}
	if len(p.Tags) > 0 {
		lines = append(lines, headerLine{"Tags", join(p.Tags)})
	}
	lines = append(lines,
		headerLine{"Status", string(p.Status)},
		headerLine{"Words", fmt.Sprintf("%d (%s read)", p.Words, readingTime(p.Words))},
		headerLine{"File", termsafe.Line(p.Path)})
	for _, w := range p.Warnings {
		lines = append(lines, headerLine{"Warning", termsafe.Line(w.String())})
	}
	return lines
}

// readingTime is the time to read words at 200 words a minute.
func readingTime(words int) string {
	m := (words + 199) / 200
	if m <= 1 {
		return "1 min"
	}
	return fmt.Sprintf("%d min", m)
}

// renderHeader draws the metadata block above a post: title, a line of
// date, authors, category and reading time, the tags as chips, the
// status and file, and any warnings.
func renderHeader(st *Styles, p *posts.Post, width int, layout string) string {
	inner := max(10, width-4)
	var lines []string
	lines = append(lines, st.PostTitle.Render(ansi.Wrap(displayTitle(p), inner, "")))
	var meta []string
	if !p.Date.IsZero() {
		meta = append(meta, p.Date.Format(layout))
	}
	for _, a := range p.Authors {
		meta = append(meta, termsafe.Line(a))
	}
	for _, c := range p.Categories {
		meta = append(meta, st.Category.Render(termsafe.Line(c)))
	}
	meta = append(meta, fmt.Sprintf("%d words · %s read", p.Words, readingTime(p.Words)))
	lines = append(lines, ansi.Wrap(strings.Join(meta, st.Muted.Render(" · ")), inner, ""))
	if len(p.Tags) > 0 {
		chips := make([]string, len(p.Tags))
		for i, t := range p.Tags {
			chips[i] = st.Tag.Render(termsafe.Line(t))
		}
		lines = append(lines, ansi.Wrap(strings.Join(chips, " "), inner, ""))
	}
	status := st.Muted.Render(termsafe.Line(p.Path))
	switch p.Status {
	case posts.StatusDraft:
		status = st.Draft.Render("DRAFT") + " " + status
	case posts.StatusHidden:
		status = st.Hidden.Render("HIDDEN") + " " + status
	}
	lines = append(lines, ansi.Truncate(status, inner, "…"))
	for _, w := range p.Warnings {
		lines = append(lines, st.Warning.Render(ansi.Wrap("! "+termsafe.Line(w.String()), inner, "")))
	}
	lines = append(lines, st.Divider.Render(strings.Repeat("─", inner)))
	return st.Header.Render(strings.Join(lines, "\n"))
}

// renderBody renders the body with Glamour, recovering from a panic in
// it; on failure it returns the plain text and a warning.
func renderBody(p *posts.Post, o RenderOptions) (out string, warn string) {
	src := termsafe.Text(resolveLinks(p.Body, p.Path, o.Dir, o.ContentDir))
	// Glamour's time grows steeply with nesting (10,000 nested quotes
	// never finish) and with size; past the measured limits the post is
	// shown as plain text rather than freezing the reader.
	if d := posts.MarkdownNesting(src); d > posts.MaxRenderNesting {
		return plainBody(src, o.Width), fmt.Sprintf("lists or quotes nested %d deep; showing plain text", d)
	}
	if len(src) > posts.MaxRenderBytes {
		return plainBody(src, o.Width), fmt.Sprintf("the post is %d KiB, too long to render quickly; showing plain text", len(src)>>10)
	}
	return renderSafely(o.renderer(), src, o)
}

// markdownRenderer turns sanitized Markdown into styled text.
type markdownRenderer func(src string, width int, style string) (string, error)

// glamourRender renders with Glamour at width in the style "dark" or
// "light". A renderer is bound to one width, so each call makes one
// (about 14 µs); the result is cached by the caller.
func glamourRender(src string, width int, style string) (string, error) {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(max(10, width-2)))
	if err != nil {
		return "", err
	}
	return r.Render(src)
}

// renderSafely runs render and sanitizes its output; an error or a panic
// (Glamour has panicked on odd input before) gives the plain text and a
// warning instead of a dead program and a raw terminal.
func renderSafely(render markdownRenderer, src string, o RenderOptions) (out string, warn string) {
	defer func() {
		if r := recover(); r != nil {
			out, warn = plainBody(src, o.Width), fmt.Sprintf("the Markdown renderer failed (%v); showing plain text", r)
		}
	}()
	s, err := render(src, o.Width, o.Style)
	if err != nil {
		return plainBody(src, o.Width), fmt.Sprintf("the Markdown renderer failed (%v); showing plain text", err)
	}
	return termsafe.Output(s), ""
}

// plainBody wraps already sanitized text for the screen.
func plainBody(src string, width int) string {
	return lipgloss.NewStyle().Padding(0, 2).Render(ansi.Wrap(src, max(10, width-4), ""))
}
