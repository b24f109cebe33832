package store

import (
	"context"

	"github.com/folio-blog/folio/gitstate"
	"github.com/folio-blog/folio/posts"
)

// ReadGit makes every load and reload read the git state of dir, the
// folder on disk the store reads, so that each post carries its own
// (posts.Post.Git). Call it before Start. A folder outside a git work
// tree, or a machine without git, gives posts no state and no warning.
func (s *Store) ReadGit(dir string) { s.gitDir = dir }

// withGit returns opts with the git state of the store's folder, read
// beside the load that follows (gitstate.With).
func (s *Store) withGit(ctx context.Context, opts posts.Options) posts.Options {
	if s.gitDir == "" {
		return opts
	}
	return gitstate.With(ctx, s.gitDir, opts)
}
