package main

import (
	"context"
	"fmt"

	"github.com/folio-blog/folio/preview"
	"github.com/spf13/cobra"
)

func newPreviewCommand(s streams) *cobra.Command {
	var noBrowser bool
	cmd := &cobra.Command{
		Use:   "preview PATH|QUERY",
		Short: "Preview a post with the site's own development server",
		Long: `Start the site's own development server (hugo server -D --navigateToChanged,
jekyll serve --drafts --livereload, pelican --listen --autoreload with the
site's settings file) on a free port of 127.0.0.1, drafts included, and open
the post's page in the browser ($BROWSER, then xdg-open or open) when the
server answers. Saving the post updates the page through the generator's own
live reload. The server's output goes to a log file, whose last lines are
shown if it fails to start. Ctrl-C stops the server, and so does folio ending
any other way (a closed terminal, kill).

The argument is a file, or a query (as in folio list) that must match exactly
one post.`,
		Example: `  folio preview content/posts/draft.md
  folio preview 'status:draft kubernetes'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := openBlog(cmd, "")
			if err != nil {
				return err
			}
			ps, _, err := postsFor(cmd, b, args)
			if err != nil {
				return err
			}
			if len(ps) > 1 {
				for i, p := range ps {
					if i == 10 {
						fmt.Fprintf(s.err, "  … and %d more\n", len(ps)-10)
						break
					}
					fmt.Fprintf(s.err, "  %s  %s\n", sanitizeLine(p.Path), sanitizeLine(p.Title))
				}
				return usageError("%d posts match; narrow the query", len(ps))
			}
			post := ps[0]
			if post.URL == "" {
				return &exitError{code: 1, err: fmt.Errorf("%s: %s", sanitizeLine(post.Path), noPageReason(b))}
			}
			ctx, stop := untilSignal(cmd.Context(), endSignals...)
			defer stop()
			err = runPreview(ctx, s, b, post.URL, noBrowser)
			if serr := signalExit(ctx); serr != nil {
				return serr // after runPreview stopped the server
			}
			return err
		},
	}
	cmd.Flags().BoolVar(&noBrowser, "no-browser", false, "print the page's address instead of opening the browser")
	return cmd
}

// runPreview starts the server, opens the page when it answers, and
// stops the server when ctx ends (Ctrl-C) or the server exits.
func runPreview(ctx context.Context, s streams, b *blog, page string, noBrowser bool) error {
	srv, err := preview.Start(preview.Options{Site: b.cfg.Site, SettingsFile: b.cfg.SiteFile})
	if err != nil {
		return &exitError{code: 1, err: err}
	}
	defer srv.Stop(preview.StopGrace)
	fmt.Fprintf(s.err, "folio: starting the %s preview server at %s (log: %s)\n", b.cfg.Site.Generator, srv.Base, srv.Log)
	ready, cancel := context.WithTimeout(ctx, preview.StartLimit)
	err = srv.Ready(ready, page, preview.Settle)
	cancel()
	if err != nil {
		if ctx.Err() != nil {
			return nil // Ctrl-C while starting
		}
		return &exitError{code: 1, err: err}
	}
	url := srv.PageURL(page)
	if !noBrowser {
		if err := (preview.Browser{}).Open(url); err != nil {
			fmt.Fprintln(s.err, "folio: "+sanitizeLine(err.Error()))
		}
	}
	fmt.Fprintln(s.out, url)
	fmt.Fprintln(s.err, "folio: previewing; Ctrl-C stops the server")
	select {
	case <-ctx.Done():
		return nil
	case <-srv.Done():
		return &exitError{code: 1, err: srv.ExitError()}
	}
}
