package ui

import (
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
	"github.com/folio-blog/folio/ui/termsafe"
)

// choicePrompt asks a question with a few answers, each a key; the
// cancel key leaves things as they are, and other keys do nothing (f1,
// as on every screen that takes all keys, shows the help).
type choicePrompt struct {
	sh            *shared
	width, height int
	name          string // what tests call the screen
	question      string // safe for the terminal
	choices       []promptChoice
	cancel        promptChoice
}

// promptChoice is one answer: its key (with the help that says what it
// does) and what it does.
type promptChoice struct {
	key key.Binding
	do  tea.Cmd
}

// publishPrompt asks how the draft (or hidden post) p at path goes
// online: dated now, or with the date it has.
func publishPrompt(sh *shared, path string, p *posts.Post) *choicePrompt {
	k, dir, rules, clock := sh.keys, sh.cfg.Dir, sh.cfg.Posts.Rules, sh.cfg.Posts.Now
	state := "is " + string(p.Status)
	if p.Status == posts.StatusDraft {
		state = "is a draft"
	}
	dated := "has no date"
	if !p.Date.IsZero() {
		dated = "is dated " + p.Date.Format(sh.cfg.dateLayout())
	}
	name := termsafe.Line(filepath.Base(path))
	o := &choicePrompt{sh: sh, name: "publish?",
		question: termsafe.Line(p.Title) + " " + state + " and " + dated + ". Publish it dated now, or keep its date?",
		choices: []promptChoice{
			{k.DateNow, PublishDraftCmd(dir, rules, path, true, clock)},
			{k.DateKeep, PublishDraftCmd(dir, rules, path, false, clock)},
		},
		cancel: promptChoice{key.NewBinding(key.WithKeys(k.Cancel.Keys()...), key.WithHelp(k.Cancel.Help().Key, "leave it unpublished")),
			status("left " + name + " unpublished")},
	}
	if rules.Generator == site.Jekyll && posts.ParseJekyllName(rules.ContentRelative(p.Path), rules.CollectionsDir).InDrafts {
		// Its date is in the name it gets in _posts: there is none to keep.
		o.question = termsafe.Line(p.Title) + " is a Jekyll draft: publishing moves it to _posts, dated now (as jekyll-compose does)."
		o.choices = o.choices[:1]
	}
	return o
}

// SetSize implements Component.
func (o *choicePrompt) SetSize(w, h int) { o.width, o.height = w, h }

// Capturing implements capturer: the answer keys are letters.
func (o *choicePrompt) Capturing() bool { return true }

// KeyMap implements Component.
func (o *choicePrompt) KeyMap() help.KeyMap {
	keys := make([]key.Binding, 0, len(o.choices)+1)
	for _, c := range o.choices {
		keys = append(keys, c.key)
	}
	keys = append(keys, o.cancel.key)
	return helpKeys{short: keys, full: [][]key.Binding{keys}}
}

// Update implements Component.
func (o *choicePrompt) Update(msg tea.Msg) (Component, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return o, nil
	}
	for _, c := range append(o.choices, o.cancel) {
		if key.Matches(k, c.key) {
			return o, tea.Batch(c.do, o.sh.pop(nil))
		}
	}
	return o, nil
}

// View implements Component: the question, then what each key does.
func (o *choicePrompt) View() string {
	var answers []string
	for _, c := range append(o.choices, o.cancel) {
		answers = append(answers, c.key.Help().Key+" "+c.key.Help().Desc)
	}
	text := o.question + "\n\n" + strings.Join(answers, " · ")
	return "\n" + indent(ansi.Wrap(text, max(1, o.width-2), ""))
}
