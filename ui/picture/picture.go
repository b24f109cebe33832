// Package picture shows a post's local images in the terminal as rows of
// half-block characters ("▀": the foreground is the top pixel, the
// background the bottom one) in true colour, or in the nearest of xterm's
// 256 colours. It finds an image the way
// the site would (beside the post, under the site's static or content
// folder), never outside the site folder and never on the network, reads
// its header before decoding it so that an image too large to hold is
// refused, not decoded, and keeps what it drew.
//
// Its rows are made of folio's own colour sequences only: nothing of the
// image's bytes reaches the terminal, so they pass termsafe.Check.
package picture

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// Box is the room a picture may take: at most Cols columns and Rows
// lines. A picture is never drawn larger than the image's own pixels.
type Box struct {
	Cols, Rows int
}

// Options say where a post's images are looked for and how they are
// drawn.
type Options struct {
	// Site is where pictures may come from (see Site.Resolve).
	Site Site
	// Box is the most room a picture takes.
	Box Box
	// Ink is how colours are written.
	Ink Ink
	// Cache keeps drawn pictures; nil draws every time.
	Cache *Cache
	// Kitty draws pictures as kitty Unicode placeholders (see Kitty);
	// the images themselves wait in Cache for Transmits. Without a
	// cache there is nowhere for them to wait: pictures are half-blocks.
	Kitty bool
}

// Rows draws the image that ref names, as seen from the post at
// postPath (slash-separated, relative to the site folder), in the box.
// The error says why there is no picture, in words for the reader: a
// remote image, one outside the site, a missing file, one too large.
func Rows(ctx context.Context, o Options, postPath, ref string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	path, err := o.Site.Resolve(postPath, ref)
	if err != nil {
		return nil, err
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, ErrNotFound
	}
	kitty := o.Kitty && o.Cache != nil
	key := cacheKey{path: path, box: o.Box, mod: info.ModTime(), size: info.Size(), ink: o.Ink, kitty: kitty}
	if rows, ok := o.Cache.get(key); ok {
		return rows, nil
	}
	img, err := Decode(path, DefaultLimits)
	if err != nil {
		return nil, err
	}
	if kitty {
		transmit, rows := Kitty(img, o.Box, kittyID(key))
		o.Cache.put(key, rows, transmit)
		return rows, nil
	}
	rows := HalfBlock(img, o.Box, o.Ink)
	o.Cache.put(key, rows, "")
	return rows, nil
}

// ErrNotFound is an image the site does not have.
var ErrNotFound = errors.New("not found in the site folder")

// Reason is err as a few words for the reader, after the image's path.
func Reason(err error) string {
	var tl *TooLargeError
	switch {
	case errors.As(err, &tl):
		return tl.Error()
	case errors.Is(err, ErrRemote), errors.Is(err, ErrOutsideSite), errors.Is(err, ErrNotFound):
		return err.Error()
	}
	return fmt.Sprintf("cannot be shown (%v)", err)
}
