package ui

import (
	"context"
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/markup"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
	"github.com/folio-blog/folio/ui/markdown"
	"github.com/folio-blog/folio/ui/picture"
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
	// Links are the body's links where they show (lines of Content,
	// cell columns).
	Links []markdown.Link
	// BodyStart is the first line of Content after the header.
	BodyStart int
	// gitLine is the line of Content that shows the post's git state,
	// which the reader fills in with its last commit; 0 for none.
	gitLine int
	// anchors tie lines of Content to lines of the file (SourceLine).
	anchors []lineAnchor
	// Cancelled says that RenderOptions.Context ended first: the
	// document is empty and must not be shown or kept.
	Cancelled bool
}

// Heading is an entry of a post's outline.
type Heading struct {
	Level int
	Text  string
	Line  int // line of Document.Content, or -1 when not found
}

// RenderOptions say where a post lives and how to render it. Rendering
// reads no file: what a body refers to comes in them.
type RenderOptions struct {
	// Dir is the blog folder; Pelican {static}, {filename} and {attach}
	// links, and links between posts, are shown as real paths under it.
	Dir string
	// ContentDir is the site's content folder, relative to Dir.
	ContentDir string
	// Width is the screen width in columns.
	Width int
	// Style is the Glamour style: "dark" or "light".
	Style string
	// Generator is the site's generator, which decides whether Liquid
	// runs over bodies.
	Generator site.Generator
	// SiteValues are the site's settings that {{ site.x }} and Hugo's
	// param show (config.Site.Values); nil shows them as markers.
	SiteValues map[string]string
	// JekyllFiles, when set, gives a Jekyll site's _data and _includes
	// (config.Site.JekyllFiles), read on the first post that needs them.
	JekyllFiles func() *config.JekyllFiles
	// Emoji turns ":wave:" shortcodes into emoji (config.Site.Emoji).
	Emoji bool
	// Links finds the posts a body links to ({% post_url %}, Hugo's
	// ref, Pelican's {filename}) among the blog's posts; nil shows
	// those links as written.
	Links *posts.Links
	// Context, when set, cancels a render no longer wanted; RenderPost
	// then returns a Document with Cancelled set.
	Context context.Context
	// Progress, when set, receives the document's first screen of a
	// long post before RenderPost returns the whole.
	Progress func(Document)
	// StyleJSON, when set, is a Glamour JSON style used instead of Style.
	StyleJSON []byte
	// DateFormat is the Go layout of dates; empty means "2006-01-02".
	DateFormat string
	// PictureRows, when above 0, draws the post's local images (those
	// standing alone in a paragraph, and the front matter's header
	// image) as half-block pictures at most this many lines high;
	// others keep their "Image: … → path" line.
	PictureRows int
	// PicturePalette256 draws pictures in xterm's 256 colours, for a
	// terminal without true colour.
	PicturePalette256 bool
	// PictureCache keeps drawn pictures between renderings; nil keeps
	// none.
	PictureCache *picture.Cache
	// PictureKitty draws pictures as kitty graphics placeholders; their
	// images wait in PictureCache (which it needs) for the caller to
	// write PictureCache.Transmits to the terminal before the document.
	PictureKitty bool
}

// RenderPost renders p (read with Options.KeepBody): the metadata header,
// then the body through Glamour. A Glamour failure or panic falls back to
// the plain body with a warning.
func RenderPost(p *posts.Post, o RenderOptions) Document {
	st := NewStyles(o.Style != "light")
	header, gitLine := renderHeader(&st, p, o.Width, o.dateLayout())
	if o.PictureRows > 0 {
		header += headerPicture(o.context(), p, o)
	}
	body, err := renderBody(p, header, o)
	if err != nil {
		return Document{Cancelled: true}
	}
	doc := newDocument(header, body)
	doc.gitLine = gitLine
	doc.anchors = sourceAnchors(p, doc.Headings, doc.BodyStart, len(doc.Plain))
	return doc
}

// PlainPost formats p for a pipe or file: a plain metadata header, then
// the body as Markdown, with generator markup turned into what the site
// shows (markup.ToMarkdown), without any escape sequence.
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
	b.WriteString(bodyMarkdown(p, o))
	if !strings.HasSuffix(b.String(), "\n") {
		b.WriteByte('\n')
	}
	return b.String()
}

// newDocument joins header and body, moving the body's headings below
// the header.
func newDocument(header string, body markdown.Result) Document {
	content := strings.TrimRight(header+"\n"+body.Text, "\n")
	plain := strings.Split(ansi.Strip(content), "\n")
	start := strings.Count(header, "\n") + 1
	heads := make([]Heading, 0, len(body.Headings))
	for _, h := range body.Headings {
		if line := start + h.Line; line < len(plain) {
			heads = append(heads, Heading{Level: h.Level, Text: h.Text, Line: line})
		}
	}
	links := make([]markdown.Link, 0, len(body.Links))
	for _, l := range body.Links {
		if l.Line += start; l.Line < len(plain) {
			links = append(links, l)
		}
	}
	return Document{Content: content, Plain: plain, Headings: heads, Warning: body.Warning, BodyStart: start, Links: links}
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
	if p.Summary != "" {
		lines = append(lines, headerLine{"Summary", termsafe.Line(p.Summary)})
	}
	if p.Image != "" {
		lines = append(lines, headerLine{"Image", termsafe.Line(p.Image)})
	}
	lines = append(lines,
		headerLine{"Status", string(p.Status)},
		headerLine{"Words", wordCount(p.Words, "%d (%s read)")},
		headerLine{"File", termsafe.Line(p.Path)})
	for _, w := range p.Warnings {
		lines = append(lines, headerLine{"Warning", termsafe.Line(w.String())})
	}
	return lines
}

