package picture

import (
	"bufio"
	"fmt"
	"image"
	"io"
	"os"

	// The formats blogs carry: each registers its decoder with image.
	_ "image/gif"
	_ "image/jpeg"
	_ "image/png"

	_ "golang.org/x/image/webp"
)

// Limits bound what Decode takes on: the file's size, and the pixels its
// header claims, read before any pixel is decoded, so a decompression
// bomb (a small file claiming 50,000 × 50,000 pixels) costs a header
// read.
type Limits struct {
	MaxBytes  int64
	MaxPixels int64
}

// DefaultLimits allow a 40-megapixel photograph (160 MB decoded) from a
// file of at most 64 MiB.
var DefaultLimits = Limits{MaxBytes: 64 << 20, MaxPixels: 40_000_000}

// TooLargeError is an image refused for its size before decoding.
type TooLargeError struct {
	What string // "file" or "image"
	Size string
}

// Error implements error.
func (e *TooLargeError) Error() string {
	return fmt.Sprintf("is too large to show (%s %s)", e.What, e.Size)
}

// Decode reads the image at path within lim: a PNG, JPEG, GIF (its first
// frame) or WebP.
func Decode(path string, lim Limits) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	if info.Size() > lim.MaxBytes {
		return nil, &TooLargeError{What: "file", Size: fmt.Sprintf("%d MiB", info.Size()>>20)}
	}
	return decodeFrom(f, lim)
}

// decodeFrom checks the header rs starts with, then decodes the image
// from its start, reading at most lim.MaxBytes.
func decodeFrom(rs io.ReadSeeker, lim Limits) (image.Image, error) {
	cfg, _, err := image.DecodeConfig(bufio.NewReader(io.LimitReader(rs, lim.MaxBytes)))
	if err != nil {
		return nil, err
	}
	if err := checkConfig(cfg, lim); err != nil {
		return nil, err
	}
	if _, err := rs.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	img, _, err := image.Decode(bufio.NewReader(io.LimitReader(rs, lim.MaxBytes)))
	if err != nil {
		return nil, err
	}
	// A header that lied about its size is caught here at the latest.
	if err := checkConfig(image.Config{Width: img.Bounds().Dx(), Height: img.Bounds().Dy()}, lim); err != nil {
		return nil, err
	}
	return img, nil
}

// checkConfig refuses an image without pixels or with more than the
// limit allows.
func checkConfig(cfg image.Config, lim Limits) error {
	w, h := int64(cfg.Width), int64(cfg.Height)
	if w <= 0 || h <= 0 {
		return fmt.Errorf("image has no pixels (%d×%d)", w, h)
	}
	if w > lim.MaxPixels || h > lim.MaxPixels || w*h > lim.MaxPixels {
		return &TooLargeError{What: "image", Size: fmt.Sprintf("%d×%d pixels", w, h)}
	}
	return nil
}
