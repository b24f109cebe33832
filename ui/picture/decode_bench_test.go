package picture

import (
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDecodeAndDraw decodes a 1600×1000 JPEG photograph-like image
// (1.6 megapixels) and draws it at 76 columns, 20 lines: what the reader
// does for a typical blog picture the first time it shows it.
func BenchmarkDecodeAndDraw(b *testing.B) {
	img := image.NewRGBA(image.Rect(0, 0, 1600, 1000))
	for y := 0; y < 1000; y++ {
		for x := 0; x < 1600; x++ {
			img.SetRGBA(x, y, color.RGBA{uint8(x / 7), uint8(y / 4), uint8((x ^ y) & 0xff), 255})
		}
	}
	path := filepath.Join(b.TempDir(), "photo.jpg")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := jpeg.Encode(f, img, &jpeg.Options{Quality: 85}); err != nil {
		b.Fatal(err)
	}
	f.Close()
	decoded, err := Decode(path, DefaultLimits)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("decode+draw", func(b *testing.B) {
		for b.Loop() {
			got, err := Decode(path, DefaultLimits)
			if err != nil {
				b.Fatal(err)
			}
			if len(HalfBlock(got, Box{Cols: 76, Rows: 20}, ink)) == 0 {
				b.Fatal("no rows")
			}
		}
	})
	b.Run("draw", func(b *testing.B) {
		for b.Loop() {
			HalfBlock(decoded, Box{Cols: 76, Rows: 20}, ink)
		}
	})
}
