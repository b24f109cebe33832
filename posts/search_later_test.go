package posts

import (
	"context"
	"fmt"
	"testing"
	"testing/fstest"
)

// laterSearchFiles are texts whose body is found at another place of
// the file than where the header ends, or is changed on the way: every
// step of readableText and each kind of header.
var laterSearchFiles = map[string]string{
	"pelican.md":      "Title: Straße\nTags: Go, Izmir\nSummary: A Sum\n\nSome TEXT with über lines.\n",
	"yaml.md":         "---\ntitle: YAML\ntags: [a, b]\n---\nBody Words here\n",
	"toml.md":         "+++\ntitle = \"TOML\"\n+++\n\nBody  of\ttoml\n",
	"json.md":         "{\"title\": \"JSON\"} Body on the brace's line\nand after\n",
	"json-line.md":    "{\n\"title\": \"JSON\"\n}\n\nBody after a blank\n",
	"plain.md":        "# A Heading\n\nNo header at all.\n",
	"crlf.md":         "Title: CRLF\r\nTags: x\r\n\r\nBody\r\nLines\rOld Mac\r\n",
	"bom.md":          "\xef\xbb\xbfTitle: BOM\n\nBody after a mark\n",
	"nul.md":          "Title: NUL\n\nBefore\x00After the NUL\n",
	"cp1252.md":       "Title: Caf\xe9\n\nCaf\xe9 cr\xe8me\n",
	"mojibake.md":     "Title: Moji\n\ntheyâ€™re here, naÃ¯ve\n",
	"empty.md":        "",
	"header-only.md":  "Title: Only a header\n",
	"post.rst":        "Title of RST\n############\n\n:date: 2024-01-02\n:tags: a, b\n\nBody of the *RST* text.\n",
	"rst-no-meta.rst": "Just text\nin RST\n",
}

// A post parsed with DeferSearch and indexed by IndexSearch searches
// exactly the text parsing would have indexed; before that it has none.
func TestIndexSearchMatchesParsing(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{}
	for name, text := range laterSearchFiles {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	for _, compact := range []bool{false, true} {
		opts := Options{Search: true, CompactSearch: compact}
		var later []*Post
		want := map[string]string{}
		for name := range laterSearchFiles {
			p, _ := readPost(fsys, name, &opts, nil)
			idx, _ := p.textIndex()
			want[name] = idx.String()
			deferred := opts
			deferred.DeferSearch = true
			q, _ := readPost(fsys, name, &deferred, nil)
			if _, ok := q.textIndex(); ok || q.searchState.Load() != searchPending {
				t.Fatalf("%s: deferred post has text %v (state %d) before IndexSearch", name, ok, q.searchState.Load())
			}
			later = append(later, q)
		}
		progress := make(chan int)
		go IndexSearch(context.Background(), fsys, later, opts, 1, progress)
		last := 0
		for n := range progress {
			if n < last || n > len(later) {
				t.Fatalf("progress %d after %d of %d", n, last, len(later))
			}
			last = n
		}
		if last != len(later) {
			t.Fatalf("last progress %d, want %d", last, len(later))
		}
		for _, q := range later {
			idx, _ := q.textIndex()
			if got := idx.String(); got != want[q.Path] {
				t.Errorf("compact %v, %s: indexed later %q, while parsing %q", compact, q.Path, got, want[q.Path])
			}
		}
	}
}

// A bare word finds a deferred post by its title until its text is
// indexed, then by its body too.
func TestQueryBeforeAndAfterIndexing(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{"a.md": {Data: []byte("Title: Alpha\n\nzebra crossing\n")}}
	opts := Options{Search: true, CompactSearch: true, DeferSearch: true}
	p, _ := readPost(fsys, "a.md", &opts, nil)
	for _, tc := range []struct {
		query string
		want  bool
	}{{"alpha", true}, {"zebra", false}} {
		q, err := ParseQuery(tc.query)
		if err != nil {
			t.Fatal(err)
		}
		if got := q.Match(p); got != tc.want {
			t.Errorf("before indexing, %s matches: %v, want %v", tc.query, got, tc.want)
		}
	}
	progress := make(chan int)
	go IndexSearch(context.Background(), fsys, []*Post{p}, opts, 1, progress)
	for range progress {
	}
	for _, query := range []string{"alpha", "zebra", `"zebra crossing"`} {
		q, _ := ParseQuery(query)
		if !q.Match(p) {
			t.Errorf("after indexing, %s does not match", query)
		}
	}
}

// A file changed since it was parsed is not indexed: its body may be
// elsewhere now, and reading the folder again parses it anew.
func TestIndexSearchSkipsChangedFile(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{"a.md": {Data: []byte("Title: A\n\nold body\n")}}
	opts := Options{Search: true, DeferSearch: true}
	p, _ := readPost(fsys, "a.md", &opts, nil)
	fsys["a.md"] = &fstest.MapFile{Data: []byte("Title: A much longer title now\n\nnew body\n")}
	progress := make(chan int)
	go IndexSearch(context.Background(), fsys, []*Post{p}, opts, 1, progress)
	for range progress {
	}
	if idx, ok := p.textIndex(); ok {
		t.Errorf("changed file indexed as %q", idx.String())
	}
}

// A cancelled IndexSearch closes progress: at once and having indexed
// nothing when cancelled before it starts.
func TestIndexSearchCancel(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{}
	var ps []*Post
	opts := Options{Search: true, DeferSearch: true}
	for i := range 2000 {
		name := fmt.Sprintf("p%04d.md", i)
		fsys[name] = &fstest.MapFile{Data: []byte("Title: T\n\nsome words\n")}
		p, _ := readPost(fsys, name, &opts, nil)
		ps = append(ps, p)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	progress := make(chan int)
	go IndexSearch(ctx, fsys, ps, opts, 64, progress)
	for n := range progress {
		t.Errorf("cancelled before it started, IndexSearch reported %d done", n)
	}
	for _, p := range ps {
		if _, ok := p.textIndex(); ok {
			t.Fatalf("cancelled before it started, IndexSearch indexed %s", p.Path)
		}
	}

	ctx, cancel = context.WithCancel(context.Background())
	progress = make(chan int)
	go IndexSearch(ctx, fsys, ps, opts, 64, progress)
	<-progress
	cancel()
	for range progress { // drains until closed; a hang here is the failure
	}
}

// FuzzIndexSearch: whatever the file, indexing it later gives the text
// parsing would have indexed.
func FuzzIndexSearch(f *testing.F) {
	for _, text := range laterSearchFiles {
		f.Add(text)
	}
	addHostileSeeds(f)
	f.Fuzz(func(t *testing.T, data string) {
		for _, name := range []string{"post.md", "post.rst"} {
			checkIndexedLater(t, name, data)
		}
	})
}

func checkIndexedLater(t *testing.T, name, data string) {
	fsys := fstest.MapFS{name: {Data: []byte(data)}}
	opts := Options{Search: true, CompactSearch: true}
	p, _ := readPost(fsys, name, &opts, nil)
	want, _ := p.textIndex()
	deferred := opts
	deferred.DeferSearch = true
	q, _ := readPost(fsys, name, &deferred, nil)
	progress := make(chan int)
	go IndexSearch(context.Background(), fsys, []*Post{q}, opts, 1, progress)
	for range progress {
	}
	got, _ := q.textIndex()
	if got.String() != want.String() {
		t.Fatalf("%s: indexed later %q, while parsing %q", name, got.String(), want.String())
	}
}
