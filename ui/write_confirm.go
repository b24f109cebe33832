package ui

import (
	"path/filepath"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/ui/termsafe"
)

// confirmPrompt asks a question before a change that is hard to undo: y
// does it, any other key leaves things as they are (f1, like on every
// screen that takes all keys, shows the help first). The unpublish and
// remove-untouched questions are both one.
type confirmPrompt struct {
	sh            *shared
	width, height int
	name          string // what tests call the screen
	question      string // safe for the terminal
	yesHelp       string // what y does, for the help line
	noHelp        string // what any other key does
	yes, no       tea.Cmd
}

// unpublishPrompt asks before the published post at path goes offline.
func unpublishPrompt(sh *shared, path, title string) *confirmPrompt {
	return &confirmPrompt{sh: sh, name: "unpublish?",
		question: termsafe.Line(title) + " is published. Unpublish it? It goes offline when the site is next built.\n\ny unpublishes it, any other key keeps it published.",
		yesHelp:  "unpublish", noHelp: "keep it published",
		yes: SetStatusCmd(sh.cfg.Dir, sh.cfg.Posts.Rules, path, false),
		no:  status("kept " + termsafe.Line(filepath.Base(path)) + " published")}
}

// untouchedPrompt asks whether to remove the new post at path, which
// the user left exactly as folio wrote it (content).
func untouchedPrompt(sh *shared, path string, content []byte) *confirmPrompt {
	name := termsafe.Line(filepath.Base(path))
	return &confirmPrompt{sh: sh, name: "untouched",
		question: "The new post " + name + " is exactly as folio created it.\n\nRemove it? y removes it, any other key keeps it.",
		yesHelp:  "remove it", noHelp: "keep it",
		yes: RemoveUntouchedCmd(path, content),
		no:  status("kept " + name)}
}

// SetSize implements Component.
func (o *confirmPrompt) SetSize(w, h int) { o.width, o.height = w, h }

// Capturing implements capturer: every key answers the question.
func (o *confirmPrompt) Capturing() bool { return true }

// KeyMap implements Component.
func (o *confirmPrompt) KeyMap() help.KeyMap {
	yes := key.NewBinding(key.WithKeys(o.sh.keys.Yes.Keys()...), key.WithHelp("y", o.yesHelp))
	no := key.NewBinding(key.WithKeys("n"), key.WithHelp("any other key", o.noHelp))
	return helpKeys{short: []key.Binding{yes, no}, full: [][]key.Binding{{yes, no}}}
}

// Update implements Component.
func (o *confirmPrompt) Update(msg tea.Msg) (Component, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return o, nil
	}
	if key.Matches(k, o.sh.keys.Yes) {
		return o, tea.Batch(o.yes, o.sh.pop(nil))
	}
	return o, tea.Batch(o.no, o.sh.pop(nil))
}

// View implements Component.
func (o *confirmPrompt) View() string {
	return "\n" + indent(ansi.Wrap(o.question, max(1, o.width-2), ""))
}
