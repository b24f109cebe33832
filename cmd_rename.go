package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/folio-blog/folio/posts/edit"
	"github.com/spf13/cobra"
)

func newRenameCommand(s streams) *cobra.Command {
	var noLinks, alias bool
	cmd := &cobra.Command{
		Use:   "rename PATH|QUERY TITLE",
		Short: "Give a post a new title, with the slug and file name that go with it",
		Long: `Change a post's title, and with it its slug (when the post sets one) and
file name, as they would be for a new post with that title. A Jekyll post
keeps its date. Only a Hugo page bundle whose folder is the post's own has
its folder renamed; a section's _index file, or an index file whose folder
holds other posts, keeps its name. Every other byte stays as it was, and
every path that moves is printed on standard error. Since the slug changes,
so does the post's URL, and a URL another post has already is refused.

The links other posts make to the post are rewritten in the form each
was written: Pelican's {filename}, Hugo's ref and relref, Jekyll's
post_url and link, relative paths to the source file, and the post's
site-absolute address. Each rewritten link and each post touched is
printed; a link in a file folio cannot replace safely (a symbolic or hard
link) is listed and left. With --no-links the links are only listed, as
file:line: link. With --alias a Hugo post keeps its old address in its
aliases, so that Hugo redirects it.

The first argument is a file, or a query (as in folio list, quoted as one
argument) that must match exactly one post. The new path is printed on
standard output.`,
		Example: `  folio rename _posts/2015-05-05-old-post.md "A better title"
  folio rename 'tag:go draft' "Go, one year on"
  folio rename --no-links content/post/x.md "Why Y"`,
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
			res, err := edit.Rename(b.dir, rel, args[1], edit.RenameOptions{Rules: b.opts.Rules, Links: linkMode(noLinks), Alias: alias})
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
			case res.OldURL != res.NewURL && res.Aliased:
				fmt.Fprintf(s.err, "folio: the post's URL changes: %s → %s; the old one is kept in its aliases, so Hugo redirects it\n",
					sanitizeLine(res.OldURL), sanitizeLine(res.NewURL))
			case res.OldURL != res.NewURL && res.OldURL != "" && res.NewURL != "" && !noLinks:
				fmt.Fprintf(s.err, "folio: warning: the post's URL changes: %s → %s (links from elsewhere to the old one break unless the site redirects them)\n",
					sanitizeLine(res.OldURL), sanitizeLine(res.NewURL))
			case res.OldURL != res.NewURL && res.OldURL != "" && res.NewURL != "":
				fmt.Fprintf(s.err, "folio: warning: the post's URL changes: %s → %s (links to the old one break unless the site redirects them)\n",
					sanitizeLine(res.OldURL), sanitizeLine(res.NewURL))
			case res.OldSlug != res.NewSlug:
				fmt.Fprintf(s.err, "folio: warning: the slug changed (%s → %s), so the post's URL changes too\n",
					sanitizeLine(res.OldSlug), sanitizeLine(res.NewSlug))
			}
			printLinks(s, res, noLinks)
			fmt.Fprintln(s.out, sanitizeLine(displayPath(res.Path)))
			return nil
		},
	}
	cmd.Flags().BoolVar(&noLinks, "no-links", false, "list the links to the post without rewriting them")
	cmd.Flags().BoolVar(&alias, "alias", false, "add the old URL to a Hugo post's aliases")
	return cmd
}

// linkMode is what rename does with links: rewrite them unless told to
// only list them.
func linkMode(noLinks bool) edit.LinkMode {
	if noLinks {
		return edit.LinksListed
	}
	return edit.LinksRewritten
}

// printLinks says, on standard error, which links to the renamed post
// were found, rewritten or left, and which posts were touched.
func printLinks(s streams, res *edit.Renamed, listOnly bool) {
	for _, l := range res.Links {
		loc := fmt.Sprintf("%s:%d", sanitizeLine(l.Rel), l.Line)
		switch {
		case listOnly:
			fmt.Fprintf(s.err, "%s: %s\n", loc, sanitizeLine(l.Old))
		case l.Old == "":
			fmt.Fprintf(s.err, "%s: %s; its links were left as they are\n", loc, sanitizeLine(l.Refused))
		case l.Refused != "":
			fmt.Fprintf(s.err, "%s: left %s: %s\n", loc, sanitizeLine(l.Old), sanitizeLine(l.Refused))
		default:
			fmt.Fprintf(s.err, "%s: %s → %s\n", loc, sanitizeLine(l.Old), sanitizeLine(l.New))
		}
	}
	if listOnly {
		if n := len(res.Links); n > 0 {
			fmt.Fprintf(s.err, "folio: %d %s to the post left as %s (--no-links)\n", n, pluralize(n, "link", "links"), pluralize(n, "it was", "they were"))
		}
		return
	}
	if n := len(res.LinkChanges); n > 0 {
		touched := make([]string, n)
		for i, c := range res.LinkChanges {
			touched[i] = sanitizeLine(c.Rel)
		}
		fmt.Fprintf(s.err, "folio: rewrote links in %d other %s: %s\n", n, pluralize(n, "post", "posts"), strings.Join(touched, ", "))
	}
}
