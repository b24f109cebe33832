package ui

import (
	"context"
	"errors"
	"io"

	tea "charm.land/bubbletea/v2"
)

// Run shows the interface on the terminal behind in and out and returns
// when the user quits. The terminal is restored whatever happens.
func Run(ctx context.Context, cfg Config, in io.Reader, out io.Writer) error {
	p := tea.NewProgram(New(cfg), tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out))
	final, err := p.Run()
	if m, ok := final.(Model); ok {
		m.Close()
	}
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return nil // interrupted from outside: a normal way to leave
	}
	return err
}
