package frontmatter

import (
	"bytes"
	"strings"
)

// The Python-Markdown meta header, which Pelican reads Markdown metadata
// from, is matched here by hand with the library's own regular
// expressions as the reference, one function each.

// IsMetaBegin reports whether l may open a meta header: Python-Markdown's
// BEGIN_RE, ^-{3}(\s.*)?.
func IsMetaBegin(l []byte) bool {
	return bytes.HasPrefix(l, []byte("---")) && (len(l) == 3 || IsSpace(l[3]) || l[3] == '-')
}

// IsMetaEnd reports whether l ends a meta header: Python-Markdown's
// END_RE, ^(-{3}|\.{3})(\s.*)?.
func IsMetaEnd(l []byte) bool {
	if !bytes.HasPrefix(l, []byte("---")) && !bytes.HasPrefix(l, []byte("...")) {
		return false
	}
	return len(l) == 3 || IsSpace(l[3]) || l[3] == l[0]
}

// MetaLine reads a "Key: value" line: Python-Markdown's META_RE,
// ^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*). The key is as
// written (not lowercased) and the value trimmed.
func MetaLine(l []byte) (key, value string, ok bool) {
	i := 0
	for i < len(l) && i < 4 && l[i] == ' ' {
		i++
	}
	if i > 3 {
		return "", "", false
	}
	start := i
	for i < len(l) && IsKeyByte(l[i]) {
		i++
	}
	if i == start || i >= len(l) || l[i] != ':' {
		return "", "", false
	}
	return string(l[start:i]), strings.TrimSpace(string(l[i+1:])), true
}

// MetaMore reads a continuation line of the key above, trimmed:
// Python-Markdown's META_MORE_RE, ^[ ]{4,}(?P<value>.*).
func MetaMore(l []byte) (string, bool) {
	if !bytes.HasPrefix(l, []byte("    ")) {
		return "", false
	}
	return strings.TrimSpace(string(l)), true
}

// IsKeyByte reports whether c may be part of a meta key, [A-Za-z0-9_-]:
// the same class as TOML's bare keys and folio's query keys.
func IsKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// IsSpace reports whether c is blank as Python's regular expressions'
// \s is for ASCII: space, tab, newline, carriage return, form feed or
// vertical tab.
func IsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
