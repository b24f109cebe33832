package picture

import (
	"bytes"
	"encoding/base64"
	"hash/fnv"
	"image"
	"image/png"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi/kitty"
	"golang.org/x/image/draw"
)

// kittyCellPixels is how many pixels a transmitted picture has per
// column (and twice as many per line): enough for a sharp picture in
// the usual cell sizes, without sending a photograph's full size.
const kittyCellPixels = 12

// kittyMaxCells is how many rows and columns the placeholders can name:
// the spec's table of row and column diacritics has 297.
const kittyMaxCells = 297

// Kitty draws img in box with the kitty graphics protocol's Unicode
// placeholders: transmit sends the picture, scaled to the box, as a PNG
// under id and makes a virtual placement of it (both quiet, q=2, so the
// terminal answers nothing); rows are lines of placeholder cells
// (U+10EEEE with the row and column as diacritics, id as the foreground
// colour) that the terminal shows as the picture wherever they are
// printed, so the picture scrolls with the text like any line. The
// picture takes the cells HalfBlock would, and the rows, like HalfBlock's,
// are folio's own: nothing of the image's bytes is in them.
func Kitty(img image.Image, box Box, id uint32) (transmit string, rows []string) {
	iw, ih := img.Bounds().Dx(), img.Bounds().Dy()
	box = Box{Cols: min(box.Cols, kittyMaxCells), Rows: min(box.Rows, kittyMaxCells)}
	cols, px := fit(iw, ih, box)
	if cols == 0 {
		return "", nil
	}
	lines := (px + 1) / 2
	w := min(iw, cols*kittyCellPixels)
	h := max(1, (ih*w+iw/2)/iw)
	dst := image.NewNRGBA(image.Rect(0, 0, w, h))
	draw.BiLinear.Scale(dst, dst.Bounds(), img, img.Bounds(), draw.Src, nil)
	var data bytes.Buffer
	// Encoding an in-memory image cannot fail.
	_ = png.Encode(&data, dst)
	return kittyTransmit(data.Bytes(), id, cols, lines), kittyRows(id, cols, lines)
}

// kittyTransmit is the APC sequences that send a PNG in chunks of at
// most kitty.MaxChunkSize base64 bytes, then place it virtually over
// cols × lines cells.
func kittyTransmit(data []byte, id uint32, cols, lines int) string {
	enc := base64.StdEncoding.EncodeToString(data)
	ids := strconv.FormatUint(uint64(id), 10)
	var b strings.Builder
	for first := true; first || enc != ""; first = false {
		chunk := enc[:min(len(enc), kitty.MaxChunkSize)]
		enc = enc[len(chunk):]
		more := "0"
		if enc != "" {
			more = "1"
		}
		b.WriteString("\x1b_G")
		if first {
			// Only the first chunk carries the keys; later ones say
			// only whether more follow.
			b.WriteString("a=t,f=100,i=" + ids + ",q=2,")
		}
		b.WriteString("m=" + more + ";" + chunk + "\x1b\\")
	}
	b.WriteString("\x1b_Ga=p,U=1,i=" + ids + ",c=" + strconv.Itoa(cols) + ",r=" + strconv.Itoa(lines) + ",q=2\x1b\\")
	return b.String()
}

// kittyRows are lines × cols placeholder cells for image id: its low 24
// bits are the foreground colour, each cell names its row and column.
func kittyRows(id uint32, cols, lines int) []string {
	fg := "\x1b[38;2;" + strconv.Itoa(int(id>>16&0xff)) + ";" + strconv.Itoa(int(id>>8&0xff)) + ";" + strconv.Itoa(int(id&0xff)) + "m"
	rows := make([]string, lines)
	var b strings.Builder
	for r := range lines {
		b.Reset()
		b.WriteString(fg)
		for c := range cols {
			b.WriteRune(kitty.Placeholder)
			b.WriteRune(kitty.Diacritic(r))
			b.WriteRune(kitty.Diacritic(c))
		}
		b.WriteString("\x1b[39m")
		rows[r] = b.String()
	}
	return rows
}

// kittyID is the image id of one drawing: a hash of what the cache keys
// it by, in 24 bits (what a foreground colour holds) and never 0, so the
// same picture drawn again, even by another folio, reuses its id.
func kittyID(k cacheKey) uint32 {
	h := fnv.New32a()
	h.Write([]byte(k.path + "\x00" + k.mod.String() + "\x00" +
		strconv.FormatInt(k.size, 10) + "x" + strconv.Itoa(k.box.Cols) + "x" + strconv.Itoa(k.box.Rows)))
	return max(1, h.Sum32()&0xffffff)
}
