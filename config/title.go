package config

// This file reads the site's name, which the interface shows in its
// title bar. It is kept apart from the settings that change what posts
// mean (pelican.go, hugo.go, jekyll.go), which only call in here.

// pelicanTitleKey is Pelican's setting for the site's name.
const pelicanTitleKey = "SITENAME"

// title is Pelican's SITENAME, or "".
func (c *pelicanConf) title() string {
	s, _ := c.str(pelicanTitleKey)
	return s
}

// stringValue is v when it is a string, else "" (a title that is not a
// string is no title).
func stringValue(v any) string {
	s, _ := v.(string)
	return s
}
