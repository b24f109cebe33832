package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/folio-blog/folio/posts"
)

// updateList handles the list screen: the filter bar first when it has
// focus, then browsing keys.
func (m Model) updateList(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.filter.focused {
		return m.updateFilter(msg)
	}
	if w, ok := msg.(tea.MouseWheelMsg); ok {
		switch w.Button {
		case tea.MouseWheelUp:
			m.list.move(-3)
		case tea.MouseWheelDown:
			m.list.move(3)
		}
		return m, m.schedulePreview()
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	before := m.list.cursor
	switch {
	case key.Matches(k, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(k, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.layout()
	case key.Matches(k, m.keys.Up):
		m.list.move(-1)
	case key.Matches(k, m.keys.Down):
		m.list.move(1)
	case key.Matches(k, m.keys.PageUp):
		m.list.move(-m.list.height)
	case key.Matches(k, m.keys.PageDown):
		m.list.move(m.list.height)
	case key.Matches(k, m.keys.Top):
		m.list.moveTo(0)
	case key.Matches(k, m.keys.Bottom):
		m.list.moveTo(len(m.list.posts) - 1)
	case key.Matches(k, m.keys.Open):
		if p := m.list.selected(); p != nil {
			return m, m.openPost(p)
		}
	case key.Matches(k, m.keys.Filter):
		m.filter.focused = true
		m.filter.input.Focus()
		return m, nil
	case key.Matches(k, m.keys.ClearFilter):
		if m.filter.active() {
			m.filter.input.SetValue("")
			m.filter.setQuery("", m.opts.Taxonomies)
			return m, m.refilter()
		}
	case key.Matches(k, m.keys.Sort):
		m.sortKey = nextSortKey(m.sortKey)
		return m, m.resort()
	case key.Matches(k, m.keys.Reverse):
		m.reverse = !m.reverse
		return m, m.resort()
	case key.Matches(k, m.keys.Tags), key.Matches(k, m.keys.Categories):
		tax := "tags"
		if key.Matches(k, m.keys.Categories) {
			tax = "categories"
		}
		var cmd tea.Cmd
		m.terms, cmd = newTermBrowser(&m.styles, tax, m.list.posts, m.terms.gen+1, 1)
		m.state = stateTerms
		m.layout()
		return m, cmd
	case key.Matches(k, m.keys.Warnings):
		m.warnings = newWarningsPanel(&m.styles, m.folderWarns, m.all, m.width, 1)
		m.state = stateWarnings
		m.layout()
	case key.Matches(k, m.keys.New):
		return m, newPostHook(&m)
	case key.Matches(k, m.keys.Edit):
		if p := m.list.selected(); p != nil {
			return m, editHook(&m, p.Path, 1)
		}
	case key.Matches(k, m.keys.Publish):
		if p := m.list.selected(); p != nil {
			return m, publishHook(&m, p.Path)
		}
	}
	if m.list.cursor != before {
		return m, m.schedulePreview()
	}
	return m, nil
}

// updateFilter sends keys to the filter input and filters on each change.
func (m Model) updateFilter(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.keys.Cancel):
			m.filter.focused = false
			m.filter.input.Blur()
			m.filter.input.SetValue("")
			m.filter.setQuery("", m.opts.Taxonomies)
			return m, m.refilter()
		case key.Matches(k, m.keys.Accept):
			m.filter.focused = false
			m.filter.input.Blur()
			return m, nil
		case key.Matches(k, m.keys.ArrowUp):
			m.list.move(-1)
			return m, m.schedulePreview()
		case key.Matches(k, m.keys.ArrowDown):
			m.list.move(1)
			return m, m.schedulePreview()
		}
	}
	before := m.filter.input.Value()
	m.filter.input = m.filter.input.Update(msg)
	if v := m.filter.input.Value(); v != before && m.filter.setQuery(v, m.opts.Taxonomies) {
		return m, m.refilter()
	}
	return m, nil
}

// updateReader handles the keys that leave or change the open post, and
// hands the rest to the reader.
func (m Model) updateReader(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && !m.reader.capturing() {
		switch {
		case key.Matches(k, m.keys.Back):
			m.state = stateList
			m.layout()
			return m, m.schedulePreview()
		case key.Matches(k, m.keys.Quit):
			return m, tea.Quit
		case key.Matches(k, m.keys.Help):
			m.help.ShowAll = !m.help.ShowAll
			m.layout()
			return m, nil
		case key.Matches(k, m.keys.PrevPost), key.Matches(k, m.keys.NextPost):
			d := 1
			if key.Matches(k, m.keys.PrevPost) {
				d = -1
			}
			before := m.list.cursor
			m.list.move(d)
			if m.list.cursor == before {
				return m, status("no more posts this way")
			}
			return m, m.openPost(m.list.selected())
		case key.Matches(k, m.keys.Edit):
			return m, editHook(&m, m.reader.post.Path, m.reader.post.BodyLine)
		case key.Matches(k, m.keys.Publish):
			return m, publishHook(&m, m.reader.post.Path)
		}
	}
	var cmd tea.Cmd
	m.reader, cmd = m.reader.Update(msg, &m.keys, &m.styles)
	return m, cmd
}

// updateTerms hands keys to the term browser and applies its choice.
func (m Model) updateTerms(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case termsCountedMsg:
		m.terms.setTerms(msg)
		return m, nil
	case termsClosedMsg:
		m.state = stateList
		m.layout()
		return m, nil
	case termChosenMsg:
		m.state = stateList
		q := m.filter.input.Value()
		if q != "" && q[len(q)-1] != ' ' {
			q += " "
		}
		q += msg.filter
		m.filter.input.SetValue(q)
		m.filter.setQuery(q, m.opts.Taxonomies)
		m.list.moveTo(0)
		m.layout()
		return m, m.refilter()
	}
	var cmd tea.Cmd
	m.terms, cmd = m.terms.Update(msg, &m.keys)
	return m, cmd
}

// updateWarnings scrolls the warnings panel; esc or ! closes it.
func (m Model) updateWarnings(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.keys.Back), key.Matches(k, m.keys.Warnings):
			m.state = stateList
			m.layout()
			return m, nil
		case key.Matches(k, m.keys.Quit):
			return m, tea.Quit
		}
	}
	var cmd tea.Cmd
	m.warnings, cmd = m.warnings.Update(msg)
	return m, cmd
}

// nextSortKey cycles date → title → modified.
func nextSortKey(k posts.SortKey) posts.SortKey {
	switch k {
	case posts.SortDate:
		return posts.SortTitle
	case posts.SortTitle:
		return posts.SortModified
	}
	return posts.SortDate
}
