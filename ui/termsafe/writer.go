package termsafe

import (
	"io"
	"unicode/utf8"
)

// Writer cleans everything written through it as Text does, for output
// streams such as a command's standard output that carry post text. A
// character split across two calls to Write is held back until it is
// complete, so the result does not depend on how the stream was chunked.
type Writer struct {
	w    io.Writer
	held []byte // the start of a UTF-8 sequence that the last Write cut off
}

// NewWriter returns a Writer that writes cleaned text to w. Call Flush when
// the stream ends, so that a truncated UTF-8 sequence at its very end is
// written out as U+FFFD instead of being held forever.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w, held: make([]byte, 0, utf8.UTFMax)}
}

// Write cleans p and writes the result to the underlying writer. It reports
// len(p) on success even though fewer bytes may have been written, because
// every byte of p was consumed. On error it reports 0.
func (w *Writer) Write(p []byte) (int, error) {
	data := p
	if len(w.held) > 0 {
		data = append(w.held, p...)
	}
	cut := incompleteTail(data)
	out := Text(string(data[:cut]))
	w.held = append(w.held[:0], data[cut:]...)
	if out == "" {
		return len(p), nil
	}
	if _, err := io.WriteString(w.w, out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes out any bytes held back from the last Write. They can only be
// the start of a UTF-8 sequence whose end never came, so each becomes U+FFFD.
func (w *Writer) Flush() error {
	if len(w.held) == 0 {
		return nil
	}
	out := Text(string(w.held))
	w.held = w.held[:0]
	_, err := io.WriteString(w.w, out)
	return err
}

// incompleteTail returns where a UTF-8 sequence that p ends in the middle of
// begins, or len(p) when p ends on a character boundary. A sequence that can
// no longer become valid is not held: Text turns it into U+FFFD right away.
func incompleteTail(p []byte) int {
	for j := len(p) - 1; j >= 0 && j > len(p)-utf8.UTFMax; j-- {
		if utf8.RuneStart(p[j]) {
			if !utf8.FullRune(p[j:]) {
				return j
			}
			return len(p)
		}
	}
	return len(p)
}