// wordCount says how long a post is, with format's %d the words and %s
// the reading time; an empty post is "empty", not "0 words · 1 min read".
func wordCount(words int, format string) string {
	if words == 0 {
		return "empty"
	}
	return fmt.Sprintf(format, words, readingTime(words))
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
// status and file, the git state, and any warnings. gitLine is the line
// of the git state, 0 when the post is not in a repository.
func renderHeader(st *Styles, p *posts.Post, width int, layout string) (header string, gitLine int) {
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
	meta = append(meta, wordCount(p.Words, "%d words · %s read"))
	lines = append(lines, ansi.Wrap(strings.Join(meta, st.Muted.Render(" · ")), inner, ""))
	if len(p.Tags) > 0 {
		chips := make([]string, len(p.Tags))
		for i, t := range p.Tags {
			chips[i] = st.Tag.Render(termsafe.Line(t))
		}
		lines = append(lines, ansi.Wrap(strings.Join(chips, " "), inner, ""))
	}
	if p.Summary != "" {
		// The description a site shows under the title; three lines
		// at most, as it introduces the post.
		sum := strings.Split(ansi.Wrap(termsafe.Line(p.Summary), inner, ""), "\n")
		if len(sum) > 3 {
			sum = sum[:3]
			sum[2] = strings.TrimRight(sum[2], " ") + "…"
		}
		lines = append(lines, st.Muted.Render(strings.Join(sum, "\n")))
	}
	if p.Image != "" {
		lines = append(lines, st.Muted.Render(ansi.Truncate("header image: "+termsafe.Line(p.Image), inner, "…")))
	}
	status := st.Muted.Render(termsafe.Line(p.Path))
	switch p.Status {
	case posts.StatusDraft:
		status = st.Draft.Render("DRAFT") + " " + status
	case posts.StatusHidden:
		status = st.Hidden.Render("HIDDEN") + " " + status
	case posts.StatusScheduled, posts.StatusExpired, posts.StatusHeadless:
		status = st.Hidden.Render(strings.ToUpper(string(p.Status))) + " " + status
	}
	lines = append(lines, ansi.Truncate(status, inner, "…"))
	if p.Git != "" {
		gitLine = strings.Count(strings.Join(lines, "\n"), "\n") + 1
		lines = append(lines, st.Muted.Render(ansi.Truncate(gitLineText(p.Git, nil, layout), inner, "…")))
	}
	for _, w := range p.Warnings {
		lines = append(lines, st.Warning.Render(ansi.Wrap("! "+termsafe.Line(w.String()), inner, "")))
	}
	lines = append(lines, st.Divider.Render(strings.Repeat("─", inner)))
	return st.Header.Render(strings.Join(lines, "\n")), gitLine
}

// renderBody turns the body into what the site shows (markup.ToMarkdown)
// and renders it (markdown.Render: within a budget, else plain text with
// a warning). Its only error is the context's: both steps stop when it
// ends.
func renderBody(p *posts.Post, header string, o RenderOptions) (markdown.Result, error) {
	ctx := o.context()
	md, err := bodyMarkdownContext(ctx, p, o)
	if err != nil {
		return markdown.Result{}, err
	}
	mo := markdown.Options{Width: o.Width, Style: o.Style, StyleJSON: o.StyleJSON, Picture: pictureFunc(ctx, p, o)}
	if o.Progress != nil {
		mo.Progress = func(r markdown.Result) { o.Progress(newDocument(header, r)) }
	}
	return markdown.Render(ctx, md, mo)
}

// context is the rendering's context: Context, or one that never ends.
func (o RenderOptions) context() context.Context {
	if o.Context == nil {
		return context.Background()
	}
	return o.Context
}

// bodyMarkdown is the post's body as sanitized Markdown: generator markup
// converted, Pelican links resolved.
func bodyMarkdown(p *posts.Post, o RenderOptions) string {
	md, _ := bodyMarkdownContext(context.Background(), p, o)
	return md
}

// bodyMarkdownContext is bodyMarkdown, given up when ctx ends (a post
// left, a preview moved on), with ctx's error.
func bodyMarkdownContext(ctx context.Context, p *posts.Post, o RenderOptions) (string, error) {
	md, err := markup.ToMarkdownContext(ctx, p.Body, markupOptions(p, o))
	return termsafe.Text(md), err
}
