package picture

import (
	"image"
	"image/color"
	"strconv"
	"strings"

	"golang.org/x/image/draw"
)

// Ink is how a picture's colours are written.
type Ink struct {
	// Background is what transparent pixels are drawn over.
	Background color.RGBA
	// Palette256 writes each colour as the nearest of the 256 colours
	// of xterm's palette, for a terminal without true colour.
	Palette256 bool
}

// HalfBlock draws img in box as lines of "▀": each cell shows two pixels,
// the top one as its foreground colour and the bottom one as its
// background, so a cell's two square halves keep the image's proportions.
// The picture is as wide as the box allows and never wider than the
// image. Each line ends by resetting its colours.
func HalfBlock(img image.Image, box Box, ink Ink) []string {
	bg := ink.Background
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
			if ink.Palette256 {
				top, bottom = quantize(top), quantize(bottom)
			}
			// Only a colour that changed is written again.
			if x == 0 || top != fg {
				ink.sgr(&b, 38, top)
			}
			if x == 0 || bottom != back {
				ink.sgr(&b, 48, bottom)
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
func (ink Ink) sgr(b *strings.Builder, which int, c color.RGBA) {
	b.WriteString("\x1b[")
	b.WriteString(strconv.Itoa(which))
	if ink.Palette256 {
		b.WriteString(";5;")
		b.WriteString(strconv.Itoa(index256(c)))
		b.WriteByte('m')
		return
	}
	b.WriteString(";2;")
	b.WriteString(strconv.Itoa(int(c.R)))
	b.WriteByte(';')
	b.WriteString(strconv.Itoa(int(c.G)))
	b.WriteByte(';')
	b.WriteString(strconv.Itoa(int(c.B)))
	b.WriteByte('m')
}

// cubeLevels are the channel values of xterm's 6×6×6 colour cube.
var cubeLevels = [6]int{0, 95, 135, 175, 215, 255}

// index256 is the palette index of c, a colour quantize returned: one of
// the cube's (16–231) or of the grey ramp's (232–255).
func index256(c color.RGBA) int {
	if c.R == c.G && c.G == c.B && (int(c.R)-8)%10 == 0 && c.R >= 8 && c.R <= 238 {
		return 232 + (int(c.R)-8)/10
	}
	return 16 + 36*level(c.R) + 6*level(c.G) + level(c.B)
}

// quantize is the colour of xterm's 256 nearest to c: the nearest of the
// cube and of the grey ramp, whichever is nearer.
func quantize(c color.RGBA) color.RGBA {
	cube := color.RGBA{uint8(cubeLevels[level(c.R)]), uint8(cubeLevels[level(c.G)]), uint8(cubeLevels[level(c.B)]), 255}
	avg := (int(c.R) + int(c.G) + int(c.B)) / 3
	g := uint8(8 + 10*min(23, max(0, (avg-3)/10)))
	grey := color.RGBA{g, g, g, 255}
	if dist(c, grey) < dist(c, cube) {
		return grey
	}
	return cube
}

// level is the cube level nearest to v.
func level(v uint8) int {
	best := 0
	for i, l := range cubeLevels {
		if abs(int(v)-l) < abs(int(v)-cubeLevels[best]) {
			best = i
		}
	}
	return best
}

// dist is the squared distance between two colours.
func dist(a, b color.RGBA) int {
	dr, dg, db := int(a.R)-int(b.R), int(a.G)-int(b.G), int(a.B)-int(b.B)
	return dr*dr + dg*dg + db*db
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
