package edit

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

// roundTripCases are published posts in every front matter style folio
// edits. Unpublishing then publishing each must give back its bytes at
// its path (and publishing then unpublishing each draft likewise).
var roundTripCases = []struct {
	name  string
	rules posts.Rules
	rel   string
	in    string
}{
	{"pelican header without status", posts.Rules{Generator: site.Pelican}, "content/dev/a.md", "Title: A\nDate: 2020-01-01\n\nBody\n"},
	{"pelican header with status published", posts.Rules{Generator: site.Pelican}, "content/a.md", "Title: A\nStatus: published\n\nBody\n"},
	{"pelican header with status published, not last", posts.Rules{Generator: site.Pelican}, "content/a.md", "Title: A\nStatus: published\nTags: x\n\nBody\n"},
	{"pelican header at the end of the file", posts.Rules{Generator: site.Pelican}, "content/a.md", "Title: A\nDate: 2020-01-01\n"},
	{"pelican yaml", posts.Rules{Generator: site.Pelican, YAMLHeaders: true}, "content/a.md", "---\ntitle: A\n---\n\nBody\n"},
	{"reST with fields", posts.Rules{Generator: site.Pelican}, "content/a.rst", "A title\n#######\n\n:date: 2020-01-01\n:tags: x\n\nBody\n"},
	{"reST title without fields", posts.Rules{Generator: site.Pelican}, "content/a.rst", "A title\n=======\n\nBody\n"},
	{"reST docinfo without a title", posts.Rules{Generator: site.Pelican}, "content/a.rst", ".. a comment\n\n:title: A\n\nBody\n"},
	{"hugo toml without draft", posts.Rules{Generator: site.Hugo, ContentDir: "content"}, "content/post/a.md", "+++\ntitle = 'A'\ndate = 2020-01-01\n+++\nBody\n"},
	{"hugo toml with draft false", posts.Rules{Generator: site.Hugo, ContentDir: "content"}, "content/post/a.md", "+++\ntitle = 'A'\ndraft = false\n+++\nBody\n"},
	{"hugo toml with a table", posts.Rules{Generator: site.Hugo, ContentDir: "content"}, "content/post/a.md", "+++\ntitle = 'A'\n\n[params]\nx = 1\n+++\nBody\n"},
	{"hugo yaml without draft", posts.Rules{Generator: site.Hugo, ContentDir: "content"}, "content/post/a.md", "---\ntitle: A\ntags:\n  - x\n---\nBody\n"},
	{"hugo yaml with draft false", posts.Rules{Generator: site.Hugo, ContentDir: "content"}, "content/post/a.md", "---\ntitle: A\ndraft: false\ntags: [x]\n---\nBody\n"},
	{"jekyll _posts", posts.Rules{Generator: site.Jekyll}, "_posts/2015-05-05-old-post.md", "---\nlayout: post\ntitle: Old post\n---\n\nBody\n"},
	{"jekyll _posts of a language", posts.Rules{Generator: site.Jekyll}, "en/news/_posts/2015-05-05-old-post.md", "---\nlayout: news_post\ntitle: \"Old\"\nauthor: x\n---\n\nBody\n"},
	{"jekyll published true", posts.Rules{Generator: site.Jekyll}, "_posts/2015-05-05-a.md", "---\ntitle: A\npublished: true\n---\n"},
}

// variants are the same file with CRLF line endings and with a byte
// order mark.
func variants(in string) map[string]string {
	return map[string]string{
		"LF":   in,
		"CRLF": strings.ReplaceAll(in, "\n", "\r\n"),
		"BOM":  "\ufeff" + in,
	}
}

