package ui

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestReaderKittyPictures opens a post with a picture in a true-colour
// terminal whose environment says kitty: the output carries the image,
// sent as a PNG in an APC transmission with a virtual placement, and
// the picture's rows of placeholder cells (row 0, column 0 first), not
// half-blocks. Inside tmux the same terminal gets half-blocks and no
// graphics sequence. (Neither shows an image here: tmux, where folio is
// tried by hand, does not pass kitty graphics.)
func TestReaderKittyPictures(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		env   []string
		kitty bool
	}{
		{"kitty", []string{"TERM=xterm-kitty"}, true},
		{"kitty in tmux", []string{"TERM=tmux-256color", "TMUX=/tmp/tmux-0/default,1,0", "KITTY_WINDOW_ID=1"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tm := teatest.NewTestModel(t, probed{New(pictureSite(t))}, teatest.WithInitialTermSize(80, 24),
				teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor), tea.WithEnvironment(tc.env)))
			waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded })
			for _, k := range keys("/harbour trip<enter><enter>") {
				tm.Send(k)
			}
			mark := "▀"
			if tc.kitty {
				mark = "\U0010EEEE"
			}
			waitModel(t, tm, "the picture", func(m Model) bool {
				r := m.reader()
				return r != nil && r.ready && strings.Contains(r.doc.Content, mark)
			})
			tm.Send(keys("q")[0])
			out, err := io.ReadAll(tm.FinalOutput(t, teatest.WithFinalTimeout(hangGuard)))
			if err != nil {
				t.Fatal(err)
			}
			s := string(out)
			transmit := strings.Contains(s, "\x1b_Ga=t,f=100,i=") && strings.Contains(s, "\x1b_Ga=p,U=1,i=")
			// The first cell, row 0 and column 0, in the sent image id's
			// colour.
			cells := false
			if m := regexp.MustCompile("\x1b_Ga=t,f=100,i=([0-9]+),").FindStringSubmatch(s); m != nil {
				id, _ := strconv.Atoi(m[1])
				fg := fmt.Sprintf("38;2;%d;%d;%dm", id>>16&0xff, id>>8&0xff, id&0xff)
				cells = strings.Contains(s, fg+"\U0010EEEE\u0305\u0305")
			}
			if tc.kitty && (!transmit || !cells || strings.Contains(s, "▀")) {
				t.Errorf("kitty: transmit %v, placeholder cells %v, want both and no half-blocks:\n%q", transmit, cells, s)
			}
			if !tc.kitty && (strings.Contains(s, "\x1b_G") || strings.Contains(s, "\U0010EEEE") || !strings.Contains(s, "▀▀▀▀")) {
				t.Errorf("in tmux: want half-blocks and no kitty graphics:\n%q", s)
			}
		})
	}
}
