package markup

import (
	"reflect"
	"testing"
)

func TestHeadings(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		body string
		want []Heading
	}{
		{"atx", "# One #\n\ntext\n\n### Two *em* `code` [link](x)\n",
			[]Heading{{Text: "One", Offset: 0}, {Text: "Two em code link", Offset: 15}}},
		{"setext", "Title\n=====\n\nSub\n---\n",
			[]Heading{{Text: "Title", Offset: 0}, {Text: "Sub", Offset: 13}}},
		{"ids by hand", "## A {#a-1}\n## B {: #bee}\n",
			[]Heading{{Text: "A", ID: "a-1", Offset: 0}, {Text: "B", ID: "bee", Offset: 12}}},
		{"definition terms", "para\ngraph\n: not a term\n\nTerm\n: meaning\n: another\n",
			[]Heading{{Text: "Term", Offset: 25, Term: true}}},
		{"not headings", "```\n# comment\n```\n\n    # indented\n\n#hashtag\n",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := Headings(tc.body); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Headings = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestHTMLIDs(t *testing.T) {
	t.Parallel()
	got := HTMLIDs(`<a name="top"></a> text <h2 id='x' class="y">X</h2> <p>`)
	if want := []string{"top", "x"}; !reflect.DeepEqual(got, want) {
		t.Errorf("HTMLIDs = %q, want %q", got, want)
	}
}
