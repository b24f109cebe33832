package main

import (
	"errors"
	"fmt"

	"github.com/folio-blog/folio/posts/edit"
	"github.com/spf13/cobra"
)

func newRenameCommand(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "rename PATH|QUERY TITLE",
		Short: "Give a post a new title, with the slug and file name that go with it",
		Long: `Change a post's title, and with it its slug (when the post sets one) and
file name, as they would be for a new post with that title. A Jekyll post
keeps its date. Only a Hugo page bundle whose folder is the post's own has
its folder renamed; a section's _index file, or an index file whose folder
holds other posts, keeps its name. Every other byte stays as it was, and
every path that moves is printed on standard error. Since the slug changes,
so does the post's URL: links to the old address break unless the site
redirects them, and a URL another post has already is refused.

The first argument is a file, or a query (as in folio list, quoted as one
argument) that must match exactly one post. The new path is printed on
standard output.`,
		Example: `  folio rename _posts/2015-05-05-old-post.md "A better title"
  folio rename 'tag:go draft' "Go, one year on"`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := openBlog(cmd, "")
			if err != nil {
				return err
			}
			rel, err := findPostRel(cmd, b, args[:1])
			if err != nil {
				return err
			}
			res, err := edit.Rename(b.dir, rel, args[1], edit.RenameOptions{Rules: b.opts.Rules})
			if errors.Is(err, edit.ErrURLTaken) {
				return &exitError{code: 1, err: err}
			}
			if errors.Is(err, edit.ErrNoTitle) || errors.Is(err, edit.ErrUnwritable) {
				return usageError("%v", err)
			}
			if err := writeError(err); err != nil {
				return err
			}
			for _, m := range res.Moved {
				if m.Folder {
					fmt.Fprintf(s.err, "folio: renamed the folder %s/ → %s/ (the page bundle, with its %d %s)\n",
						sanitizeLine(m.From), sanitizeLine(m.To), m.Files, pluralize(m.Files, "file", "files"))
				} else {
					fmt.Fprintf(s.err, "folio: renamed %s → %s\n", sanitizeLine(m.From), sanitizeLine(m.To))
				}
			}
			switch {
			case len(res.Moved) > 0:
			case res.NameKept != "":
				fmt.Fprintf(s.err, "folio: retitled %s; its name is kept: %s\n", sanitizeLine(res.Rel), sanitizeLine(res.NameKept))
			default:
				fmt.Fprintf(s.err, "folio: retitled %s\n", sanitizeLine(res.Rel))
			}
			switch {
			case res.OldURL != res.NewURL && res.OldURL != "" && res.NewURL != "":
				fmt.Fprintf(s.err, "folio: warning: the post's URL changes: %s → %s (links to the old one break unless the site redirects them)\n",
					sanitizeLine(res.OldURL), sanitizeLine(res.NewURL))
			case res.OldSlug != res.NewSlug:
				fmt.Fprintf(s.err, "folio: warning: the slug changed (%s → %s), so the post's URL changes too\n",
					sanitizeLine(res.OldSlug), sanitizeLine(res.NewSlug))
			}
			fmt.Fprintln(s.out, sanitizeLine(displayPath(res.Path)))
			return nil
		},
	}
}
