package ui

import (
	"strconv"
	"strings"
	"testing"
)

func TestResolveLinksEdges(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"at the very start", "{static}/a.png", "/blog/content/a.png"},
		{"at the very end, empty target", "see ({static}", "see (/blog/content/thoughts"},
		{"unclosed prefix", "x ({static", "x ({static"},
		{"prefix inside a word, then a real one", "a{static} ({static}/b.png)", "a{static} (/blog/content/b.png)"},
		{"bars and braces mixed", "(|attach|x.pdf) ({filename}/y.md) |static| {other}", "(/blog/content/thoughts/x.pdf) (/blog/content/y.md) /blog/content/thoughts {other}"},
		{"wrong closing", "({static|/a) (|static}/b)", "({static|/a) (|static}/b)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := resolveLinks(tc.body, "content/thoughts/post.md", "/blog", "content"); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestResolveLinksWorkIsLinear counts the bytes resolveLinks looks at on
// bodies built to make a search-per-link scan quadratic ('a{static}' × N
// took 15 s at 360 KB): the work must stay a few times the body's length
// at every size.
func TestResolveLinksWorkIsLinear(t *testing.T) {
	shapes := map[string]string{
		"prefixes inside words": "a{static}",
		"links":                 " {static}/i.png",
		"bars":                  "|x|filename|",
		"braces only":           "{{{{",
	}
	for name, unit := range shapes {
		for _, n := range []int{1 << 10, 1 << 14, 1 << 16} {
			body := strings.Repeat(unit, n)
			_, work := resolveLinksCounting(body, "content/p.md", "/blog", "content")
			if work > 4*len(body) {
				t.Errorf("%s × %d: looked at %d bytes of a %d-byte body", name, n, work, len(body))
			}
		}
	}
}

// BenchmarkResolveLinks reports the time per body byte for growing bodies
// of 'a{static}': flat when the work is linear.
func BenchmarkResolveLinks(b *testing.B) {
	for _, n := range []int{5000, 40000} {
		body := strings.Repeat("a{static}", n)
		b.Run(strconv.Itoa(len(body)), func(b *testing.B) {
			for b.Loop() {
				resolveLinks(body, "content/p.md", "/blog", "content")
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(body)), "ns/byte")
		})
	}
}
