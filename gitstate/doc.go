// Package gitstate reads the git state of a site's files and the last
// commit of a file, by running git: once per load for the state of
// every file (git status), and once per post opened for its last
// commit (git log).
//
// It is a package of its own because running a program is I/O that
// the reading library (posts) never does: posts only parses what it is
// handed, and takes the state through posts.Options.Git. The store
// reads the state with each load and reload, on its own goroutines;
// folio list reads it before loading; the reader asks for a post's
// last commit in a tea.Cmd.
//
// A folder that is not in a git work tree, or a machine without git,
// has no state: the functions then return nothing and no error, since
// most folders are simply not repositories and nothing is wrong.
package gitstate
