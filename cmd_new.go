package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/ui"
	"github.com/spf13/cobra"
)

// newPostFlags are the flags of folio new.
type newPostFlags struct {
	tags, tag, authors []string
	category, format   string
	slug, path, date   string
	editor             string
	draft, noEdit      bool
	page               bool
}

func newNewCommand(s streams) *cobra.Command {
	var f newPostFlags
	cmd := &cobra.Command{
		Use:   "new TITLE",
		Short: "Create a post with front matter in the site's style and open it in the editor",
		Long: `Create a new post: front matter in the site's own style (a Pelican header,
Hugo TOML or the site's archetype, Jekyll YAML in _posts or _drafts), a file
named from the title's slug, then $VISUAL or $EDITOR on it.

An existing file is never overwritten: a clash gets "-2", "-3"… and says so.
If the post is left exactly as created, folio offers to remove it.
The new file's path is printed on standard output.`,
		Example: `  folio new "Hello, world" --tags go,cli --category notes
  folio new "Release notes" --draft=false --no-edit --format toml`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.page && !cmd.Flags().Changed("draft") {
				f.draft = false
			}
			return runNew(cmd, s, args[0], f)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&f.tags, "tags", nil, "comma-separated tags")
	fl.StringArrayVar(&f.tag, "tag", nil, "one tag, taken exactly (commas and all); repeat for several")
	fl.StringVar(&f.category, "category", "", "category")
	fl.StringArrayVar(&f.authors, "author", nil, "author (default: the site's); repeat for several")
	fl.StringVar(&f.format, "format", "", "front matter: "+strings.Join(edit.StyleNames, ", ")+" (default: the site's)")
	fl.StringVar(&f.slug, "slug", "", "slug (default: made from the title)")
	fl.StringVar(&f.date, "date", "", "the post's date, such as 2024-03-05T14:07:00+01:00 (default: now)")
	fl.StringVar(&f.path, "path", "", "path pattern relative to the site, with {slug} {category} {date} {year} {month} {day}")
	fl.StringVar(&f.editor, "editor", "", "editor command (wins over $VISUAL and $EDITOR)")
	fl.BoolVar(&f.draft, "draft", true, "create the post as a draft (--draft=false to publish it)")
	fl.BoolVar(&f.noEdit, "no-edit", false, "do not open the editor")
	fl.BoolVar(&f.page, "page", false, "create a page (not a dated post) where the site keeps its pages; published unless --draft")
	return cmd
}

func runNew(cmd *cobra.Command, s streams, title string, f newPostFlags) error {
	b, err := openBlog(cmd, "")
	if err != nil {
		return err
	}
	rules := b.opts.Rules
	format, pattern, author, editor := b.newPostSettings()
	if f.format != "" {
		format = f.format
	}
	if f.path != "" {
		pattern = f.path
	}
	if f.editor != "" {
		editor = f.editor
	}
	st, err := edit.StyleNamed(format, rules)
	if err != nil {
		names := edit.StyleNames
		return usageError("--format takes %s or %s, not %q", strings.Join(names[:len(names)-1], ", "), names[len(names)-1], format)
	}
	authors := f.authors
	if len(authors) == 0 && author != "" {
		authors = []string{author}
	}
	var tags []string
	for _, t := range f.tags {
		tags = append(tags, strings.Split(t, ",")...)
	}
	tags = append(tags, f.tag...)
	var date time.Time
	if f.date != "" {
		if date, err = parseDateFlag(f.date); err != nil {
			return err
		}
	}
	var existing []*posts.Post
	if pattern == "" {
		// Where the site keeps most of its posts decides where this
		// one goes (edit.PlaceNewPost).
		if existing, err = b.existingPosts(cmd); err != nil {
			return err
		}
	}
	c, err := edit.Create(b.dir, rules, edit.NewPost{
		Title: title, Tags: tags, Category: f.category, Authors: authors,
		Draft: f.draft, Slug: f.slug, Date: date, Page: f.page,
	}, edit.CreateOptions{Style: st, PathPattern: pattern, Now: b.opts.Now, Posts: existing})
	if errors.Is(err, edit.ErrNoTitle) || errors.Is(err, edit.ErrUnwritable) || errors.Is(err, edit.ErrNoPages) {
		return usageError("%v", err)
	}
	if errors.Is(err, edit.ErrDateRange) {
		return usageError("--date: %v", err)
	}
	if err != nil {
		return err
	}
	if c.Clashed() {
		fmt.Fprintf(s.err, "folio: %s exists; created %s instead\n", sanitizeLine(c.Wanted), sanitizeLine(c.Rel))
	}
	if c.Archetype != "" {
		fmt.Fprintf(s.err, "folio: used the archetype %s\n", sanitizeLine(c.Archetype))
	}
	if c.ArchetypeErr != nil {
		fmt.Fprintf(s.err, "folio: %s; used folio's own front matter\n", sanitizeLine(c.ArchetypeErr.Error()))
	}
	fmt.Fprintln(s.out, sanitizeLine(displayPath(c.Path)))
	if f.noEdit {
		return nil
	}
	return editNew(s, c, editor)
}

