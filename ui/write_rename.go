package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/ui/termsafe"
)

// RenamedMsg reports the result of RenameCmd: what the rename did, or
// why nothing was changed (Err).
type RenamedMsg struct {
	OldPath string
	Res     *edit.Renamed
	Err     error
}

// RenameCmd gives the post at rel (relative to root) a new title, slug
// and file name, as `folio rename` does (edit.Rename); all are the
// site's posts as last read, which the new URL must not clash with.
func RenameCmd(root string, rules posts.Rules, rel, title string, all []*posts.Post) tea.Cmd {
	return func() tea.Msg {
		old := filepath.Join(root, filepath.FromSlash(rel))
		res, err := edit.Rename(root, rel, title, edit.RenameOptions{Rules: rules, Posts: all, Links: edit.LinksRewritten})
		return RenamedMsg{OldPath: old, Res: res, Err: err}
	}
}

// errSameTitle is why a rename to the title the post has does nothing.
var errSameTitle = errors.New("that is its title already (esc leaves it)")

// renameHook opens the title prompt for p, prefilled with its title.
func renameHook(sh *shared, p *posts.Post) tea.Cmd {
	if p == nil {
		return status("nothing to rename")
	}
	root, rules, rel, all := sh.cfg.Dir, sh.cfg.Posts.Rules, p.Path, sh.store.Posts()
	f := newFieldsPrompt(sh, "rename", "Rename "+termsafe.Line(p.Path)+": its file (or bundle folder) follows the new title.",
		"rename", []string{"Title"}, []string{p.Title}, nil, func(v []string) tea.Cmd {
			if strings.TrimSpace(v[0]) == p.Title {
				return func() tea.Msg { return RenamedMsg{Err: errSameTitle} }
			}
			return RenameCmd(root, rules, rel, v[0], all)
		})
	return sh.push(f)
}

// renamed closes the prompt after a rename, records it for undo, says
// every path it moved, and selects and reopens the post at its new path;
// a refused rename stays in the prompt with the reason.
func (m *Model) renamed(msg RenamedMsg) tea.Cmd {
	prompt, open := m.active().(*fieldsPrompt)
	if msg.Err != nil {
		if open {
			prompt.failed(msg.Err)
			return nil
		}
		return statusErr("rename: " + msg.Err.Error())
	}
	if open {
		m.popScreen()
	}
	res := msg.Res
	// The rename and the links it rewrote in other posts are one step.
	m.sh.recordChanges(res.Change().What, res.Changes())
	return tea.Batch(m.followMove(msg.OldPath, res.Path), m.sh.reload(), status(renameReport(res)))
}

// renameReport says what a rename did: the paths it moved (a bundle's
// folder with its files), or why the file kept its name, and a new URL.
func renameReport(res *edit.Renamed) string {
	parts := []string{"renamed"}
	for _, mv := range res.Moved {
		if mv.Folder {
			parts = append(parts, fmt.Sprintf("moved %s/ to %s/ (%d files)", mv.From, mv.To, mv.Files))
		} else {
			parts = append(parts, fmt.Sprintf("moved %s to %s", mv.From, mv.To))
		}
	}
	if res.NameKept != "" {
		parts = append(parts, "kept the file name: "+res.NameKept)
	}
	if res.NewURL != res.OldURL && res.NewURL != "" {
		parts = append(parts, "URL now "+res.NewURL)
	}
	if n := len(res.LinkChanges); n > 0 {
		parts = append(parts, fmt.Sprintf("rewrote its links in %s", plural(n, "other post")))
	}
	if left := leftLinks(res); left > 0 {
		parts = append(parts, fmt.Sprintf("%s to it left as written (folio rename --no-links lists them)", plural(left, "link")))
	}
	parts = append(parts, "u undoes it")
	return termsafe.Line(strings.Join(parts, "; "))
}

// leftLinks counts the links to the renamed post that the rename could
// not rewrite.
func leftLinks(res *edit.Renamed) int {
	n := 0
	for _, l := range res.Links {
		if l.Refused != "" {
			n++
		}
	}
	return n
}
