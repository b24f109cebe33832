package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/folio-blog/folio/posts"
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
	cmd := &cobra.Command{
		Use:   "publish PATH",
		Short: "Make a draft published: Status, draft, or Jekyll's _drafts → _posts",
		Long: `Publish a draft: Pelican's Status line, Hugo's draft key, or for Jekyll a
move from _drafts/slug.md to _posts/DATE-slug.md with its date set, as
jekyll-compose does. Only those lines change; every other byte of the file
stays as it was. The file is replaced atomically, never through a link, and
not at all if it changed on disk meanwhile.

The post's path afterwards is printed on standard output.`,
		Example: `  folio publish content/drafts/new-idea.md --now`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSetStatus(cmd, s, args[0], publish, now)
		},
	}
	if publish {
		cmd.Flags().BoolVar(&now, "now", false, "also set the post's date to now")
	} else {
		cmd.Use = "unpublish PATH"
		cmd.Short = "Make a post a draft again: Status, draft, or Jekyll's _posts → _drafts"
		cmd.Long = `Make a published post a draft: Pelican's Status line, Hugo's draft key, or
for Jekyll a move from _posts/DATE-slug.md to _drafts/slug.md. Only those
lines change; the file is replaced atomically.`
		cmd.Example = `  folio unpublish content/posts/hello.md`
	}
	return cmd
}

func runSetStatus(cmd *cobra.Command, s streams, arg string, publish, now bool) error {
	b, err := openBlog(cmd, "")
	if err != nil {
		return err
	}
	rel, err := postRel(b, arg)
	if err != nil {
		return err
	}
	res, err := posts.SetStatus(b.dir, rel, publish, posts.PublishOptions{Site: b.opts.Site, SetDate: now, Now: b.opts.Now})
	switch {
	case errors.Is(err, posts.ErrChanged), errors.Is(err, posts.ErrSymlink), errors.Is(err, posts.ErrOutsideSite), errors.Is(err, posts.ErrNoFrontMatter):
		return &exitError{code: 1, err: err}
	case err != nil:
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
			return "", &exitError{code: 1, err: fmt.Errorf("%s %w", arg, posts.ErrOutsideSite)}
		}
		return rel, nil
	}
	return "", usageError("%s: no such file", arg)
}
