package ui

// followsHyperlinks says whether folio leaves the OSC 8 hyperlinks of web
// links in the frame, from the terminal's environment (which Bubble Tea
// sends as tea.EnvMsg, the client's own over SSH). Most terminals either
// open them on a click or ignore them silently; those that may print them
// are left out: no TERM, "dumb", the Linux console, and NO_COLOR, which
// asks for plain output. FOLIO_HYPERLINKS=1 or 0 decides for any terminal.
func followsHyperlinks(getenv func(string) string) bool {
	switch getenv("FOLIO_HYPERLINKS") {
	case "1":
		return true
	case "0":
		return false
	}
	if getenv("NO_COLOR") != "" {
		return false
	}
	switch getenv("TERM") {
	case "", "dumb", "linux":
		return false
	}
	return true
}
