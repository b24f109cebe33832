package main

import (
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui"
	"github.com/spf13/cobra"
)

// runTUI opens the terminal UI on the blog in DIR (or --dir, or the
// current folder), following changes on disk.
func runTUI(cmd *cobra.Command, s streams, args []string) error {
	dirArg := ""
	if len(args) > 0 {
		dirArg = args[0]
	}
	b, err := openBlog(cmd, dirArg)
	if err != nil {
		return err
	}
	return ui.Run(cmd.Context(), b.uiOptions(), s.in, s.out)
}

// uiOptions are the TUI's options from the blog's settings.
func (b *blog) uiOptions() ui.Options {
	o := ui.Options{Dir: b.dir, Posts: b.opts, Taxonomies: b.taxonomies, Watch: true}
	if b.cfg != nil {
		o.Sort, o.Reverse = b.cfg.Sort, b.cfg.SortReverse
		o.Editor, o.Author = b.cfg.Editor, b.cfg.Author
		// The new_post_format and new_post_path settings only when set,
		// read as folio new reads --format and --path: unset, the form
		// places a post (and a draft) as folio new does.
		format, pattern, _, _ := b.newPostSettings()
		o.NewPostPath = pattern
		if format != "" {
			if st, err := posts.StyleNamed(format, b.opts.Site); err == nil {
				o.NewPostStyle = st
			}
		}
		o.HideDrafts = !b.cfg.ShowDrafts
		if b.cfg.Style == "dark" || b.cfg.Style == "light" {
			o.Style = b.cfg.Style
		}
	}
	return o
}
