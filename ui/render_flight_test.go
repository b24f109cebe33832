package ui

import "testing"

func TestRenderFlightCancelsTheStaleRendering(t *testing.T) {
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
	m := loaded(t, 80, 24)
	k := renderKey{path: "x.md", width: 80}
	m = drive(t, m, renderedMsg{key: k, doc: Document{Cancelled: true}})
	if _, ok := m.sh.cache.get(k); ok {
		t.Error("a cancelled rendering was cached")
	}
}
