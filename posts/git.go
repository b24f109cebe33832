package posts

// GitState is a post file's state in the git work tree the site is in;
// "" when the site is not in one (or git is missing, or the file is
// ignored). Reading it is not the reading library's work (it runs git):
// package gitstate reads it, and whoever loads hands it in through
// Options.Git, so that every post carries its state from the moment it
// is parsed and is never changed afterwards.
type GitState string

// Git states. A file both staged and changed again since is
// GitModified: what the work tree holds is not what a commit would
// take, which is what the author most needs to know. A file in a
// merge conflict is GitModified too.
const (
	GitNew      GitState = "new"      // untracked
	GitModified GitState = "modified" // changed in the work tree since the index
	GitStaged   GitState = "staged"   // changed in the index, not since
	GitClean    GitState = "clean"    // as last committed
)

// gitState is the state of the file at p (relative to the loaded
// folder) when the options carry one.
func (o *Options) gitState(p string) GitState {
	if o.Git == nil {
		return ""
	}
	return o.Git(p)
}