func TestUnpublishPublishRoundTrip(t *testing.T) {
	t.Parallel()
	for _, tc := range roundTripCases {
		for v, in := range variants(tc.in) {
			t.Run(tc.name+"/"+v, func(t *testing.T) {
				root := t.TempDir()
				abs := writeTestFile(t, root, tc.rel, in, 0o600)
				if p := posts.Parse(tc.rel, []byte(in), posts.Options{Rules: tc.rules}); p.Status != posts.StatusPublished {
					t.Fatalf("case is not published: %s", p.Status)
				}
				res, err := SetStatus(root, tc.rel, false, PublishOptions{Rules: tc.rules, Now: fixedNow})
				if err != nil {
					t.Fatal(err)
				}
				if res.Rel != tc.rel || !res.Changed || res.Status != posts.StatusDraft {
					t.Fatalf("unpublish: %+v", res)
				}
				mid, _ := os.ReadFile(abs)
				if p := posts.Parse(tc.rel, mid, posts.Options{Rules: tc.rules}); p.Status != posts.StatusDraft {
					t.Fatalf("unpublished file reads as %s:\n%q", p.Status, mid)
				}
				res, err = SetStatus(root, tc.rel, true, PublishOptions{Rules: tc.rules, Now: fixedNow})
				if err != nil {
					t.Fatal(err)
				}
				if res.Rel != tc.rel || res.Moved {
					t.Fatalf("publish moved it: %+v", res)
				}
				if got, _ := os.ReadFile(abs); string(got) != in {
					t.Errorf("after unpublish and publish\n%q\nwant\n%q\n(unpublished: %q)", got, in, mid)
				}
				if info, _ := os.Stat(abs); info.Mode().Perm() != 0o600 {
					t.Errorf("mode %v, want 0600", info.Mode().Perm())
				}
			})
		}
	}
}

// The reverse: a draft published then unpublished is the same draft.
func TestPublishUnpublishRoundTrip(t *testing.T) {
	t.Parallel()
	drafts := []struct {
		name  string
		rules posts.Rules
		rel   string
		in    string
	}{
		{"pelican status draft", posts.Rules{Generator: site.Pelican}, "content/a.md", "Title: A\nStatus: draft\n\nBody\n"},
		{"pelican status draft, not last", posts.Rules{Generator: site.Pelican}, "content/a.md", "Title: A\nStatus: draft\nTags: x\n\nBody\n"},
		{"reST status draft", posts.Rules{Generator: site.Pelican}, "content/a.rst", "A\n=\n\n:date: 2020-01-01\n:status: draft\n\nBody\n"},
		{"hugo draft true", posts.Rules{Generator: site.Hugo, ContentDir: "content"}, "content/post/a.md", "+++\ntitle = 'A'\ndraft = true\n+++\n"},
		{"hugo draft true, not last", posts.Rules{Generator: site.Hugo, ContentDir: "content"}, "content/post/a.md", "---\ndraft: true\ntitle: A\n---\n"},
		{"jekyll published false in _posts", posts.Rules{Generator: site.Jekyll}, "_posts/2015-05-05-a.md", "---\ntitle: A\npublished: false\n---\n"},
	}
	for _, tc := range drafts {
		for v, in := range variants(tc.in) {
			t.Run(tc.name+"/"+v, func(t *testing.T) {
				root := t.TempDir()
				abs := writeTestFile(t, root, tc.rel, in, 0o644)
				if _, err := SetStatus(root, tc.rel, true, PublishOptions{Rules: tc.rules, Now: fixedNow}); err != nil {
					t.Fatal(err)
				}
				mid, _ := os.ReadFile(abs)
				if _, err := SetStatus(root, tc.rel, false, PublishOptions{Rules: tc.rules, Now: fixedNow}); err != nil {
					t.Fatal(err)
				}
				if got, _ := os.ReadFile(abs); string(got) != in {
					t.Errorf("after publish and unpublish\n%q\nwant\n%q\n(published: %q)", got, in, mid)
				}
			})
		}
	}
}

