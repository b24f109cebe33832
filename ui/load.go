package ui

import (
	"context"
	"io/fs"
	"slices"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

// firstBatch is how many posts the first batch holds: few, so that the
// first screen of posts shows at once on any folder; later batches hold
// at least batchSize, enough that merging each into the list costs
// little.
const (
	firstBatch = 256
	batchSize  = 4000
)

// foundMsg reports the post files found in the folder.
type foundMsg struct {
	paths []string
	warns []posts.Warning
	err   error
}

// loadState is the list's order and filter when a batch was asked
// for: the batch comes back sorted and filtered by them, and is merged
// only if they still hold.
type loadState struct {
	sortKey   posts.SortKey
	reverse   bool
	sortGen   int
	hide      bool
	query     posts.Query // zero when no filter is set
	filterGen int
}

// loadStartedMsg carries the stream of parsed posts and the function
// that stops it.
type loadStartedMsg struct {
	batches <-chan []*posts.Post
	cancel  context.CancelFunc
}

// batchMsg carries one batch of parsed posts: read in reading order,
// listed sorted (drafts left out if hidden), and the filter's exact and
// fuzzy matches among them, all for state. done says the stream ended
// (and the batch is empty).
type batchMsg struct {
	state        loadState
	read         []*posts.Post
	listed       []*posts.Post
	warns        int
	exact, fuzzy []*posts.Post
	done         bool
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

// streamCmd starts parsing paths on every CPU; the posts come back in
// batches through waitBatchCmd, so parsing never waits for the screen.
// Their search text is left for indexCmd: building it doubled the time
// the whole list took to show.
func streamCmd(fsys fs.FS, opts posts.Options, paths []string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithCancel(context.Background())
		ch := make(chan []*posts.Post)
		opts.DeferSearch = true
		go posts.Stream(ctx, fsys, paths, opts, firstBatch, batchSize, ch)
		return loadStartedMsg{batches: ch, cancel: cancel}
	}
}

// indexStep is how many posts' text is read between two progress
// reports of indexing, each of which filters again a query that
// searches text.
const indexStep = 4096

// indexStartedMsg carries the progress of indexing the posts' text and
// the function that stops it.
type indexStartedMsg struct {
	progress <-chan int
	cancel   context.CancelFunc
	total    int
}

// indexedMsg says how many posts have their text indexed; finished says
// indexing ended (done is then all of them).
type indexedMsg struct {
	done     int
	finished bool
}

// indexCmd starts building the search text of the streamed posts ps,
// on every CPU, once the list is whole.
func indexCmd(fsys fs.FS, opts posts.Options, ps []*posts.Post) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithCancel(context.Background())
		ch := make(chan int)
		opts.DeferSearch = true
		go posts.IndexSearch(ctx, fsys, ps, opts, indexStep, ch)
		return indexStartedMsg{progress: ch, cancel: cancel, total: len(ps)}
	}
}

// waitIndexedCmd waits for indexing's next report.
func waitIndexedCmd(ch <-chan int) tea.Cmd {
	return func() tea.Msg {
		n, ok := <-ch
		return indexedMsg{done: n, finished: !ok}
	}
}

// waitBatchCmd waits for the next batch and prepares it for the list as
// st says: drafts left out if hidden, sorted, filtered. The list then
// merges it in linear time: the whole list is never sorted again while
// it loads.
func waitBatchCmd(ch <-chan []*posts.Post, st loadState) tea.Cmd {
	return func() tea.Msg {
		read, ok := <-ch
		if !ok {
			return batchMsg{state: st, done: true}
		}
		msg := batchMsg{state: st, read: read}
		listed := slices.Clone(read)
		if st.hide {
			listed = slices.DeleteFunc(listed, func(p *posts.Post) bool { return p.Status == posts.StatusDraft })
		}
		for _, p := range listed {
			msg.warns += len(p.Warnings)
		}
		posts.Sort(listed, st.sortKey, st.reverse)
		msg.listed = listed
		if !st.query.IsZero() {
			msg.exact, msg.fuzzy = posts.FilterTitlesSplit(listed, st.query)
		}
		return msg
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
