package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui/termsafe"
)

// warningsPanel lists every problem found while reading the folder, as
// file:line: message, wrapped to the width. One warning is selected;
// enter opens its file at its line in the editor.
type warningsPanel struct {
	sh            *shared
	width, height int
	items         []warningItem
	sel           int
	plain         [][]string // each warning wrapped and rendered unselected
	styleKey      string     // how the styles rendered when plain was made
	spans         [][2]int   // each warning's first and last line in vp
	vp            viewport.Model
	folder        []posts.Warning // the folder's own warnings
	posts         []*posts.Post   // the posts whose warnings are listed
}

// warningItem is one warning: its text (sanitized) and where it points.
type warningItem struct {
	text string
	path string // relative to the site folder; "" for a folder problem
	line int
}

func newWarningsPanel(sh *shared, folder []posts.Warning, ps []*posts.Post) *warningsPanel {
	w := &warningsPanel{sh: sh, vp: newScrollView(), folder: folder, posts: ps}
	w.collect()
	return w
}

// collect lists the folder's warnings, each post's, then the site-wide
// problems of the latest check (sh.siteProblems), which come in later.
func (w *warningsPanel) collect() {
	w.items = w.items[:0]
	for _, wr := range w.folder {
		w.items = append(w.items, warningItem{text: termsafe.Line(wr.String())})
	}
	for _, p := range w.posts {
		for _, wr := range p.Warnings {
			w.items = append(w.items, warningItem{text: termsafe.Line(wr.String()), path: wr.Path, line: wr.Line})
		}
	}
	for _, wr := range w.sh.siteProblems {
		w.items = append(w.items, warningItem{text: termsafe.Line(wr.String()), path: wr.Path, line: wr.Line})
	}
	w.sel = max(0, min(w.sel, len(w.items)-1))
	w.plain = nil
}

// SetSize implements Component: the title, then the warnings wrapped to
// the new width.
func (w *warningsPanel) SetSize(width, height int) {
	resized := width != w.width
	w.width, w.height = width, height
	w.vp.SetWidth(max(1, width))
	w.vp.SetHeight(max(1, height-1))
	if resized {
		w.plain = nil
	}
	w.layout()
}

// wrap wraps every warning to the width once, and renders it unselected,
// so that moving the selection only restyles the warnings it leaves and
// reaches.
func (w *warningsPanel) wrap() {
	st := &w.sh.styles
	w.styleKey = st.Warning.Render("x")
	w.plain = make([][]string, len(w.items))
	w.spans = make([][2]int, len(w.items))
	n := 0
	for i, it := range w.items {
		lines := strings.Split(ansi.Wrap(it.text, max(1, w.width-2), ""), "\n")
		w.spans[i] = [2]int{n, n + len(lines) - 1}
		n += len(lines)
		for j := range lines {
			lines[j] = "  " + st.Warning.Render(lines[j])
		}
		w.plain[i] = lines
	}
}

// layout draws the warnings into the viewport, the selected one marked,
// and scrolls it into view.
func (w *warningsPanel) layout() {
	st := &w.sh.styles
	if len(w.items) == 0 {
		w.vp.SetContent(st.Muted.Render(ansi.Wrap("No problems: every post was read cleanly.", max(1, w.width), "")))
		return
	}
	if w.plain == nil || w.styleKey != st.Warning.Render("x") {
		w.wrap() // a new width, or new colours for a new background
	}
	var b strings.Builder
	for i, lines := range w.plain {
		if i == w.sel {
			wrapped := strings.Split(ansi.Wrap(w.items[i].text, max(1, w.width-2), ""), "\n")
			selected := make([]string, len(wrapped))
			for j, l := range wrapped {
				bar := "  "
				if j == 0 {
					bar = st.Cursor.Render("▌ ")
				}
				selected[j] = bar + st.Selected.Render(l)
			}
			lines = selected
		}
		for _, l := range lines {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(l)
		}
	}
	w.vp.SetContent(b.String())
	sp := w.spans[w.sel]
	switch h := w.vp.Height(); {
	case sp[0] < w.vp.YOffset():
		w.vp.SetYOffset(sp[0])
	case sp[1] >= w.vp.YOffset()+h:
		w.vp.SetYOffset(max(sp[0], sp[1]-h+1))
	}
}

// KeyMap implements Component.
func (w *warningsPanel) KeyMap() help.KeyMap {
	k := w.sh.keys
	open := key.NewBinding(key.WithKeys(k.Open.Keys()...), key.WithHelp("enter", "edit at the line"))
	return helpKeys{
		short: []key.Binding{k.Back, open, k.Up, k.Down, k.Help, k.Quit},
		full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {open, k.Back, k.Warnings, k.PreviewLog, k.Help, k.Quit}},
	}
}

// Update implements Component: moves the selection; enter edits the
// selected warning's file at its line; esc or ! closes.
func (w *warningsPanel) Update(msg tea.Msg) (Component, tea.Cmd) {
	k := w.sh.keys
	if _, ok := msg.(siteCheckedMsg); ok {
		w.collect() // the site-wide check finished while the panel was open
		w.layout()
		return w, nil
	}
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		step := 0
		switch {
		case key.Matches(kp, k.Back), key.Matches(kp, k.Warnings):
			return w, w.sh.pop(nil)
		case key.Matches(kp, k.PreviewLog):
			return w, previewLogCmd(w.sh.web)
		case key.Matches(kp, k.Open):
			if w.sel >= len(w.items) || w.items[w.sel].path == "" {
				return w, status("this warning is about a folder, not a file")
			}
			it := w.items[w.sel]
			return w, tea.Batch(w.sh.pop(nil), editHook(w.sh, it.path, max(1, it.line)))
		case key.Matches(kp, k.Up):
			step = -1
		case key.Matches(kp, k.Down):
			step = 1
		case key.Matches(kp, k.PageUp):
			step = -max(1, w.vp.Height()/2)
		case key.Matches(kp, k.PageDown):
			step = max(1, w.vp.Height()/2)
		case key.Matches(kp, k.Top):
			step = -len(w.items)
		case key.Matches(kp, k.Bottom):
			step = len(w.items)
		}
		if step != 0 {
			w.sel = max(0, min(len(w.items)-1, w.sel+step))
			w.layout()
			return w, nil
		}
	}
	var cmd tea.Cmd
	w.vp, cmd = w.vp.Update(msg)
	return w, cmd
}

// View implements Component.
func (w *warningsPanel) View() string {
	st := &w.sh.styles
	title := st.Title.Render("Warnings") + st.Muted.Render(fmt.Sprintf("  %d", len(w.items)))
	if w.sh.web.log != "" {
		// The preview server's failure is not a post's, but is what
		// someone pressing ! after it looks for.
		title += st.Muted.Render(" · the preview server stopped: " + w.sh.keys.PreviewLog.Help().Key + " shows its log")
	}
	return title + "\n" + w.vp.View()
}
