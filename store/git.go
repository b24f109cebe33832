package store

import (
	"context"
	"sync"

	"github.com/folio-blog/folio/gitstate"
	"github.com/folio-blog/folio/posts"
)

// ReadGit makes every load and reload read the git state of dir, the
// folder on disk the store reads, so that each post carries its own
// (posts.Post.Git). Call it before Start. A folder outside a git work
// tree, or a machine without git, gives posts no state and no warning.
func (s *Store) ReadGit(dir string) { s.gitDir = dir }

// withGit returns opts with the git state of the store's folder, which
// git starts reading now, beside the finding and parsing that follow:
// the first post parsed waits for it rather than the load for git.
func (s *Store) withGit(ctx context.Context, opts posts.Options) posts.Options {
	if s.gitDir == "" {
		return opts
	}
	read := make(chan *gitstate.State, 1)
	dir := s.gitDir
	go func() { read <- gitstate.Read(ctx, dir) }()
	state := sync.OnceValue(func() *gitstate.State { return <-read })
	opts.Git = func(p string) posts.GitState { return state().Of(p) }
	return opts
}
