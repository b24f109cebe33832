package ui

import (
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/ui/termsafe"
)

// TestHostileCorpus opens every post of the shared hostile corpus
// (../testdata/hostile) in the TUI: each is listed, each renders, and
// no screen holds a byte sequence other than colours and safe hyperlinks.
// (Render time is bounded by the limits markdown.MaxRenderNesting and
// markdown.MaxRenderBytes, which ui/markdown's tests check without a
// clock.)
func TestHostileCorpus(t *testing.T) {
	t.Parallel()
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
	if len(m.list().all) == 0 {
		t.Fatal("nothing listed")
	}
	if err := termsafe.Check(m.screen()); err != nil {
		t.Errorf("list screen: %v", err)
	}
	for i := range m.list().shown {
		m.list().window.moveTo(i)
		p := m.list().selected()
		m = drive(t, m, namedKey("enter"))
		if !m.reader().ready {
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
