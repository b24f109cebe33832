package ui

// dateLayout is the Go layout dates are shown with.
func (o RenderOptions) dateLayout() string {
	if o.DateFormat == "" {
		return "2006-01-02"
	}
	return o.DateFormat
}
