package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
	"github.com/folio-blog/folio/ui"
	"github.com/folio-blog/folio/ui/picture"
	"github.com/folio-blog/folio/ui/termsafe"
	"github.com/spf13/cobra"
)

// newShowCommand builds `folio show PATH|QUERY`.
func newShowCommand(s streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "show PATH|QUERY…",
		Short: "Print one post with its metadata, rendered like the reader",
		Long: `Print one post: the file at PATH, or the one post matching QUERY
(same language as folio list). On a terminal it is rendered with the
reader's header and styles; piped or redirected it is plain text.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runShow(cmd, s, args)
		},
	}
	cmd.Flags().Int("width", config.DefaultWidth, "reading width in columns, capped by the terminal's (default: the width setting, or 80)")
	return cmd
}

// runShow finds the post and prints it.
func runShow(cmd *cobra.Command, s streams, args []string) error {
	b, err := openBlog(cmd, "")
	if err != nil {
		return err
	}
	p, loaded, err := findShown(cmd.Context(), b, args, s.err)
	if err != nil {
		return err
	}
	ro := ui.RenderOptions{Dir: b.dir, ContentDir: b.opts.Rules.ContentDir, Generator: b.opts.Rules.Generator,
		Links: b.links(cmd.Context(), p, loaded)}
	if b.cfg != nil && b.cfg.Site != nil {
		ro.SiteValues = b.cfg.Site.Values
		ro.JekyllFiles = b.cfg.Site.JekyllFiles
		warnSkippedData(s, b.cfg.Site, p)
		ro.Emoji = b.cfg.Site.Emoji
	}
	f, isFile := s.out.(*os.File)
	if !isFile || !term.IsTerminal(f.Fd()) {
		_, err := io.WriteString(s.out, ui.PlainPost(p, ro))
		return err
	}
	ro.Width = readingWidth(b)
	if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
		ro.Width = min(ro.Width, w)
	}
	ro.Style = showStyle(b, f)
	_, h, _ := term.GetSize(f.Fd())
	showPictures(&ro, colorprofile.Detect(f, os.Environ()), picture.Detect(os.Getenv), h)
	_, err = io.WriteString(s.out, renderShown(p, ro, s.err))
	return err
}

// showPictures sets how ro draws pictures on a terminal of height lines
// with the colours cp: they need 256 colours or more (NO_COLOR and 16
// colours keep the images' paths), and a kitty terminal gets them as
// placeholders, which name their image in a true colour.
func showPictures(ro *ui.RenderOptions, cp colorprofile.Profile, protocol picture.Protocol, height int) {
	if cp < colorprofile.ANSI256 || protocol == picture.NoPictures {
		return
	}
	ro.PictureRows = ui.PictureRows(max(height, 24))
	ro.PicturePalette256 = cp == colorprofile.ANSI256
	if protocol == picture.KittyPlaceholders && cp == colorprofile.TrueColor {
		ro.PictureKitty, ro.PictureCache = true, picture.NewCache(16)
	}
}

// renderShown is what folio show writes to a terminal: the pictures'
// kitty images first, so the terminal has them when their placeholders
// arrive, then the rendered post. A warning goes to stderr.
func renderShown(p *posts.Post, ro ui.RenderOptions, stderr io.Writer) string {
	doc := ui.RenderPost(p, ro)
	if doc.Warning != "" {
		fmt.Fprintln(stderr, "folio: warning: "+termsafe.Line(doc.Warning))
	}
	return ro.PictureCache.Transmits() + doc.Content + "\n"
}

// readingWidth is the width setting (--width, FOLIO_WIDTH, width = …),
// 80 by default; the terminal's width caps it.
func readingWidth(b *blog) int {
	if b.cfg == nil || b.cfg.Width <= 0 {
		return config.DefaultWidth
	}
	return b.cfg.Width
}

// showStyle is the configured style, or the terminal's background.
func showStyle(b *blog, out *os.File) string {
	if b.cfg != nil && (b.cfg.Style == "dark" || b.cfg.Style == "light") {
		return b.cfg.Style
	}
	if lipgloss.HasDarkBackground(os.Stdin, out) {
		return "dark"
	}
	return "light"
}

// findShown reads the post named by a path, or the single post matching
// a query, with the blog's posts when it loaded them to find it. A query
// matching several posts is an error that lists them.
func findShown(ctx context.Context, b *blog, args []string, stderr io.Writer) (shown *posts.Post, loaded []*posts.Post, err error) {
	opts := b.opts
	opts.KeepBody = true
	if len(args) == 1 && (posts.IsPostFile(args[0]) || posts.IsHTMLFile(args[0])) {
		if p, ok := readPathArg(b, args[0], opts); ok {
			return p, nil, nil
		}
	}
	q, err := posts.ParseQuery(strings.Join(args, " "), b.taxonomies...)
	if err != nil {
		return nil, nil, usageError("%v", err)
	}
	opts.KeepBody, opts.Search = false, true
	all, _, err := b.loadContext(ctx, opts)
	if err != nil {
		return nil, nil, err
	}
	matches := posts.Filter(all, q)
	switch len(matches) {
	case 0:
		return nil, nil, fmt.Errorf("no post matches %q", q.String())
	case 1:
		opts.KeepBody, opts.Search = true, false
		return posts.ParseFile(posts.DirFS(b.dir), matches[0].Path, opts), all, nil
	}
	for i, p := range matches {
		if i == 10 {
			fmt.Fprintf(stderr, "  … and %d more\n", len(matches)-10)
			break
		}
		fmt.Fprintf(stderr, "  %s  %s\n", termsafe.Line(p.Path), termsafe.Line(p.Title))
	}
	return nil, nil, &exitError{code: 1, err: fmt.Errorf("%d posts match %q; narrow the query or give a path", len(matches), q.String())}
}

// links finds the posts p links to among the blog's posts: those loaded
// to find p, else the blog's, read now. Every link between posts is
// written with a brace ({% post_url %}, {{< ref >}}, {filename}), so a
// body without one needs none; a blog that cannot be read gives none,
// and p is still shown.
func (b *blog) links(ctx context.Context, p *posts.Post, loaded []*posts.Post) *posts.Links {
	if loaded == nil && strings.Contains(p.Body, "{") {
		loaded, _, _ = b.loadContext(ctx, b.opts)
	}
	if loaded == nil {
		return nil
	}
	return posts.NewLinks(loaded, b.opts.Rules)
}

// readPathArg reads a post file given as a path, relative to the current
// folder or to the blog. Inside the blog it is read with the blog's rules
// and its path is shown relative to the blog.
func readPathArg(b *blog, arg string, opts posts.Options) (*posts.Post, bool) {
	for _, cand := range []string{arg, filepath.Join(b.dir, arg)} {
		abs, err := filepath.Abs(cand)
		if err != nil {
			continue
		}
		// Lstat: a file that exists but cannot be read (a symlink loop)
		// is still that post, shown with its warning, not "no match".
		if info, err := os.Lstat(abs); err != nil || info.IsDir() {
			continue
		}
		if rel, err := filepath.Rel(b.dir, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return posts.ParseFile(posts.DirFS(b.dir), filepath.ToSlash(rel), opts), true
		}
		return posts.ParseFile(posts.DirFS(filepath.Dir(abs)), filepath.Base(abs), opts), true
	}
	return nil, false
}

// warnSkippedData names the _data and _includes files a Jekyll post's
// Liquid could not read (too large, unreadable, not valid), so that a
// value missing from the post has a reason.
func warnSkippedData(s streams, st *config.Site, p *posts.Post) {
	if st.Generator != site.Jekyll || !strings.Contains(p.Body, "{%") && !strings.Contains(p.Body, "{{") {
		return
	}
	for _, n := range st.JekyllFiles().Skipped {
		fmt.Fprintln(s.err, "folio: warning: "+termsafe.Line(n.String()))
	}
}
