package posts

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkNewCalendar counts 10,000 posts over ten years, each with
// three of 200 tags: the work folio stats and the calendar screen add
// to a load.
func BenchmarkNewCalendar(b *testing.B) {
	ps := make([]*Post, 10_000)
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range ps {
		ps[i] = &Post{Kind: KindPost, Status: StatusPublished,
			Date: Date{Time: start.Add(time.Duration(i) * 8 * time.Hour)},
			Tags: []string{fmt.Sprint("tag", i%200), fmt.Sprint("tag", i%7), fmt.Sprint("tag", i%31)}}
	}
	b.ReportAllocs()
	for b.Loop() {
		NewCalendar(ps)
	}
}
