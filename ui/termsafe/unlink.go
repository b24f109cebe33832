package termsafe

import "strings"

// Unlinked returns s without its OSC 8 hyperlinks, their text kept, for a
// terminal that would print the sequences rather than follow them. The
// links in s are those Output kept (safe schemes, URIs without controls),
// so Unlinked removes and never adds.
func Unlinked(s string) string {
	if !strings.Contains(s, "\x1b]8;") {
		return s
	}
	w := rewriter{s: s}
	for i := 0; i < len(s); {
		t := nextToken(s, i)
		if t.kind == kOSC && parseHyperlink(s, t).kind != notLink {
			w.replace(i, t.end, "")
		}
		i = t.end
	}
	return w.String()
}
