package picture

import (
	"context"
	"encoding/base64"
	"image"
	"math/rand/v2"

	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/ui/termsafe"
)

// TestKittyGolden sends the 16×12 fixture as one PNG chunk under id 7
// and places it over the cells the half-block picture takes (16 × 6);
// the rows are placeholder cells in colour 0;0;7, each one column wide.
func TestKittyGolden(t *testing.T) {
	t.Parallel()
	img, err := Decode(filepath.Join("testdata", "fixture.png"), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	transmit, rows := Kitty(img, Box{Cols: 76, Rows: 10}, 7)
	checkGolden(t, "fixture.kitty.golden", transmit+"\n"+strings.Join(rows, "\n")+"\n")
	if !strings.HasPrefix(transmit, "\x1b_Ga=t,f=100,i=7,q=2,m=0;") ||
		!strings.HasSuffix(transmit, "\x1b_Ga=p,U=1,i=7,c=16,r=6,q=2\x1b\\") {
		t.Errorf("transmit is not one chunk and a virtual placement: %q", transmit)
	}
	if len(rows) != 6 {
		t.Fatalf("got %d rows, want 6", len(rows))
	}
	for i, r := range rows {
		if w := ansi.StringWidth(r); w != 16 {
			t.Errorf("row %d is %d columns, want 16", i, w)
		}
		if !strings.HasPrefix(r, "\x1b[38;2;0;0;7m\U0010EEEE") {
			t.Errorf("row %d does not start with the id's colour and a placeholder: %q", i, r)
		}
		if err := termsafe.Check(r); err != nil {
			t.Errorf("row %d: %v", i, err)
		}
	}
}

// TestKittyChunks sends a picture whose PNG is larger than 4096 base64
// bytes in chunks of at most 4096, each but the last saying more follow,
// only the first carrying the keys, and the chunks joined are the PNG.
func TestKittyChunks(t *testing.T) {
	t.Parallel()
	img := image.NewNRGBA(image.Rect(0, 0, 120, 90))
	// Noise does not compress: its PNG is about as large as its pixels.
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := range img.Pix {
		img.Pix[i] = uint8(rnd.Uint32())
	}
	transmit, _ := Kitty(img, Box{Cols: 80, Rows: 20}, 0xabcdef)
	apc := regexp.MustCompile("\x1b_G([^;\x1b]*)(?:;([^\x1b]*))?\x1b\\\\")
	all := apc.FindAllStringSubmatch(transmit, -1)
	if len(all) < 3 || strings.Join(apcJoin(all), "") != transmit {
		t.Fatalf("want two chunks or more and a placement, got %d sequences", len(all))
	}
	var payload strings.Builder
	for i, m := range all[:len(all)-1] {
		keys, chunk := m[1], m[2]
		want := "m=1"
		if i == 0 {
			want = "a=t,f=100,i=11259375,q=2,m=1"
		}
		if i == len(all)-2 {
			want = "m=0"
		}
		if keys != want || len(chunk) > 4096 || len(chunk)%4 != 0 {
			t.Errorf("chunk %d: keys %q (want %q), %d bytes", i, keys, want, len(chunk))
		}
		payload.WriteString(chunk)
	}
	data, err := base64.StdEncoding.DecodeString(payload.String())
	if err != nil || !strings.HasPrefix(string(data), "\x89PNG") {
		t.Errorf("the chunks are not a PNG: %v", err)
	}
	if got := all[len(all)-1][1]; got != "a=p,U=1,i=11259375,c=53,r=20,q=2" {
		t.Errorf("placement %q", got)
	}
}

func apcJoin(all [][]string) []string {
	s := make([]string, len(all))
	for i, m := range all {
		s[i] = m[0]
	}
	return s
}

// TestRowsKitty draws as placeholders through the cache and queues the
// transmission once: drawing the picture again sends nothing.
func TestRowsKitty(t *testing.T) {
	t.Parallel()
	c := NewCache(4)
	o := Options{Site: fixtureSite(t), Box: Box{Cols: 20, Rows: 5}, Ink: ink, Cache: c, Kitty: true}
	rows, err := Rows(context.Background(), o, "post.md", "a.png")
	if err != nil || len(rows) == 0 || !strings.Contains(rows[0], "\U0010EEEE") {
		t.Fatalf("rows %q, err %v", rows, err)
	}
	if tr := c.Transmits(); !strings.HasPrefix(tr, "\x1b_Ga=t,f=100,") {
		t.Errorf("first Transmits = %.40q", tr)
	}
	if _, err := Rows(context.Background(), o, "post.md", "a.png"); err != nil {
		t.Fatal(err)
	}
	if tr := c.Transmits(); tr != "" {
		t.Errorf("a picture drawn again is sent again: %.40q", tr)
	}
	o.Cache = nil
	if rows, _ := Rows(context.Background(), o, "post.md", "a.png"); len(rows) == 0 || !strings.Contains(rows[0], "▀") {
		t.Errorf("without a cache: want half-blocks, got %q", rows)
	}
}

// TestDetect picks placeholders only for the terminals that show them,
// never inside tmux or screen, and lets FOLIO_PICTURES decide.
func TestDetect(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		env  string
		want Protocol
	}{
		{"", HalfBlocks},
		{"TERM=xterm-256color", HalfBlocks},
		{"TERM=xterm-kitty", KittyPlaceholders},
		{"TERM=xterm-256color KITTY_WINDOW_ID=3", KittyPlaceholders},
		{"TERM=xterm-ghostty", KittyPlaceholders},
		{"TERM=xterm-256color TERM_PROGRAM=ghostty", KittyPlaceholders},
		{"TERM=xterm-256color TERM_PROGRAM=WezTerm", HalfBlocks},
		{"TERM=tmux-256color KITTY_WINDOW_ID=3", HalfBlocks},
		{"TERM=screen-256color TERM_PROGRAM=ghostty", HalfBlocks},
		{"TERM=xterm-kitty TMUX=/tmp/tmux-0/default,1,0", HalfBlocks},
		{"TERM=xterm-kitty STY=1.pts-0", HalfBlocks},
		{"TERM=xterm-256color FOLIO_PICTURES=kitty", KittyPlaceholders},
		{"TERM=xterm-kitty FOLIO_PICTURES=halfblock", HalfBlocks},
		{"TERM=xterm-kitty FOLIO_PICTURES=off", NoPictures},
		{"TMUX=x FOLIO_PICTURES=kitty", KittyPlaceholders},
	} {
		env := map[string]string{}
		for _, kv := range strings.Fields(tc.env) {
			k, v, _ := strings.Cut(kv, "=")
			env[k] = v
		}
		if got := Detect(func(k string) string { return env[k] }); got != tc.want {
			t.Errorf("Detect(%s) = %d, want %d", tc.env, got, tc.want)
		}
	}
}
