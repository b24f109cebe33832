package ui

import (
	"io"
	"os"
	"regexp"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/preview"
	"github.com/folio-blog/folio/ui/termsafe"
)

// A preview server that fails says why in its log, often in one long
// line ("… error calling partial: … can't evaluate field RSSLink …"):
// the status shows that line whole, and L shows the whole log.

// maxLogBytes is how much of a server's log the log screen shows: its end.
const maxLogBytes = 256 << 10

// startedServer is a server preview.Start started, which names its log.
type startedServer struct{ *preview.Server }

// LogFile implements logFiler.
func (s startedServer) LogFile() string { return s.Log }

// logFiler is a server that writes its output to a file.
type logFiler interface{ LogFile() string }

// previewLogMsg carries what the preview server wrote, for the log
// screen; empty when no server has run.
type previewLogMsg struct{ text string }

// previewLogCmd reads the running server's log, or gives the last failed
// one's.
func previewLogCmd(w *web) tea.Cmd {
	srv, last := w.server, w.log
	return func() tea.Msg {
		if srv != nil {
			return previewLogMsg{serverLog(srv, nil)}
		}
		return previewLogMsg{last}
	}
}

// serverLog is what srv wrote: the end of its log file, or when it has
// none the end of it that err carries (the lines after the first). It
// reads a file: call it only in a tea.Cmd.
func serverLog(srv previewServer, err error) string {
	if f, ok := srv.(logFiler); ok {
		if text, rerr := readEnd(f.LogFile(), maxLogBytes); rerr == nil && strings.TrimSpace(text) != "" {
			return text
		}
	}
	if err == nil {
		return ""
	}
	_, rest, _ := strings.Cut(strings.TrimSpace(err.Error()), "\n")
	return rest
}

// readEnd reads the last n bytes of the file at path.
func readEnd(path string, n int64) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > n {
		if _, err := f.Seek(-n, io.SeekEnd); err != nil {
			return "", err
		}
	}
	data, err := io.ReadAll(io.LimitReader(f, n))
	return string(data), err
}

// errorLine finds the lines that say what went wrong in generators' logs.
var errorLine = regexp.MustCompile(`(?i)\b(error|critical|fatal|exception|failed)\b`)

// failureStatus says why the server failed: the first line of err (up to
// the log it quotes), then the first line of the log that names an
// error, whole, and the key that shows the whole log.
func failureStatus(sh *shared, err error, log string) string {
	head, rest, _ := strings.Cut(strings.TrimSpace(err.Error()), "\n")
	if i := strings.Index(head, "; the end of its output"); i >= 0 {
		head = head[:i]
	}
	head = strings.TrimSuffix(strings.TrimSpace(head), ":")
	if log == "" {
		log = rest
	}
	var cause, last string
	for _, l := range strings.Split(log, "\n") {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		last = l
		if cause == "" && errorLine.MatchString(l) {
			cause = l
		}
	}
	if cause == "" {
		cause = last
	}
	text := termsafe.Line(head)
	if cause != "" {
		text += ": " + termsafe.Line(cause)
	}
	if strings.TrimSpace(log) != "" {
		text += " · " + sh.keys.PreviewLog.Help().Key + " shows the server's log"
	}
	return text
}
