package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/ui"
	"github.com/folio-blog/folio/ui/picture"
)

// TestShowKittyPictures: folio show into a true-colour kitty terminal
// writes the picture's transmission before the text and placeholder
// rows in it; with half-blocks, or in 256 colours even in kitty, there
// is no graphics sequence; with pictures off, no picture at all.
func TestShowKittyPictures(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	png, err := os.ReadFile(filepath.Join("ui", "picture", "testdata", "fixture.png"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "harbour.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "trip.md"), []byte("# Trip\n\nBefore.\n\n![the harbour](harbour.png)\n\nAfter.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := posts.ParseFile(posts.DirFS(dir), "trip.md", posts.Options{KeepBody: true})
	for _, tc := range []struct {
		name     string
		cp       colorprofile.Profile
		protocol picture.Protocol
		want     string // what the output starts with or holds
	}{
		{"kitty", colorprofile.TrueColor, picture.KittyPlaceholders, "kitty"},
		{"kitty in 256 colours", colorprofile.ANSI256, picture.KittyPlaceholders, "▀"},
		{"half-blocks", colorprofile.TrueColor, picture.HalfBlocks, "▀"},
		{"off", colorprofile.TrueColor, picture.NoPictures, "Image: the harbour"},
	} {
		ro := ui.RenderOptions{Dir: dir, ContentDir: ".", Width: 80, Style: "dark"}
		showPictures(&ro, tc.cp, tc.protocol, 24)
		out := renderShown(p, ro, io.Discard)
		kitty := strings.HasPrefix(out, "\x1b_Ga=t,f=100,") && strings.Contains(out, "\x1b_Ga=p,U=1,") &&
			strings.Contains(out, "\U0010EEEE\u0305\u0305")
		switch {
		case tc.want == "kitty" && (!kitty || strings.Contains(out, "▀")):
			t.Errorf("%s: want the transmission first, then placeholders:\n%q", tc.name, out)
		case tc.want != "kitty" && (strings.Contains(out, "\x1b_G") || strings.Contains(out, "\U0010EEEE") || !strings.Contains(out, tc.want)):
			t.Errorf("%s: want %q and no kitty graphics:\n%q", tc.name, tc.want, out)
		}
	}
}
