package markup

import (
	"strings"
	"testing"
)

// pelicanLinks is pelicanLinksMetered without a meter: the tests'
// shorthand (the renderer always meters).
func pelicanLinks(body string, o *Options) string {
	out, _ := pelicanLinksCounting(body, o)
	return out
}

// pelicanLinksCounting is pelicanLinks, also returning how many bytes of
// body it looked at, so that a test can hold the work to a few times the
// body's length.
func pelicanLinksCounting(body string, o *Options) (string, int) {
	m := &meter{}
	out := pelicanLinksMetered(m, body, o)
	return out, m.steps
}

// pelicanPost is a Pelican post in /blog/content/thoughts.
func pelicanPost() *Options {
	return &Options{Dir: "/blog", ContentDir: "content", Path: "content/thoughts/post.md"}
}

func TestPelicanLinks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, body, want string
	}{
		{"static from the content root", "![a]({static}/images/c.jpg)", "![a](/blog/content/images/c.jpg)"},
		{"filename relative to the post", "[b]({filename}other.md)", "[b](/blog/content/thoughts/other.md)"},
		{"attach with a fragment", "[c]({attach}/files/x.pdf#page=2)", "[c](/blog/content/files/x.pdf#page=2)"},
		{"old bar syntax", "[d](|filename|/a/b.md)", "[d](/blog/content/a/b.md)"},
		{"dot-dot", "[e]({filename}../python/p.md)", "[e](/blog/content/python/p.md)"},
		{"plain links untouched", "[f](https://x.org/{static})", "[f](https://x.org/{static})"},
		{"no links", "just text {braces}", "just text {braces}"},
		{"at the very start", "{static}/a.png", "/blog/content/a.png"},
		{"at the very end, empty target", "see ({static}", "see (/blog/content/thoughts"},
		{"unclosed prefix", "x ({static", "x ({static"},
		{"prefix inside a word, then a real one", "a{static} ({static}/b.png)", "a{static} (/blog/content/b.png)"},
		{"bars and braces mixed", "(|attach|x.pdf) ({filename}/y.md) |static| {other}", "(/blog/content/thoughts/x.pdf) (/blog/content/y.md) /blog/content/thoughts {other}"},
		{"wrong closing", "({static|/a) (|static}/b)", "({static|/a) (|static}/b)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := pelicanLinks(tc.body, pelicanPost()); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// pelicanResolver knows one post, at content/travel/trieste.md.
type pelicanResolver struct{ asked []string }

func (r *pelicanResolver) Post(kind LinkKind, ref string) (string, string, bool) {
	r.asked = append(r.asked, ref)
	if kind == PelicanFile && (ref == "/travel/trieste.md" || ref == "../travel/trieste.md") {
		return "Trieste", "/blog/content/travel/trieste.md", true
	}
	return "", "", false
}

// TestPelicanFilenameResolved checks that a {filename} link asks the
// Resolver, without its fragment, and that {static} and {attach} links,
// which name files rather than posts, do not.
func TestPelicanFilenameResolved(t *testing.T) {
	t.Parallel()
	r := &pelicanResolver{}
	o := pelicanPost()
	o.Links = r
	body := "[a]({filename}/travel/trieste.md#day-2) [b]({filename}../travel/trieste.md) [c]({filename}gone.md) ![d]({static}/i.png) [e]({attach}x.pdf)"
	want := "[a](/blog/content/travel/trieste.md#day-2) [b](/blog/content/travel/trieste.md) [c](/blog/content/thoughts/gone.md) ![d](/blog/content/i.png) [e](/blog/content/thoughts/x.pdf)"
	if got := ToMarkdown(body, *o); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if got := strings.Join(r.asked, " "); got != "/travel/trieste.md ../travel/trieste.md gone.md" {
		t.Errorf("asked for %q", got)
	}
}

// TestPelicanLinksWorkIsLinear counts the bytes pelicanLinks looks at on
// bodies built to make a search-per-link scan quadratic ('a{static}' × N
// took 15 s at 360 KB): the work must stay a few times the body's length
// at every size.
func TestPelicanLinksWorkIsLinear(t *testing.T) {
	t.Parallel()
	shapes := map[string]string{
		"prefixes inside words": "a{static}",
		"links":                 " {static}/i.png",
		"bars":                  "|x|filename|",
		"braces only":           "{{{{",
	}
	o := &Options{Dir: "/blog", ContentDir: "content", Path: "content/p.md"}
	for name, unit := range shapes {
		for _, n := range []int{1 << 10, 1 << 14, 1 << 16} {
			body := strings.Repeat(unit, n)
			_, work := pelicanLinksCounting(body, o)
			if work > 4*len(body) {
				t.Errorf("%s × %d: looked at %d bytes of a %d-byte body", name, n, work, len(body))
			}
		}
	}
}
