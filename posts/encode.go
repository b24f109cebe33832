package posts

import (
	"encoding/json"
	"io"
)

// postJSON is the stable JSON shape of a post (folio list --json): the
// keys, their order and their types are a contract with scripts.
type postJSON struct {
	Path       string   `json:"path"`
	Kind       Kind     `json:"kind"`
	Format     Format   `json:"format"`
	Title      string   `json:"title"`
	Date       *string  `json:"date"`
	Modified   *string  `json:"modified"`
	Tags       []string `json:"tags"`
	Categories []string `json:"categories"`
	Authors    []string `json:"authors"`
	Slug       string   `json:"slug"`
	Status     Status   `json:"status"`
	Lang       string   `json:"lang"`
	Summary    string   `json:"summary"`
	Words      int      `json:"words"`
	Warnings   []string `json:"warnings"`
}

// MarshalJSON encodes the post in folio's JSON Lines shape: dates as ISO
// 8601 (with an offset only when the source had one) or null, lists never
// null, warnings as "file:line: message" strings.
func (p *Post) MarshalJSON() ([]byte, error) {
	return json.Marshal(p.record())
}

// WriteJSONLines writes one JSON object per post, as MarshalJSON encodes
// them, without HTML escaping. It encodes each post once (json.Encoder
// would re-validate the output of MarshalJSON).
func WriteJSONLines(w io.Writer, ps []*Post) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, p := range ps {
		if err := enc.Encode(p.record()); err != nil {
			return err
		}
	}
	return nil
}

func (p *Post) record() *postJSON {
	out := &postJSON{
		Path: p.Path, Kind: p.Kind, Format: p.Format, Title: p.Title,
		Date: dateJSON(p.Date), Modified: dateJSON(p.Modified),
		Tags: nonNil(p.Tags), Categories: nonNil(p.Categories), Authors: nonNil(p.Authors),
		Slug: p.Slug, Status: p.Status, Lang: p.Lang, Summary: p.Summary, Words: p.Words,
		Warnings: make([]string, len(p.Warnings)),
	}
	for i, w := range p.Warnings {
		out.Warnings[i] = w.String()
	}
	return out
}

func dateJSON(d Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
