package main

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/folio-blog/folio/posts"
	"github.com/spf13/cobra"
)

func newEditCommand(s streams) *cobra.Command {
	var editor string
	cmd := &cobra.Command{
		Use:   "edit QUERY|PATH",
		Short: "Open a post in $VISUAL or $EDITOR, below its front matter",
		Long: `Open a post in the editor (--editor, then $VISUAL, then $EDITOR, then the editor setting, then nano or vi).

The argument is a file, or a query (as in folio list) that must match exactly
one post; when it matches several they are listed.`,
		Example: `  folio edit content/python/decorators.md
  folio edit 'decorators tag:python'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := openBlog(cmd, "")
			if err != nil {
				return err
			}
			path, line, err := findPost(cmd, b, args)
			if err != nil {
				return err
			}
			if editor == "" {
				_, _, _, editor = b.newPostSettings()
			}
			return runEditor(s, editor, path, line)
		},
	}
	cmd.Flags().StringVar(&editor, "editor", "", "editor command (wins over $VISUAL and $EDITOR)")
	return cmd
}

// findPost resolves a path or a query to one post file and the line its
// body starts on.
func findPost(cmd *cobra.Command, b *blog, args []string) (string, int, error) {
	if len(args) == 1 {
		for _, cand := range []string{args[0], filepath.Join(b.dir, args[0])} {
			info, err := os.Stat(cand)
			if err != nil || info.IsDir() {
				continue
			}
			if !info.Mode().IsRegular() {
				// An editor would block on a named pipe as folio would.
				return "", 0, usageError("%s: %v", sanitizeLine(args[0]), posts.NotRegular(info.Mode()))
			}
			abs, _ := filepath.Abs(cand)
			line := 0
			if rel, ok := relInside(b.dir, abs); ok {
				if data, err := posts.ReadRegularFile(abs, cmp.Or(b.opts.MaxFileSize, posts.MaxPostFileSize)); err == nil {
					line = posts.Parse(rel, data, b.opts).BodyLine
				}
			}
			return abs, line, nil
		}
	}
	q, err := posts.ParseQuery(joinQuery(args), b.taxonomies...)
	if err != nil {
		return "", 0, usageError("no such file, and not a query: %v", err)
	}
	opts := b.opts
	opts.Search = len(q.Words()) > 0
	ps, _, err := b.load(cmd, opts)
	if err != nil {
		return "", 0, err
	}
	ps = posts.Filter(ps, q)
	switch len(ps) {
	case 0:
		return "", 0, &exitError{code: 1, err: fmt.Errorf("no post matches %s", sanitizeLine(strings.Join(args, " ")))}
	case 1:
		return filepath.Join(b.dir, filepath.FromSlash(ps[0].Path)), ps[0].BodyLine, nil
	}
	w := cmd.ErrOrStderr()
	for i, p := range ps {
		if i == 10 {
			fmt.Fprintf(w, "  … and %d more\n", len(ps)-10)
			break
		}
		fmt.Fprintf(w, "  %s  %s\n", sanitizeLine(p.Path), sanitizeLine(p.Title))
	}
	return "", 0, usageError("%d posts match; narrow the query", len(ps))
}

// relInside returns abs relative to dir, slash-separated, when it is
// inside, links resolved on both.
func relInside(dir, abs string) (string, bool) {
	return relUnder(realPath(dir), realPath(abs))
}

// realPath is p with its links resolved, or p when that fails.
func realPath(p string) string {
	if real, err := filepath.EvalSymlinks(p); err == nil {
		return real
	}
	return p
}

// relUnder returns p relative to dir, slash-separated, when it is below
// dir; both are absolute. The folio commands that take or show a path
// all decide "inside" through it.
func relUnder(dir, p string) (string, bool) {
	rel, err := filepath.Rel(dir, p)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}
