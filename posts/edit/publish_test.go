package edit

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/site"
)

func TestSetStatus(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		rules   posts.Rules
		rel     string
		in      string
		publish bool
		setDate bool
		want    string
	}{
		{
			name:    "pelican draft to published, CRLF kept",
			rules:   posts.Rules{Generator: site.Pelican},
			rel:     "a.md",
			in:      "Title: A\r\nStatus:   draft\r\nTags: x\r\n\r\nBody\r\n",
			publish: true,
			want:    "Title: A\r\nStatus:   published\r\nTags: x\r\n\r\nBody\r\n",
		},
		{
			name:  "pelican published without status gains a first line",
			rules: posts.Rules{Generator: site.Pelican},
			rel:   "a.md",
			in:    "title: A\ndate: 2020-01-01\n\nBody\n",
			want:  "Status: draft\ntitle: A\ndate: 2020-01-01\n\nBody\n",
		},
		{
			name:    "pelican reST draft to published",
			rules:   posts.Rules{Generator: site.Pelican},
			rel:     "content/dev/a.rst",
			in:      "A title\n#######\n\n:date: 2020-01-01\n:status: draft\n:tags: x\n\nBody\n",
			publish: true,
			want:    "A title\n#######\n\n:date: 2020-01-01\n:status: published\n:tags: x\n\nBody\n",
		},
		{
			name:  "pelican reST without status gains a field",
			rules: posts.Rules{Generator: site.Pelican},
			rel:   "content/dev/a.rst",
			in:    "A title\r\n=======\r\n\r\n:date: 2020-01-01\r\n\r\nBody\r\n",
			want:  "A title\r\n=======\r\n\r\n:status: draft\r\n:date: 2020-01-01\r\n\r\nBody\r\n",
		},
		{
			name:  "pelican reST without fields gains a docinfo",
			rules: posts.Rules{Generator: site.Pelican},
			rel:   "content/dev/a.rst",
			in:    "A title\n=======\n\nBody\n",
			want:  "A title\n=======\n\n:status: draft\n\nBody\n",
		},
		{
			name:    "pelican reST without a title, docinfo at the top",
			rules:   posts.Rules{Generator: site.Pelican},
			rel:     "content/dev/a.rst",
			in:      ".. a comment\n\n:title: A\n:status: draft\n\nBody\n",
			publish: true,
			want:    ".. a comment\n\n:title: A\n:status: published\n\nBody\n",
		},
		{
			name:    "byte order mark and CRLF kept",
			rules:   posts.Rules{Generator: site.Hugo},
			rel:     "content/posts/a.md",
			in:      "\ufeff+++\r\ntitle = 'A'\r\n+++\r\nBody\r\n",
			publish: false,
			want:    "\ufeff+++\r\ndraft = true\r\ntitle = 'A'\r\n+++\r\nBody\r\n",
		},
		{
			name:    "pelican reST date set to now",
			rules:   posts.Rules{Generator: site.Pelican},
			rel:     "content/dev/a.rst",
			in:      "A\n=\n\n:date: 2020-01-01\n:status: draft\n\nBody\n",
			publish: true, setDate: true,
			want: "A\n=\n\n:date: 2025-06-07 08:09\n:status: published\n\nBody\n",
		},
		{
			name:    "pelican header opened with dashes",
			rules:   posts.Rules{Generator: site.Pelican},
			rel:     "a.md",
			in:      "---\nTitle: A\nStatus: draft\n---\nBody\n",
			publish: true,
			want:    "---\nTitle: A\nStatus: published\n---\nBody\n",
		},
		{
			name:    "pelican date set to now",
			rules:   posts.Rules{Generator: site.Pelican},
			rel:     "a.md",
			in:      "Title: A\nDate: 2020-01-01\nStatus: draft\n\nBody\n",
			publish: true, setDate: true,
			want: "Title: A\nDate: 2025-06-07 08:09\nStatus: published\n\nBody\n",
		},
		{
			name:    "hugo toml keeps comment and quoting",
			rules:   posts.Rules{Generator: site.Hugo},
			rel:     "content/posts/a.md",
			in:      "+++\ntitle = 'A'  # the title\ndraft = true # not yet\ntags = [\n  'x',\n]\n[params]\ndraft = true\n+++\nBody\n",
			publish: true,
			want:    "+++\ntitle = 'A'  # the title\ndraft = false # not yet\ntags = [\n  'x',\n]\n[params]\ndraft = true\n+++\nBody\n",
		},
		{
			name:  "hugo yaml without draft gains draft true",
			rules: posts.Rules{Generator: site.Hugo},
			rel:   "content/posts/a.md",
			in:    "---\r\ntitle: \"A # b\"\r\ntags:\r\n  - x\r\n---\r\nBody\r\n",
			want:  "---\r\ndraft: true\r\ntitle: \"A # b\"\r\ntags:\r\n  - x\r\n---\r\nBody\r\n",
		},
		{
			name:    "hugo date set to now",
			rules:   posts.Rules{Generator: site.Hugo},
			rel:     "content/posts/a.md",
			in:      "---\ndate: '2020-01-01'\ndraft: yes\n---\n",
			publish: true, setDate: true,
			want: "---\ndate: 2025-06-07T08:09:10+02:00\ndraft: false\n---\n",
		},
		{
			name:    "pelican yaml status",
			rules:   posts.Rules{Generator: site.Pelican, YAMLHeaders: true},
			rel:     "a.md",
			in:      "---\ntitle: A\nstatus: draft\n---\n\nBody\n",
			publish: true,
			want:    "---\ntitle: A\nstatus: published\n---\n\nBody\n",
		},
		{
			name:    "jekyll published false in _posts",
			rules:   posts.Rules{Generator: site.Jekyll},
			rel:     "_posts/2020-01-01-a.md",
			in:      "---\ntitle: A\npublished: false\n---\n",
			publish: true,
			want:    "---\ntitle: A\npublished: true\n---\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			abs := filepath.Join(root, filepath.FromSlash(tc.rel))
			os.MkdirAll(filepath.Dir(abs), 0o755)
			if err := os.WriteFile(abs, []byte(tc.in), 0o640); err != nil {
				t.Fatal(err)
			}
			res, err := SetStatus(root, tc.rel, tc.publish, PublishOptions{Rules: tc.rules, SetDate: tc.setDate, Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(abs)
			if string(got) != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
			wantStatus := posts.StatusDraft
			if tc.publish {
				wantStatus = posts.StatusPublished
			}
			if res.Status != wantStatus || !res.Changed {
				t.Errorf("status %q changed %v", res.Status, res.Changed)
			}
			if info, _ := os.Stat(abs); info.Mode().Perm() != 0o640 {
				t.Errorf("mode %v, want 0640", info.Mode().Perm())
			}
			// Doing it again changes nothing.
			res, err = SetStatus(root, tc.rel, tc.publish, PublishOptions{Rules: tc.rules, Now: fixedNow})
			if err != nil || res.Changed {
				t.Errorf("second run: changed %v, %v", res.Changed, err)
			}
		})
	}
}

