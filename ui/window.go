package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// listWindow is the scrolling window of every list-like screen (the post
// list, the term browsers, the outline): a cursor over n rows and the
// rows on screen. It draws only the rows on screen, so its cost does not
// grow with the number of rows (the bubbles list's dot paginator is
// quadratic in pages).
type listWindow struct {
	n      int // rows
	cursor int
	offset int
	height int
}

// setLen sets how many rows there are, keeping the cursor in range.
func (w *listWindow) setLen(n int) {
	w.n = n
	w.clamp()
}

// setHeight sets how many rows fit on screen.
func (w *listWindow) setHeight(h int) {
	w.height = max(1, h)
	w.clamp()
}

// move moves the cursor by delta rows.
func (w *listWindow) move(delta int) {
	w.cursor += delta
	w.clamp()
}

// moveTo puts the cursor on row i.
func (w *listWindow) moveTo(i int) {
	w.cursor = i
	w.clamp()
}

// selected is the cursor's row, or -1 when there are none.
func (w listWindow) selected() int {
	if w.n == 0 {
		return -1
	}
	return w.cursor
}

// clamp keeps the cursor on a row and the cursor's row on screen.
func (w *listWindow) clamp() {
	w.height = max(1, w.height)
	w.cursor = max(0, min(w.cursor, w.n-1))
	if w.cursor < w.offset {
		w.offset = w.cursor
	}
	if w.cursor >= w.offset+w.height {
		w.offset = w.cursor - w.height + 1
	}
	w.offset = max(0, min(w.offset, w.n-w.height))
}

// rowAt is the row drawn at screen line y of the window, or -1.
func (w listWindow) rowAt(y int) int {
	if y < 0 || y >= w.height || w.offset+y >= w.n {
		return -1
	}
	return w.offset + y
}

// moveKeys are the keys that move a window's cursor. Screens that take
// letters as text move with keys that are not letters.
type moveKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
}

// navigate moves the cursor for the moving keys km and the mouse wheel,
// and reports whether msg was one of them.
func (w *listWindow) navigate(msg tea.Msg, km moveKeys) bool {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			w.move(-3)
		case tea.MouseWheelDown:
			w.move(3)
		default:
			return false
		}
		return true
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, km.Up):
			w.move(-1)
		case key.Matches(msg, km.Down):
			w.move(1)
		case key.Matches(msg, km.PageUp):
			w.move(-w.height)
		case key.Matches(msg, km.PageDown):
			w.move(w.height)
		case key.Matches(msg, km.Top):
			w.moveTo(0)
		case key.Matches(msg, km.Bottom):
			w.moveTo(w.n - 1)
		default:
			return false
		}
		return true
	}
	return false
}

// view draws the rows on screen with row, padded to the window's height.
func (w listWindow) view(row func(i int, selected bool) string) string {
	var b strings.Builder
	end := min(w.n, w.offset+w.height)
	for i := w.offset; i < end; i++ {
		if i > w.offset {
			b.WriteByte('\n')
		}
		b.WriteString(row(i, i == w.cursor))
	}
	for i := max(0, end-w.offset); i < w.height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}
