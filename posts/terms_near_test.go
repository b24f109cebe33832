package posts

import (
	"fmt"
	"testing"
)

// TestNearDuplicates finds each kind once, and not the look-alikes that
// are different terms.
func TestNearDuplicates(t *testing.T) {
	t.Parallel()
	tagged := func(tags ...string) *Post { return &Post{Tags: tags} }
	ps := []*Post{
		tagged("Python", "plugins", "vue2", "java"),
		tagged("python", "plugin", "vue3", "lava"),
		tagged("python", "pyhton", "python3", "plugins", "trace"),
		tagged("tracer", "netty", "jetty", "open-source", "opensource", "ipython"),
		tagged("category", "categories", "Web Dev", "web-dev"),
	}
	var got []string
	for _, d := range NearDuplicates(ps, "tags") {
		got = append(got, fmt.Sprint(d.Why, d.Terms))
	}
	want := []string{
		"one edit apart[{python 3} {pyhton 1}]", // shown as most posts spell it
		"singular and plural[{plugins 2} {plugin 1}]",
		"same slug[{python 2} {Python 1}]",
		"singular and plural[{categories 1} {category 1}]",
		"one edit apart[{open-source 1} {opensource 1}]",
		"same slug[{Web Dev 1} {web-dev 1}]",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
