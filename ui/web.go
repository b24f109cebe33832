package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/preview"
	"github.com/folio-blog/folio/site"
	"github.com/folio-blog/folio/ui/termsafe"
)

// The keys that reach a post's published page: open it in the browser,
// copy its URL or its file path (OSC 52, through Bubble Tea: folio's own
// sequence, the text base64-encoded in it), and preview it with the
// site's own server. The list and the reader hand their post to webKeys.

// previewServer is a server folio started (a *preview.Server; tests use
// a stand-in).
type previewServer interface {
	Ready(ctx context.Context, page string, settle time.Duration) error
	PageURL(url string) string
	Done() <-chan struct{}
	ExitError() error
	Stop(grace time.Duration) error
}

// web is what the web keys need beyond the settings: how to open a
// browser and start a server (replaced in tests), and the servers this
// program started.
type web struct {
	openURL func(url string) error
	start   func(opts preview.Options) (previewServer, error)

	server   previewServer // the one that answers, when there is one
	starting bool
	// log is what the last server that failed wrote, for the log
	// screen once its folder is gone.
	log string

	// owned are every server started, and stop cancels the waits for
	// them: Close stops them all, even one whose start is still under
	// way when the user quits, since a server in its own process group
	// would outlive folio. They are written from the start Cmd, hence
	// the lock.
	mu    sync.Mutex
	owned []previewServer
	ctx   context.Context
	stop  context.CancelFunc
}

func newWeb() *web {
	ctx, stop := context.WithCancel(context.Background())
	return &web{
		openURL: preview.Browser{}.Open,
		start: func(opts preview.Options) (previewServer, error) {
			srv, err := preview.Start(opts)
			if err != nil {
				return nil, err
			}
			return startedServer{srv}, nil
		},
		ctx: ctx, stop: stop,
	}
}

// own records a server this program started.
func (w *web) own(srv previewServer) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.owned = append(w.owned, srv)
}

// stopPreview stops every server this program started.
func (w *web) stopPreview() error {
	w.stop()
	w.mu.Lock()
	owned := w.owned
	w.owned = nil
	w.mu.Unlock()
	var first error
	for _, srv := range owned {
		if err := srv.Stop(preview.StopGrace); err != nil && first == nil {
			first = err
		}
	}
	w.server = nil
	return first
}

// startCmd starts the server and waits until it serves page.
func (w *web) startCmd(opts preview.Options, page string) tea.Cmd {
	return func() tea.Msg {
		srv, err := w.start(opts)
		if err != nil {
			return previewStartedMsg{page: page, err: err}
		}
		w.own(srv)
		ready, cancel := context.WithTimeout(w.ctx, preview.StartLimit)
		defer cancel()
		if err := srv.Ready(ready, page, preview.Settle); err != nil {
			log := serverLog(srv, err) // before Stop removes it
			srv.Stop(preview.StopGrace)
			return previewStartedMsg{page: page, err: err, log: log}
		}
		return previewStartedMsg{srv: srv, page: page}
	}
}

// webKeys handles the web keys for p, the post the screen shows; ok is
// false for other keys.
func webKeys(sh *shared, msg tea.KeyPressMsg, p *posts.Post) (cmd tea.Cmd, ok bool) {
	k := sh.keys
	switch {
	case key.Matches(msg, k.PreviewLog):
		return previewLogCmd(sh.web), true
	case key.Matches(msg, k.OpenPage), key.Matches(msg, k.CopyURL), key.Matches(msg, k.CopyPath), key.Matches(msg, k.Preview):
	default:
		return nil, false
	}
	if p == nil {
		return status("no post selected"), true
	}
	if key.Matches(msg, k.CopyPath) {
		abs := filepath.Join(sh.cfg.Dir, filepath.FromSlash(p.Path))
		return copyCmd("the path", abs, "copied the path "), true
	}
	if p.URL == "" {
		return statusErr(noPage(sh, p)), true
	}
	full := sh.cfg.Posts.Rules.URLs.FullURL(p)
	switch {
	case key.Matches(msg, k.CopyURL):
		return copyCmd("the URL", full, "copied "), true
	case key.Matches(msg, k.OpenPage):
		if sh.cfg.Posts.Rules.URLs.Base == "" {
			return statusErr("the site's settings give no base URL to open " + termsafe.Line(p.URL) + " at; " + k.Preview.Help().Key + " previews it"), true
		}
		// Checked here as well as in the browser, so that the status
		// says why whatever opens it.
		if _, err := preview.WebAddress(full); err != nil {
			return statusErr("not opened: " + err.Error()), true
		}
		return openURLCmd(sh.web.openURL, full), true
	}
	return previewKey(sh, p), true
}

