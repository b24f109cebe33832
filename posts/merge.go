package posts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Merge returns a new slice with the posts of a and b, both already in
// the order Sort gives for key and reverse, in that order. It lets a
// list that grows batch by batch stay sorted without sorting it again:
// each batch is sorted alone, then merged in linear time.
func Merge(a, b []*Post, key SortKey, reverse bool) []*Post {
	out := make([]*Post, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if Compare(b[j], a[i], key, reverse) < 0 {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// Compare orders two posts as Sort does, without allocating: negative
// when p comes first.
func Compare(p, q *Post, key SortKey, reverse bool) int {
	var c int
	switch key {
	case SortTitle:
		c = compareFold(p.Title, q.Title)
	case SortModified:
		c = newestFirst(lastChange(p), lastChange(q))
	default:
		c = newestFirst(p.Date, q.Date)
	}
	if reverse {
		c = -c
	}
	if c == 0 {
		c = strings.Compare(p.Path, q.Path)
	}
	return c
}

// compareFold compares a and b as strings.Compare compares their
// lowercased forms (what Sort compares), rune by rune.
func compareFold(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra < utf8.RuneSelf && rb < utf8.RuneSelf {
			if 'A' <= ra && ra <= 'Z' {
				ra += 'a' - 'A'
			}
			if 'A' <= rb && rb <= 'Z' {
				rb += 'a' - 'A'
			}
		} else {
			ra, rb = unicode.ToLower(ra), unicode.ToLower(rb)
		}
		if ra != rb {
			if ra < rb {
				return -1
			}
			return 1
		}
		a, b = a[na:], b[nb:]
	}
	switch {
	case a == "" && b == "":
		return 0
	case a == "":
		return -1
	}
	return 1
}
