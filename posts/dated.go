package posts

// FewDated reports whether fewer than one post in ten of ps has a date.
// Sorted by date, such a site is listed in path order (Hugo's
// documentation dates none of its 993 pages), so lists sort it by title
// unless told otherwise. Headless content does not count.
func FewDated(ps []*Post) bool {
	n, dated := 0, 0
	for _, p := range ps {
		if p.Status == StatusHeadless {
			continue
		}
		n++
		if !p.Date.IsZero() {
			dated++
		}
	}
	return n > 0 && dated*10 < n
}
