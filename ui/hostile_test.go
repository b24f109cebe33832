package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/ui/termsafe"
)

// TestHostileCorpus opens every post of the shared hostile corpus
// (../testdata/hostile) in the TUI: each is listed, each renders within
// a bounded time, and no screen holds a byte sequence other than colours
// and safe hyperlinks.
func TestHostileCorpus(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "testdata", "hostile"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no hostile corpus: %v", err)
	}
	m := New(Config{Dir: dir, Style: "dark"})
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = runCmd(t, m, m.Init(), 0)
	if len(m.list.all) == 0 {
		t.Fatal("nothing listed")
	}
	if err := termsafe.Check(m.screen()); err != nil {
		t.Errorf("list screen: %v", err)
	}
	for i := range m.list.shown {
		m.list.window.moveTo(i)
		p := m.list.selected()
		start := time.Now()
		m = drive(t, m, namedKey("enter"))
		if d := time.Since(start); d > 30*time.Second { // generous: -race slows Glamour ~4×
			t.Errorf("%s: took %v to render", p.Path, d)
		}
		if !m.reader.ready {
			t.Errorf("%s: not rendered", p.Path)
		}
		if err := termsafe.Check(m.screen()); err != nil {
			t.Errorf("%s: reader screen: %v", p.Path, err)
		}
		m = drive(t, m, namedKey("esc"))
	}
	m = drive(t, m, keys("!")...)
	if err := termsafe.Check(m.screen()); err != nil {
		t.Errorf("warnings panel: %v", err)
	}
}
