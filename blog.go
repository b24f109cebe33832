package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/folio-blog/folio/posts"
	"github.com/spf13/cobra"
)

// blog is an opened blog folder: where it is and how to read it.
type blog struct {
	dir        string // absolute path of the folder given with --dir or DIR
	opts       posts.Options
	taxonomies []string // the site's own taxonomies, accepted in queries
}

// openBlog resolves the blog folder from --dir (or a DIR argument) and
// works out how its posts are read. A folder that does not exist is a
// usage error (exit status 2).
func openBlog(cmd *cobra.Command, dirArg string) (*blog, error) {
	dir, _ := cmd.Flags().GetString("dir")
	if dirArg != "" {
		dir = dirArg
	}
	if dir == "" {
		dir = "."
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, usageError("%s: %v", dir, err)
	}
	info, err := os.Stat(abs)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, usageError("%s: no such folder", dir)
		}
		return nil, usageError("%s: %v", dir, err)
	}
	if !info.IsDir() {
		return nil, usageError("%s: not a folder", dir)
	}
	return &blog{dir: abs, opts: posts.Options{}}, nil
}

// load reads every post of the blog, newest first.
func (b *blog) load(cmd *cobra.Command, opts posts.Options) ([]*posts.Post, []posts.Warning, error) {
	ps, warns, err := posts.Load(cmd.Context(), os.DirFS(b.dir), opts)
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", b.dir, err)
	}
	return ps, warns, nil
}
