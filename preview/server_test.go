package preview

import (
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/site"
)

// hangGuard bounds a wait that normally takes a second or two; it is
// there so that a broken server fails the test instead of hanging it.
const hangGuard = 2 * time.Minute

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestHugoPreviewEndToEnd starts the real hugo server on a small site,
// fetches the draft's page at the URL folio computes, and checks that
// Stop leaves no process of the server's group behind.
func TestHugoPreviewEndToEnd(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("hugo"); err != nil {
		t.Skip("hugo is not installed")
	}
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"hugo.toml":                     "baseURL = \"https://example.org/\"\ntitle = \"Preview test\"\n",
		"layouts/_default/single.html":  "<html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n",
		"layouts/_default/list.html":    "<html><body>{{ range .Pages }}{{ .Title }} {{ end }}</body></html>\n",
		"content/posts/secret-draft.md": "---\ntitle: \"A Draft Only Folio Sees\"\ndraft: true\ndate: 2024-01-02\n---\nHello.\n",
	})
	detected, err := config.Detect(root, "")
	if err != nil {
		t.Fatal(err)
	}
	if detected.Generator != site.Hugo {
		t.Fatalf("detected %s", detected.Generator)
	}
	s, err := Start(Options{Site: detected, TempDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop(5 * time.Second)
	if !strings.HasPrefix(s.Base, "http://127.0.0.1:") {
		t.Errorf("server at %s, want loopback", s.Base)
	}
	const page = "/posts/secret-draft/" // the URL folio computes for it
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	if err := s.Ready(ctx, page, hangGuard); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(s.PageURL(page))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "A Draft Only Folio Sees") {
		t.Fatalf("GET %s: %s\n%s", page, resp.Status, body)
	}
	pid := s.cmd.Process.Pid
	if err := s.Stop(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	// Signal 0 to the group checks that no process of it is left.
	if err := syscall.Kill(-pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("the server's process group is still there after Stop (kill -0: %v)", err)
	}
	if _, err := os.Stat(s.Log); !os.IsNotExist(err) {
		t.Errorf("the log %s is left behind: %v", s.Log, err)
	}
	if _, err := http.Get(s.PageURL(page)); err == nil {
		t.Error("the server still answers after Stop")
	}
	// The generator wrote nothing into the site.
	var files []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if len(files) != 4 {
		t.Errorf("the site holds %v after the preview, want only its 4 files", files)
	}
}

// TestServerThatFailsShowsItsLog runs a "generator" that writes an error
// and exits: Ready reports the end of its output.
func TestServerThatFailsShowsItsLog(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	fake := filepath.Join(dir, "fake-hugo")
	script := "#!/bin/sh\necho 'Start building sites …'\necho 'Error: module \"missing-theme\" not found' >&2\nexit 255\n"
	if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	detected := &config.Site{Generator: site.Hugo, Root: dir}
	s, err := Start(Options{Site: detected, TempDir: dir, LookPath: func(string) (string, error) { return fake, nil }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop(time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	err = s.Ready(ctx, "/", time.Second)
	if err == nil || !strings.Contains(err.Error(), `Error: module "missing-theme" not found`) || !strings.Contains(err.Error(), "stopped") {
		t.Fatalf("Ready: %v, want the server's last lines", err)
	}
}

func TestStartWithoutTheGenerator(t *testing.T) {
	t.Parallel()
	detected := &config.Site{Generator: site.Jekyll, Root: t.TempDir()}
	notFound := func(string) (string, error) { return "", exec.ErrNotFound }
	_, err := Start(Options{Site: detected, TempDir: t.TempDir(), LookPath: notFound})
	if err == nil || !strings.Contains(err.Error(), "jekyll is not installed") {
		t.Fatalf("Start: %v, want a message naming jekyll", err)
	}
	if _, err := Start(Options{Site: &config.Site{Generator: site.Plain}}); !errors.Is(err, ErrNoGenerator) {
		t.Fatalf("plain folder: %v, want ErrNoGenerator", err)
	}
}

func TestCommands(t *testing.T) {
	t.Parallel()
	tests := []struct {
		generator site.Generator
		want      string
	}{
		{site.Hugo, "hugo server -D --navigateToChanged --source /site --bind 127.0.0.1 --port 8000 --baseURL http://127.0.0.1:8000/ --appendPort=false --noBuildLock"},
		{site.Pelican, `pelican --listen --autoreload -s /site/conf.py -o /work/output -b 127.0.0.1 -p 8000 -e SITEURL="http://127.0.0.1:8000" CACHE_PATH="/work/cache"`},
	}
	for _, tc := range tests {
		t.Run(string(tc.generator), func(t *testing.T) {
			name, args, err := command(&config.Site{Generator: tc.generator, Root: "/site"}, "conf.py", 8000, "http://127.0.0.1:8000", "/work")
			if err != nil {
				t.Fatal(err)
			}
			if got := name + " " + strings.Join(args, " "); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
	_, args, _ := command(&config.Site{Generator: site.Jekyll, Root: "/site"}, "", 8000, "", "/work")
	if got := strings.Join(args, " "); !strings.HasPrefix(got, "serve --drafts --livereload --source /site --destination /work/site") || !strings.Contains(got, "--host 127.0.0.1 --port 8000") {
		t.Errorf("jekyll: %s", got)
	}
}

func TestLastLines(t *testing.T) {
	t.Parallel()
	if got := LastLines([]byte("a\nb\nc\nd\n"), 2); got != "c\nd" {
		t.Errorf("got %q", got)
	}
	if got := LastLines(nil, 3); got != "" {
		t.Errorf("got %q", got)
	}
}

// TestReadyRefusesAnAddressItCannotAskFor: a post's URL with a control
// character makes every request invalid; Ready says so at once instead of
// waiting for its time limit (here already over, so that the old wait
// would end with the context's error instead).
func TestReadyRefusesAnAddressItCannotAskFor(t *testing.T) {
	t.Parallel()
	s := &Server{Base: "http://127.0.0.1:1", done: make(chan struct{})}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, page := range []string{"/a\x1b[2Jb/", "/a\nb/", "/a\x7fb/"} {
		err := s.Ready(ctx, page, time.Minute)
		if err == nil || errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "invalid control character") {
			t.Errorf("Ready(%q): %v, want the reason the address is invalid", page, err)
		}
		if err != nil && strings.ContainsAny(err.Error(), "\x1b\n\x7f") {
			t.Errorf("the error holds the control character: %q", err)
		}
	}
}
