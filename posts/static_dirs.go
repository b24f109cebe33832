package posts

// StaticDir is a folder whose files the generator copies into the built
// site as they are: a file at Dir/x is served at URL + x. The config
// package finds them in a site's settings (Hugo's staticDir and its
// theme's, Pelican's STATIC_PATHS under PATH, Jekyll's source folder).
type StaticDir struct {
	Dir string // slash path relative to the site root; "" for the root
	URL string // the address its files are served under, starting and ending with "/"
}
