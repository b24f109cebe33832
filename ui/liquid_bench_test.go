package ui

import (
	"strings"
	"testing"

	"github.com/folio-blog/folio/config"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// BenchmarkOpenLiquidPost opens a post that reads site.data in Liquid
// and a plain post of the same length: the Liquid one should open within
// twice the plain one's time.
func BenchmarkOpenLiquidPost(b *testing.B) {
	data := make([]any, 300)
	for i := range data {
		data[i] = map[string]any{"version": strings.Repeat("9", i%7+1), "url": map[string]any{"gz": "https://example.org/x.tar.gz"}}
	}
	files := &config.JekyllFiles{Data: map[string]any{"releases": data}}
	para := strings.Repeat("Ruby is a dynamic, open source language with a focus on simplicity. ", 8) + "\n\n"
	liquidPart := "{% assign r = site.data.releases | where: \"version\", \"999\" | first %}\n" +
		"* <{{ r.url.gz }}> {{ page.title }}\n\n"
	var lq, plain strings.Builder
	for lq.Len() < 30000 {
		lq.WriteString(para + liquidPart)
		plain.WriteString(para + "* <https://example.org/x.tar.gz> T" + strings.Repeat(" word", (len(liquidPart)-40)/5) + "\n\n")
	}
	o := RenderOptions{Width: 80, Style: "dark", Generator: site.Jekyll,
		JekyllFiles: func() *config.JekyllFiles { return files }}
	for _, c := range []struct{ name, body string }{{"plain", plain.String()}, {"liquid", lq.String()}} {
		p := &posts.Post{Title: "T", Path: "_posts/2024-01-01-t.md", Body: c.body}
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				RenderPost(p, o)
			}
		})
	}
}
