package ui

import (
	"fmt"
	"path/filepath"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/ui/termsafe"
)

// unpublishPrompt asks before a published post goes offline.
type unpublishPrompt struct {
	sh            *shared
	width, height int
	path, title   string
}

// SetSize implements Component.
func (o *unpublishPrompt) SetSize(w, h int) { o.width, o.height = w, h }

// Capturing implements capturer: every key answers the question.
func (o *unpublishPrompt) Capturing() bool { return true }

// KeyMap implements Component.
func (o *unpublishPrompt) KeyMap() help.KeyMap {
	k := o.sh.keys
	yes := key.NewBinding(key.WithKeys(k.Yes.Keys()...), key.WithHelp("y", "unpublish"))
	no := key.NewBinding(key.WithKeys("n"), key.WithHelp("any other key", "keep it published"))
	return helpKeys{short: []key.Binding{yes, no}, full: [][]key.Binding{{yes, no}}}
}

// Update implements Component: y unpublishes, any other key keeps the
// post as it is.
func (o *unpublishPrompt) Update(msg tea.Msg) (Component, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return o, nil
	}
	switch {
	case key.Matches(k, o.sh.keys.InputHelp):
		return o, o.sh.ask(showHelpMsg{})
	case key.Matches(k, o.sh.keys.Yes):
		return o, tea.Batch(SetStatusCmd(o.sh.cfg.Dir, o.sh.cfg.Posts.Site, o.path, false), o.sh.pop(nil))
	}
	return o, tea.Batch(status("kept "+termsafe.Line(filepath.Base(o.path))+" published"), o.sh.pop(nil))
}

// View implements Component.
func (o *unpublishPrompt) View() string {
	text := fmt.Sprintf("%s is published. Unpublish it? It goes offline when the site is next built.\n\ny unpublishes it, any other key keeps it published.",
		termsafe.Line(o.title))
	return "\n" + indent(ansi.Wrap(text, max(1, o.width-2), ""))
}
