package ui

import "charm.land/glamour/v2"

// renderer is the Markdown renderer for these options: Glamour with the
// JSON style of the settings when there is one, else the standard style.
func (o RenderOptions) renderer() markdownRenderer {
	if len(o.StyleJSON) == 0 {
		return glamourRender
	}
	js := o.StyleJSON
	return func(src string, width int, _ string) (string, error) {
		r, err := glamour.NewTermRenderer(glamour.WithStylesFromJSONBytes(js), glamour.WithWordWrap(max(10, width-2)))
		if err != nil {
			return "", err
		}
		return r.Render(src)
	}
}

// dateLayout is the Go layout dates are shown with.
func (o RenderOptions) dateLayout() string {
	if o.DateFormat == "" {
		return "2006-01-02"
	}
	return o.DateFormat
}
