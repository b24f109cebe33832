package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/posts"
	"github.com/spf13/cobra"
)

// blog is an opened blog: its site root, its settings and how to read it.
type blog struct {
	dir        string // absolute path of the site root found from --dir or DIR
	cfg        *config.Config
	opts       posts.Options
	taxonomies []string // the site's own taxonomies, accepted in queries
}

// openBlog resolves the folder from --dir (or a DIR argument), walks up
// from it to the site root, detects the site and loads folio's settings
// for it. Post paths are then relative to the site root, wherever inside
// the site folio was started. A folder that does not exist, or a settings
// file or value folio cannot read, is a usage error (exit status 2);
// settings warnings (an unknown key) are printed and folio goes on.
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
	cfg, err := config.Load(config.LoadOptions{Dir: abs, Flags: settingFlags(cmd)})
	if err != nil {
		var fe *config.FileError
		if errors.As(err, &fe) {
			return nil, usageError("%s", fe.Error())
		}
		return nil, usageError("%v", err)
	}
	for _, w := range cfg.Warnings {
		fmt.Fprintln(cmd.ErrOrStderr(), "folio: warning: "+sanitizeLine(w))
	}
	return &blog{dir: cfg.Site.Root, cfg: cfg, opts: cfg.PostsOptions(), taxonomies: cfg.Taxonomies()}, nil
}

// notASetting marks a flag that has a setting's name but means
// something else (folio stats --width is the chart's width, not the
// reading width), so that settingFlags leaves it to its command.
const notASetting = "folio-not-a-setting"

// settingFlags collects the flags a command was given that are also
// settings (--sort, --show-drafts, …), so that they win over files and
// the environment.
func settingFlags(cmd *cobra.Command) map[string]string {
	out := map[string]string{}
	for _, k := range config.Keys {
		if f := cmd.Flags().Lookup(config.FlagName(k)); f != nil && f.Changed && f.Annotations[notASetting] == nil {
			out[k] = f.Value.String()
		}
	}
	return out
}

// load reads every post of the blog, newest first.
func (b *blog) load(cmd *cobra.Command, opts posts.Options) ([]*posts.Post, []posts.Warning, error) {
	return b.loadContext(cmd.Context(), opts)
}

// loadContext is load with a context. A content folder that is missing
// or outside the site is a settings problem: exit status 2, one line.
func (b *blog) loadContext(ctx context.Context, opts posts.Options) ([]*posts.Post, []posts.Warning, error) {
	ps, warns, err := posts.Load(ctx, posts.DirFS(b.dir), opts)
	var cde *posts.ContentDirError
	if errors.As(err, &cde) {
		return nil, nil, usageError("%s", sanitizeLine(cde.Error()))
	}
	if err != nil {
		return nil, nil, fmt.Errorf("read %s: %w", b.dir, err)
	}
	return ps, warns, nil
}
