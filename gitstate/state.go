package gitstate

import (
	"context"
	"path"
	"strings"
	"sync"

	"github.com/folio-blog/folio/posts"
)

// State is the git state of one folder's files, read at one moment.
// Its zero value, and nil, know of no repository: State gives "".
type State struct {
	files map[string]posts.GitState // by path relative to the folder
	dirs  map[string]posts.GitState // folders git reported whole, without their "/"
	repo  bool
}

// newState keeps the entries under prefix (the folder's path from the
// repository's top, "" or ending in "/"), by their path relative to it.
// A folder reported whole that holds the folder itself applies to all
// of it, as the folder "".
func newState(entries []Entry, prefix string) *State {
	s := &State{files: make(map[string]posts.GitState), dirs: make(map[string]posts.GitState), repo: true}
	for _, e := range entries {
		if strings.HasSuffix(e.Path, "/") {
			dir := strings.TrimSuffix(e.Path, "/")
			if strings.HasPrefix(prefix, e.Path) {
				s.dirs[""] = e.State
			} else if rel, ok := strings.CutPrefix(dir, prefix); ok {
				s.dirs[rel] = e.State
			}
			continue
		}
		if rel, ok := strings.CutPrefix(e.Path, prefix); ok {
			s.files[rel] = e.State
		}
	}
	return s
}

// Of is the state of the file at p, slash-separated and relative to the
// folder: as git status reported it, or that of a folder holding it
// that git reported whole, or else clean (git reports every file that
// is not). It is "" outside a repository and for ignored files. Its
// method value is what posts.Options.Git takes.
func (s *State) Of(p string) posts.GitState {
	if s == nil || !s.repo {
		return ""
	}
	if st, ok := s.files[p]; ok {
		return st
	}
	if len(s.dirs) > 0 {
		for dir := p; ; {
			dir = path.Dir(dir)
			if dir == "." || dir == "/" {
				dir = ""
			}
			if st, ok := s.dirs[dir]; ok {
				return st
			}
			if dir == "" {
				break
			}
		}
	}
	return posts.GitClean
}

// With returns opts with the git state of the folder dir on disk
// (opts.Git), which git starts reading now, beside the finding and
// parsing that follow: the first post parsed waits for it, rather than
// the load for git. Outside a git work tree every post's state is "".
func With(ctx context.Context, dir string, opts posts.Options) posts.Options {
	read := make(chan *State, 1)
	go func() { read <- Read(ctx, dir) }()
	state := sync.OnceValue(func() *State { return <-read })
	opts.Git = func(p string) posts.GitState { return state().Of(p) }
	return opts
}
