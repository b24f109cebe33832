package picture

import "strings"

// Protocol is how pictures reach the terminal.
type Protocol int

const (
	// HalfBlocks draws pictures as coloured "▀" cells, which any terminal
	// with 256 colours shows.
	HalfBlocks Protocol = iota
	// KittyPlaceholders sends pictures with the kitty graphics protocol
	// and shows them through Unicode placeholders.
	KittyPlaceholders
	// NoPictures keeps images as their "Image: … → path" line.
	NoPictures
)

// Detect is the protocol for a terminal with the environment getenv
// reads. FOLIO_PICTURES=kitty, halfblock or off decides; otherwise the
// terminals known to show Unicode placeholders get them: kitty (TERM
// xterm-kitty or KITTY_WINDOW_ID set) and Ghostty (TERM_PROGRAM ghostty
// or TERM xterm-ghostty). WezTerm is left out: it implements the
// graphics protocol but not its placeholders. Inside tmux or screen the
// sequences would need passthrough, which folio does not write, so
// there it is always half-blocks unless asked otherwise.
func Detect(getenv func(string) string) Protocol {
	switch strings.ToLower(getenv("FOLIO_PICTURES")) {
	case "kitty":
		return KittyPlaceholders
	case "halfblock", "halfblocks":
		return HalfBlocks
	case "off", "none", "no":
		return NoPictures
	}
	term := getenv("TERM")
	if getenv("TMUX") != "" || getenv("STY") != "" || strings.HasPrefix(term, "screen") || strings.HasPrefix(term, "tmux") {
		return HalfBlocks
	}
	if term == "xterm-kitty" || getenv("KITTY_WINDOW_ID") != "" ||
		term == "xterm-ghostty" || strings.EqualFold(getenv("TERM_PROGRAM"), "ghostty") {
		return KittyPlaceholders
	}
	return HalfBlocks
}
