package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/preview"
)

// hugoFailure is what Hugo 0.111 writes when a partial asks for a field
// pages no longer have: the cause at the end of one long line.
const hugoFailure = `Start building sites …
hugo v0.111.3+extended linux/amd64 BuildDate=2023-03-16T08:41:31Z VendorInfo=debian:0.111.3-1
Error: Error building site: failed to render pages: render of "page" failed: "/site/layouts/_default/single.html:1:15": execute of template failed: template: _default/single.html:1:15: executing "_default/single.html" at <partial "head.html" .>: error calling partial: "/site/layouts/partials/head.html:1:15": execute of template failed: template: partials/head.html:1:15: executing "partials/head.html" at <.RSSLink>: can't evaluate field RSSLink in type *hugolib.pageState
Built in 12 ms
`

// loggedServer is a fake server whose output is in a log file.
type loggedServer struct {
	*fakeServer
	log string
}

func (s loggedServer) LogFile() string { return s.log }

// TestPreviewFailureShowsCauseAndLog fails to start the preview with
// Hugo's error at 40, 80 and 200 columns: the status shows the error
// line whole, and L shows the whole log, scrolled to its end.
func TestPreviewFailureShowsCauseAndLog(t *testing.T) {
	t.Parallel()
	log := filepath.Join(t.TempDir(), "server.log")
	var filler strings.Builder
	for i := range 40 {
		fmt.Fprintf(&filler, "watching line %d\n", i)
	}
	if err := os.WriteFile(log, []byte(filler.String()+hugoFailure), 0o644); err != nil {
		t.Fatal(err)
	}
	cause := `Error: Error building site: failed to render pages: render of "page" failed: "/site/layouts/_default/single.html:1:15": execute of template failed: template: _default/single.html:1:15: executing "_default/single.html" at <partial "head.html" .>: error calling partial: "/site/layouts/partials/head.html:1:15": execute of template failed: template: partials/head.html:1:15: executing "partials/head.html" at <.RSSLink>: can't evaluate field RSSLink in type *hugolib.pageState`
	for _, w := range []int{40, 80, 200} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			t.Parallel()
			m := New(webOptions())
			m.sh.web.openURL = (&browser{}).open
			m.sh.web.start = func(preview.Options) (previewServer, error) {
				srv := newFakeServer()
				srv.readyErr = errors.New("the preview server stopped (exit status 1); the end of its output:\nBuilt in 12 ms")
				return loggedServer{srv, log}, nil
			}
			m = drive(t, m, tea.WindowSizeMsg{Width: w, Height: 40})
			m = runCmd(t, m, m.Init(), 0)
			// What v runs after its "starting…" message (drive drops
			// tea.Sequence).
			m = runCmd(t, m, m.sh.web.startCmd(m.sh.cfg.Preview, "/hello.html"), 0)
			got := plain(m)
			// Without spaces: a long path is cut mid-word at 40 columns.
			squeezed := func(s string) string { return strings.Join(strings.Fields(s), "") }
			if !strings.Contains(squeezed(got), squeezed("the preview server stopped (exit status 1): "+cause+" · L shows the server's log")) {
				t.Errorf("the status does not show the cause whole:\n%s", got)
			}
			golden(t, fmt.Sprintf("preview-failed-%d", w), got)

			m = drive(t, m, keys("L")...)
			if screenName(m) != "log" {
				t.Fatalf("L opened %s, want the log", screenName(m))
			}
			got = plain(m)
			if !strings.Contains(got, "Built in 12 ms") || strings.Contains(got, "watching line 0\n") {
				t.Errorf("the log is not shown at its end:\n%s", got)
			}
			golden(t, fmt.Sprintf("preview-log-%d", w), got)
			m = drive(t, m, keys("g")...)
			if !strings.Contains(plain(m), "watching line 0") {
				t.Errorf("g does not go to the log's start:\n%s", plain(m))
			}
			m = drive(t, m, keys("<esc>")...)
			if screenName(m) != "list" {
				t.Errorf("esc went to %s, want the list", screenName(m))
			}
			// ! shows the posts' warnings, and says where the server's is.
			m = drive(t, m, keys("!")...)
			if got := unwrapped(plain(m)); !strings.Contains(got, "the preview server stopped: L shows its log") && w >= 80 {
				t.Errorf("the warnings do not point at the log:\n%s", plain(m))
			}
			if m = drive(t, m, keys("L")...); screenName(m) != "log" {
				t.Errorf("L in the warnings opened %s, want the log", screenName(m))
			}
		})
	}
}

// TestPreviewLogBeforeAnyServer says there is no log yet.
func TestPreviewLogBeforeAnyServer(t *testing.T) {
	t.Parallel()
	m := drive(t, loaded(t, 80, 20), keys("L")...)
	if screenName(m) != "list" || !strings.Contains(m.status, "no preview server has written anything yet") {
		t.Errorf("screen %s, status %q", screenName(m), m.status)
	}
}
