package preview

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// Browser opens addresses in the user's web browser.
type Browser struct {
	// Getenv reads $BROWSER; nil is os.Getenv.
	Getenv func(string) string
	// LookPath finds programs; nil is exec.LookPath.
	LookPath func(string) (string, error)
	// Start runs the browser command without waiting for it; nil starts
	// it and reaps it in the background.
	Start func(*exec.Cmd) error
}

// ErrNoBrowser is returned when no way to open a browser was found.
var ErrNoBrowser = errors.New("no browser found: set $BROWSER, or install xdg-open")

// Open opens url with the first of: the commands in $BROWSER (separated
// by ":", as Python's webbrowser reads it, "%s" standing for the
// address), xdg-open, open (macOS).
func (b Browser) Open(url string) error {
	getenv, lookPath, start := b.Getenv, b.LookPath, b.Start
	if getenv == nil {
		getenv = os.Getenv
	}
	if lookPath == nil {
		lookPath = exec.LookPath
	}
	if start == nil {
		start = startDetached
	}
	var candidates [][]string
	for _, c := range strings.Split(getenv("BROWSER"), ":") {
		if f := strings.Fields(c); len(f) > 0 {
			candidates = append(candidates, f)
		}
	}
	candidates = append(candidates, []string{"xdg-open"}, []string{"open"})
	for _, c := range candidates {
		prog, err := lookPath(c[0])
		if err != nil {
			continue
		}
		args := append([]string(nil), c[1:]...)
		placed := false
		for i, a := range args {
			if strings.Contains(a, "%s") {
				args[i] = strings.ReplaceAll(a, "%s", url)
				placed = true
			}
		}
		if !placed {
			args = append(args, url)
		}
		if err := start(exec.Command(prog, args...)); err != nil {
			return fmt.Errorf("open the browser (%s): %w", c[0], err)
		}
		return nil
	}
	return ErrNoBrowser
}

// startDetached starts a browser command with no terminal input, and
// reaps it when it exits.
func startDetached(cmd *exec.Cmd) error {
	cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait()
	return nil
}
