package markup

import "testing"

// TestEmbedLine checks that every way a post embeds a video, a deck or a
// post from elsewhere becomes the same one line with an address to open.
func TestEmbedLine(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, syntax, in, want string }{
		{"hugo youtube", "hugo", "{{< youtube w7Ft2ymGmfc >}}\n", "⟨▶ YouTube: https://youtu.be/w7Ft2ymGmfc⟩\n\n"},
		{"hugo vimeo", "hugo", "{{< vimeo 146022717 >}}\n", "⟨▶ Vimeo: https://vimeo.com/146022717⟩\n\n"},
		{"hugo x", "hugo", "{{< x user=\"SanDiegoZoo\" id=\"1453110110599868418\" >}}\n", "⟨▶ X: https://x.com/SanDiegoZoo/status/1453110110599868418⟩\n\n"},
		{"hugo tweet", "hugo", "{{< tweet user=\"a\" id=\"1\" >}}\n", "⟨▶ Tweet: https://twitter.com/a/status/1⟩\n\n"},
		{"hugo gist", "hugo", "{{< gist spf13 7896402 >}}\n", "⟨▶ Gist: https://gist.github.com/spf13/7896402⟩\n\n"},
		{"hugo instagram", "hugo", "{{< instagram BWNjjyYFxVx >}}\n", "⟨▶ Instagram: https://www.instagram.com/p/BWNjjyYFxVx/⟩\n\n"},
		{"hugo speakerdeck", "hugo", "{{< speakerdeck 4e8126e72d853c0060001f97 >}}\n", "⟨▶ Speaker Deck: https://speakerdeck.com/player/4e8126e72d853c0060001f97⟩\n\n"},
		{"youtube iframe", "plain", "<iframe width=\"420\" src=\"//www.youtube.com/embed/YOFHkszsdR8\" allowfullscreen></iframe>\n", "⟨▶ YouTube: https://youtu.be/YOFHkszsdR8⟩\n\n"},
		{"vimeo iframe", "html", "<iframe src=\"https://player.vimeo.com/video/76979871?h=8272103f6e\"></iframe>", "⟨▶ Vimeo: https://vimeo.com/76979871⟩\n"},
		{"other iframe", "html", "<iframe src=\"https://example.org/widget.html\"></iframe>", "⟨▶ Embed: https://example.org/widget.html⟩\n"},
		{"video", "html", "<video src=\"/media/a.webm\"></video>", "⟨▶ Video: /media/a.webm⟩\n"},
		{"rst youtube", "rst", ".. youtube:: dQw4w9WgXcQ\n", "⟨▶ YouTube: https://youtu.be/dQw4w9WgXcQ⟩\n\n"},
		{"rst vimeo", "rst", ".. vimeo:: 37196051\n", "⟨▶ Vimeo: https://vimeo.com/37196051⟩\n\n"},
		{"rst raw iframe", "rst", ".. raw:: html\n\n    <iframe src=\"//www.youtube.com/embed/BzGv1soDaRU\"></iframe>\n", "⟨▶ YouTube: https://youtu.be/BzGv1soDaRU⟩\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			o := optionsFor(tc.syntax)
			switch tc.syntax {
			case "rst":
				o.Syntax = RST
			case "html":
				o.Syntax = HTML
			}
			if got := ToMarkdown(tc.in, o); got != tc.want {
				t.Errorf("ToMarkdown(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
