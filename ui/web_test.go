package ui

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/preview"
	"github.com/folio-blog/folio/site"
)

// webOptions is the test blog as a Pelican site published at
// https://example.org/blog, with a preview server to start.
func webOptions() Config {
	o := testOptions(testBlog())
	o.Posts.Rules.Generator = site.Pelican
	o.Posts.Rules.Lang = "en"
	o.Posts.Rules.URLs.Base = "https://example.org/blog"
	o.Preview = preview.Options{Site: &config.Site{Generator: site.Pelican, Root: "/blog"}}
	return o
}

// browser records the addresses opened.
type browser struct {
	mu     sync.Mutex
	opened []string
	err    error
}

func (b *browser) open(url string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.opened = append(b.opened, url)
	return b.err
}

func (b *browser) urls() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.opened...)
}

// fakeServer stands in for a preview server.
type fakeServer struct {
	done     chan struct{}
	mu       sync.Mutex
	stops    int
	readyErr error
}

func newFakeServer() *fakeServer { return &fakeServer{done: make(chan struct{})} }

func (f *fakeServer) Ready(context.Context, string, time.Duration) error { return f.readyErr }
func (f *fakeServer) PageURL(url string) string                          { return "http://127.0.0.1:4242" + url }
func (f *fakeServer) Done() <-chan struct{}                              { return f.done }
func (f *fakeServer) ExitError() error {
	return errors.New("the preview server stopped (exit status 1); the end of its output:\nline 1\nERROR theme missing")
}

func (f *fakeServer) Stop(time.Duration) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.stops == 0 {
		close(f.done)
	}
	f.stops++
	return nil
}

func (f *fakeServer) stopCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.stops
}

