package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/folio-blog/folio/ui/termsafe"
)

// hostileBlog copies testdata/hostile into a temporary blog and adds the
// cases that cannot be committed: names with a newline or an escape, a
// 50 MB post, a symlink loop and an empty file. It returns the folder and
// every post file's path relative to it.
func hostileBlog(t *testing.T) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	content := filepath.Join(dir, "hostile")
	if err := os.MkdirAll(content, 0o755); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("testdata/hostile/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no hostile corpus: %v", err)
	}
	var want []string
	add := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(content, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		want = append(want, "hostile/"+name)
	}
	for _, f := range files {
		name := filepath.Base(f)
		ext := filepath.Ext(name)
		if ext != ".md" && ext != ".rst" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		add(name, data)
	}
	add("new\nline.md", []byte("Title: Newline in the name\n\nBody\n"))
	add("esc\x1b]52;c;aGk=\x07name.md", []byte("Title: Escape in the name\n\nBody\n"))
	add("empty.md", nil)
	huge := append([]byte("Title: Huge\nTags: big\n\n"), bytes.Repeat([]byte("All work and no play. "), 50<<20/22)...)
	add("huge.md", huge)
	if err := os.Symlink("loop.md", filepath.Join(content, "loop.md")); err != nil {
		t.Fatal(err)
	}
	want = append(want, "hostile/loop.md")
	if err := os.Symlink(".", filepath.Join(content, "dirloop")); err != nil {
		t.Fatal(err)
	}
	return dir, want
}

// runFolio runs folio in-process and returns its exit status and output.
func runFolio(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// TestHostileCorpus runs the CLI over posts written to attack it: every
// file is listed or reported, the exit status is the documented one, and
// nothing but safe bytes reaches the terminal.
func TestHostileCorpus(t *testing.T) {
	t.Parallel()
	dir, want := hostileBlog(t)
	slices.Sort(want)

	cases := []struct {
		args []string
		code int
	}{
		{[]string{"list", "--dir", dir}, 0},
		{[]string{"list", "--dir", dir, "--json"}, 0},
		{[]string{"list", "--dir", dir, "pwned"}, 0},
		{[]string{"tags", "--dir", dir}, 0},
		{[]string{"categories", "--dir", dir}, 0},
		{[]string{"check", "--dir", dir}, 1},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.args[:1], " ")+" "+strings.Join(tc.args[3:], " "), func(t *testing.T) {
			code, stdout, stderr := runFolio(tc.args...)
			if code != tc.code {
				t.Errorf("exit status %d, want %d; stderr: %q", code, tc.code, stderr)
			}
			for name, s := range map[string]string{"stdout": stdout, "stderr": stderr} {
				if err := termsafe.Check(s); err != nil {
					t.Errorf("%s is not safe for a terminal: %v", name, err)
				}
				// Plain output to a pipe carries no escape at all.
				if strings.ContainsRune(s, 0x1b) {
					t.Errorf("%s has an ESC byte", name)
				}
			}
		})
	}

	t.Run("json lists every file exactly", func(t *testing.T) {
		_, stdout, _ := runFolio("list", "--dir", dir, "--json")
		var got []string
		titles := map[string]string{}
		sc := bufio.NewScanner(strings.NewReader(stdout))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var rec struct {
				Path     string   `json:"path"`
				Title    string   `json:"title"`
				Warnings []string `json:"warnings"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("bad JSON line %q: %v", sc.Text(), err)
			}
			got = append(got, rec.Path)
			titles[rec.Path] = rec.Title
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("listed %q\nwant %q", got, want)
		}
		// JSON keeps text exact: the escape in the title is escaped, not
		// stripped.
		if title := titles["hostile/esc-title-yaml.md"]; !strings.Contains(title, "\x1b]52;") {
			t.Errorf("JSON title lost its escape sequence: %q", title)
		}
	})

	t.Run("show prints every post safely", func(t *testing.T) {
		for _, rel := range want {
			code, stdout, stderr := runFolio("show", "--dir", dir, filepath.Join(dir, filepath.FromSlash(rel)))
			if code != 0 {
				t.Errorf("show %q: exit status %d; stderr %q", rel, code, stderr)
			}
			for name, s := range map[string]string{"stdout": stdout, "stderr": stderr} {
				if err := termsafe.Check(s); err != nil || strings.ContainsRune(s, 0x1b) {
					t.Errorf("show %q: %s is not safe for a terminal: %v", rel, name, err)
				}
			}
		}
	})

	t.Run("check reports problems with file:line", func(t *testing.T) {
		_, stdout, _ := runFolio("check", "--dir", dir)
		for _, wantLine := range []string{
			"hostile/unterminated-yaml.md:1: front matter opened with \"---\" is never closed",
			"hostile/invalid-utf8.md:",
			"hostile/nul-bytes.md:",
			"hostile/huge.md: file is 50.0 MiB, larger than 8.0 MiB; only its metadata was read",
			"hostile/loop.md: cannot read:",
		} {
			if !strings.Contains(stdout, wantLine) {
				t.Errorf("check output lacks %q", wantLine)
			}
		}
	})
}
