package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
	"github.com/folio-blog/folio/ui/termsafe"
)

// pictureSite writes a Pelican site whose post shows a 16×12 PNG
// between two paragraphs, a picture too large to show, and a remote one.
func pictureSite(t *testing.T) Config {
	t.Helper()
	root := t.TempDir()
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("picture", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	files := map[string][]byte{
		"content/harbour.png": read("fixture.png"),
		"content/huge.png":    read("bomb.png"), // a PNG header claiming 50,000 × 50,000 pixels
		"content/trip.md": []byte("Title: Harbour trip\nDate: 2020-01-01\n\nBefore the picture.\n\n![the harbour](harbour.png)\n\n" +
			"## After\n\nAfter the picture.\n\n![a bomb](huge.png)\n\n![far away](https://example.com/x.png)\n"),
		"content/tag.md":   []byte("Title: Tag\nDate: 2020-01-03\n\n<figure><img src=\"harbour.png\" alt=\"x\"><figcaption>Harbour</figcaption></figure>\n"),
		"content/cover.md": []byte("Title: Cover\nDate: 2020-01-02\nImage: {static}/harbour.png\n\nText.\n"),
	}
	for name, data := range files {
		if err := os.MkdirAll(filepath.Join(root, filepath.Dir(name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := Config{Dir: root, Title: "Pictures", Style: "dark"}
	cfg.Posts.Rules = posts.Rules{Generator: site.Pelican, ContentDir: "content"}
	return cfg
}

// picturePost reads a post of pictureSite, with the options that render
// it at 80 columns with pictures 8 lines high at most.
func picturePost(t *testing.T, path string) (*posts.Post, RenderOptions) {
	t.Helper()
	cfg := pictureSite(t)
	opts := cfg.Posts
	opts.KeepBody = true
	p := posts.ParseFile(posts.DirFS(cfg.Dir), path, opts)
	return p, RenderOptions{Dir: cfg.Dir, ContentDir: "content", Width: 80, Style: "dark", Generator: site.Pelican, PictureRows: 8}
}

// TestRenderPostPictures draws a local image in place of its "Image:"
// line, 6 lines for 12 pixels, with the headings below it where they
// show; says why a 50,000 × 50,000 PNG is not shown; leaves a remote
// image as its line; and draws nothing when pictures are off.
func TestRenderPostPictures(t *testing.T) {
	t.Parallel()
	p, ro := picturePost(t, "content/trip.md")
	ro.PictureRows = 0

	off := RenderPost(p, ro)
	if !strings.Contains(strings.Join(off.Plain, "\n"), "Image: the harbour") || strings.Contains(off.Content, "▀") {
		t.Errorf("pictures off: want the image's line and no picture:\n%s", off.Content)
	}

	ro.PictureRows = 8
	on := RenderPost(p, ro)
	if err := termsafe.Check(on.Content); err != nil {
		t.Errorf("the picture is not terminal-safe: %v", err)
	}
	text := strings.Join(on.Plain, "\n")
	if strings.Contains(text, "Image: the harbour") {
		t.Errorf("the drawn image still shows its line:\n%s", on.Content)
	}
	if n := strings.Count(text, strings.Repeat("▀", 16)); n != 6 {
		t.Errorf("%d picture lines, want 6:\n%s", n, on.Content)
	}
	if len(on.Headings) != 1 || strings.TrimSpace(on.Plain[on.Headings[0].Line]) != "## After" {
		t.Errorf("heading at the wrong line: %+v", on.Headings)
	}
	if got := on.Headings[0].Line - off.Headings[0].Line; got != 5 {
		t.Errorf("the picture moved the heading %d lines, want 5 (6 for its line)", got)
	}
	if !strings.Contains(text, "is too large to show (image 50000×50000 pixels)") {
		t.Errorf("the huge picture's refusal is not shown:\n%s", on.Content)
	}
	if !strings.Contains(text, "Image: far away") {
		t.Errorf("the remote image lost its line:\n%s", on.Content)
	}
}

// TestRenderPostHeaderPicture draws the front matter's header image
// (Pelican's Image: here; cover, featured_image, header.image and the
// others posts.Post.Image reads) below the header, before the body.
func TestRenderPostHeaderPicture(t *testing.T) {
	t.Parallel()
	doc := RenderPost(picturePost(t, "content/cover.md"))
	pictured := 0
	for i, l := range doc.Plain {
		if strings.Contains(l, strings.Repeat("▀", 16)) {
			pictured++
			if i >= doc.BodyStart {
				t.Errorf("picture line %d is in the body (from %d)", i, doc.BodyStart)
			}
		}
	}
	if pictured != 6 {
		t.Errorf("%d header picture lines, want 6:\n%s", pictured, strings.Join(doc.Plain, "\n"))
	}
}

// TestRenderPostImgTag draws an HTML <img>, which markup turns into a
// Markdown image, as a picture.
func TestRenderPostImgTag(t *testing.T) {
	t.Parallel()
	doc := RenderPost(picturePost(t, "content/tag.md"))
	if n := strings.Count(strings.Join(doc.Plain, "\n"), strings.Repeat("▀", 16)); n != 6 {
		t.Errorf("%d picture lines, want 6:\n%s", n, strings.Join(doc.Plain, "\n"))
	}
}

// TestReaderPicturesToggle opens the post at 80 columns: in a true-colour
// terminal the picture shows in 24-bit colours, in a 256-colour one in
// the palette's; I turns pictures off and the image's line is back, and
// on again. In a 16-colour terminal there is no picture, and I says why.
func TestReaderPicturesToggle(t *testing.T) {
	t.Parallel()
	hasPicture := func(sgr string) func(Model) bool {
		return func(m Model) bool {
			r := m.reader()
			return r != nil && r.ready && strings.Contains(r.doc.Content, sgr) && strings.Contains(r.doc.Content, "▀")
		}
	}
	hasLine := func(m Model) bool {
		r := m.reader()
		return r != nil && r.ready && strings.Contains(strings.Join(r.doc.Plain, "\n"), "Image: the harbour") && !strings.Contains(r.doc.Content, "▀")
	}
	for _, tc := range []struct {
		name    string
		profile colorprofile.Profile
		sgr     string // how the picture's colours are written; "" for none
	}{
		{"truecolor", colorprofile.TrueColor, "\x1b[48;2;"},
		{"256 colours", colorprofile.ANSI256, "\x1b[48;5;"},
		{"16 colours", colorprofile.ANSI, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tm := teatest.NewTestModel(t, probed{New(pictureSite(t))}, teatest.WithInitialTermSize(80, 24),
				// Not kitty's environment, wherever the tests run.
				teatest.WithProgramOptions(tea.WithColorProfile(tc.profile), tea.WithEnvironment([]string{"TERM=xterm-256color"})))
			waitModel(t, tm, "loaded", func(m Model) bool { return m.list().loaded })
			for _, k := range keys("/harbour trip<enter><enter>") {
				tm.Send(k)
			}
			if tc.sgr == "" {
				waitModel(t, tm, "the image's line", hasLine)
				tm.Send(keys("I")[0])
				waitModel(t, tm, "told why", func(m Model) bool { return strings.Contains(m.status, "256 colours") })
			} else {
				snap := waitModel(t, tm, "the picture", hasPicture(tc.sgr))
				if !strings.Contains(snap.screen, strings.Repeat("▀", 16)) {
					t.Errorf("the picture is not on screen:\n%s", snap.screen)
				}
				tm.Send(keys("I")[0])
				waitModel(t, tm, "pictures off", func(m Model) bool { return hasLine(m) && m.status == "pictures off" })
				tm.Send(keys("I")[0])
				waitModel(t, tm, "pictures on again", hasPicture(tc.sgr))
			}
			tm.Send(keys("q")[0])
			tm.WaitFinished(t, teatest.WithFinalTimeout(hangGuard))
		})
	}
}
