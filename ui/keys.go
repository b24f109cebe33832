package ui

import "charm.land/bubbles/v2/key"

// KeyMap is every key binding of the interface. Help is drawn from these
// same bindings by bubbles/help, so it cannot drift from behaviour.
type KeyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Open, Back, Quit, Help                  key.Binding
	Filter, ClearFilter, Sort, Reverse      key.Binding
	Tags, Categories, Warnings              key.Binding
	Search, NextMatch, PrevMatch, Outline   key.Binding
	PrevPost, NextPost                      key.Binding
	New, Edit, Publish                      key.Binding
	Accept, Cancel                          key.Binding
	// ArrowUp, ArrowDown, InputPageUp and InputPageDown move where
	// letters are typed into a filter, so none of them is a letter.
	ArrowUp, ArrowDown, InputPageUp, InputPageDown key.Binding
}

// NewKeyMap returns folio's default key bindings.
func NewKeyMap() KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return KeyMap{
		Up:            b([]string{"up", "k"}, "↑/k", "up"),
		Down:          b([]string{"down", "j"}, "↓/j", "down"),
		PageUp:        b([]string{"pgup", "ctrl+u", "b"}, "pgup/b", "page up"),
		PageDown:      b([]string{"pgdown", "ctrl+d", "f", "space"}, "pgdn/f", "page down"),
		Top:           b([]string{"home", "g"}, "g/home", "top"),
		Bottom:        b([]string{"end", "G"}, "G/end", "bottom"),
		Open:          b([]string{"enter"}, "enter", "open"),
		Back:          b([]string{"esc"}, "esc", "back"),
		Quit:          b([]string{"q", "ctrl+c"}, "q", "quit"),
		Help:          b([]string{"?"}, "?", "help"),
		Filter:        b([]string{"/"}, "/", "filter"),
		ClearFilter:   b([]string{"esc"}, "esc", "clear filter"),
		Sort:          b([]string{"s"}, "s", "sort by date/title/modified"),
		Reverse:       b([]string{"S"}, "S", "reverse order"),
		Tags:          b([]string{"t"}, "t", "tags"),
		Categories:    b([]string{"c"}, "c", "categories"),
		Warnings:      b([]string{"!"}, "!", "warnings"),
		Search:        b([]string{"/"}, "/", "search in post"),
		NextMatch:     b([]string{"n"}, "n", "next match"),
		PrevMatch:     b([]string{"N"}, "N", "previous match"),
		Outline:       b([]string{"o"}, "o", "outline"),
		PrevPost:      b([]string{"["}, "[", "previous post"),
		NextPost:      b([]string{"]"}, "]", "next post"),
		New:           b([]string{"n"}, "n", "new post"),
		Edit:          b([]string{"e"}, "e", "edit"),
		Publish:       b([]string{"p"}, "p", "publish"),
		Accept:        b([]string{"enter"}, "enter", "apply"),
		Cancel:        b([]string{"esc"}, "esc", "cancel"),
		ArrowUp:       b([]string{"up", "ctrl+p"}, "↑", "up"),
		ArrowDown:     b([]string{"down", "ctrl+n"}, "↓", "down"),
		InputPageUp:   b([]string{"pgup", "ctrl+u"}, "pgup", "page up"),
		InputPageDown: b([]string{"pgdown", "ctrl+d"}, "pgdn", "page down"),
	}
}

// helpKeys adapts a set of bindings for one screen to help.KeyMap.
type helpKeys struct {
	short []key.Binding
	full  [][]key.Binding
}

// ShortHelp implements help.KeyMap.
func (h helpKeys) ShortHelp() []key.Binding { return h.short }

// FullHelp implements help.KeyMap.
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }

func (k KeyMap) listHelp() helpKeys {
	return helpKeys{
		short: []key.Binding{k.Open, k.Filter, k.Tags, k.Categories, k.Help, k.Quit},
		full: [][]key.Binding{
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
			{k.Open, k.Filter, k.ClearFilter, k.Sort, k.Reverse},
			{k.Tags, k.Categories, k.Warnings, k.New, k.Edit, k.Publish},
			{k.Help, k.Quit},
		},
	}
}

func (k KeyMap) readerHelp() helpKeys {
	return helpKeys{
		short: []key.Binding{k.Back, k.Search, k.NextMatch, k.Outline, k.PrevPost, k.NextPost, k.Help},
		full: [][]key.Binding{
			{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
			{k.Search, k.NextMatch, k.PrevMatch, k.Outline},
			{k.PrevPost, k.NextPost, k.Edit, k.Publish},
			{k.Back, k.Help, k.Quit},
		},
	}
}

func (k KeyMap) termsHelp() helpKeys {
	return helpKeys{
		short: []key.Binding{k.Accept, k.Cancel, k.ArrowUp, k.ArrowDown},
		full:  [][]key.Binding{{k.ArrowUp, k.ArrowDown, k.InputPageUp, k.InputPageDown}, {k.Accept, k.Cancel}},
	}
}

func (k KeyMap) panelHelp() helpKeys {
	return helpKeys{
		short: []key.Binding{k.Back, k.Up, k.Down, k.Quit},
		full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Back, k.Quit}},
	}
}
