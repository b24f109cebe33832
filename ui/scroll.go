package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
)

// newScrollView is the viewport of a screen that scrolls text: the
// reader, the warnings, the preview server's log.
func newScrollView() viewport.Model {
	vp := viewport.New()
	vp.MouseWheelEnabled = true
	return vp
}

// scrollKey moves vp for the keys that scroll text beyond the viewport's
// own (folio's top, bottom and page keys), and reports whether msg was
// one of them.
func scrollKey(vp *viewport.Model, k KeyMap, msg tea.KeyPressMsg) bool {
	switch {
	case key.Matches(msg, k.Top):
		vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		vp.GotoBottom()
	case key.Matches(msg, k.PageDown):
		vp.PageDown()
	case key.Matches(msg, k.PageUp):
		vp.PageUp()
	default:
		return false
	}
	return true
}
