package main

import (
	"fmt"
	"strings"

	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/site"
)

// writeBaseURL prints the address the site is published at, which folio
// url puts in front of each post's URL.
func writeBaseURL(b *strings.Builder, detected *config.Site) {
	if detected.Generator == site.Plain {
		return
	}
	base := detected.Rules.URLs.Base
	if base == "" {
		base = "not set (folio url prints site-relative addresses)"
	}
	fmt.Fprintf(b, "  base URL: %s\n", sanitizeLine(base))
}
