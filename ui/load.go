package ui

import (
	"context"
	"io/fs"
	"slices"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

// batchSize is how many files one loading step parses: small enough that
// the list fills in visibly on a big folder, big enough that the
// re-sorting between batches stays cheap.
const batchSize = 2000

// foundMsg reports the post files found in the folder.
type foundMsg struct {
	paths []string
	warns []posts.Warning
	err   error
}

// batchMsg carries the posts parsed by one loading step; next is the
// index of the first path not yet read.
type batchMsg struct {
	paths []string
	posts []*posts.Post
	next  int
}

// reloadedMsg carries every post read again after a change on disk.
type reloadedMsg struct {
	posts []*posts.Post
	warns []posts.Warning
	err   error
}

// findCmd lists the folder's post files.
func findCmd(fsys fs.FS, opts posts.Options) tea.Cmd {
	return func() tea.Msg {
		paths, warns, err := posts.Find(context.Background(), fsys, opts)
		return foundMsg{paths: paths, warns: warns, err: err}
	}
}

// parseBatchCmd parses the next batch of paths, from start.
func parseBatchCmd(fsys fs.FS, opts posts.Options, paths []string, start int) tea.Cmd {
	return func() tea.Msg {
		end := min(len(paths), start+batchSize)
		ps := posts.ParseFiles(context.Background(), fsys, paths[start:end], opts)
		return batchMsg{paths: paths, posts: ps, next: end}
	}
}

// reloadCmd reads the whole folder again, as at launch, in one step.
func reloadCmd(fsys fs.FS, opts posts.Options) tea.Cmd {
	return func() tea.Msg {
		ps, warns, err := posts.Load(context.Background(), fsys, opts)
		return reloadedMsg{posts: ps, warns: warns, err: err}
	}
}

// sorted returns a sorted copy of ps: the slices the model shares with
// running Cmds are never changed in place.
func sorted(ps []*posts.Post, key posts.SortKey, reverse bool) []*posts.Post {
	out := slices.Clone(ps)
	posts.Sort(out, key, reverse)
	return out
}
