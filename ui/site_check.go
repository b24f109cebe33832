package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/check"
	"github.com/folio-blog/folio/store"
)

// siteCheckedMsg carries the site-wide problems found for the posts of
// one reading of the folder (check number gen): two posts at one
// address, and what check.Links finds. Only the latest check's are kept.
type siteCheckedMsg struct {
	gen      int
	problems []posts.Warning
}

// siteCheckDue reports whether ev leaves the store with a whole new set
// of posts to check: the last batch of the first reading, or a reload.
func siteCheckDue(ev store.Event) bool {
	switch ev := ev.(type) {
	case store.Batch:
		return ev.Done
	case store.Reloaded:
		return ev.Err == nil
	}
	return false
}

// siteCheck checks the store's posts as a whole, off the Update loop.
// The store keeps no bodies, so the check reads the posts again with
// theirs, pausing as the store's own work does when something more
// urgent runs.
func (s *shared) siteCheck() tea.Cmd {
	s.checkGen++
	gen := s.checkGen
	held := s.store.Posts()
	paths := make([]string, len(held))
	for i, p := range held {
		paths[i] = p.Path
	}
	fsys, opts, static, terms := s.store.FS(), s.store.Options(), s.cfg.StaticDirs, s.cfg.DefinitionTermIDs
	opts.KeepBody, opts.Search = true, false
	return func() tea.Msg {
		ps := posts.ParseFiles(context.Background(), fsys, paths, opts)
		out := posts.DuplicateURLs(ps)
		for _, pr := range check.Links(check.Site{Posts: ps, Rules: opts.Rules, Static: static, FS: fsys, DefinitionTermIDs: terms}) {
			out = append(out, pr.Warning)
		}
		return siteCheckedMsg{gen: gen, problems: out}
	}
}
