package termsafe

import (
	"errors"
	"strings"
	"testing"
)

// TestWriterAnyChunking writes each input split at every pair of positions
// and requires the same result as Text over the whole input: how a stream
// was chunked must not change what reaches the terminal.
func TestWriterAnyChunking(t *testing.T) {
	t.Parallel()
	inputs := []string{
		"plain ascii",
		"€uro ✓ 𝄞 clef",
		"\x1b[31mred\r\n\x00",
		"bad \xff\xfe bytes \xe2\x82",
		"\u009b31m \u0085",
		"\xf0\x9d\x84", // a four-byte rune missing its last byte
	}
	for _, in := range inputs {
		want := Text(in)
		for i := 0; i <= len(in); i++ {
			for j := i; j <= len(in); j++ {
				var b strings.Builder
				w := NewWriter(&b)
				for _, chunk := range []string{in[:i], in[i:j], in[j:]} {
					n, err := w.Write([]byte(chunk))
					if err != nil || n != len(chunk) {
						t.Fatalf("Write(%q) = %d, %v", chunk, n, err)
					}
				}
				if err := w.Flush(); err != nil {
					t.Fatal(err)
				}
				if got := b.String(); got != want {
					t.Errorf("%q split at %d,%d: got %q, want %q", in, i, j, got, want)
				}
			}
		}
	}
}

func TestWriterHoldsOnlyIncompleteRunes(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	w := NewWriter(&b)
	w.Write([]byte("ok \xe2\x9c"))
	if got := b.String(); got != "ok " {
		t.Fatalf("after a cut rune, wrote %q, want %q", got, "ok ")
	}
	w.Write([]byte("\x93"))
	if got := b.String(); got != "ok ✓" {
		t.Fatalf("after completing the rune, wrote %q, want %q", got, "ok ✓")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriterReportsErrors(t *testing.T) {
	t.Parallel()
	w := NewWriter(failingWriter{})
	if n, err := w.Write([]byte("text")); err == nil || n != 0 {
		t.Errorf("Write = %d, %v; want 0 and the underlying error", n, err)
	}
	w.Write([]byte("\xe2"))
	if err := w.Flush(); err == nil {
		t.Error("Flush of held bytes to a failing writer returned nil")
	}
}
