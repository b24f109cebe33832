package ui

import (
	"context"
	"errors"
	"image/color"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/folio-blog/folio/markup"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
	"github.com/folio-blog/folio/ui/markdown"
	"github.com/folio-blog/folio/ui/picture"
)

// pictureSettings say whether the reader draws a post's images: the
// terminal's colours (true colour, or 256 colours with pictures in the
// nearest of them; NO_COLOR and 16 colours keep the "Image: … → path"
// line), whether the user turned them off, and the screen's height, a
// third of which a picture may take, and how pictures reach the terminal
// (picture.Detect, from the program's environment).
type pictureSettings struct {
	profile  colorprofile.Profile
	protocol picture.Protocol
	off      bool
	height   int
	cache    *picture.Cache
}

// rows is how many lines a picture may take; 0 draws none.
func (p pictureSettings) rows() int {
	if p.profile < colorprofile.ANSI256 || p.off || p.protocol == picture.NoPictures {
		return 0
	}
	return max(2, p.height/3)
}

// kitty says pictures are sent with the kitty graphics protocol. Its
// placeholders name their image in a true colour, which bubbletea would
// turn into another image's id on a terminal it writes fewer colours to.
func (p pictureSettings) kitty() bool {
	return p.protocol == picture.KittyPlaceholders && p.profile == colorprofile.TrueColor
}

// transmits writes the kitty pictures drawn since the last call to the
// terminal, outside the view; nil when there are none.
func (p pictureSettings) transmits() tea.Cmd {
	if s := p.cache.Transmits(); s != "" {
		return tea.Raw(s)
	}
	return nil
}

// palette256 says pictures are drawn in xterm's 256 colours.
func (p pictureSettings) palette256() bool { return p.profile == colorprofile.ANSI256 }

// picturesChangedMsg tells every screen that pictures were turned on or
// off, or became possible: the open post is rendered again.
type picturesChangedMsg struct{}

// togglePicturesMsg asks the root to turn pictures off, or on again.
type togglePicturesMsg struct{}

// onColorProfile follows the terminal's colour profile, which bubbletea
// detects at start (and upgrades when the terminal says it has true
// colour).
func (m *Model) onColorProfile(msg tea.ColorProfileMsg) tea.Cmd {
	if msg.Profile == m.sh.pictures.profile {
		return nil
	}
	m.sh.pictures.profile = msg.Profile
	return m.broadcast(picturesChangedMsg{})
}

// onPictureEnv picks how pictures reach the terminal from the program's
// environment (which, over SSH, is the client's).
func (m *Model) onPictureEnv(msg tea.EnvMsg) tea.Cmd {
	protocol := picture.Detect(msg.Getenv)
	if protocol == m.sh.pictures.protocol {
		return nil
	}
	m.sh.pictures.protocol = protocol
	return m.broadcast(picturesChangedMsg{})
}

// togglePictures turns pictures off, or on again, and says so.
func (m *Model) togglePictures() tea.Cmd {
	if m.sh.pictures.profile < colorprofile.ANSI256 {
		return status("pictures need a terminal with 256 colours or more; images show as their path")
	}
	m.sh.pictures.off = !m.sh.pictures.off
	msg := "pictures on"
	if m.sh.pictures.off {
		msg = "pictures off"
	}
	return tea.Batch(m.broadcast(picturesChangedMsg{}), status(msg))
}

// PictureRows is how many lines a picture may take in a terminal of
// height lines: a third of it.
func PictureRows(height int) int {
	return pictureSettings{profile: colorprofile.TrueColor, height: height}.rows()
}

// pictureOptions are how a post's pictures are drawn for o.
func pictureOptions(o RenderOptions) picture.Options {
	bg := color.RGBA{A: 255}
	if o.Style == "light" {
		bg = color.RGBA{R: 255, G: 255, B: 255, A: 255}
	}
	return picture.Options{
		Site:  picture.Site{Dir: o.Dir, ContentDir: o.ContentDir},
		Box:   picture.Box{Cols: max(10, o.Width-4), Rows: o.PictureRows},
		Ink:   picture.Ink{Background: bg, Palette256: o.PicturePalette256},
		Cache: o.PictureCache,
		Kitty: o.PictureKitty,
	}
}

// pictureFunc draws the images of p's body for markdown.Render, or is nil
// when o asks for no pictures. A remote or missing image keeps its line
// as it is; one that cannot be shown says why beside its path.
func pictureFunc(ctx context.Context, p *posts.Post, o RenderOptions) markdown.PictureFunc {
	if o.PictureRows <= 0 {
		return nil
	}
	po := pictureOptions(o)
	return func(ref string, cols int) ([]string, string) {
		po := po
		po.Box.Cols = min(po.Box.Cols, cols)
		rows, err := picture.Rows(ctx, po, p.Path, ref)
		if err != nil {
			if errors.Is(err, picture.ErrRemote) || errors.Is(err, picture.ErrNotFound) || ctx.Err() != nil {
				return nil, ""
			}
			return nil, picture.Reason(err)
		}
		return rows, ""
	}
}

// headerPicture is the front matter's header image drawn below the
// header, indented as the header is, or "" when there is none to draw.
func headerPicture(ctx context.Context, p *posts.Post, o RenderOptions) string {
	if o.PictureRows <= 0 || p.Image == "" {
		return ""
	}
	ref := p.Image
	if o.Generator == site.Pelican {
		// {static}/images/a.jpg: Pelican's link, turned into a path as in
		// the body.
		ref = strings.TrimSpace(markup.ToMarkdown(ref, markupOptions(p, o)))
	}
	rows, err := picture.Rows(ctx, pictureOptions(o), p.Path, ref)
	if err != nil {
		return ""
	}
	return "\n  " + strings.Join(rows, "\n  ")
}
