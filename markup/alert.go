package markup

import "strings"

// alertLine turns the first line of a GitHub alert ("> [!NOTE]") or an
// Obsidian callout ("> [!tip] Title") into a quote line with a bold
// label; any other line gives "".
func alertLine(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || !strings.HasPrefix(t, ">") {
		return ""
	}
	t = strings.TrimLeft(t[1:], " ")
	if !strings.HasPrefix(t, "[!") {
		return ""
	}
	j := strings.IndexByte(t, ']')
	if j < 3 || !isIdent(t[2:j]) {
		return ""
	}
	kind := strings.ToLower(t[2:j])
	rest := strings.TrimLeft(t[j+1:], "+-")
	rest = strings.TrimSpace(rest)
	label := strings.ToUpper(kind[:1]) + kind[1:]
	if rest != "" {
		return "> **" + label + ":** " + rest
	}
	return "> **" + label + "**"
}
