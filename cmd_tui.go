package main

import (
	"fmt"

	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/preview"
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
	cfg, err := b.uiConfig()
	if err != nil {
		return err
	}
	// A signal ends the interface like q does: the preview server it
	// started stops before folio exits.
	ctx, stop := untilSignal(cmd.Context(), endSignals...)
	defer stop()
	err = ui.Run(ctx, cfg, s.in, s.out)
	if serr := signalExit(ctx); serr != nil {
		return serr
	}
	return err
}

// uiConfig is the TUI's configuration, from the blog's settings as the
// commands resolve them: the same new-post settings as folio new, the
// date format and the style (a JSON style file is read here, once).
func (b *blog) uiConfig() (ui.Config, error) {
	c := ui.Config{Dir: b.dir, Posts: b.opts, Taxonomies: b.taxonomies, Watch: true}
	if b.cfg == nil {
		return c, nil
	}
	if b.cfg.Site != nil {
		c.Title = b.cfg.Site.Title // the folder's name when the site has none
		c.SiteValues = b.cfg.Site.Values
		c.JekyllFiles = b.cfg.Site.JekyllFiles
		c.StaticDirs = b.cfg.Site.StaticDirs
		c.DefinitionTermIDs = b.cfg.Site.DefinitionTermIDs
		c.Emoji = b.cfg.Site.Emoji
	}
	c.Sort, c.Reverse = b.cfg.Sort, b.cfg.SortReverse
	if b.cfg.Sources[config.KeySort].Kind == config.FromDefault || b.cfg.Sort == posts.SortRelevance {
		c.Sort = "" // the list picks: by title when few posts have dates
	}
	c.DateFormat = b.cfg.DateFormat
	c.Width = b.cfg.Width
	c.HideDrafts = !b.cfg.ShowDrafts
	c.Style = b.cfg.Style
	if c.Style != "" && c.Style != "auto" && c.Style != "dark" && c.Style != "light" {
		data, err := posts.ReadRegularFile(c.Style, config.MaxSettingsFileSize)
		if err != nil {
			return c, usageError("style file: %v", err)
		}
		c.StyleJSON = data
	}
	np, err := b.newPostConfig()
	if err != nil {
		return c, err
	}
	c.NewPost, c.Editor = np, b.cfg.Editor
	c.Preview = preview.Options{Site: b.cfg.Site, SettingsFile: b.cfg.SiteFile}
	return c, nil
}

// newPostConfig resolves the new-post settings with folio new's own
// resolver, so that the form writes where and how folio new writes.
func (b *blog) newPostConfig() (ui.NewPostSettings, error) {
	format, pattern, author, _ := b.newPostSettings()
	np := ui.NewPostSettings{Author: author, PathPattern: pattern}
	if format != "" {
		st, err := edit.StyleNamed(format, b.opts.Rules)
		if err != nil {
			return np, fmt.Errorf("new_post_format: %w", err)
		}
		np.Style = st
	}
	return np, nil
}