func TestSetStatusJekyllMoves(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	rules := posts.Rules{Generator: site.Jekyll}
	c, err := Create(root, rules, NewPost{Title: "Hello", Draft: true, Tags: []string{"x"}}, CreateOptions{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if c.Rel != "_drafts/hello.md" {
		t.Fatalf("rel %q", c.Rel)
	}
	res, err := SetStatus(root, c.Rel, true, PublishOptions{Rules: rules, Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rel != "_posts/2025-06-07-hello.md" || !res.Moved || res.Status != posts.StatusPublished {
		t.Fatalf("%+v", res)
	}
	if _, err := os.Stat(c.Path); !os.IsNotExist(err) {
		t.Errorf("draft still there: %v", err)
	}
	data, _ := os.ReadFile(res.Path)
	want := "---\nlayout: post\ntitle: \"Hello\"\ntags: [\"x\"]\ndate: 2025-06-07 08:09:10 +0200\n---\n\n\n"
	if string(data) != want {
		t.Errorf("got %q\nwant %q", data, want)
	}
	p := posts.Parse(res.Rel, data, posts.Options{Rules: rules})
	if p.Date.Format("2006-01-02 15:04:05") != "2025-06-07 08:09:10" || p.Status != posts.StatusPublished {
		t.Errorf("reads back as %v %v", p.Date, p.Status)
	}
	// Unpublished again, it stays in _posts with its date and URL.
	back, err := SetStatus(root, res.Rel, false, PublishOptions{Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	if back.Rel != res.Rel || back.Moved || back.Status != posts.StatusDraft {
		t.Errorf("%+v", back)
	}
	if got, _ := os.ReadFile(back.Path); string(got) != strings.Replace(want, "---\n", "---\npublished: false\n", 1) {
		t.Errorf("unpublished: %q", got)
	}
}

func TestSetStatusJekyllMoveNeverOverwrites(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	rules := posts.Rules{Generator: site.Jekyll}
	os.MkdirAll(filepath.Join(root, "_drafts"), 0o755)
	os.MkdirAll(filepath.Join(root, "_posts"), 0o755)
	os.WriteFile(filepath.Join(root, "_drafts/a.md"), []byte("---\ntitle: draft\n---\n"), 0o644)
	os.WriteFile(filepath.Join(root, "_posts/2025-06-07-a.md"), []byte("---\ntitle: live\n---\n"), 0o644)
	if _, err := SetStatus(root, "_drafts/a.md", true, PublishOptions{Rules: rules, Now: fixedNow}); err == nil {
		t.Fatal("no error")
	}
	for name, want := range map[string]string{"_drafts/a.md": "---\ntitle: draft\n---\n", "_posts/2025-06-07-a.md": "---\ntitle: live\n---\n"} {
		if got, _ := os.ReadFile(filepath.Join(root, name)); string(got) != want {
			t.Errorf("%s = %q", name, got)
		}
	}
}

func TestSetStatusChangedOnDisk(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	abs := filepath.Join(root, "a.md")
	read := []byte("Title: A\nStatus: draft\n\nBody\n")
	now := []byte("Title: A\nStatus: draft\n\nBody edited elsewhere\n")
	os.WriteFile(abs, now, 0o644)
	_, err := SetStatus(root, "a.md", true, PublishOptions{Expect: read})
	if !errors.Is(err, ErrChanged) {
		t.Fatalf("err = %v", err)
	}
	if got, _ := os.ReadFile(abs); string(got) != string(now) {
		t.Errorf("file changed: %q", got)
	}
	// WriteFileAtomic checks again just before its rename.
	if err := WriteFileAtomic(abs, []byte("x"), read); !errors.Is(err, ErrChanged) {
		t.Fatalf("err = %v", err)
	}
	if entries, _ := os.ReadDir(root); len(entries) != 1 {
		t.Errorf("left files behind: %v", entries)
	}
}

func TestSetStatusRefusesLinks(t *testing.T) {
	t.Parallel()
	root, outside := t.TempDir(), t.TempDir()
	target := filepath.Join(outside, "a.md")
	os.WriteFile(target, []byte("Title: A\nStatus: draft\n\n"), 0o644)
	if err := os.Symlink(target, filepath.Join(root, "a.md")); err != nil {
		t.Skip(err)
	}
	if _, err := SetStatus(root, "a.md", true, PublishOptions{}); !errors.Is(err, ErrSymlink) {
		t.Errorf("link: err = %v", err)
	}
	os.Symlink(outside, filepath.Join(root, "out"))
	if _, err := SetStatus(root, "out/a.md", true, PublishOptions{}); !errors.Is(err, ErrOutsideSite) {
		t.Errorf("folder link: err = %v", err)
	}
	if _, err := SetStatus(root, "../a.md", true, PublishOptions{}); !errors.Is(err, ErrOutsideSite) {
		t.Errorf("dot-dot: err = %v", err)
	}
	if got, _ := os.ReadFile(target); string(got) != "Title: A\nStatus: draft\n\n" {
		t.Errorf("wrote through a link: %q", got)
	}
}

func TestSetStatusDateInSiteZone(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	abs := filepath.Join(root, "a.md")
	os.WriteFile(abs, []byte("Title: A\nDate: 2020-01-01\nStatus: draft\n\n"), 0o644)
	rules := posts.Rules{Generator: site.Pelican, Location: time.FixedZone("", 3600)}
	utc := func() time.Time { return time.Date(2025, 1, 2, 12, 0, 0, 0, time.UTC) }
	if _, err := SetStatus(root, "a.md", true, PublishOptions{Rules: rules, SetDate: true, Now: utc}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(abs); string(got) != "Title: A\nDate: 2025-01-02 13:00\nStatus: published\n\n" {
		t.Errorf("got %q", got)
	}
}
