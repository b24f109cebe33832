// Package preview runs a site's own development server (hugo server,
// jekyll serve, pelican --listen) in the background on a free loopback
// port, so that a post can be seen as the site will show it, drafts
// included, and opens pages in the browser.
//
// It is a package of its own, beside main and ui rather than inside
// either, because both start servers (folio preview and the reader's
// preview key) and both must stop exactly the process they started when
// folio quits. It imports neither Bubble Tea nor the CLI, only config to
// know the site.
package preview

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/site"
)

// Options say which site to serve and how.
type Options struct {
	// Site is the detected site; its Kind picks the generator.
	Site *config.Site
	// SettingsFile is Pelican's settings file relative to the site root;
	// "" is pelicanconf.py.
	SettingsFile string
	// TempDir holds the server's log and the pages it builds (Jekyll and
	// Pelican write their output there, not into the site); "" is the
	// system's temporary folder.
	TempDir string
	// LookPath finds the generator's program; nil is exec.LookPath.
	LookPath func(string) (string, error)
}

// Server is a running development server that this process started.
type Server struct {
	// Base is the address it serves the site's root at, without a
	// trailing slash: "http://127.0.0.1:PORT".
	Base string
	// Log is the file that holds its output.
	Log string

	cmd     *exec.Cmd
	work    string // temporary folder with the log and the built pages
	done    chan struct{}
	waitErr error
	stop    sync.Once
}

// How long folio waits, by default: for the server to build the site
// before giving up, for the post's page once the server answers (a page
// the server does not have should not keep folio waiting), and for the
// server to stop before killing it.
const (
	StartLimit = 3 * time.Minute
	Settle     = 20 * time.Second
	StopGrace  = 5 * time.Second
)

// ErrNoGenerator is returned when the site has no generator to serve it.
var ErrNoGenerator = errors.New("a plain folder has no generator with a preview server")

// Start starts the site's development server in the background, in a
// process group of its own, with its output going to a log file. It
// returns once the process runs; Ready says when it answers.
func Start(opts Options) (*Server, error) {
	detected := opts.Site
	if detected == nil || detected.Generator == site.Plain {
		return nil, ErrNoGenerator
	}
	lookPath := opts.LookPath
	if lookPath == nil {
		lookPath = exec.LookPath
	}
	tempDir := opts.TempDir
	if tempDir == "" {
		tempDir = os.TempDir()
	}
	sweepStale(tempDir)
	work, err := os.MkdirTemp(tempDir, workPrefix+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		os.RemoveAll(work)
		return nil, err
	}
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	name, args, err := command(detected, opts.SettingsFile, port, base, work)
	if err != nil {
		os.RemoveAll(work)
		return nil, err
	}
	prog, err := lookPath(name)
	if err != nil {
		os.RemoveAll(work)
		return nil, fmt.Errorf("%s is not installed (%s needs it for its preview server): %w", name, detected.Generator, err)
	}
	logPath := filepath.Join(work, "server.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		os.RemoveAll(work)
		return nil, err
	}
	cmd := exec.Command(prog, args...)
	cmd.Dir = detected.Root
	// The mark lets a later folio find what is left of this server if
	// this one is killed outright (sweepStale).
	cmd.Env = append(os.Environ(), "HUGO_RESOURCEDIR="+filepath.Join(work, "resources"), "PYTHONDONTWRITEBYTECODE=1", markVar+"="+work)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.Stdin = nil
	ownProcessGroup(cmd)
	s := &Server{Base: base, Log: logPath, cmd: cmd, work: work, done: make(chan struct{})}
	if err := s.run(logFile); err != nil {
		logFile.Close()
		os.RemoveAll(work)
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	return s, nil
}

// run starts the server from a goroutine locked to its OS thread, which
// then waits for it to exit. On Linux the server is tied to the death of
// the thread that started it, not of the process (Pdeathsig, see
// process_linux.go), and Go ends a thread only when a goroutine locked to
// it exits (golang.org/issue/27505): locked, and alive until the server
// has exited, this goroutine keeps its thread for as long as the server
// runs.
func (s *Server) run(logFile *os.File) error {
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := s.cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		s.waitErr = s.cmd.Wait()
		logFile.Close()
		close(s.done)
	}()
	return <-started
}