// copyCmd copies text, which what names, to the clipboard and says so
// with done. Text with a control character (ESC, BEL, a newline, a
// bidirectional override…) is refused: OSC 52 carries it safely to the
// terminal, but it would be pasted as it is, into a shell or a document,
// while the status line could show only a cleaned copy.
func copyCmd(what, text, done string) tea.Cmd {
	if shown := termsafe.Line(text); shown != text {
		return statusErr("not copied: " + what + " holds control characters, line breaks or invalid UTF-8 (" + shown + ")")
	}
	return tea.Batch(tea.SetClipboard(text), status(done+text))
}

// noPage says why p has no page.
func noPage(sh *shared, p *posts.Post) string {
	if sh.cfg.Posts.Rules.Generator == site.Plain || sh.cfg.Posts.Rules.Generator == "" {
		return "a plain folder has no generator, so " + termsafe.Line(p.Path) + " has no page"
	}
	return fmt.Sprintf("%s writes no page for %s", sh.cfg.Posts.Rules.Generator, termsafe.Line(p.Path))
}

// previewKey opens p on the running preview server, or starts one.
func previewKey(sh *shared, p *posts.Post) tea.Cmd {
	w := sh.web
	if w.server != nil {
		return openURLCmd(w.openURL, w.server.PageURL(p.URL))
	}
	if sh.cfg.Preview.Site == nil {
		return statusErr("no preview: folio was started without the site's settings")
	}
	if w.starting {
		return status("the preview server is starting…")
	}
	w.starting = true
	// In sequence, so that the start's outcome is never overwritten by
	// this message.
	return tea.Sequence(status(fmt.Sprintf("starting the %s preview server…", sh.cfg.Preview.Site.Generator)), w.startCmd(sh.cfg.Preview, p.URL))
}

// previewStartedMsg reports the preview server answering, or failing to
// with what it wrote (log).
type previewStartedMsg struct {
	srv  previewServer
	page string
	err  error
	log  string
}

// previewExitedMsg reports that the preview server stopped on its own,
// with what it wrote.
type previewExitedMsg struct {
	srv previewServer
	log string
}

// openURLCmd opens url in the browser off the Update loop.
func openURLCmd(open func(string) error, url string) tea.Cmd {
	return func() tea.Msg {
		if err := open(url); err != nil {
			return statusMsg{text: err.Error(), err: true}
		}
		return statusMsg{text: "opened " + termsafe.Line(url) + " in the browser"}
	}
}

// webEvent handles the preview server's messages at the root.
func webEvent(m *Model, msg tea.Msg) (tea.Cmd, bool) {
	w := m.sh.web
	switch msg := msg.(type) {
	case previewStartedMsg:
		w.starting = false
		if msg.err != nil {
			w.log = msg.log
			return statusErr(failureStatus(m.sh, msg.err, msg.log)), true
		}
		w.server = msg.srv
		url := msg.srv.PageURL(msg.page)
		srv := msg.srv
		return tea.Batch(openURLCmd(w.openURL, url), func() tea.Msg {
			<-srv.Done()
			return previewExitedMsg{srv, serverLog(srv, srv.ExitError())}
		}), true
	case previewExitedMsg:
		if w.server != msg.srv {
			return nil, true // one that folio stopped
		}
		w.server, w.log = nil, msg.log
		if err := msg.srv.ExitError(); err != nil {
			return statusErr(failureStatus(m.sh, err, msg.log)), true
		}
		return statusErr("the preview server stopped"), true
	case previewLogMsg:
		if msg.text == "" {
			return status("no preview server has written anything yet: " + m.sh.keys.Preview.Help().Key + " starts one"), true
		}
		m.pushScreen(newLogScreen(m.sh, msg.text))
		return nil, true
	}
	return nil, false
}