func TestPublishJekyllDraftMovesWithDate(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	rules := posts.Rules{Generator: site.Jekyll}
	writeTestFile(t, root, "en/news/_drafts/hello.md", "---\r\ntitle: Hello\r\n---\r\nBody\r\n", 0o600)
	date := fixedNow().AddDate(0, 0, 3)
	res, err := SetStatus(root, "en/news/_drafts/hello.md", true, PublishOptions{Rules: rules, SetDate: true, Date: date})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rel != "en/news/_posts/2025-06-10-hello.md" || !res.Moved || res.From != "en/news/_drafts/hello.md" {
		t.Fatalf("%+v", res)
	}
	got, _ := os.ReadFile(res.Path)
	if want := "---\r\ntitle: Hello\r\ndate: 2025-06-10 08:09:10 +0200\r\n---\r\nBody\r\n"; string(got) != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if info, _ := os.Stat(res.Path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the draft's 0600", info.Mode().Perm())
	}
}

func TestPublishRefusesJSON(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	in := "{\n  \"title\": \"A\",\n  \"draft\": true\n}\nBody\n"
	abs := writeTestFile(t, root, "content/post/a.md", in, 0o644)
	_, err := SetStatus(root, "content/post/a.md", true, PublishOptions{Rules: posts.Rules{Generator: site.Hugo, ContentDir: "content"}})
	if !errors.Is(err, ErrJSONFrontMatter) {
		t.Fatalf("err = %v", err)
	}
	if got, _ := os.ReadFile(abs); string(got) != in {
		t.Errorf("changed: %q", got)
	}
}

// Issue 11 item 7: the rewrite keeps the file, not only its bytes.
func TestPublishKeepsTheFile(t *testing.T) {
	t.Parallel()
	rules := posts.Rules{Generator: site.Pelican}
	draft := "Title: A\nStatus: draft\nTags: x\n\nBody\n"
	t.Run("mode with setuid", func(t *testing.T) {
		root := t.TempDir()
		abs := writeTestFile(t, root, "a.md", draft, 0o644)
		if err := os.Chmod(abs, 0o750|os.ModeSetuid); err != nil {
			t.Fatal(err)
		}
		if _, err := SetStatus(root, "a.md", true, PublishOptions{Rules: rules}); err != nil {
			t.Fatal(err)
		}
		info, _ := os.Stat(abs)
		if info.Mode()&(os.ModePerm|os.ModeSetuid) != 0o750|os.ModeSetuid {
			t.Errorf("mode %v, want setuid 0750", info.Mode())
		}
	})
	t.Run("owner", func(t *testing.T) {
		if os.Geteuid() != 0 {
			t.Skip("only root can give a file to another user")
		}
		root := t.TempDir()
		abs := writeTestFile(t, root, "a.md", draft, 0o644)
		if err := os.Chown(abs, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		os.Chmod(abs, 0o750|os.ModeSetuid)
		if _, err := SetStatus(root, "a.md", true, PublishOptions{Rules: rules}); err != nil {
			t.Fatal(err)
		}
		info, _ := os.Stat(abs)
		st := info.Sys().(*syscall.Stat_t)
		if st.Uid != 65534 || st.Gid != 65534 || info.Mode()&(os.ModePerm|os.ModeSetuid) != 0o750|os.ModeSetuid {
			t.Errorf("owner %d:%d mode %v, want 65534:65534 setuid 0750", st.Uid, st.Gid, info.Mode())
		}
	})
	t.Run("read-only refused", func(t *testing.T) {
		root := t.TempDir()
		abs := writeTestFile(t, root, "a.md", draft, 0o444)
		_, err := SetStatus(root, "a.md", true, PublishOptions{Rules: rules})
		if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "0444") {
			t.Fatalf("err = %v", err)
		}
		if got, _ := os.ReadFile(abs); string(got) != draft {
			t.Errorf("changed: %q", got)
		}
	})
	t.Run("hard link refused", func(t *testing.T) {
		root := t.TempDir()
		abs := writeTestFile(t, root, "a.md", draft, 0o644)
		other := filepath.Join(root, "other.md")
		if err := os.Link(abs, other); err != nil {
			t.Skip(err)
		}
		_, err := SetStatus(root, "a.md", true, PublishOptions{Rules: rules})
		if !errors.Is(err, ErrHardLinked) {
			t.Fatalf("err = %v", err)
		}
		for _, f := range []string{abs, other} {
			if got, _ := os.ReadFile(f); string(got) != draft {
				t.Errorf("%s changed: %q", f, got)
			}
		}
		if a, b := mustStat(t, abs), mustStat(t, other); !os.SameFile(a, b) {
			t.Error("the link was split")
		}
	})
}

