package markup

import (
	"context"
	"errors"
	"testing"
)

// cancelAt is a context that ends at its polls-th look, noting how many
// steps m had counted then.
type cancelAt struct {
	context.Context
	polls int
	m     *meter
	at    int // m.steps when it ended; -1 before
}

func (c *cancelAt) Err() error {
	if c.polls--; c.polls > 0 {
		return nil
	}
	if c.at < 0 {
		c.at = c.m.steps
	}
	return context.Canceled
}

// TestCancelStopsEveryPass cancels the conversion of each hostile shape
// part of the way through and checks that the work stops there: the
// steps counted after the context ended are a small part of one poll
// interval's worth, while the whole conversion takes many times more.
func TestCancelStopsEveryPass(t *testing.T) {
	t.Parallel()
	for _, s := range hostileShapes {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			body := s.body(256 << 10)
			m := &meter{}
			ctx := &cancelAt{Context: context.Background(), polls: 3, m: m, at: -1}
			m.ctx = ctx
			toMarkdown(m, body, &s.o)
			if !m.stop || ctx.at < 0 {
				t.Fatalf("not cancelled: %d steps", m.steps)
			}
			if after := m.steps - ctx.at; after > pollSteps {
				t.Errorf("%d steps after the cancel (at %d), more than %d", after, ctx.at, pollSteps)
			}
			if whole := steps(body, s.o); whole < 20*pollSteps {
				t.Errorf("the whole conversion takes %d steps: too few to show it stopped", whole)
			}
		})
	}
}

func TestToMarkdownContextCancelled(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, o := range []Options{jekyll, rst} {
		out, err := ToMarkdownContext(ctx, "<b>x</b> {% y %}\n\n| a\n", o)
		if !errors.Is(err, context.Canceled) || out != "" {
			t.Errorf("got %q, %v; want no text and the context's error", out, err)
		}
	}
	out, err := ToMarkdownContext(context.Background(), "{{ page.title }}", Options{Page: map[string]string{"title": "T"}})
	if err != nil || out != "T" {
		t.Errorf("got %q, %v", out, err)
	}
}
