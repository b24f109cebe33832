package preview

import (
	"errors"
	"fmt"
	"net/url"
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

// WebAddress returns raw as the http or https address it is, written
// out by net/url, or an error saying why it is not one. Only such an
// address is given to a browser: it starts with its scheme, so no
// browser can read it as an option (a site's base URL of
// "--renderer-cmd-prefix=…" would be a Chromium switch), and javascript:,
// file: and data: addresses, which would run or read something on this
// machine, never leave folio.
func WebAddress(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("%q is not a web address: %w", raw, withoutAddress(err))
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return "", fmt.Errorf("%q is not a web address: folio opens only http:// and https:// addresses", raw)
	}
	return u.String(), nil
}

// withoutAddress is net/url's complaint without the address it quotes:
// the caller quotes it once, in its own words.
func withoutAddress(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// Open opens the web address addr (see WebAddress; anything else is
// refused) with the first of: the commands in $BROWSER (separated by
// ":", as Python's webbrowser reads it, "%s" standing for the address),
// xdg-open, open (macOS).
func (b Browser) Open(addr string) error {
	address, err := WebAddress(addr)
	if err != nil {
		return err
	}
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
				args[i] = strings.ReplaceAll(a, "%s", address)
				placed = true
			}
		}
		if !placed {
			args = append(args, address)
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
