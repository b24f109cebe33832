package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// screenKeys open each screen of the interface from the list of the test
// blog.
var screenKeys = []struct{ screen, keys string }{
	{"list", ""},
	{"list", "/tag"}, // the focused filter
	{"reader", "<enter>"},
	{"reader", "<enter>/habit"}, // the search input
	{"outline", "/pathlib<enter><enter>o"},
	{"terms", "t"},
	{"terms", "c"},
	{"terms", "t<tab>"}, // browsing the terms
	{"term name", "t<tab>r"},
	{"warnings", "!"},
	{"form", "n"},
	{"help", "?"},
	{"calendar", "C"},
	{"unpublish?", "jp"}, // the second newest post is published
}

// TestEveryScreenAtEverySize opens every screen at sizes down to 1×1 (at
// 80×5, ? then ! used to panic) and checks that the frame is exactly the
// terminal's size.
func TestEveryScreenAtEverySize(t *testing.T) {
	t.Parallel()
	sizes := [][2]int{{1, 1}, {2, 1}, {1, 2}, {3, 3}, {80, 5}, {40, 3}, {5, 80}, {40, 24}, {300, 100}}
	for _, sc := range screenKeys {
		for _, size := range sizes {
			w, h := size[0], size[1]
			t.Run(fmt.Sprintf("%s %q %dx%d", sc.screen, sc.keys, w, h), func(t *testing.T) {
				m := loaded(t, 100, 30)
				m.sh.after = immediately
				m = drive(t, m, keys(sc.keys)...)
				if screenName(m) != sc.screen {
					t.Fatalf("keys %q opened %s, want %s", sc.keys, screenName(m), sc.screen)
				}
				m = drive(t, m, tea.WindowSizeMsg{Width: w, Height: h})
				checkFrame(t, m, w, h, 0, []string{sc.keys})
				m = drive(t, m, keys("?!")...)
				checkFrame(t, m, w, h, 0, []string{sc.keys, "?!"})
			})
		}
	}
}

// TestHelpOnEveryScreen checks that ? (f1 where letters are text) opens
// the help of the screen it is pressed on, made from that screen's
// bindings, and that esc goes back to the same screen.
func TestHelpOnEveryScreen(t *testing.T) {
	t.Parallel()
	for _, sc := range screenKeys {
		if sc.screen == "help" {
			continue // ? closes it
		}
		t.Run(sc.screen+" "+sc.keys, func(t *testing.T) {
			m := drive(t, loaded(t, 100, 30), keys(sc.keys)...)
			before := screenName(m)
			want := m.active().KeyMap().FullHelp()
			helpKey := "?"
			if capturing(m.active()) {
				helpKey = "<f1>"
			}
			m = drive(t, m, helpMsgs(helpKey)...)
			if screenName(m) != "help" {
				t.Fatalf("%s on %s opened %s, want help", helpKey, before, screenName(m))
			}
			screen := plain(m)
			for _, group := range want {
				for _, b := range group {
					if !strings.Contains(screen, b.Help().Desc) {
						t.Errorf("help of %s lacks %q:\n%s", before, b.Help().Desc, screen)
					}
				}
			}
			m = drive(t, m, keys("<esc>")...)
			if screenName(m) != before {
				t.Errorf("esc from help went to %s, want %s", screenName(m), before)
			}
		})
	}
}

func helpMsgs(k string) []tea.Msg {
	if k == "<f1>" {
		return []tea.Msg{tea.KeyPressMsg{Code: tea.KeyF1}}
	}
	return keys(k)
}
