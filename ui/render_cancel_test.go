package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

// update hands msg to m without running the Cmd it returns.
func update(t *testing.T, m Model, msg tea.Msg) (Model, tea.Cmd) {
	t.Helper()
	next, cmd := m.Update(msg)
	return next.(Model), cmd
}

// renderings runs cmd, and the Cmds of a batch, and returns the
// renderings they make.
func renderings(cmd tea.Cmd) []renderedMsg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case renderedMsg:
		return []renderedMsg{msg}
	case tea.BatchMsg:
		var out []renderedMsg
		for _, c := range msg {
			out = append(out, renderings(c)...)
		}
		return out
	}
	return nil
}

// TestLeavingAPostCancelsItsRendering: a post left before its rendering
// arrived stops rendering, so a long conversion does not keep a core
// busy for a post no one reads.
func TestLeavingAPostCancelsItsRendering(t *testing.T) {
	t.Parallel()
	m := loaded(t, 80, 24)
	m, open := update(t, m, namedKey("enter"))
	if _, ok := m.active().(*Reader); !ok {
		t.Fatal("enter did not open the reader")
	}
	update(t, m, namedKey("esc"))
	docs := renderings(open)
	if len(docs) != 1 {
		t.Fatalf("%d renderings started, want the reader's", len(docs))
	}
	if !docs[0].doc.Cancelled {
		t.Error("the rendering of the post left went on")
	}
}

// TestHiddenPreviewCancelsItsRendering: the list's preview stops
// rendering when the terminal becomes too narrow to show it.
func TestHiddenPreviewCancelsItsRendering(t *testing.T) {
	t.Parallel()
	m := loaded(t, 140, 30)
	m, moved := update(t, m, keys("j")[0])
	tick := moved()
	m, preview := update(t, m, tick)
	update(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	docs := renderings(preview)
	if len(docs) != 1 {
		t.Fatalf("%d renderings started (after %T), want the preview's", len(docs), tick)
	}
	if !docs[0].doc.Cancelled {
		t.Error("the hidden preview's rendering went on")
	}
}

// endsAt is a context that ends at its n-th look.
type endsAt struct {
	context.Context
	looks, n int
}

func (c *endsAt) Err() error {
	if c.looks++; c.looks >= c.n {
		return context.Canceled
	}
	return nil
}

// TestRenderContextStopsTheConversion: the context of a rendering reaches
// the conversion of its body, which stops at its next look once the
// context ends instead of converting the rest of a hostile body.
func TestRenderContextStopsTheConversion(t *testing.T) {
	t.Parallel()
	p := &posts.Post{Path: "hostile.md", Body: strings.Repeat("<", 2<<20)}
	ctx := &endsAt{Context: context.Background(), n: 3}
	md, err := bodyMarkdownContext(ctx, p, RenderOptions{Width: 80})
	if !errors.Is(err, context.Canceled) || md != "" {
		t.Fatalf("got %d bytes, %v; want the context's error", len(md), err)
	}
	if ctx.looks != ctx.n {
		// It looks every few thousand steps: one more look is
		// thousands more steps after the end.
		t.Errorf("the conversion kept working after its context ended (%d more looks)", ctx.looks-ctx.n)
	}
	doc := RenderPost(p, RenderOptions{Width: 80, Context: ctx})
	if !doc.Cancelled {
		t.Error("the rendering of a cancelled conversion was not marked cancelled")
	}
}
