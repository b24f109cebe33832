package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/spf13/cobra"
)

func newConfigCommand(s streams) *cobra.Command {
	var editFile bool
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show the effective settings and the detected site",
		Long: `Show folio's effective settings, where each one came from (default,
site settings, user file, site file, env, flag), and which site was
detected with which of its settings.

Settings are read from $XDG_CONFIG_HOME/folio/config.toml (user file),
then .folio.toml at the site root (site file), then FOLIO_* environment
variables, then flags; later wins.

With --edit, open the user file in the editor, creating it from a
commented template first.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := openBlog(cmd, "")
			if err != nil {
				return err
			}
			if editFile {
				return editUserFile(s, b.cfg)
			}
			var place *edit.Place
			if b.cfg.Sources[config.KeyNewPostPath].Kind == config.FromDefault {
				// Unset, new_post_path is derived from where the site
				// keeps its posts, as folio new derives it.
				ps, err := b.existingPosts(cmd)
				if err != nil {
					return err
				}
				pl := edit.PlaceNewPost(b.opts.Rules, ps, false, false)
				if a := pl.Archetype(b.dir, b.opts.Rules); a != "" {
					pl.Why += "; archetype " + a
				}
				if d := edit.PlaceNewPost(b.opts.Rules, ps, true, false); d.Pattern != pl.Pattern {
					pl.Why += "; drafts: " + d.Pattern
				}
				place = &pl
			}
			return writeConfig(s.out, b.cfg, place)
		},
	}
	cmd.Flags().BoolVar(&editFile, "edit", false, "open the user settings file in the editor, creating it first")
	return cmd
}

// writeConfig prints the detected site and the effective settings;
// place, when set, is the derived new_post_path.
func writeConfig(w io.Writer, c *config.Config, place *edit.Place) error {
	detected := c.Site
	var b strings.Builder
	fmt.Fprintf(&b, "site: %s at %s\n", detected.Generator, sanitizeLine(detected.Root))
	if detected.Why != "" {
		fmt.Fprintf(&b, "  because: %s\n", sanitizeLine(detected.Why))
	}
	if len(detected.Files) > 0 {
		fmt.Fprintf(&b, "  read: %s\n", sanitizeLine(strings.Join(detected.Files, ", ")))
	}
	content := c.PostsOptions().Rules.ContentDir
	switch {
	case len(detected.Rules.LangDirs) > 0 && c.ContentDir == "":
		var dirs []string
		for _, ld := range detected.Rules.LangDirs {
			dirs = append(dirs, ld.Dir+" ("+ld.Lang+")")
		}
		content = strings.Join(dirs, ", ")
	case content == "":
		content = "the site root"
	}
	fmt.Fprintf(&b, "  content: %s\n", sanitizeLine(content))
	writeBaseURL(&b, detected)
	for _, st := range detected.Settings {
		at := st.File
		if st.Line > 0 {
			at += ":" + strconv.Itoa(st.Line)
		}
		fmt.Fprintf(&b, "  %s = %s  (%s)\n", sanitizeLine(st.Key), sanitizeLine(st.Value), sanitizeLine(at))
	}
	for _, n := range detected.NotUnderstood {
		fmt.Fprintf(&b, "  not understood: %s\n", sanitizeLine(n.String()))
	}
	b.WriteString("settings:\n")
	width := 0
	for _, k := range config.Keys {
		width = max(width, len(k))
	}
	values := make([]string, len(config.Keys))
	sources := make([]string, len(config.Keys))
	vwidth := 0
	for i, k := range config.Keys {
		values[i] = strconv.Quote(c.Value(k))
		sources[i] = sanitizeLine(c.Sources[k].String())
		if k == config.KeyNewPostPath && place != nil {
			values[i] = strconv.Quote(place.Pattern)
			sources[i] = "derived: " + sanitizeLine(place.Why)
		}
		if k == config.KeyShowDrafts {
			values[i] = c.Value(k)
		}
		values[i] = sanitizeLine(values[i])
		vwidth = max(vwidth, len(values[i]))
	}
	for i, k := range config.Keys {
		fmt.Fprintf(&b, "  %-*s = %-*s  %s\n", width, k, vwidth, values[i], sources[i])
	}
	for _, n := range c.Ignored {
		fmt.Fprintf(&b, "  %s\n", sanitizeLine(n.String()))
	}
	state := "not created yet; folio config --edit creates it"
	if _, err := os.Stat(c.UserFile); err == nil {
		state = "exists"
	}
	fmt.Fprintf(&b, "user file: %s (%s)\n", sanitizeLine(c.UserFile), state)
	_, err := io.WriteString(w, b.String())
	return err
}

// editUserFile creates the user file from the template if needed and
// opens it in the editor, started the way folio new and the reader start
// it (quoted words, a GUI editor's wait flag, nano or vi when none is
// set).
func editUserFile(s streams, c *config.Config) error {
	created, err := config.EnsureUserFile(c.UserFile)
	if err != nil {
		return fmt.Errorf("create %s: %w", c.UserFile, err)
	}
	if created {
		fmt.Fprintf(s.err, "folio: created %s\n", sanitizeLine(c.UserFile))
	}
	return runEditor(s, c.Editor, c.UserFile, 0)
}