// existingPosts are the posts that decide where a new one goes; a
// content folder that does not exist yet (a new site) has none.
func (b *blog) existingPosts(cmd *cobra.Command) ([]*posts.Post, error) {
	ps, _, err := posts.Load(cmd.Context(), posts.DirFS(b.dir), b.opts)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		_, _, err = b.load(cmd, b.opts) // the commands' own message and exit status
		return nil, err
	}
	return ps, nil
}

// newPostSettings are folio's settings for new posts: the front matter
// format and path pattern only when someone set them (the defaults are
// the site's, and posts picks those itself, knowing drafts from posts),
// the default author and the configured editor.
func (b *blog) newPostSettings() (format, pattern, author, editor string) {
	author = b.opts.Rules.Author
	if b.cfg == nil {
		return "", "", author, ""
	}
	if b.cfg.Sources[config.KeyNewPostFormat].Kind != config.FromDefault {
		format = string(b.cfg.NewPostFormat)
	}
	if b.cfg.Sources[config.KeyNewPostPath].Kind != config.FromDefault {
		pattern = b.cfg.NewPostPath
	}
	if b.cfg.Author != "" {
		author = b.cfg.Author
	}
	return format, pattern, author, b.cfg.Editor
}

// editNew opens the new post in the editor and then deals with a post
// left exactly as it was created.
func editNew(s streams, c *edit.Created, configEditor string) error {
	if err := runEditor(s, configEditor, c.Path, c.BodyLine); err != nil {
		return err
	}
	data, err := posts.ReadRegularFile(c.Path, posts.MaxPostFileSize)
	if err != nil || string(data) != string(c.Content) {
		return nil
	}
	if !askYesNo(s, fmt.Sprintf("%s was not changed. Remove it? [y/N] ", sanitizeLine(c.Rel))) {
		fmt.Fprintf(s.err, "folio: kept %s\n", sanitizeLine(c.Rel))
		return nil
	}
	removed, err := edit.RemoveIfUntouched(c.Path, c.Content)
	if err != nil {
		return err
	}
	if removed {
		fmt.Fprintf(s.err, "folio: removed %s\n", sanitizeLine(c.Rel))
	}
	return nil
}

// runEditor runs the editor on path in the foreground and explains how it
// ended.
func runEditor(s streams, configEditor, path string, line int) error {
	ed, err := ui.EditorCommand(configEditor, path, line)
	if err != nil {
		return err
	}
	ed.Stdin, ed.Stdout, ed.Stderr = editorStdin(s.in), s.out, s.err
	if err := ui.EditorResult(path, ed.Run()); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return &exitError{code: 1, err: err}
		}
		return err
	}
	return nil
}

// editorStdin gives the editor the terminal folio was started on.
func editorStdin(in io.Reader) io.Reader {
	if in == nil {
		return os.Stdin
	}
	return in
}

// askYesNo asks on standard error and reads one line; without a terminal
// on standard input the answer is no.
func askYesNo(s streams, question string) bool {
	f, ok := s.in.(*os.File)
	if !ok {
		return false
	}
	if info, err := f.Stat(); err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	fmt.Fprint(s.err, question)
	yes, _ := readYes(f)
	return yes
}

// displayPath shows a path relative to the current folder when it is
// inside it.
func displayPath(abs string) string {
	wd, err := os.Getwd()
	if err != nil {
		return abs
	}
	rel, ok := relUnder(realPath(wd), abs)
	if !ok {
		return abs
	}
	return filepath.FromSlash(rel)
}
