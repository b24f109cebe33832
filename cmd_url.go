package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
	"github.com/spf13/cobra"
)

func newURLCommand(s streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "url [PATH|QUERY]",
		Short: "Print the address each post is published at",
		Long: `Print the full address of the page the site's generator writes for a post
(the site's base URL, then the post's URL), one per line: the post at PATH,
or every post a query (as in folio list) matches, newest first. Without an
argument, every post.

A post the generator writes no page for has no address; asking for it by
path is exit status 1. Without a base URL in the site's settings, addresses
are printed relative to the site's root.`,
		Example: `  folio url content/python/decorators.md
  folio url tag:python -status:draft`,
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := openBlog(cmd, "")
			if err != nil {
				return err
			}
			ps, byPath, err := postsFor(cmd, b, args)
			if err != nil {
				return err
			}
			rules := b.opts.Rules.URLs
			var out strings.Builder
			for _, p := range ps {
				if p.URL == "" {
					if byPath {
						return &exitError{code: 1, err: fmt.Errorf("%s: %s", sanitizeLine(p.Path), noPageReason(b))}
					}
					continue
				}
				out.WriteString(sanitizeLine(rules.FullURL(p)) + "\n")
			}
			if out.Len() == 0 {
				return &exitError{code: 1, err: fmt.Errorf("no published page matches %s", sanitizeLine(strings.Join(args, " ")))}
			}
			_, err = fmt.Fprint(s.out, out.String())
			return err
		},
	}
	return cmd
}

// noPageReason says why a post has no address.
func noPageReason(b *blog) string {
	if b.cfg.Site.Generator == site.Plain {
		return "a plain folder has no generator, so no page and no address"
	}
	return string(b.cfg.Site.Generator) + " writes no page for it"
}

// postsFor resolves the arguments of a command that takes PATH|QUERY:
// the one post file they name, or every post the query matches, newest
// first. byPath says which.
func postsFor(cmd *cobra.Command, b *blog, args []string) (ps []*posts.Post, byPath bool, err error) {
	if len(args) == 1 {
		for _, cand := range []string{args[0], filepath.Join(b.dir, args[0])} {
			info, err := os.Stat(cand)
			if err != nil || info.IsDir() {
				continue
			}
			abs, _ := filepath.Abs(cand)
			rel, ok := relInside(b.dir, abs)
			if !ok {
				return nil, true, usageError("%s is not inside the site at %s", sanitizeLine(args[0]), sanitizeLine(b.dir))
			}
			return []*posts.Post{posts.ParseFile(posts.DirFS(b.dir), rel, b.opts)}, true, nil
		}
	}
	q, err := posts.ParseQuery(joinQuery(args), b.taxonomies...)
	if err != nil {
		return nil, false, usageError("no such file, and not a query: %v", err)
	}
	opts := b.opts
	opts.Search = len(q.Words()) > 0
	all, _, err := b.load(cmd, opts)
	if err != nil {
		return nil, false, err
	}
	ps = posts.Filter(all, q)
	if len(ps) == 0 {
		return nil, false, &exitError{code: 1, err: fmt.Errorf("no post matches %s", sanitizeLine(strings.Join(args, " ")))}
	}
	return ps, false, nil
}
