package ui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/store"
)

// storeEventMsg carries one event of the store (posts found, parsed,
// indexed, read again) to Update, which applies it to the store and then
// hands it to every screen.
type storeEventMsg struct{ ev store.Event }

// pump waits for the store's next event while it has work under way.
// One wait at a time: events must reach the store in the order it sent
// them. Update pumps again after each event, and whoever starts work in
// the store (a reload) pumps then.
func (s *shared) pump() tea.Cmd {
	if s.pumping || !s.store.Pending() {
		return nil
	}
	s.pumping = true
	st := s.store
	return func() tea.Msg {
		ev, ok := st.Next()
		if !ok {
			return nil // closed
		}
		return storeEventMsg{ev}
	}
}

// reload reads the folder again (after folio changed a file) and waits
// for the result.
func (s *shared) reload() tea.Cmd {
	s.store.Reload()
	return s.pump()
}
