package main

import (
	"bufio"
	"fmt"
	"slices"
	"strings"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/check"
	"github.com/folio-blog/folio/ui/termsafe"
	"github.com/spf13/cobra"
)

func newCheckCommand(s streams) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Print every problem as file:line: message (exit status 1 if any)",
		Long: `Check reads every post and prints each problem found (unterminated front matter,
YAML or TOML errors, unreadable dates, duplicate keys, unknown statuses,
double-encoded text, files too large or not UTF-8, two posts at one URL) as
file:line: message. The exit status is 1 when there is any problem, so a
blog's CI can run it.

It also checks the site as a whole: links between posts in every form the
generator follows (Pelican {filename}, Hugo ref and relref, Jekyll post_url
and link, relative .md paths, site addresses shaped like a post's) that lead
to no post, images and static files that are not there, links from published
posts to drafts, and #anchors that name no heading of their target. Links
to other sites are not followed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := openBlog(cmd, "")
			if err != nil {
				return err
			}
			opts := b.opts
			opts.KeepBody = true // read once, for the links
			ps, warns, err := b.load(cmd, opts)
			if err != nil {
				return err
			}
			slices.SortFunc(ps, func(a, b *posts.Post) int { return strings.Compare(a.Path, b.Path) })
			problems := warns
			for _, p := range ps {
				problems = append(problems, p.Warnings...)
			}
			problems = append(problems, posts.DuplicateURLs(ps)...)
			for _, pr := range check.Links(b.checkSite(ps)) {
				problems = append(problems, pr.Warning)
			}
			w := bufio.NewWriter(s.out)
			for _, wr := range problems {
				if asJSON {
					w.Write(wr.AppendJSON(nil))
					w.WriteByte('\n')
				} else {
					fmt.Fprintln(w, termsafe.Line(wr.String()))
				}
			}
			if err := w.Flush(); err != nil {
				return err
			}
			if n := len(problems); n > 0 {
				return &exitError{code: 1, err: fmt.Errorf("%d %s", n, pluralize(n, "problem", "problems"))}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, `print JSON Lines: {"file": …, "line": …, "message": …}`)
	return cmd
}

// checkSite is what check.Links looks at in the blog, for posts ps
// loaded with their bodies.
func (b *blog) checkSite(ps []*posts.Post) check.Site {
	return check.Site{Posts: ps, Rules: b.opts.Rules, Static: b.cfg.Site.StaticDirs, FS: posts.DirFS(b.dir),
		DefinitionTermIDs: b.cfg.Site.DefinitionTermIDs}
}
