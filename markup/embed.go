package markup

import "strings"

// embedNames are the names a reader knows the embedded services by.
var embedNames = map[string]string{
	"youtube": "YouTube", "vimeo": "Vimeo", "gist": "Gist", "tweet": "Tweet", "x": "X",
	"instagram": "Instagram", "speakerdeck": "Speaker Deck", "slideshare": "SlideShare",
	"iframe": "Embed", "video": "Video", "audio": "Audio", "source": "Video", "embed": "Embed",
	"object": "Embed",
}

// embedLine is the one marked line shown for what a terminal cannot
// draw, a video, a slide deck or a post from elsewhere, with the address
// a reader can open: "⟨▶ YouTube: https://youtu.be/ID⟩" (YouTube's own
// short address: the line stays short where the site shows no words).
// kind is the shortcode, tag or directive name; a player's address is
// turned into the page's (embedPage).
func embedLine(kind, url string) string {
	kind = strings.ToLower(kind)
	if k, page := embedPage(url); k != "" && (kind == "iframe" || kind == "video" || kind == "embed" || kind == "object" || kind == "source") {
		kind, url = k, page
	}
	name := embedNames[kind]
	if name == "" {
		name = kind
	}
	return dim("▶ " + name + ": " + oneLine(url))
}

// embedPage recognizes the player address of a known service
// ("//www.youtube.com/embed/ID") and returns the service and the page a
// reader opens for it; other addresses only lose a missing scheme.
func embedPage(src string) (kind, page string) {
	if strings.HasPrefix(src, "//") {
		src = "https:" + src
	}
	rest, ok := strings.CutPrefix(src, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(src, "http://")
	}
	if !ok {
		return "", src
	}
	id := func(prefix string) string {
		v := strings.TrimPrefix(rest, prefix)
		if k := strings.IndexAny(v, "?#&/"); k >= 0 {
			v = v[:k]
		}
		return v
	}
	for _, p := range []string{"www.youtube.com/embed/", "youtube.com/embed/", "www.youtube-nocookie.com/embed/"} {
		if strings.HasPrefix(rest, p) && id(p) != "" {
			return "youtube", "https://youtu.be/" + id(p)
		}
	}
	if p := "player.vimeo.com/video/"; strings.HasPrefix(rest, p) && id(p) != "" {
		return "vimeo", "https://vimeo.com/" + id(p)
	}
	if p := "speakerdeck.com/player/"; strings.HasPrefix(rest, p) && id(p) != "" {
		return "speakerdeck", src
	}
	return "", src
}
