// Package markup turns a post body into the Markdown a reader of the
// published page would understand: Jekyll Liquid tags, Hugo shortcodes,
// reStructuredText, footnotes, GitHub alerts, HTML and Pelican's
// intra-site links become Markdown that a terminal renderer shows as the
// site would, or a dim marker naming what cannot be shown.
//
// Every pass leaves fenced code blocks and inline code alone and runs in
// time linear in the body: searches for closing tags, line ends and ">"
// use indexes built in one pass or finders that remember what they found,
// never a rescan from each opening mark, and text is built by joining its
// parts once. Every pass counts its steps (meter.go), which tests hold to
// a few a byte, and stops when the context of ToMarkdownContext ends.
//
// It is a pure conversion from text to text. It never reads a file or
// the clock and never touches a terminal: what a body refers to comes in
// Options (the site's settings as config computed them, the post's front
// matter values, a Resolver for links between posts), and the ui layer
// styles the markers. It imports nothing of folio but site.
package markup

import (
	"context"
	"strings"

	"github.com/folio-blog/folio/site"
)

// Dim markers surround text the renderer should show dimmed: the name of
// an include, an unknown tag or a value the site would fill in. Outside a
// terminal they read as they are: ⟨include note.html⟩.
const (
	DimOpen  = "⟨"
	DimClose = "⟩"
)

// dim wraps s in the dim markers.
func dim(s string) string { return DimOpen + s + DimClose }

// Syntax is the body's markup language.
type Syntax int

// Syntaxes a body can be written in.
const (
	Markdown Syntax = iota
	RST
	HTML // a whole body in HTML: a .html content file
)

// LinkKind says how a link to another post was written.
type LinkKind int

// Kinds of links between posts.
const (
	JekyllLink  LinkKind = iota // {% link path %}: a path from the site's folder
	PostURL                     // {% post_url 2010-07-21-name %}: a post by its file name
	HugoRef                     // {{< ref "x" >}}: a path from the content folder or the page
	PelicanFile                 // {filename}x: a path from the content folder ("/x") or the post's folder
)

// Resolver finds the post a link names.
type Resolver interface {
	// Post returns the title and location (a path the reader can open)
	// of the post that ref names, written without its "#fragment"; ok
	// is false when there is none.
	Post(kind LinkKind, ref string) (title, location string, ok bool)
}

// Options describe the body being converted.
type Options struct {
	Syntax    Syntax
	Generator site.Generator
	// Page holds the post's front matter values by lowercase key, for
	// {{ page.x }} and Hugo's param.
	Page map[string]string
	// Site holds the site's settings by lowercase dotted key, for
	// {{ site.x }} and Hugo's param (site params without "params.").
	Site map[string]string
	// Links resolves links between posts; nil shows the reference
	// itself.
	Links Resolver
	// Dir is the blog folder and ContentDir the site's content folder
	// within it; Path is the post's slash path from Dir. Pelican's
	// {static}, {filename} and {attach} links become paths under Dir,
	// from ContentDir ("{static}/x") or the post's folder ("{static}x").
	Dir, ContentDir, Path string
	// Jekyll holds a Jekyll site's data and includes; with it, or
	// without it for a Jekyll site, Liquid runs as Jekyll runs it.
	Jekyll *JekyllSite

	// liquidRan says that Liquid has run over the body: what looks like
	// a tag now is text the post shows ({% raw %}'s content).
	liquidRan bool
	// Emoji turns ":name:" shortcodes into emoji, as the site does when
	// its settings say so (Hugo's enableEmoji, Jekyll's jemoji,
	// Python-Markdown's emoji extensions).
	Emoji bool
}

// ToMarkdown converts body as o describes. A Markdown body without any of
// the constructs is returned unchanged.
func ToMarkdown(body string, o Options) string {
	out, _ := ToMarkdownContext(context.Background(), body, o)
	return out
}

// ToMarkdownContext is ToMarkdown, given up when ctx ends: every pass
// looks at ctx every few microseconds of work, so a conversion no longer
// wanted (a post left, a preview moved on) stops at once. It then returns
// ctx's error and no text.
func ToMarkdownContext(ctx context.Context, body string, o Options) (string, error) {
	m := &meter{ctx: ctx}
	out := toMarkdown(m, body, &o)
	if m.stop {
		return "", m.err
	}
	return out, nil
}

// toMarkdown converts body, counting its steps in m.
func toMarkdown(m *meter, body string, o *Options) string {
	out := pelicanLinksMetered(m, convert(m, body, o), o)
	if o.Emoji {
		out = emojify(m, out)
	}
	return out
}

// convert turns the body's markup into Markdown; Pelican's links, which
// any syntax may hold, are left to pelicanLinksMetered.
func convert(m *meter, body string, o *Options) string {
	if o.Syntax == RST {
		return fromRST(m, body)
	}
	if o.Syntax == HTML {
		// Shortcodes and Liquid tags come through as written, for the
		// Markdown passes below. The HTML converter is linear
		// (TestFromHTMLCostIsLinear); its work counts as one pass.
		m.add(len(body))
		body = FromHTML(body)
	}
	m.add(len(body))
	if o.Generator == site.Jekyll && knowsSite(o) && (strings.Contains(body, "{%") || strings.Contains(body, "{{")) {
		if out, ok := runLiquid(m, body, o); ok {
			body, o.liquidRan = out, true
		}
	}
	if !mayNeedWork(body) {
		return body
	}
	c := newConverter(m, body, *o)
	c.blocks(0, len(body))
	c.writeNotes()
	if o.liquidRan {
		return strings.ReplaceAll(c.out.String(), liquidMark, "")
	}
	return c.out.String()
}

// mayNeedWork is a quick check that lets plain Markdown through untouched.
func mayNeedWork(s string) bool {
	return strings.Contains(s, "{%") || strings.Contains(s, "{{") ||
		strings.Contains(s, "[^") || strings.Contains(s, "[!") ||
		strings.Contains(s, "<")
}
