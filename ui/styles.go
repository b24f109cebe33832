package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Styles holds every style of the interface, built once per background
// (dark or light) so that no view creates styles while drawing.
type Styles struct {
	IsDark bool

	Title      lipgloss.Style // screen titles ("Tags", the blog name)
	Status     lipgloss.Style // the status line under the list
	StatusErr  lipgloss.Style
	Muted      lipgloss.Style
	Date       lipgloss.Style
	Category   lipgloss.Style
	Tag        lipgloss.Style // a tag chip
	Draft      lipgloss.Style // DRAFT badge
	Hidden     lipgloss.Style // HIDDEN badge
	Page       lipgloss.Style // PAGE badge
	WarnMark   lipgloss.Style // "!" on a post with warnings
	Row        lipgloss.Style
	Selected   lipgloss.Style // the selected row
	Cursor     lipgloss.Style // the bar in front of the selected row
	Match      lipgloss.Style // filter matches in titles
	Prompt     lipgloss.Style // filter and search prompts
	InputCaret lipgloss.Style // the cursor of a text input
	Header     lipgloss.Style // the reader's metadata block
	PostTitle  lipgloss.Style
	SearchHit  lipgloss.Style // a search match in the reader
	SearchCur  lipgloss.Style // the current search match
	LinkSel    lipgloss.Style // the selected link in the reader
	Divider    lipgloss.Style // between the list and the preview
	Warning    lipgloss.Style
	Count      lipgloss.Style // post counts in term browsers
	GlamourSty string         // "dark" or "light", for glamour.WithStandardStyle

	// The marks of a post's git state in the list (gitMark).
	GitNew, GitModified, GitStaged lipgloss.Style
}

// NewStyles builds the styles for a dark or light terminal background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dark)) }
	accent := c("#5A3FC0", "#A996FF")
	muted := c("#6B6B6B", "#8A8A8A")
	warn := c("#B35C00", "#FFB454")
	s := Styles{IsDark: isDark, GlamourSty: "light"}
	if isDark {
		s.GlamourSty = "dark"
	}
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Status = lipgloss.NewStyle().Foreground(muted)
	s.StatusErr = lipgloss.NewStyle().Foreground(c("#C0272D", "#FF6B6B"))
	s.Muted = lipgloss.NewStyle().Foreground(muted)
	s.Date = lipgloss.NewStyle().Foreground(muted)
	s.Category = lipgloss.NewStyle().Foreground(c("#00796B", "#4FD1C5"))
	s.Tag = lipgloss.NewStyle().Foreground(c("#3B3B98", "#C7C2FF")).Background(c("#E8E6FF", "#36305A")).Padding(0, 1)
	s.Draft = lipgloss.NewStyle().Bold(true).Foreground(c("#FFFFFF", "#1A1A1A")).Background(warn).Padding(0, 1)
	s.Hidden = lipgloss.NewStyle().Bold(true).Foreground(c("#FFFFFF", "#1A1A1A")).Background(muted).Padding(0, 1)
	s.Page = lipgloss.NewStyle().Foreground(c("#00796B", "#4FD1C5")).Padding(0, 1)
	s.WarnMark = lipgloss.NewStyle().Bold(true).Foreground(warn)
	s.GitNew = lipgloss.NewStyle().Bold(true).Foreground(c("#2E7D32", "#7EE787"))
	s.GitModified = lipgloss.NewStyle().Bold(true).Foreground(warn)
	s.GitStaged = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Row = lipgloss.NewStyle()
	s.Selected = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Cursor = lipgloss.NewStyle().Foreground(accent)
	s.Match = lipgloss.NewStyle().Underline(true).Foreground(c("#C2185B", "#FF79C6"))
	s.Prompt = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.InputCaret = lipgloss.NewStyle().Reverse(true)
	s.Header = lipgloss.NewStyle().Padding(0, 2)
	s.PostTitle = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.SearchHit = lipgloss.NewStyle().Foreground(c("#000000", "#000000")).Background(c("#FFE082", "#C9A227"))
	s.SearchCur = lipgloss.NewStyle().Foreground(c("#FFFFFF", "#000000")).Background(c("#E65100", "#FF9E3D")).Bold(true)
	// Apart from the search colours, and underlined, so that a search
	// match over the link shows as the match, still underlined.
	s.LinkSel = lipgloss.NewStyle().Underline(true).Bold(true).
		Foreground(c("#FFFFFF", "#000000")).Background(c("#3949AB", "#8C9EFF"))
	s.Divider = lipgloss.NewStyle().Foreground(muted)
	s.Warning = lipgloss.NewStyle().Foreground(warn)
	s.Count = lipgloss.NewStyle().Foreground(muted)
	return s
}
