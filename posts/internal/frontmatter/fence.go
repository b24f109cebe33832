package frontmatter

import "bytes"

// Fence is how a generator finds front matter between delimiter lines:
// YAML's "---" and TOML's "+++".
type Fence struct {
	// Delim opens the block and closes it.
	Delim string
	// Alt closes the block too ("..." ends Jekyll's YAML); "" is none.
	Alt string
	// Hugo reads the block as Hugo 0.111's page parser does
	// (parser/pageparser's lexIntroSection and lexFrontMatterSection):
	// blank lines, spaces and tabs before the opening delimiter are
	// skipped, and the first line that starts with the delimiter closes
	// the block ("---6----1---" does), the rest of it being body. The
	// other generators want the delimiters alone on their lines, the
	// opening one on the first line (Jekyll's
	// YAML_FRONT_MATTER_REGEXP).
	Hugo bool
}

// Open returns the offset in data of the line that opens the block, or
// -1 when data does not start with one. A byte order mark must have been
// skipped already; lines may end in "\r\n".
func (f Fence) Open(data []byte) int {
	start := 0
	if f.Hugo {
		start = skipBlankLines(data)
	}
	line := data[start:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = bytes.TrimSuffix(line[:i], []byte("\r"))
	}
	if f.Hugo {
		// Hugo also reads text after the delimiter on the opening
		// line as front matter; folio wants the line alone.
		line = bytes.TrimLeft(line, " \t")
	}
	if IsDelimiter(line, f.Delim) {
		return start
	}
	return -1
}

// Closes reports whether line (without its line ending) closes the
// block, and what follows the delimiter on it that is body: only ever
// non-empty for Hugo, whose closing line may go on ("---6----1---" leaves
// "6----1---").
func (f Fence) Closes(line []byte) (bool, []byte) {
	if IsDelimiter(line, f.Delim) || IsDelimiter(line, f.Alt) {
		return true, nil
	}
	if f.Hugo && bytes.HasPrefix(line, []byte(f.Delim)) {
		return true, line[len(f.Delim):]
	}
	return false, nil
}

// skipBlankLines returns the offset of the first line of data holding
// more than spaces, tabs and line ends (len(data) when there is none).
func skipBlankLines(data []byte) int {
	start := 0
	for i, c := range data {
		switch c {
		case '\n':
			start = i + 1
		case ' ', '\t', '\r':
		default:
			return start
		}
	}
	return len(data)
}