// command is the generator's own development server command: drafts
// shown, live reload on, bound to 127.0.0.1:port.
func command(detected *config.Site, settingsFile string, port int, base, work string) (string, []string, error) {
	p := strconv.Itoa(port)
	switch detected.Generator {
	case site.Hugo:
		// Nothing is written into the site: no build lock, and the
		// resources Hugo generates go to the temporary folder (env).
		return "hugo", []string{"server", "-D", "--navigateToChanged", "--source", detected.Root,
			"--bind", "127.0.0.1", "--port", p, "--baseURL", base + "/", "--appendPort=false", "--noBuildLock"}, nil
	case site.Jekyll:
		reload, err := freePort()
		if err != nil {
			return "", nil, err
		}
		return "jekyll", []string{"serve", "--drafts", "--livereload", "--source", filepath.Join(detected.Root, filepath.FromSlash(detected.Rules.ContentDir)),
			"--destination", filepath.Join(work, "site"), "--disable-disk-cache", "--host", "127.0.0.1", "--port", p,
			"--livereload-port", strconv.Itoa(reload), "--baseurl", ""}, nil
	case site.Pelican:
		if settingsFile == "" {
			settingsFile = "pelicanconf.py"
		}
		// SITEURL points at the server, so that the theme's styles and
		// the links come from it rather than from the published site;
		// Pelican's cache (when the site turns it on) goes to the
		// temporary folder, not into the site.
		return "pelican", []string{"--listen", "--autoreload", "-s", filepath.Join(detected.Root, settingsFile),
			"-o", filepath.Join(work, "output"), "-b", "127.0.0.1", "-p", p,
			"-e", `SITEURL="` + base + `"`, `CACHE_PATH="` + filepath.Join(work, "cache") + `"`}, nil
	}
	return "", nil, ErrNoGenerator
}

// freePort asks the system for a free loopback port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Done is closed when the server's process has exited.
func (s *Server) Done() <-chan struct{} { return s.done }

// PageURL is the server's address of a post's site-relative URL.
func (s *Server) PageURL(url string) string { return s.Base + url }

// Ready waits until the server serves page (a site-relative URL, "/" for
// the home page) with 200 OK, or answers at all for settle after its
// first answer (a page it does not have should not keep folio waiting),
// or ctx ends. When the server exits first, the error has the last lines
// of its log; when page cannot be asked for at all (a URL from a post's
// front matter with a control character in it), the error says so at
// once rather than when ctx ends.
func (s *Server) Ready(ctx context.Context, page string, settle time.Duration) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.PageURL(page), nil)
	if err != nil {
		return fmt.Errorf("the post's URL %q is not an address the preview server can be asked for: %w", page, withoutAddress(err))
	}
	client := &http.Client{Timeout: 2 * time.Second}
	var firstAnswer time.Time
	tick := time.NewTicker(150 * time.Millisecond)
	defer tick.Stop()
	for {
		if code, err := get(client, req); err == nil {
			if code == http.StatusOK {
				return nil
			}
			if firstAnswer.IsZero() {
				firstAnswer = time.Now()
			} else if time.Since(firstAnswer) > settle {
				return nil
			}
		}
		select {
		case <-s.done:
			return s.exitError()
		case <-ctx.Done():
			return fmt.Errorf("the preview server did not answer: %w\n%s", ctx.Err(), s.tail())
		case <-tick.C:
		}
	}
}

// get asks for req, a GET without a body (so it can be sent again), and
// returns the status code.
func get(client *http.Client, req *http.Request) (int, error) {
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// ExitError says why the server stopped, with the end of its log; nil
// while it runs.
func (s *Server) ExitError() error {
	select {
	case <-s.done:
		return s.exitError()
	default:
		return nil
	}
}

// exitError says that the server stopped, with the end of its log.
func (s *Server) exitError() error {
	how := "exited"
	if s.waitErr != nil {
		how = s.waitErr.Error()
	}
	return fmt.Errorf("the preview server stopped (%s); the end of its output:\n%s", how, s.tail())
}

// tail is the last lines of the server's log, for a failure message.
func (s *Server) tail() string {
	data, err := os.ReadFile(s.Log)
	if err != nil {
		return ""
	}
	return LastLines(data, 15)
}

// LastLines returns the last n lines of text.
func LastLines(data []byte, n int) string {
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if len(lines) > n {
			lines = lines[1:]
		}
	}
	return strings.Join(lines, "\n")
}

// Stop ends the server's process group (only the group this Server
// started): SIGTERM, then SIGKILL after grace. It waits for the process
// to exit and removes the temporary folder that held its log and pages.
// Stopping twice is harmless.
func (s *Server) Stop(grace time.Duration) error {
	var err error
	s.stop.Do(func() {
		select {
		case <-s.done:
		default:
			terminate(s.cmd)
			select {
			case <-s.done:
			case <-time.After(grace):
				kill(s.cmd)
				<-s.done
			}
		}
		err = os.RemoveAll(s.work)
	})
	return err
}
