package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/posts"
	"github.com/spf13/cobra"
)

func newListCommand(s streams) *cobra.Command {
	var asJSON, reverse bool
	cmd := &cobra.Command{
		Use:   "list [QUERY…]",
		Short: "List posts and pages, newest first",
		Long: `List every post and page of the blog (drafts included), newest first.

A query narrows the list (folio help query tells the whole language):
  tag:django category:thoughts author:raffaella status:draft kind:page
  tag:go,rust (either)   section:posts   path:2024/   after:2024-01-01
  has:warnings   -tag:x (negated)   "quoted phrase"   bare words
Bare words search title, summary, tags and text, ignoring case; the
posts they find are listed by relevance unless --sort says otherwise.`,
		Example: `  folio list
  folio list --json tag:python -status:draft
  folio list 'tag:"open source"' after:2024`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := folderAsQuery(args, s.err); err != nil {
				return err
			}
			b, q, ps, fewDated, err := loadQueried(cmd, s, args)
			if err != nil {
				return err
			}
			ps = sortListed(ps, q, b.cfg, reverse, fewDated)
			w := bufio.NewWriterSize(s.out, 64<<10)
			if asJSON {
				err = writeJSONLines(w, ps)
			} else {
				err = writeTable(w, ps, newTableStyle(s.out, b.cfg.DateFormat))
			}
			if err != nil {
				return err
			}
			return w.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON Lines, one object per post")
	cmd.Flags().String("sort", "date", "order by date, title, modified or relevance (a leading - reverses); default: the sort setting, by relevance when the query has words")
	cmd.Flags().BoolVar(&reverse, "reverse", false, "reverse the order")
	cmd.Flags().Bool("show-drafts", true, "list drafts; default: the show_drafts setting")
	return cmd
}

// loadQueried opens the blog and reads the posts the query in args
// selects, drafts left out when the show_drafts setting is off and the
// query asks for no status: what folio list lists and folio stats
// charts, with the query and whether few of the blog's posts have dates.
// Hugo's headless content is left out unless the query asks for it:
// Hugo makes no page of it.
func loadQueried(cmd *cobra.Command, s streams, args []string) (b *blog, q posts.Query, ps []*posts.Post, fewDated bool, err error) {
	if b, err = openBlog(cmd, ""); err != nil {
		return
	}
	if q, err = posts.ParseQuery(joinQuery(args), b.taxonomies...); err != nil {
		return nil, q, nil, false, usageError("query: %v", err)
	}
	opts := b.opts
	opts.Search = len(q.Words()) > 0
	ps, warns, err := b.load(cmd, opts)
	if err != nil {
		return nil, q, nil, false, err
	}
	// What was skipped (a named pipe, an unreadable folder) is not a
	// post, so only this line tells of it.
	for _, w := range warns {
		fmt.Fprintln(s.err, "folio: warning: "+sanitizeLine(w.String()))
	}
	fewDated = posts.FewDated(ps)
	ps = posts.Filter(ps, q)
	if !q.AsksHeadless() {
		ps = slices.DeleteFunc(ps, func(p *posts.Post) bool { return p.Status == posts.StatusHeadless })
	}
	if !b.cfg.ShowDrafts && !q.Has("status") {
		ps = posts.Filter(ps, notDrafts)
	}
	return b, q, ps, fewDated, nil
}

// notDrafts leaves drafts out when the show_drafts setting is off and the
// query does not ask for a status itself.
var notDrafts = mustQuery("-status:draft")

func mustQuery(s string) posts.Query {
	q, err := posts.ParseQuery(s)
	if err != nil {
		panic(err)
	}
	return q
}

// joinQuery joins command-line arguments into one query. An argument
// with spaces was one quoted word in the shell, so it is quoted again:
// `folio list "tag:open source"` means tag:"open source".
func joinQuery(args []string) string {
	parts := make([]string, len(args))
	for i, a := range args {
		if !strings.ContainsAny(a, " \t") || strings.Contains(a, `"`) {
			parts[i] = a
			continue
		}
		if k, v, ok := strings.Cut(a, ":"); ok && !strings.ContainsAny(k, " \t") {
			parts[i] = k + `:"` + v + `"`
		} else {
			parts[i] = `"` + a + `"`
		}
	}
	return strings.Join(parts, " ")
}

// writeJSONLines prints one JSON object per post. Text is kept exact:
// control characters are escaped, never stripped (posts.WriteJSONLines
// escapes DEL and C1 too).
func writeJSONLines(w io.Writer, ps []*posts.Post) error {
	return posts.WriteJSONLines(w, ps)
}

// newQueryHelpTopic is folio help query: the query language, as the
// interface's help screen shows it.
func newQueryHelpTopic() *cobra.Command {
	return &cobra.Command{
		Use:   "query",
		Short: "The query language of folio list, show and the interface's filter",
		Long:  posts.QueryHelp,
	}
}

// folderAsQuery refuses folio list DIR: a query that is a path to a
// folder ("../blog", "./site", "/home/me/blog") is surely meant as
// --dir, and searching the current site for it would list nothing
// without saying why. A plain word that is also a folder's name is
// searched, with a note on standard error.
func folderAsQuery(args []string, stderr io.Writer) error {
	if len(args) != 1 || strings.Contains(args[0], ":") {
		return nil
	}
	arg := args[0]
	info, err := os.Stat(arg)
	if err != nil || !info.IsDir() {
		return nil
	}
	if strings.ContainsRune(arg, '/') || strings.HasPrefix(arg, ".") || filepath.IsAbs(arg) {
		return usageError("%s is a folder: to list its posts, use folio list --dir %s", sanitizeLine(arg), sanitizeLine(arg))
	}
	fmt.Fprintf(stderr, "folio: searching for %q; to list the posts of the folder %s, use folio list --dir %s\n", sanitizeLine(arg), sanitizeLine(arg), sanitizeLine(arg))
	return nil
}

// sortListed orders the posts listed. Load sorts newest first; --sort
// (or the sort setting) and --reverse may ask for another order. Unless
// one is set, a query with words ranks by relevance, and a site with few
// dates is listed by title: by date it would be in path order.
func sortListed(ps []*posts.Post, q posts.Query, cfg *config.Config, reverse, fewDated bool) []*posts.Post {
	key, rev := cfg.Sort, cfg.SortReverse != reverse
	if cfg.Sources[config.KeySort].Kind == config.FromDefault {
		switch {
		case len(q.Words()) > 0:
			key = posts.SortRelevance
		case fewDated:
			key = posts.SortTitle
		}
	}
	if key == posts.SortRelevance {
		if len(q.Words()) == 0 {
			key = posts.SortDate // nothing to rank by
		} else {
			ps = posts.Rank(ps, q) // ties stay newest first
			if rev {
				slices.Reverse(ps)
			}
			return ps
		}
	}
	if key != posts.SortDate || rev {
		posts.Sort(ps, key, rev)
	}
	return ps
}
