package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/spf13/cobra"
)

func newPublishCommand(s streams) *cobra.Command {
	return newStatusCommand(s, true)
}

func newUnpublishCommand(s streams) *cobra.Command {
	return newStatusCommand(s, false)
}

// newStatusCommand builds folio publish and folio unpublish.
func newStatusCommand(s streams, publish bool) *cobra.Command {
	var now bool
	var date string
	cmd := &cobra.Command{
		Use:   "publish PATH|QUERY",
		Short: "Make a draft published: Status, draft, or Jekyll's _drafts → _posts",
		Long: `Publish a draft: Pelican's Status line, Hugo's draft key, Jekyll's
"published: false", or for a never-published Jekyll draft a move from
_drafts/slug.md to _posts/DATE-slug.md with its date set, as jekyll-compose
does. A key that folio unpublish added is removed again, so unpublish then
publish gives back the same file. Every other byte stays as it was. The
file is replaced atomically with its owner and mode, never through a link,
and not at all if it changed on disk meanwhile; read-only files and files
with other hard links are left alone.

The argument is a file, or a query (as in folio list) that must match
exactly one post. The post's path afterwards is printed on standard output.`,
		Example: `  folio publish content/drafts/new-idea.md --now
  folio publish 'title:"New idea"' --date 2024-03-05`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSetStatus(cmd, s, args, publish, now, date)
		},
	}
	if publish {
		cmd.Flags().BoolVar(&now, "now", false, "also set the post's date to now")
		cmd.Flags().StringVar(&date, "date", "", "also set the post's date, such as 2024-03-05 or 2024-03-05T14:07:00+01:00")
	} else {
		cmd.Use = "unpublish PATH|QUERY"
		cmd.Short = "Make a post a draft again, so that publish gives it back as it was"
		cmd.Long = `Make a published post a draft: Pelican's Status line, Hugo's draft key, or
Jekyll's "published: false" (the post stays in _posts, its date and URL
kept). A key the post does not have is added as its first key, and folio
publish removes it again. Only those lines change; the file is replaced
atomically.

The argument is a file, or a query (as in folio list) that must match
exactly one post.`
		cmd.Example = `  folio unpublish content/posts/hello.md
  folio unpublish 'hello tag:news'`
	}
	return cmd
}

func runSetStatus(cmd *cobra.Command, s streams, args []string, publish, now bool, dateArg string) error {
	b, err := openBlog(cmd, "")
	if err != nil {
		return err
	}
	opts := edit.PublishOptions{Rules: b.opts.Rules, SetDate: now, Now: b.opts.Now}
	if dateArg != "" {
		d, err := parseDateFlag(dateArg)
		if err != nil {
			return err
		}
		opts.SetDate, opts.Date = true, d
	}
	rel, err := findPostRel(cmd, b, args)
	if err != nil {
		return err
	}
	res, err := edit.SetStatus(b.dir, rel, publish, opts)
	if errors.Is(err, edit.ErrDateRange) {
		return usageError("--date: %v", err)
	}
	if err := writeError(err); err != nil {
		return err
	}
	verb := "unpublished"
	if publish {
		verb = "published"
	}
	switch {
	case !res.Changed:
		state := string(res.Status)
		if res.Status == posts.StatusDraft {
			state = "a draft"
		}
		fmt.Fprintf(s.err, "folio: %s is already %s\n", sanitizeLine(res.Rel), state)
	case res.Moved:
		fmt.Fprintf(s.err, "folio: %s %s → %s\n", verb, sanitizeLine(rel), sanitizeLine(res.Rel))
	default:
		fmt.Fprintf(s.err, "folio: %s %s\n", verb, sanitizeLine(res.Rel))
	}
	fmt.Fprintln(s.out, sanitizeLine(displayPath(res.Path)))
	return nil
}

// writeError turns the errors of folio's writing paths that are about
// the file (not folio) into exit status 1.
func writeError(err error) error {
	for _, e := range []error{edit.ErrChanged, edit.ErrSymlink, edit.ErrOutsideSite, edit.ErrNoFrontMatter,
		edit.ErrJSONFrontMatter, edit.ErrReadOnly, edit.ErrHardLinked, edit.ErrOwner, edit.ErrCannotEdit} {
		if errors.Is(err, e) {
			return &exitError{code: 1, err: err}
		}
	}
	return err
}

// parseDateFlag reads a --date value; without an offset it is the local
// wall-clock time.
func parseDateFlag(arg string) (time.Time, error) {
	d, err := posts.ParseDate(arg)
	if err != nil {
		return time.Time{}, usageError("--date: %v", err)
	}
	t := d.Time
	if !d.HasZone {
		t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.Local)
	}
	return t, nil
}

// findPostRel resolves a path or a query to one post, relative to the
// blog folder. A path keeps its own link, for the writer to refuse.
func findPostRel(cmd *cobra.Command, b *blog, args []string) (string, error) {
	if len(args) == 1 && (pathExists(b, args[0]) || looksLikePath(args[0])) {
		return postRel(b, args[0])
	}
	abs, _, err := findPost(cmd, b, args)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(b.dir, abs)
	if err != nil {
		return "", err
	}
	return filepath.ToSlash(rel), nil
}

// looksLikePath reports an argument that names a post file rather than
// a query, so that a missing file says so.
func looksLikePath(arg string) bool {
	return (posts.IsPostFile(arg) || posts.IsHTMLFile(arg)) && !strings.ContainsAny(arg, ": ")
}

// pathExists reports whether arg names a file, relative to the current
// folder or to the blog folder.
func pathExists(b *blog, arg string) bool {
	for _, cand := range []string{arg, filepath.Join(b.dir, arg)} {
		if info, err := os.Lstat(cand); err == nil && !info.IsDir() {
			return true
		}
	}
	return false
}

// postRel finds a post given as a path (relative to the current folder,
// or to the blog folder) and returns it relative to the blog folder.
func postRel(b *blog, arg string) (string, error) {
	for _, cand := range []string{arg, filepath.Join(b.dir, arg)} {
		abs, err := filepath.Abs(cand)
		if err != nil {
			continue
		}
		if _, err := os.Lstat(abs); err != nil {
			continue
		}
		// The file's own link is kept, for SetStatus to refuse.
		parent, err := filepath.EvalSymlinks(filepath.Dir(abs))
		if err != nil {
			continue
		}
		rel, ok := relUnder(realPath(b.dir), filepath.Join(parent, filepath.Base(abs)))
		if !ok {
			return "", &exitError{code: 1, err: fmt.Errorf("%s %w", arg, edit.ErrOutsideSite)}
		}
		return rel, nil
	}
	return "", usageError("%s: no such file", arg)
}
