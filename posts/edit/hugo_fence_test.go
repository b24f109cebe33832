package edit

import (
	"testing"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// TestSetStatusHugoFences edits front matter where the reader finds it on
// a Hugo site (issue 21): after blank lines, and up to a closing line
// that only starts with the delimiter.
func TestSetStatusHugoFences(t *testing.T) {
	t.Parallel()
	hugo := posts.Rules{Generator: site.Hugo}
	tests := []struct {
		name    string
		rules   posts.Rules
		in      string
		publish bool
		want    string
	}{
		{"blank line before ---", hugo, "\n---\ntitle: A\ndraft: true\n---\nBody\n", true,
			"\n---\ntitle: A\ndraft: false\n---\nBody\n"},
		{"blank lines and CRLF", hugo, "\r\n \r\n---\r\ntitle: A\r\n---\r\nBody\r\n", false,
			"\r\n \r\n---\r\ndraft: true\r\ntitle: A\r\n---\r\nBody\r\n"},
		{"longer closing rule", hugo, "---\ntitle: A\n-------\nBody\n", false,
			"---\ndraft: true\ntitle: A\n-------\nBody\n"},
		{"text after the closing delimiter", hugo, "---\ntitle: A\ndraft: true\n---6----1---\nBody\n", true,
			"---\ntitle: A\ndraft: false\n---6----1---\nBody\n"},
		{"TOML after a blank line", hugo, "\n+++\ntitle = \"A\"\n+++\n", false,
			"\n+++\ndraft = true\ntitle = \"A\"\n+++\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := editStatus([]byte(tc.in), "content/posts/a.md", tc.rules, tc.publish, false, time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != tc.want {
				t.Errorf("got\n%q\nwant\n%q", out, tc.want)
			}
		})
	}
}

// TestSetStatusJekyllFenceUnchanged: Jekyll reads no front matter after
// a blank line, so the writer finds none there either and refuses.
func TestSetStatusJekyllFenceUnchanged(t *testing.T) {
	t.Parallel()
	in := "\n---\ntitle: A\n---\nBody\n"
	if out, err := editStatus([]byte(in), "_posts/2020-01-02-a.md", posts.Rules{Generator: site.Jekyll}, false, false, time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)); err == nil {
		t.Errorf("Jekyll: edited %q into %q", in, out)
	}
}
