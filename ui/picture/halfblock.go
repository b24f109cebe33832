package picture

import (
	"image"
	"image/color"
	"strconv"
	"strings"

	"golang.org/x/image/draw"
)

// HalfBlock draws img in box as lines of "▀": each cell shows two pixels,
// the top one as its foreground colour and the bottom one as its
// background, so a cell's two square halves keep the image's proportions.
// The picture is as wide as the box allows and never wider than the
// image; transparent pixels are drawn over bg. Each line ends by resetting
// its colours.
func HalfBlock(img image.Image, box Box, bg color.RGBA) []string {
	cols, px := fit(img.Bounds().Dx(), img.Bounds().Dy(), box)
	if cols == 0 {
		return nil
	}
	dst := image.NewRGBA(image.Rect(0, 0, cols, px))
	draw.Draw(dst, dst.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	// BiLinear widens its kernel when shrinking, so every source pixel
	// counts (a photograph does not turn into noise).
	draw.BiLinear.Scale(dst, dst.Bounds(), img, img.Bounds(), draw.Over, nil)
	rows := make([]string, 0, (px+1)/2)
	var b strings.Builder
	for y := 0; y < px; y += 2 {
		b.Reset()
		var fg, back color.RGBA
		for x := 0; x < cols; x++ {
			top := dst.RGBAAt(x, y)
			bottom := bg
			if y+1 < px {
				bottom = dst.RGBAAt(x, y+1)
			}
			// Only a colour that changed is written again.
			if x == 0 || top != fg {
				sgr(&b, 38, top)
			}
			if x == 0 || bottom != back {
				sgr(&b, 48, bottom)
			}
			fg, back = top, bottom
			b.WriteString("▀")
		}
		b.WriteString("\x1b[0m")
		rows = append(rows, b.String())
	}
	return rows
}

// fit is the picture's size for an image of w × h pixels in box: its
// columns and its height in pixels (two a line), proportions kept, never
// larger than the image.
func fit(w, h int, box Box) (cols, px int) {
	if w <= 0 || h <= 0 || box.Cols <= 0 || box.Rows <= 0 {
		return 0, 0
	}
	cols = min(w, box.Cols)
	px = max(1, (h*cols+w/2)/w)
	if px > 2*box.Rows {
		px = 2 * box.Rows
		cols = max(1, (w*px+h/2)/h)
	}
	return cols, px
}

// sgr writes the colour sequence that sets the foreground (38) or the
// background (48) to c.
func sgr(b *strings.Builder, which int, c color.RGBA) {
	b.WriteString("\x1b[")
	b.WriteString(strconv.Itoa(which))
	b.WriteString(";2;")
	b.WriteString(strconv.Itoa(int(c.R)))
	b.WriteByte(';')
	b.WriteString(strconv.Itoa(int(c.G)))
	b.WriteByte(';')
	b.WriteString(strconv.Itoa(int(c.B)))
	b.WriteByte('m')
}