func TestCopyURLAndPathThroughOSC52(t *testing.T) {
	t.Parallel()
	tm := teatest.NewTestModel(t, probed{New(webOptions())},
		teatest.WithInitialTermSize(100, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	m := waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded && len(m.list().shown) == 7 })
	p := m.selectedPost
	url := "https://example.org/blog" + p.URL
	if p.URL == "" || !strings.HasSuffix(p.URL, ".html") {
		t.Fatalf("the selected post has URL %q", p.URL)
	}
	tm.Send(keys("y")[0])
	waitModel(t, tm, "URL copied", func(m Model) bool { return m.status == "copied "+url })
	tm.Send(keys("Y")[0])
	path := "/blog/" + p.Path
	waitModel(t, tm, "path copied", func(m Model) bool { return m.status == "copied the path "+path })
	tm.Send(keys("q")[0])
	tm.WaitFinished(t, teatest.WithFinalTimeout(hangGuard))
	out, err := io.ReadAll(tm.FinalOutput(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{url, path} {
		if !bytes.Contains(out, []byte("\x1b]52;c;"+base64.StdEncoding.EncodeToString([]byte(text)))) {
			t.Errorf("no OSC 52 sequence with %q in the output", text)
		}
	}
}

func TestOpenPageInBrowser(t *testing.T) {
	t.Parallel()
	m := loaded(t, 100, 30)
	b := &browser{}
	m.sh.web.openURL = b.open
	m.sh.cfg.Posts.Rules.Generator = site.Pelican // the loaded posts are the test blog's
	p := m.list().selected()
	p.URL = "/a-post.html"
	m.sh.cfg.Posts.Rules.URLs.Base = "https://example.org"
	m = drive(t, m, keys("w")...)
	if got := b.urls(); len(got) != 1 || got[0] != "https://example.org/a-post.html" {
		t.Fatalf("opened %v", got)
	}
	if !strings.Contains(m.status, "opened https://example.org/a-post.html") {
		t.Errorf("status %q", m.status)
	}

	// In the reader too, for the open post.
	m = drive(t, m, keys("<enter>w")...)
	if got := b.urls(); len(got) != 2 {
		t.Fatalf("opened %v from the reader", got)
	}

	// No browser: the message says what to do.
	b.err = preview.ErrNoBrowser
	m = drive(t, m, keys("w")...)
	if !m.statusErr || !strings.Contains(m.status, "set $BROWSER") {
		t.Errorf("status %q (err %v)", m.status, m.statusErr)
	}

	// No base URL: nothing to open, but the preview can show it.
	m.sh.cfg.Posts.Rules.URLs.Base = ""
	m = drive(t, m, keys("w")...)
	if !m.statusErr || !strings.Contains(m.status, "no base URL") || !strings.Contains(m.status, "v previews it") {
		t.Errorf("status %q", m.status)
	}

	// No page at all.
	p.URL = ""
	m = drive(t, m, keys("w")...)
	if !m.statusErr || !strings.Contains(m.status, "pelican writes no page for") {
		t.Errorf("status %q", m.status)
	}
	if got := b.urls(); len(got) != 3 {
		t.Errorf("opened %v", got)
	}
}

// TestPreviewFlow starts the preview once, opens the selected post and
// then the post open in the reader on the same server, and checks that
// Close (which Run calls when the program ends) stops the server.
func TestPreviewFlow(t *testing.T) {
	t.Parallel()
	b := &browser{}
	srv := newFakeServer()
	var starts int
	var mu sync.Mutex
	m := New(webOptions())
	m.sh.web.openURL = b.open
	m.sh.web.start = func(opts preview.Options) (previewServer, error) {
		mu.Lock()
		defer mu.Unlock()
		starts++
		if opts.Site == nil || opts.Site.Generator != site.Pelican {
			t.Errorf("started with %+v", opts)
		}
		return srv, nil
	}
	tm := teatest.NewTestModel(t, probed{m}, teatest.WithInitialTermSize(100, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	snap := waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded && len(m.list().shown) == 7 })
	first := snap.selectedPost
	tm.Send(keys("v")[0])
	waitModel(t, tm, "server up", func(m Model) bool { return m.sh.web.server != nil && len(b.urls()) == 1 })
	if got := b.urls()[0]; got != "http://127.0.0.1:4242"+first.URL {
		t.Errorf("opened %q", got)
	}
	for _, k := range keys("j<enter>v") {
		tm.Send(k)
	}
	snap = waitModel(t, tm, "second page", func(m Model) bool { return len(b.urls()) == 2 })
	if got, want := b.urls()[1], "http://127.0.0.1:4242"+snap.readerPost.URL; got != want || snap.readerPost == first {
		t.Errorf("opened %q, want %q", got, want)
	}
	mu.Lock()
	if starts != 1 {
		t.Errorf("started %d servers, want 1", starts)
	}
	mu.Unlock()
	tm.Send(keys("q")[0])
	tm.WaitFinished(t, teatest.WithFinalTimeout(hangGuard))
	final := tm.FinalModel(t).(probed).Model
	if err := final.Close(); err != nil {
		t.Fatal(err)
	}
	if srv.stopCount() != 1 {
		t.Errorf("server stopped %d times on quit, want 1", srv.stopCount())
	}
}

// TestPreviewFailures shows why the server did not start, and notices
// one that stops on its own.
func TestPreviewFailures(t *testing.T) {
	t.Parallel()
	b := &browser{}
	m := New(webOptions())
	m.sh.web.openURL = b.open
	var next func() (previewServer, error)
	var mu sync.Mutex
	m.sh.web.start = func(preview.Options) (previewServer, error) {
		mu.Lock()
		defer mu.Unlock()
		return next()
	}
	setNext := func(f func() (previewServer, error)) { mu.Lock(); next = f; mu.Unlock() }
	tm := teatest.NewTestModel(t, probed{m}, teatest.WithInitialTermSize(100, 20),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded })

	setNext(func() (previewServer, error) {
		return nil, errors.New("pelican is not installed (pelican needs it for its preview server)")
	})
	tm.Send(keys("v")[0])
	waitModel(t, tm, "not installed", func(m Model) bool {
		return m.statusErr && strings.Contains(m.status, "pelican is not installed") && !m.sh.web.starting
	})

	failing := newFakeServer()
	failing.readyErr = errors.New("the preview server stopped (exit status 1); the end of its output:\n1\n2\n3\n4\n5\nCRITICAL theme not found")
	setNext(func() (previewServer, error) { return failing, nil })
	tm.Send(keys("v")[0])
	waitModel(t, tm, "failed to start", func(m Model) bool {
		return m.statusErr && strings.Contains(m.status, "CRITICAL theme not found") && !strings.Contains(m.status, "⏎ 1 ⏎")
	})
	if failing.stopCount() != 1 {
		t.Errorf("a server that failed to start was stopped %d times, want 1", failing.stopCount())
	}

	exiting := newFakeServer()
	setNext(func() (previewServer, error) { return exiting, nil })
	tm.Send(keys("v")[0])
	waitModel(t, tm, "up", func(m Model) bool { return m.sh.web.server != nil })
	exiting.Stop(0) // the server dies on its own
	waitModel(t, tm, "noticed", func(m Model) bool {
		return m.sh.web.server == nil && m.statusErr && strings.Contains(m.status, "ERROR theme missing")
	})
	// v starts a new server, since the last one is gone.
	again := newFakeServer()
	setNext(func() (previewServer, error) { return again, nil })
	tm.Send(keys("v")[0])
	waitModel(t, tm, "up again", func(m Model) bool { return m.sh.web.server == previewServer(again) })
	tm.Send(keys("q")[0])
	tm.WaitFinished(t, teatest.WithFinalTimeout(hangGuard))
}
