package markdown

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestPictures asks for a picture only for an image that stands alone in
// its paragraph, at the width left inside lists and quotes, and puts its
// rows where the image's line was, indented as it was; an image it cannot
// draw keeps its line with the note.
func TestPictures(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		src      string
		cols     []int  // the widths asked for, in order
		want     string // a line of the result, trimmed on the right
		wantNone string // text that must not show
	}{
		{"alone", "Text.\n\n![a](a.png)\n", []int{76}, "  ##########", "Image:"},
		{"alone with spaces", "Text.\n\n ![a](a.png) \n", []int{76}, "  ##########", "Image:"},
		{"inside text", "See ![a](a.png) here.\n", nil, "", "#"},
		{"in a list", "- item\n\n  ![a](a.png)\n", []int{72}, "##########", "Image:"},
		{"two in a paragraph", "![a](a.png) ![b](b.png)\n", nil, "", "#"},
		{"cannot draw", "![none](none.png)\n", []int{76}, "Image: none (too big) →", "#"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var asked []int
			pic := func(ref string, cols int) ([]string, string) {
				asked = append(asked, cols)
				if ref == "none.png" {
					return nil, "too big"
				}
				return []string{"##########", "##########"}, ""
			}
			res, err := Render(context.Background(), tc.src, Options{Width: 80, Style: "dark", Picture: pic})
			if err != nil {
				t.Fatal(err)
			}
			plain := ansi.Strip(res.Text)
			if len(asked) != len(tc.cols) || (len(asked) > 0 && asked[0] != tc.cols[0]) {
				t.Errorf("asked for widths %v, want %v", asked, tc.cols)
			}
			found := tc.want == ""
			for _, l := range strings.Split(plain, "\n") {
				if strings.Contains(strings.TrimRight(l, " "), tc.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("no line holds %q:\n%s", tc.want, plain)
			}
			if tc.wantNone != "" && strings.Contains(plain, tc.wantNone) {
				t.Errorf("%q shows:\n%s", tc.wantNone, plain)
			}
			if strings.Contains(plain, pictureMark) {
				t.Errorf("a mark was left:\n%s", plain)
			}
		})
	}
}
