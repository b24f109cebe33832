package termsafe

import (
	"strings"
	"testing"

	"charm.land/glamour/v2"
)

// renderGlamour renders md the way folio's reader does.
func renderGlamour(t testing.TB, md string) string {
	t.Helper()
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render(md)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestGlamourOutput renders hostile Markdown with the real Glamour and
// checks that Output leaves only SGR and safe hyperlinks. Each case first
// checks that Glamour really did let the attack through, so the test cannot
// pass by accident if Glamour one day starts filtering on its own.
func TestGlamourOutput(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		md   string
		keep []string // visible words that must survive
	}{
		{"raw bytes in a paragraph",
			"Before \x1b[2J\x1b[H\x1b]52;c;aGVsbG8=\x07\x1b]0;pwned\x07\x1bP1$r\x1b\\ after.",
			[]string{"Before", "after."}},
		{"entity-encoded OSC 52 and clear screen",
			"Copy &#27;]52;c;aGk=&#7; then &#x1b;[2J clear.",
			[]string{"Copy", "then", "clear."}},
		{"entities in a heading", "# Head &#27;]0;pwned&#7; line", []string{"Head", "line"}},
		{"raw bytes in a heading", "## Head \x1b]0;pwned\x07 line", []string{"Head", "line"}},
		{"raw bytes in a code block", "```\ncode \x1b]52;c;aGk=\x07 \x1b[2J end\n```", []string{"code", "end"}},
		{"raw bytes in inline code", "Run `rm \x1b[2J` now", []string{"rm", "now"}},
		{"entities in a list", "- one &#x1b;[2J\n- two &#27;]52;c;aGk=&#7;", []string{"one", "two"}},
		{"entities in a table",
			"| a &#27;[2J | b |\n|---|---|\n| &#x1b;]0;t&#7; | c |",
			[]string{"a", "b", "c"}},
		{"entities in link text",
			"[click &#27;]52;c;aGk=&#7; me](https://example.com)",
			[]string{"click", "me"}},
		{"raw javascript hyperlink",
			"Go \x1b]8;;javascript:alert(1)\x07there\x1b]8;;\x07 now",
			[]string{"Go", "there", "now"}},
		{"entity javascript hyperlink",
			"Go &#27;]8;;javascript:alert(1)&#7;there&#27;]8;;&#7; now",
			[]string{"Go", "there", "now"}},
		{"Markdown javascript link", "[js](javascript:alert(1))", []string{"js"}},
		{"C1 controls as raw UTF-8", "a \u009b2J b \u009d0;t\u009c c", []string{"a", "b", "c"}},
		{"invalid UTF-8", "bad \xff\xfe bytes", []string{"bad", "bytes"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := renderGlamour(t, tc.md)
			if len(disallowed(raw)) == 0 {
				t.Fatalf("Glamour filtered the attack itself; the case no longer tests Output:\n%q", raw)
			}
			got := Output(raw)
			if bad := disallowed(got); len(bad) > 0 {
				t.Errorf("Output left %v in\n%q", bad, got)
			}
			if err := Check(got); err != nil {
				t.Errorf("Check: %v", err)
			}
			if again := Output(got); again != got {
				t.Error("Output is not idempotent on Glamour output")
			}
			for _, word := range tc.keep {
				if !strings.Contains(got, word) {
					t.Errorf("visible text %q was lost:\n%q", word, got)
				}
			}
		})
	}
}

// TestGlamourKeepsSafeLinks checks that the hyperlinks Glamour makes for
// http(s) links survive while the others lose their link but keep their text.
func TestGlamourKeepsSafeLinks(t *testing.T) {
	t.Parallel()
	got := Output(renderGlamour(t,
		"[safe](https://example.com/a) [mail](mailto:a@example.com) [js](javascript:alert(1)) [rel](other.md)"))
	for _, want := range []string{";https://example.com/a\x07", ";mailto:a@example.com\x07", "safe", "js", "rel"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%q", want, got)
		}
	}
	for _, unwanted := range []string{";javascript:", ";other.md"} {
		if strings.Contains(got, unwanted) {
			t.Errorf("hyperlink %q survived in\n%q", unwanted, got)
		}
	}
	if opens, closes := strings.Count(got, "\x1b]8;id="), strings.Count(got, "\x1b]8;;\x07"); opens != closes {
		t.Errorf("%d hyperlinks opened, %d closed:\n%q", opens, closes, got)
	}
}
