package ui

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestRenderFlightCancelsTheStaleRendering(t *testing.T) {
	t.Parallel()
	var f renderFlight
	a, b := renderKey{path: "a", width: 80}, renderKey{path: "a", width: 100}
	ctxA, ok := f.start(a)
	if !ok {
		t.Fatal("first rendering not started")
	}
	if _, ok := f.start(a); ok {
		t.Error("the same rendering started twice")
	}
	ctxB, ok := f.start(b)
	if !ok || ctxA.Err() == nil {
		t.Fatalf("rendering at the old width not cancelled (started %v, err %v)", ok, ctxA.Err())
	}
	f.done(a) // the cancelled one arriving late changes nothing
	if ctxB.Err() != nil {
		t.Error("the wanted rendering was cancelled by a stale one")
	}
	f.done(b)
	if _, ok := f.start(b); !ok {
		t.Error("a finished rendering cannot be asked for again")
	}
}

func TestCancelledRenderIsNotKept(t *testing.T) {
	t.Parallel()
	m := loaded(t, 80, 24)
	k := renderKey{path: "x.md", width: 80}
	m = drive(t, m, renderedMsg{key: k, doc: Document{Cancelled: true}})
	if _, ok := m.sh.cache.get(k); ok {
		t.Error("a cancelled rendering was cached")
	}
}

func TestLongPostArrivesFirstScreenFirst(t *testing.T) {
	t.Parallel()
	fsys := testBlog()
	body := "Title: Long\n\n" + strings.Repeat("## A section\n\nSome text for the section, long enough to wrap a line or so on screen.\n\n", 200)
	fsys["content/long.md"] = &fstest.MapFile{Data: []byte(body), Mode: 0o644}
	job := renderJob{key: renderKey{path: "content/long.md", width: 80, style: "dark"}, opts: RenderOptions{Width: 80, Style: "dark"}}
	first, ok := renderCmd(fsys, job)().(renderedMsg)
	if !ok || !first.partial || first.next == nil {
		t.Fatalf("first message %+v, want a partial rendering with more to come", ok)
	}
	rest, ok := first.next().(renderedMsg)
	if !ok || rest.partial || rest.doc.Cancelled {
		t.Fatal("second message is not the whole rendering")
	}
	if len(first.doc.Plain) >= len(rest.doc.Plain) || !strings.HasPrefix(rest.doc.Content, first.doc.Content) {
		t.Errorf("first screen (%d lines) is not the start of the whole (%d lines)", len(first.doc.Plain), len(rest.doc.Plain))
	}
	short, _ := renderCmd(fsys, renderJob{key: renderKey{path: "content/python/pathlib.md", width: 80, style: "dark"}, opts: RenderOptions{Width: 80, Style: "dark"}})().(renderedMsg)
	if short.partial {
		t.Error("a short post came in two parts")
	}
}

// TestPreviewDoesNotCancelTheReader: the list's preview, asked for by a
// tick that arrives after enter opened the reader, renders beside the
// reader's rendering instead of cancelling it (the reader would wait on
// "Rendering…" for ever).
func TestPreviewDoesNotCancelTheReader(t *testing.T) {
	t.Parallel()
	m := loaded(t, 140, 30)
	reader := renderKey{path: "content/python/pathlib.md", width: 80, style: "dark"}
	preview := renderKey{path: "content/django/testing.md", width: 60, style: "dark"}
	if m.sh.renderCmdFor(slotReader, reader) == nil || m.sh.renderCmdFor(slotPreview, preview) == nil {
		t.Fatal("a rendering was not started")
	}
	f := m.sh.flight[slotReader]
	if f.key != reader || f.cancel == nil {
		t.Errorf("the reader's rendering was replaced by the preview's: %+v", f.key)
	}
	if m.sh.renderCmdFor(slotReader, reader) != nil {
		t.Error("the reader's rendering under way was started again")
	}
}
