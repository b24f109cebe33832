package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/spf13/cobra"
)

// termWord is the singular a taxonomy's messages use.
func termWord(taxonomy string) string {
	if taxonomy == "categories" {
		return "category"
	}
	return strings.TrimSuffix(taxonomy, "s")
}

// newTermRenameCommand renames a term of the taxonomy across posts.
func newTermRenameCommand(s streams, taxonomy string) *cobra.Command {
	var yes bool
	word := termWord(taxonomy)
	cmd := &cobra.Command{
		Use:   "rename OLD NEW [QUERY…]",
		Short: "Rename a " + word + " in every post that has it (or the posts the query selects)",
		Long: `Rename a ` + word + ` in every post that has it, or only in the posts the query
selects (as in folio list). Spellings that slugify alike are one ` + word + `, as
folio ` + taxonomy + ` counts them. Renaming onto a ` + word + ` a post already has merges the
two: the post keeps one. Each file is edited in its own format (a YAML list
or string, a TOML array, a Pelican or reST field, Jekyll's space-separated
string) and every other byte stays as it was.

folio prints each change (file: old → new) and asks before changing more
than one file; --yes answers for scripts. A post whose ` + word + ` does not come
from its own front matter (a Pelican or Jekyll category from its folder, a
site default) is listed and left as it is: moving files is not done here.`,
		Example: `  folio ` + taxonomy + ` rename pyhton python
  folio ` + taxonomy + ` rename --yes plugin plugins 'after:2024'`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTermEdit(cmd, s, taxonomy, args[2:], yes, func(b *blog, ps []*posts.Post) (*edit.TermPlan, error) {
				return edit.RenameTerm(b.dir, b.opts.Rules, ps, taxonomy, args[0], args[1])
			}, fmt.Sprintf("%q", args[0]))
		},
	}
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "change the files without asking")
	return cmd
}

// newTermRemoveCommand removes a term of the taxonomy from posts.
func newTermRemoveCommand(s streams, taxonomy string) *cobra.Command {
	var yes bool
	word := termWord(taxonomy)
	cmd := &cobra.Command{
		Use:   "remove TERM [QUERY…]",
		Short: "Remove a " + word + " from every post that has it (or the posts the query selects)",
		Long: `Remove a ` + word + ` from every post that has it, or only from the posts the
query selects. A YAML or TOML key left with no ` + taxonomy + ` stays as an empty
list; a Pelican or reST field line goes. Changes are printed and asked for
as for rename.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTermEdit(cmd, s, taxonomy, args[1:], yes, func(b *blog, ps []*posts.Post) (*edit.TermPlan, error) {
				return edit.RemoveTerm(b.dir, b.opts.Rules, ps, taxonomy, args[0])
			}, fmt.Sprintf("%q", args[0]))
		},
	}
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, "change the files without asking")
	return cmd
}

// runTermEdit loads the posts the query selects, plans the edit, prints
// it, asks when more than one file changes, applies it and says what it
// did. A file that could not be changed makes the exit status 1.
func runTermEdit(cmd *cobra.Command, s streams, taxonomy string, query []string, yes bool,
	plan func(*blog, []*posts.Post) (*edit.TermPlan, error), what string) error {
	b, err := openBlog(cmd, "")
	if err != nil {
		return err
	}
	q, err := posts.ParseQuery(joinQuery(query), b.taxonomies...)
	if err != nil {
		return usageError("query: %v", err)
	}
	ps, _, err := b.load(cmd, b.opts)
	if err != nil {
		return err
	}
	ps = posts.Filter(ps, q)
	p, err := plan(b, ps)
	if err != nil {
		return usageError("%v", err)
	}
	for _, sk := range p.Skipped {
		fmt.Fprintf(s.err, "folio: %s: left as it is: %s\n", sanitizeLine(sk.Rel), sanitizeLine(sk.Reason(p.Root)))
	}
	if len(p.Edits) == 0 {
		if len(p.Skipped) > 0 {
			return &exitError{code: 1, err: fmt.Errorf("no file changed")}
		}
		fmt.Fprintf(s.err, "folio: no post has the %s %s\n", termWord(taxonomy), sanitizeLine(what))
		return nil
	}
	w := bufio.NewWriter(s.out)
	for _, e := range p.Edits {
		fmt.Fprintf(w, "%s: %s → %s\n", sanitizeLine(e.Rel), termList(e.Old), termList(e.New))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if n := len(p.Edits); n > 1 && !yes {
		ok, err := askYes(s, fmt.Sprintf("Change %d files? [y/N] ", n))
		if err != nil {
			return err
		}
		if !ok {
			fmt.Fprintln(s.err, "folio: nothing changed")
			return nil
		}
	}
	changes, err := p.Apply()
	fmt.Fprintf(s.err, "folio: changed %d %s\n", len(changes), pluralize(len(changes), "file", "files"))
	if n := len(p.Edits) - len(changes); n > 0 {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintln(s.err, "folio: "+sanitizeLine(line))
		}
		return &exitError{code: 1, err: fmt.Errorf("%d %s not written", n, pluralize(n, "file", "files"))}
	}
	if len(p.Skipped) > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%d %s left as %s", len(p.Skipped),
			pluralize(len(p.Skipped), "file", "files"), pluralize(len(p.Skipped), "it was", "they were"))}
	}
	return nil
}

// termList shows a post's terms, comma-separated, or "(none)".
func termList(ts []string) string {
	if len(ts) == 0 {
		return "(none)"
	}
	return sanitizeLine(strings.Join(ts, ", "))
}

// errNotAsked is returned when folio would have to ask but cannot.
var errNotAsked = errors.New("standard input is not a terminal, so folio cannot ask: run again with --yes to change these files")

// askYes asks q on standard error and reads the answer from standard
// input, which must be a terminal (else errNotAsked: a script says
// --yes); only "y" or "yes" is yes.
func askYes(s streams, q string) (bool, error) {
	if f, ok := s.in.(*os.File); !ok || !term.IsTerminal(f.Fd()) {
		return false, &exitError{code: 1, err: errNotAsked}
	}
	fmt.Fprint(s.err, q)
	return readYes(s.in)
}

// readYes reads one line and reports whether it says yes.
func readYes(in io.Reader) (bool, error) {
	line, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && line == "" {
		if errors.Is(err, io.EOF) {
			return false, nil
		}
		return false, err
	}
	a := strings.ToLower(strings.TrimSpace(line))
	return a == "y" || a == "yes", nil
}

// withTermEdits adds the rename and remove subcommands to a taxonomy's
// command.
func withTermEdits(s streams, cmd *cobra.Command) *cobra.Command {
	cmd.AddCommand(newTermRenameCommand(s, cmd.Name()), newTermRemoveCommand(s, cmd.Name()))
	return cmd
}
