package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/posts"
)

// lockedBuffer is a bytes.Buffer safe to read while a goroutine writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestPreviewCommandWithHugo runs folio preview's flow with the real
// hugo: it prints the draft's address once the server serves it, the page
// there has the draft's title, and Ctrl-C (the context ending) stops the
// server.
func TestPreviewCommandWithHugo(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("hugo"); err != nil {
		t.Skip("hugo is not installed")
	}
	root := t.TempDir()
	files := map[string]string{
		"hugo.toml":                    "baseURL = \"https://example.org/blog/\"\ntitle = \"Preview\"\n",
		"layouts/_default/single.html": "<html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n",
		"layouts/_default/list.html":   "<html><body>{{ range .Pages }}{{ .Title }} {{ end }}</body></html>\n",
		"content/posts/my-draft.md":    "---\ntitle: \"Not Yet Published\"\ndraft: true\n---\nSoon.\n",
	}
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := config.Load(config.LoadOptions{Dir: root, UserFile: filepath.Join(root, "none.toml")})
	if err != nil {
		t.Fatal(err)
	}
	b := &blog{dir: cfg.Site.Root, cfg: cfg, opts: cfg.PostsOptions()}
	// The address folio computes for the draft is where the server has it.
	page := posts.ParseFile(posts.DirFS(b.dir), "content/posts/my-draft.md", b.opts).URL
	if page != "/posts/my-draft/" {
		t.Fatalf("folio places the draft at %q", page)
	}
	ctx, quit := context.WithCancel(context.Background())
	defer quit()
	var out, errOut lockedBuffer
	done := make(chan error, 1)
	go func() { done <- runPreview(ctx, streams{nil, &out, &errOut}, b, page, true) }()

	var url string
	for deadline := time.Now().Add(2 * time.Minute); url == ""; {
		if line, _, ok := strings.Cut(out.String(), "\n"); ok {
			url = line
			break
		}
		select {
		case err := <-done:
			t.Fatalf("folio preview ended: %v\n%s", err, errOut.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no address printed; stderr:\n%s", errOut.String())
		}
	}
	if !strings.HasPrefix(url, "http://127.0.0.1:") || !strings.HasSuffix(url, "/posts/my-draft/") {
		t.Fatalf("printed %q", url)
	}
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "Not Yet Published") {
		t.Errorf("%s: %s\n%s", url, resp.Status, body)
	}

	quit() // Ctrl-C
	if err := <-done; err != nil {
		t.Errorf("folio preview: %v", err)
	}
	if _, err := http.Get(url); err == nil {
		t.Error("the server still answers after folio preview ended")
	}
}