func mustStat(t *testing.T, name string) os.FileInfo {
	t.Helper()
	info, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	return info
}

func writeTestFile(t *testing.T, root, rel, content string, mode os.FileMode) string {
	t.Helper()
	abs := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(abs, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(abs, mode); err != nil {
		t.Fatal(err)
	}
	return abs
}

// FuzzUnpublishPublish checks the undo rule on any file a site could
// hold: a published post unpublished and published again is the same
// bytes. Two kinds of input are outside the rule and skipped: a post
// whose first key already decides its status (a leading "draft = false"
// comes back without that line, as folio cannot tell it from the key it
// adds) and a status key spelled otherwise than publish writes it
// ("Status: Published", "draft: no" come back as "published", "false").
// Front matter with problems (warnings) may refuse to be published back,
// but never comes back changed.
func FuzzUnpublishPublish(f *testing.F) {
	for _, tc := range roundTripCases {
		for _, in := range variants(tc.in) {
			f.Add([]byte(in), generatorIndex(tc.rules.Generator))
		}
	}
	sites := []struct {
		rules posts.Rules
		rel   string
	}{
		{posts.Rules{Generator: site.Pelican}, "content/a.md"},
		{posts.Rules{Generator: site.Pelican}, "content/a.rst"},
		{posts.Rules{Generator: site.Hugo, ContentDir: "content"}, "content/post/a.md"},
		{posts.Rules{Generator: site.Jekyll}, "_posts/2015-05-05-a.md"},
		{posts.Rules{}, "a.md"},
	}
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		s := sites[int(which)%len(sites)]
		if len(data) > 4096 {
			return
		}
		p := posts.Parse(s.rel, data, posts.Options{Rules: s.rules})
		if p.Status != posts.StatusPublished {
			return
		}
		if !canonicalStatusKeys(data, s.rel, s.rules) {
			return
		}
		mid, err := editStatus(data, s.rel, s.rules, false, false, fixedNow())
		if err != nil {
			return // refused: nothing written
		}
		back, err := editStatus(mid, s.rel, s.rules, true, false, fixedNow())
		if err != nil && len(p.Warnings) == 0 {
			t.Fatalf("unpublished %q, then publishing it failed: %v", mid, err)
		}
		if err != nil {
			return // broken front matter: refusing is fine, changing it is not
		}
		if string(back) != string(data) {
			t.Fatalf("round trip changed the file:\n%q\nunpublished %q\npublished %q", data, mid, back)
		}
	})
}

// canonicalStatusKeys reports whether the keys that decide the post's
// status are spelled as publish writes them, and none is the first key.
func canonicalStatusKeys(data []byte, rel string, rules posts.Rules) bool {
	l := editKeys(data, rel, rules).l
	canonical := map[string]string{"draft": "false", "status": "published", "published": "true"}
	for i, en := range l.entries {
		want, ok := canonical[en.key]
		if !ok {
			continue
		}
		if i == 0 || en.multi || string(data[en.valStart:en.valEnd]) != want {
			return false
		}
	}
	return true
}

func generatorIndex(f site.Generator) uint8 {
	switch f {
	case site.Hugo:
		return 2
	case site.Jekyll:
		return 3
	}
	return 0
}
