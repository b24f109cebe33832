package posts

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// postRecord is the contract's shape, decoded with encoding/json.
type postRecord struct {
	Path       string   `json:"path"`
	Kind       string   `json:"kind"`
	Format     string   `json:"format"`
	Title      string   `json:"title"`
	Date       *string  `json:"date"`
	Modified   *string  `json:"modified"`
	Tags       []string `json:"tags"`
	Categories []string `json:"categories"`
	Authors    []string `json:"authors"`
	Slug       string   `json:"slug"`
	URL        *string  `json:"url"`
	Status     string   `json:"status"`
	Lang       string   `json:"lang"`
	Summary    string   `json:"summary"`
	Words      int      `json:"words"`
	Warnings   []string `json:"warnings"`
	Git        string   `json:"git,omitempty"`
}

func TestJSONShape(t *testing.T) {
	t.Parallel()
	d, _ := ParseDate("2024-11-11")
	p := &Post{Path: "content/a.md", Kind: KindPost, Format: FormatPelican, Title: "Collaborative article",
		Date: d, Tags: []string{"open source"}, Categories: []string{"thoughts"}, Authors: []string{"Raffaella"},
		Slug: "collaborative-article", URL: "/collaborative-article.html", Status: StatusPublished, Words: 407,
		Warnings: []Warning{{Path: "content/a.md", Line: 18, Msg: "text was double-encoded UTF-8 (3 places); shown repaired"}}}
	got, _ := p.MarshalJSON()
	want := `{"path":"content/a.md","kind":"post","format":"pelican","title":"Collaborative article","date":"2024-11-11T00:00:00","modified":null,"tags":["open source"],"categories":["thoughts"],"authors":["Raffaella"],"slug":"collaborative-article","url":"/collaborative-article.html","status":"published","lang":"","summary":"","words":407,"warnings":["content/a.md:18: text was double-encoded UTF-8 (3 places); shown repaired"]}`
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	empty, _ := (&Post{}).MarshalJSON()
	if !strings.Contains(string(empty), `"url":null`) {
		t.Errorf("a post without a page has a null url: %s", empty)
	}
	if !strings.Contains(string(empty), `"tags":[],"categories":[],"authors":[]`) || !strings.Contains(string(empty), `"warnings":[]`) {
		t.Errorf("lists must never be null: %s", empty)
	}
}

// checkJSONString checks one string against encoding/json: the same text
// after decoding, and no raw control, DEL or C1 byte in the encoding.
func checkJSONString(t *testing.T, s string) {
	t.Helper()
	enc := appendJSONString(nil, s)
	var back string
	if err := json.Unmarshal(enc, &back); err != nil {
		t.Fatalf("appendJSONString(%q) = %s: not JSON: %v", s, enc, err)
	}
	want, _ := json.Marshal(s) // encoding/json's view of the same text
	var wantBack string
	json.Unmarshal(want, &wantBack)
	if back != wantBack {
		t.Fatalf("appendJSONString(%q) decodes to %q, encoding/json to %q", s, back, wantBack)
	}
	for i, c := range enc {
		if c < 0x20 || c == 0x7f || c == 0xc2 && i+1 < len(enc) && enc[i+1] >= 0x80 && enc[i+1] <= 0x9f {
			t.Fatalf("appendJSONString(%q) = %q has a raw control byte at %d", s, enc, i)
		}
	}
	if strings.ContainsAny(string(enc), "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c") {
		t.Fatalf("appendJSONString(%q) = %q has a raw bidirectional formatting character", s, enc)
	}
}

func TestJSONStrings(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"", "plain", `quote " and \ backslash`, "tab\tnew\nline\r", "\x1b]52;c;aGk=\x07",
		"del\x7f c1\u0085\u009b", "line\u2028sep\u2029", "bad \xff\xfe utf8", "emoji 🚀 and 日本語", "<b>&amp;</b>",
		"Bidi \u202egnp.exe \u2066iso\u2069 \u200fmark\u200e \u061c"} {
		checkJSONString(t, s)
	}
}

func FuzzJSONString(f *testing.F) {
	f.Add("\x1b[31m\u009b\x7f\"\\")
	f.Fuzz(func(t *testing.T, s string) { checkJSONString(t, s) })
}

func TestWriteJSONLinesKeepsOrder(t *testing.T) {
	t.Parallel()
	ps := make([]*Post, 3000)
	for i := range ps {
		ps[i] = &Post{Path: strings.Repeat("x", i%7) + time.Duration(i).String()}
	}
	var buf bytes.Buffer
	if err := WriteJSONLines(&buf, ps); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(ps) {
		t.Fatalf("%d lines for %d posts", len(lines), len(ps))
	}
	for i, l := range lines {
		var r postRecord
		if err := json.Unmarshal([]byte(l), &r); err != nil || r.Path != ps[i].Path {
			t.Fatalf("line %d = %s (%v), want path %q", i, l, err, ps[i].Path)
		}
	}
}

func TestTermJSON(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(Term{Name: "a\x1b]52;\u0085<b>", Count: 3}); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), `{"name":"a\u001b]52;\u0085<b>","count":3}`+"\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
