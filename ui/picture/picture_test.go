package picture

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"image/color"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var ink = Ink{Background: color.RGBA{A: 255}}

// checkGolden compares got with testdata/name, which -update rewrites.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	golden := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("rendering differs from %s (rerun with -update to accept):\n%q", golden, got)
	}
}

// fixtureSite is a site folder holding the fixture PNG as a.png.
func fixtureSite(t *testing.T) Site {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("testdata", "fixture.png"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.png"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return Site{Dir: dir, ContentDir: "."}
}

// TestHalfBlockGolden draws the 16×12 fixture (four coloured quadrants,
// a white diagonal, a half-transparent bottom row) at its own size: 16
// columns, 6 lines, each cell its two pixels; in true colour and in
// xterm's 256 colours.
func TestHalfBlockGolden(t *testing.T) {
	t.Parallel()
	img, err := Decode(filepath.Join("testdata", "fixture.png"), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		golden string
		ink    Ink
		sgr    string
	}{
		{"fixture.halfblock.golden", ink, "\x1b[48;2;"},
		{"fixture.halfblock256.golden", Ink{Background: ink.Background, Palette256: true}, "\x1b[48;5;"},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			rows := HalfBlock(img, Box{Cols: 76, Rows: 10}, tc.ink)
			checkGolden(t, tc.golden, strings.Join(rows, "\n")+"\n")
			if len(rows) != 6 {
				t.Errorf("got %d lines, want 6", len(rows))
			}
			for i, r := range rows {
				if w := ansi.StringWidth(r); w != 16 {
					t.Errorf("line %d is %d columns, want 16", i, w)
				}
				if !strings.HasPrefix(ansi.Strip(r), "▀") || !strings.Contains(r, tc.sgr) {
					t.Errorf("line %d is not written with %q: %q", i, tc.sgr, r)
				}
			}
		})
	}
}

// TestQuantize picks the nearest of xterm's 256 colours.
func TestQuantize(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in    color.RGBA
		index int
	}{
		{color.RGBA{0, 0, 0, 255}, 16},
		{color.RGBA{255, 255, 255, 255}, 231},
		{color.RGBA{255, 0, 0, 255}, 196},
		{color.RGBA{220, 40, 40, 255}, 160},
		{color.RGBA{128, 128, 128, 255}, 244},
		{color.RGBA{9, 9, 9, 255}, 232},
	} {
		if got := index256(quantize(tc.in)); got != tc.index {
			t.Errorf("%v → %d, want %d", tc.in, got, tc.index)
		}
	}
}

// TestFit keeps proportions within the box and never enlarges.
func TestFit(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name         string
		w, h         int
		box          Box
		cols, pixels int
	}{
		{"small image keeps its size", 16, 12, Box{76, 10}, 16, 12},
		{"wide image takes the width", 1600, 800, Box{76, 30}, 76, 38},
		{"tall image takes the height", 800, 1600, Box{76, 8}, 8, 16},
		{"no room", 10, 10, Box{0, 5}, 0, 0},
		{"no pixels", 0, 10, Box{10, 5}, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cols, px := fit(tc.w, tc.h, tc.box)
			if cols != tc.cols || px != tc.pixels {
				t.Errorf("fit(%d, %d, %v) = %d, %d; want %d, %d", tc.w, tc.h, tc.box, cols, px, tc.cols, tc.pixels)
			}
		})
	}
}

// TestDecodeFormats reads each format a blog carries.
func TestDecodeFormats(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"fixture.png", "fixture.jpg", "fixture.gif", "fixture.webp"} {
		t.Run(name, func(t *testing.T) {
			img, err := Decode(filepath.Join("testdata", name), DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if len(HalfBlock(img, Box{Cols: 20, Rows: 5}, ink)) == 0 {
				t.Error("no rows")
			}
		})
	}
}

// TestDecodeRefusesHugeImage refuses testdata/bomb.png, a valid PNG header claiming 50,000 × 50,000
// pixels (10 GB decoded) from its header, before allocating its pixels:
// the whole refusal allocates less than a megabyte. Serial: it reads the
// process's allocation counter.
func TestDecodeRefusesHugeImage(t *testing.T) {
	path := filepath.Join("testdata", "bomb.png")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := Decode(path, DefaultLimits)
	runtime.ReadMemStats(&after)
	var tl *TooLargeError
	if !errors.As(err, &tl) {
		t.Fatalf("Decode = %v, want a TooLargeError", err)
	}
	if !strings.Contains(Reason(err), "50000×50000") {
		t.Errorf("reason %q does not name the size", Reason(err))
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("refusing the image allocated %d bytes", n)
	}
}

// TestDecodeRefusesLargeFile refuses a file over the byte limit without
// reading it.
func TestDecodeRefusesLargeFile(t *testing.T) {
	t.Parallel()
	_, err := Decode(filepath.Join("testdata", "fixture.png"), Limits{MaxBytes: 100, MaxPixels: 1 << 20})
	var tl *TooLargeError
	if !errors.As(err, &tl) || tl.What != "file" {
		t.Fatalf("Decode = %v, want the file refused", err)
	}
}

// TestDecodeRefusesMorePixels refuses an image over the pixel limit,
// however small its file.
func TestDecodeRefusesMorePixels(t *testing.T) {
	t.Parallel()
	_, err := Decode(filepath.Join("testdata", "fixture.png"), Limits{MaxBytes: 1 << 20, MaxPixels: 100})
	var tl *TooLargeError
	if !errors.As(err, &tl) || tl.What != "image" {
		t.Fatalf("Decode = %v, want the image refused", err)
	}
}

// FuzzDecodePicture decodes any bytes within the limits without
// panicking, and draws what decodes.
func FuzzDecodePicture(f *testing.F) {
	for _, name := range []string{"fixture.png", "fixture.jpg", "fixture.gif", "fixture.webp", "bomb.png"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	lim := Limits{MaxBytes: 1 << 20, MaxPixels: 1 << 20}
	f.Fuzz(func(t *testing.T, data []byte) {
		img, err := decodeFrom(bytes.NewReader(data), lim)
		if err != nil {
			return
		}
		b := img.Bounds()
		if int64(b.Dx())*int64(b.Dy()) > lim.MaxPixels {
			t.Fatalf("decoded %v, over the limit", b)
		}
		for _, r := range HalfBlock(img, Box{Cols: 40, Rows: 10}, ink) {
			if w := ansi.StringWidth(r); w > 40 {
				t.Fatalf("row %d columns wide", w)
			}
		}
	})
}

// TestRowsCaches draws a picture once per file version and box.
func TestRowsCaches(t *testing.T) {
	t.Parallel()
	c := NewCache(4)
	o := Options{Site: fixtureSite(t), Box: Box{Cols: 20, Rows: 5}, Ink: ink, Cache: c}
	first, err := Rows(context.Background(), o, "post.md", "a.png")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.rows) != 1 {
		t.Fatalf("cache holds %d pictures, want 1", len(c.rows))
	}
	again, _ := Rows(context.Background(), o, "post.md", "a.png")
	if &again[0] != &first[0] {
		t.Error("the second drawing was not the cached one")
	}
	o.Box.Cols = 10
	if _, err := Rows(context.Background(), o, "post.md", "a.png"); err != nil || len(c.rows) != 2 {
		t.Errorf("another box: err %v, %d cached, want 2", err, len(c.rows))
	}
}
