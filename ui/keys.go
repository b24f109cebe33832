package ui

import "charm.land/bubbles/v2/key"

// KeyMap is every key binding of the interface. Each screen lists the
// bindings it acts on in its KeyMap method, and help is drawn from those
// same bindings by bubbles/help, so it cannot drift from behaviour.
type KeyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Open, Back, Quit, ForceQuit, Help       key.Binding
	InputHelp                               key.Binding
	Filter, ClearFilter, Sort, Reverse      key.Binding
	Tags, Categories, Warnings              key.Binding
	Search, NextMatch, PrevMatch, Outline   key.Binding
	PrevPost, NextPost                      key.Binding
	TogglePreview, PreviewDown, PreviewUp   key.Binding
	// NextLink selects the reader's next link, FollowLink opens it and
	// LinkBack returns to the post it was followed from.
	NextLink, FollowLink, LinkBack key.Binding
	New, Edit, Publish, Undo       key.Binding
	// Rename retitles the post (and renames its file); EditTerms edits
	// its tags and categories.
	Rename, EditTerms key.Binding
	// DateNow and DateKeep answer how a draft is published.
	DateNow, DateKeep key.Binding
	// OpenPage, CopyURL, CopyPath and Preview reach the post's published
	// page (web.go); PreviewLog shows what the preview server wrote.
	OpenPage, CopyURL, CopyPath, Preview, PreviewLog key.Binding
	Accept, Cancel, Toggle                           key.Binding
	// ArrowUp, ArrowDown, InputPageUp, InputPageDown, InputTop and
	// InputBottom move where letters are typed into an input, so none of
	// them is a letter.
	ArrowUp, ArrowDown, InputPageUp, InputPageDown, InputTop, InputBottom key.Binding
	// NextField, PrevField, Complete, Left and Right move in the
	// new-post form and change its choices.
	NextField, PrevField, Complete, Left, Right key.Binding
	// Yes and No answer a question.
	Yes, No key.Binding

	// Calendar opens the posting calendar of the listed posts; in it,
	// PrevYear and NextYear move a year and ChoosePeriod filters the
	// list to the year or month under the cursor.
	Calendar, PrevYear, NextYear, ChoosePeriod key.Binding
	// Pictures turns the reader's pictures off, or on again.
	Pictures key.Binding

	// TermFocus moves a term browser between typing (letters narrow the
	// terms) and browsing, where Mark marks a term, RenameTerm renames
	// the selected one and MergeTerms merges the marked ones.
	TermFocus, Mark, RenameTerm, MergeTerms key.Binding
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
		ForceQuit:     b([]string{"ctrl+c"}, "ctrl+c", "quit"),
		Help:          b([]string{"?", "f1"}, "?", "help"),
		InputHelp:     b([]string{"f1"}, "f1", "help"),
		Filter:        b([]string{"/"}, "/", "filter"),
		ClearFilter:   b([]string{"esc"}, "esc", "clear filter"),
		Sort:          b([]string{"s"}, "s", "sort by date/title/modified"),
		Reverse:       b([]string{"S"}, "S", "reverse order"),
		Tags:          b([]string{"t"}, "t", "tags"),
		Categories:    b([]string{"c"}, "c", "categories"),
		Warnings:      b([]string{"!"}, "!", "warnings"),
		Calendar:      b([]string{"C"}, "C", "posting calendar"),
		PrevYear:      b([]string{"left", "h"}, "←/h", "previous year"),
		NextYear:      b([]string{"right", "l"}, "→/l", "next year"),
		ChoosePeriod:  b([]string{"enter"}, "enter", "list that month or year"),
		Search:        b([]string{"/"}, "/", "search in post"),
		NextMatch:     b([]string{"n"}, "n", "next match"),
		PrevMatch:     b([]string{"N"}, "N", "previous match"),
		Outline:       b([]string{"o"}, "o", "outline"),
		TogglePreview: b([]string{"V"}, "V", "side preview on/off"),
		PreviewDown:   b([]string{"J"}, "J", "scroll preview down"),
		PreviewUp:     b([]string{"K"}, "K", "scroll preview up"),
		PrevPost:      b([]string{"["}, "[", "previous post"),
		NextPost:      b([]string{"]"}, "]", "next post"),
		NextLink:      b([]string{"tab"}, "tab", "next link"),
		FollowLink:    b([]string{"enter"}, "enter", "follow link"),
		LinkBack:      b([]string{"backspace"}, "backspace", "back from a link"),
		Pictures:      b([]string{"I"}, "I", "pictures on/off"),
		New:           b([]string{"n"}, "n", "new post"),
		Edit:          b([]string{"e"}, "e", "edit"),
		Publish:       b([]string{"p"}, "p", "publish/unpublish"),
		Undo:          b([]string{"u"}, "u", "undo the last change"),
		Rename:        b([]string{"R"}, "R", "rename"),
		EditTerms:     b([]string{"T"}, "T", "edit tags/categories"),
		DateNow:       b([]string{"n"}, "n", "publish dated now"),
		DateKeep:      b([]string{"k"}, "k", "publish with its date"),
		OpenPage:      b([]string{"w"}, "w", "open page"),
		CopyURL:       b([]string{"y"}, "y", "copy URL"),
		CopyPath:      b([]string{"Y"}, "Y", "copy path"),
		Preview:       b([]string{"v"}, "v", "preview"),
		PreviewLog:    b([]string{"L"}, "L", "preview server log"),
		Accept:        b([]string{"enter"}, "enter", "apply"),
		Cancel:        b([]string{"esc"}, "esc", "cancel"),
		Toggle:        b([]string{"enter"}, "enter", "add/remove from filter"),
		ArrowUp:       b([]string{"up", "ctrl+p"}, "↑", "up"),
		ArrowDown:     b([]string{"down", "ctrl+n"}, "↓", "down"),
		InputPageUp:   b([]string{"pgup", "ctrl+u"}, "pgup", "page up"),
		InputPageDown: b([]string{"pgdown", "ctrl+d"}, "pgdn", "page down"),
		InputTop:      b([]string{"home"}, "home", "top"),
		InputBottom:   b([]string{"end"}, "end", "bottom"),
		NextField:     b([]string{"tab", "down"}, "tab/↓", "next field"),
		PrevField:     b([]string{"shift+tab", "up"}, "shift+tab/↑", "previous field"),
		Complete:      b([]string{"tab"}, "tab", "complete"),
		Left:          b([]string{"left", "h"}, "←", "previous choice"),
		Right:         b([]string{"right", "l", "space"}, "→/space", "next choice"),
		Yes:           b([]string{"y", "Y"}, "y", "yes"),
		TermFocus:     b([]string{"tab"}, "tab", "type/browse"),
		Mark:          b([]string{"space"}, "space", "mark"),
		RenameTerm:    b([]string{"r"}, "r", "rename"),
		MergeTerms:    b([]string{"m"}, "m", "merge marked"),
		No:            b([]string{"n", "N", "esc", "enter"}, "n", "no"),
	}
}

// browseMoves are the moving keys of screens without a text input.
func (k KeyMap) browseMoves() moveKeys {
	return moveKeys{Up: k.Up, Down: k.Down, PageUp: k.PageUp, PageDown: k.PageDown, Top: k.Top, Bottom: k.Bottom}
}

// inputMoves are the moving keys of screens whose letters are text.
func (k KeyMap) inputMoves() moveKeys {
	return moveKeys{Up: k.ArrowUp, Down: k.ArrowDown, PageUp: k.InputPageUp, PageDown: k.InputPageDown, Top: k.InputTop, Bottom: k.InputBottom}
}

// helpKeys adapts a screen's bindings to help.KeyMap.
type helpKeys struct {
	short []key.Binding
	full  [][]key.Binding
}

// ShortHelp implements help.KeyMap.
func (h helpKeys) ShortHelp() []key.Binding { return h.short }

// FullHelp implements help.KeyMap.
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }
