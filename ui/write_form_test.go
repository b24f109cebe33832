package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/site"
	"github.com/folio-blog/folio/ui/termsafe"
)

// formType sends each rune of s as a key press.
func formType(f *NewPostForm, s string) *NewPostForm {
	for _, r := range s {
		f.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return f
}

// formKey sends one named key.
func formKey(f *NewPostForm, code rune) (*NewPostForm, tea.Cmd) {
	_, cmd := f.Update(tea.KeyPressMsg{Code: code})
	return f, cmd
}

func testFormOptions(root string) NewPostOptions {
	return NewPostOptions{
		Root:   root,
		Rules:  posts.Rules{Generator: site.Pelican, ContentDir: "content"},
		Author: "Raffaella",
		Now:    func() time.Time { return time.Date(2025, 6, 7, 8, 9, 0, 0, time.UTC) },
		Tags: []posts.Term{
			{Name: "django", Count: 12}, {Name: "python", Count: 30}, {Name: "pytest", Count: 3}, {Name: "open source", Count: 1},
		},
		Categories: []posts.Term{{Name: "thoughts", Count: 5}, {Name: "travel", Count: 2}},
	}
}

func TestNewPostFormCreates(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	f := NewNewPostForm(testFormOptions(root))
	f = formType(f, `Hello: "world"`)
	f, _ = formKey(f, tea.KeyTab)
	f = formType(f, "py")
	if v := f.View(); !strings.Contains(v, "python (30) · pytest (3)") {
		t.Errorf("no completions, most used first:\n%s", v)
	}
	f, _ = formKey(f, tea.KeyTab) // accepts "python"
	f = formType(f, "djnago")
	if v := f.View(); !strings.Contains(v, `new tag "djnago": did you mean "django" (12)?`) {
		t.Errorf("no near-miss warning:\n%s", v)
	}
	f, _ = formKey(f, tea.KeyDown)
	f = formType(f, "tho")
	f, _ = formKey(f, tea.KeyTab) // accepts "thoughts"
	f, _ = formKey(f, tea.KeyTab) // to author
	f, _ = formKey(f, tea.KeyTab) // to format
	f, _ = formKey(f, tea.KeyTab) // to draft
	f.Update(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	np := f.NewPost()
	if np.Title != `Hello: "world"` || strings.Join(np.Tags, "|") != "python|djnago" || np.Category != "thoughts" ||
		strings.Join(np.Authors, "|") != "Raffaella" || np.Draft {
		t.Fatalf("form holds %+v", np)
	}
	_, cmd := formKey(f, tea.KeyEnter)
	if cmd == nil {
		t.Fatal("enter gave no command")
	}
	msg, ok := cmd().(PostSavedMsg)
	if !ok || msg.Err != nil {
		t.Fatalf("got %#v", msg)
	}
	if msg.Rel != "content/thoughts/hello-world.md" || msg.Line != 8 {
		t.Errorf("rel %q line %d", msg.Rel, msg.Line)
	}
	data, _ := os.ReadFile(msg.Path)
	want := "Title: Hello: \"world\"\nDate: 2025-06-07 08:09\nCategory: thoughts\nTags: python, djnago\nAuthor: Raffaella\nStatus: published\n\n\n"
	if string(data) != want || string(msg.Content) != want {
		t.Errorf("file %q\nwant %q", data, want)
	}
}

func TestNewPostFormNeedsTitle(t *testing.T) {
	t.Parallel()
	f := NewNewPostForm(testFormOptions(t.TempDir()))
	f, _ = formKey(f, tea.KeyTab)
	f, _ = formKey(f, tea.KeyEnter)
	if !strings.Contains(f.View(), "error: a post needs a title") {
		t.Errorf("no error shown:\n%s", f.View())
	}
	f.Update(PostSavedMsg{Err: errors.New("disk full")})
	if !strings.Contains(f.View(), "error: disk full") {
		t.Errorf("create error not shown:\n%s", f.View())
	}
	_, cmd := formKey(f, tea.KeyEscape)
	if _, ok := cmd().(FormCancelledMsg); !ok {
		t.Error("esc does not cancel")
	}
}

func TestNewPostFormSanitizesTerms(t *testing.T) {
	t.Parallel()
	opts := testFormOptions(t.TempDir())
	opts.Tags = []posts.Term{{Name: "py\x1b]52;c;aGk=\x07thon", Count: 1}}
	f := NewNewPostForm(opts)
	f, _ = formKey(f, tea.KeyTab)
	f = formType(f, "py")
	if v := f.View(); termsafe.Check(v) != nil || strings.Contains(v, "\x1b]") || strings.Contains(v, "\x07") {
		t.Errorf("unsafe bytes in view: %q", v)
	}
}

func TestEditDistance1(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b string
		want bool
	}{
		{"djnago", "django", true}, {"djang", "django", true}, {"djangoo", "django", true},
		{"djbngo", "django", true}, {"django", "django", false}, {"dajngo", "django", true},
		{"dgnajo", "django", false}, {"go", "django", false}, {"ñoño", "noño", true},
	}
	for _, tc := range tests {
		if got := editDistance1(tc.a, tc.b); got != tc.want {
			t.Errorf("%q %q = %v", tc.a, tc.b, got)
		}
	}
}

func TestPublishCmdToggles(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	path := filepath.Join(root, "a.md")
	os.WriteFile(path, []byte("Title: A\nStatus: draft\n\nBody\n"), 0o644)
	rules := posts.Rules{Generator: site.Pelican}
	msg := PublishCmd(root, rules, path)().(PublishedMsg)
	if msg.Err != nil || msg.Status != posts.StatusPublished || !msg.Changed {
		t.Fatalf("%+v", msg)
	}
	msg = PublishCmd(root, rules, path)().(PublishedMsg)
	if msg.Err != nil || msg.Status != posts.StatusDraft {
		t.Fatalf("%+v", msg)
	}
	if data, _ := os.ReadFile(path); string(data) != "Title: A\nStatus: draft\n\nBody\n" {
		t.Errorf("file %q", data)
	}
}

func TestUntouchedCmds(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	c, err := edit.Create(root, posts.Rules{}, edit.NewPost{Title: "x"}, edit.CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if m := CheckUntouchedCmd(c.Path, c.Content)().(UntouchedMsg); !m.Untouched {
		t.Error("fresh post not untouched")
	}
	os.WriteFile(c.Path, append(c.Content, "words"...), 0o644)
	if m := CheckUntouchedCmd(c.Path, c.Content)().(UntouchedMsg); m.Untouched {
		t.Error("edited post untouched")
	}
	if m := RemoveUntouchedCmd(c.Path, c.Content)().(PostRemovedMsg); m.Removed || m.Err != nil {
		t.Errorf("removed an edited post: %+v", m)
	}
	if _, err := os.Stat(c.Path); err != nil {
		t.Error(err)
	}
}

func TestNewPostFormConfiguredStyle(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	opts := testFormOptions(root)
	opts.Style = edit.Style{Format: posts.FormatTOML}
	f := NewNewPostForm(opts)
	if !strings.Contains(f.View(), "‹ default (toml) ›") {
		t.Errorf("view:\n%s", f.View())
	}
	f = formType(f, "Configured")
	_, cmd := formKey(f, tea.KeyEnter)
	msg := cmd().(PostSavedMsg)
	if msg.Err != nil || !strings.HasPrefix(string(msg.Content), "+++\ntitle = \"Configured\"") {
		t.Errorf("%v %q", msg.Err, msg.Content)
	}
}

func TestNewPostFormViewKeepsOnlyColours(t *testing.T) {
	t.Parallel()
	f := NewNewPostForm(testFormOptions(t.TempDir()))
	f = formType(f, "Title")
	if err := termsafe.Check(f.View()); err != nil {
		t.Errorf("%v in %q", err, f.View())
	}
	if strings.Contains(strings.ReplaceAll(f.View(), "\x1b[", ""), "[37m") {
		t.Errorf("broken escape sequences: %q", f.View())
	}
}

// An empty form shows its placeholders whole (a text input without a
// width shows only their first letter).
func TestNewPostFormShowsPlaceholders(t *testing.T) {
	t.Parallel()
	view := ansi.Strip(NewNewPostForm(testFormOptions(t.TempDir())).View())
	for _, want := range []string{"Title    required", "Tags     comma-separated"} {
		if !strings.Contains(view, want) {
			t.Errorf("form view lacks %q:\n%s", want, view)
		}
	}
}

// TestFormatChoicesAreStyleNames keeps the form's format choices to the
// names edit.StyleNamed reads, as `folio new --format` does.
func TestFormatChoicesAreStyleNames(t *testing.T) {
	t.Parallel()
	for _, name := range formatChoices[1:] {
		if _, err := edit.StyleNamed(name, posts.Rules{}); err != nil {
			t.Errorf("format choice %q: %v", name, err)
		}
	}
}
