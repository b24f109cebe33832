package ui

import (
	"os"

	"context"
	"errors"
	"io"

	"github.com/charmbracelet/colorprofile"

	tea "charm.land/bubbletea/v2"
)

// Run shows the interface on the terminal behind in and out and returns
// when the user quits. The terminal is restored whatever happens.
func Run(ctx context.Context, cfg Config, in io.Reader, out io.Writer) error {
	m := New(cfg)
	// The folder is read while the terminal is set up: detecting its
	// colours runs programs inside tmux (tmux info), which took as long
	// as reading a small blog.
	m.sh.store.Start()
	p := tea.NewProgram(m, tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out),
		tea.WithColorProfile(colorprofile.Detect(out, os.Environ())),
		// A frame is drawn at the next tick after it changed: at 120
		// a second, rows and keystrokes wait 4 ms on average, not 8.
		tea.WithFPS(120))
	final, err := p.Run()
	if m, ok := final.(Model); ok {
		m.Close()
	}
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return nil // interrupted from outside: a normal way to leave
	}
	return err
}
