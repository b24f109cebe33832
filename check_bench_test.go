package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

var checkCorpus = flag.String("bench.checkcorpus", "/work/corpus/corpus-10000", "BenchmarkCheckVsList reads this generated 10,000-post blog (go test ./posts -run TestWriteCorpus makes one)")

// BenchmarkCheckVsList runs folio check and folio list --json, in turn,
// on the generated 10,000-post blog (which has no links) and on a copy of
// 10,000 small Hugo posts that each link to others in every form, and
// reports the time of each and check's time as a multiple of list's: the
// site-wide check is meant to stay within 2× of listing.
func BenchmarkCheckVsList(b *testing.B) {
	b.Run("corpus-10000", func(b *testing.B) {
		if _, err := os.Stat(*checkCorpus); err != nil {
			b.Skipf("no corpus at %s", *checkCorpus)
		}
		benchCheckVsList(b, *checkCorpus)
	})
	b.Run("linked-10000", func(b *testing.B) {
		benchCheckVsList(b, linkedBlog(b, 10_000))
	})
}

func benchCheckVsList(b *testing.B, dir string) {
	var list, check time.Duration
	for b.Loop() {
		// Each command starts with a collected heap, as a fresh process
		// does, so that one's garbage is not charged to the other.
		runtime.GC()
		start := time.Now()
		if code := run([]string{"list", "--json", "--dir", dir}, nil, io.Discard, io.Discard); code != 0 {
			b.Fatalf("list exit %d", code)
		}
		list += time.Since(start)
		runtime.GC()
		start = time.Now()
		if code := run([]string{"check", "--dir", dir}, nil, io.Discard, io.Discard); code > 1 {
			b.Fatalf("check exit %d", code)
		}
		check += time.Since(start)
	}
	n := float64(b.N)
	b.ReportMetric(float64(list.Milliseconds())/n, "list-ms/op")
	b.ReportMetric(float64(check.Milliseconds())/n, "check-ms/op")
	b.ReportMetric(float64(check)/float64(list), "check/list")
}

// linkedBlog writes a Hugo blog of n posts, each linking to two others by
// ref and by relative path (with anchors), to its bundle image and to a
// static image, with one broken link in ten.
func linkedBlog(b *testing.B, n int) string {
	b.Helper()
	dir := b.TempDir()
	write := func(rel, content string) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	write("hugo.toml", "title = 'linked'\n")
	write("static/images/logo.png", "png")
	for i := range n {
		broken := ""
		if i%10 == 0 {
			broken = fmt.Sprintf("[gone]({{< ref \"gone-%d\" >}})\n", i)
		}
		write(fmt.Sprintf("content/posts/p%05d.md", i), fmt.Sprintf(`+++
title = 'Post %d'
date = 2024-01-01
+++
## Part one

Some text about post %d, with a [link]({{< ref "p%05d#part-one" >}}) and
[another](p%05d.md#part-two), ![logo](/images/logo.png).

## Part two

More text. %s`+"```\n[not a link](nowhere.md)\n```\n", i, i, (i+1)%n, (i+7)%n, broken))
	}
	return dir
}
