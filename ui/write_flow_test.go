package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/folio-blog/folio/posts"
)

// writeFlow is a minimal host for the writer's pieces: the form, then the
// editor, then the untouched check, as the TUI chains them.
type writeFlow struct {
	form      *NewPostForm
	saved     PostSavedMsg
	edited    *EditorDoneMsg
	untouched *UntouchedMsg
}

func (m writeFlow) Init() tea.Cmd { return m.form.Init() }

func (m writeFlow) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case PostSavedMsg:
		if msg.Err != nil {
			var cmd tea.Cmd
			_, cmd = m.form.Update(msg)
			return m, cmd
		}
		m.saved = msg
		return m, EditCmd(msg.Path, msg.Line)
	case EditorDoneMsg:
		m.edited = &msg
		if msg.Err != nil {
			return m, tea.Quit
		}
		return m, CheckUntouchedCmd(msg.Path, m.saved.Content)
	case UntouchedMsg:
		m.untouched = &msg
		return m, tea.Quit
	}
	var cmd tea.Cmd
	_, cmd = m.form.Update(msg)
	return m, cmd
}

func (m writeFlow) View() tea.View { return tea.NewView(m.form.View()) }

// fakeEditor writes a shell script that logs its arguments and then runs
// body, and makes it $VISUAL under the name vi (so it gets +LINE).
func fakeEditor(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	log := filepath.Join(dir, "args.txt")
	script := "#!/bin/sh\necho \"$@\" > '" + log + "'\n" + body + "\n"
	if err := os.WriteFile(filepath.Join(dir, "vi"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("VISUAL", filepath.Join(dir, "vi"))
	t.Setenv("EDITOR", "")
	return log
}

func runWriteFlow(t *testing.T, root, title string) writeFlow {
	t.Helper()
	opts := testFormOptions(root)
	tm := teatest.NewTestModel(t, writeFlow{form: NewNewPostForm(opts)}, teatest.WithInitialTermSize(80, 24))
	tm.Type(title)
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	return tm.FinalModel(t, teatest.WithFinalTimeout(hangGuard)).(writeFlow)
}

func TestWriteFlowEdits(t *testing.T) {
	root := t.TempDir()
	log := fakeEditor(t, `shift; echo "Written in the editor." >> "$1"`)
	m := runWriteFlow(t, root, "Flow post")
	if m.edited == nil || m.edited.Err != nil {
		t.Fatalf("editor: %+v", m.edited)
	}
	args, _ := os.ReadFile(log)
	if want := "+" + itoa(m.saved.Line) + " " + m.saved.Path + "\n"; string(args) != want {
		t.Errorf("editor args %q, want %q", args, want)
	}
	if m.untouched == nil || m.untouched.Untouched {
		t.Errorf("untouched: %+v", m.untouched)
	}
	data, _ := os.ReadFile(m.saved.Path)
	p := posts.Parse(m.saved.Rel, data, posts.Options{Rules: testFormOptions(root).Rules})
	if p.Title != "Flow post" || p.Words != 4 || p.Status != posts.StatusDraft {
		t.Errorf("post reads %q %d words %s:\n%s", p.Title, p.Words, p.Status, data)
	}
}

func TestWriteFlowUntouched(t *testing.T) {
	root := t.TempDir()
	fakeEditor(t, "exit 0")
	m := runWriteFlow(t, root, "Left alone")
	if m.untouched == nil || !m.untouched.Untouched {
		t.Fatalf("untouched: %+v", m.untouched)
	}
	removed := RemoveUntouchedCmd(m.saved.Path, m.saved.Content)().(PostRemovedMsg)
	if !removed.Removed {
		t.Errorf("%+v", removed)
	}
}

func TestWriteFlowEditorCrash(t *testing.T) {
	root := t.TempDir()
	fakeEditor(t, `shift; echo "half" >> "$1"; kill -9 $$`)
	m := runWriteFlow(t, root, "Crash")
	if m.edited == nil || !errors.Is(m.edited.Err, ErrEditorFailed) {
		t.Fatalf("editor: %+v", m.edited)
	}
	data, err := os.ReadFile(m.saved.Path)
	if err != nil || !strings.HasSuffix(string(data), "half\n") {
		t.Errorf("the post is not as the editor left it: %q %v", data, err)
	}
}

func TestWriteFlowEditorDeletes(t *testing.T) {
	root := t.TempDir()
	fakeEditor(t, `shift; rm "$1"`)
	m := runWriteFlow(t, root, "Deleted")
	if m.edited == nil || !errors.Is(m.edited.Err, ErrEditorRemoved) {
		t.Fatalf("editor: %+v", m.edited)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestNewPostWaitsForTheWholeFolder checks that n pressed while the
// folder loads opens the form only once every post is read: the posts
// decide where the new one goes, and a form opened on a part of them
// placed it in another folder (TestEndToEndTmuxWriter, under load).
func TestNewPostWaitsForTheWholeFolder(t *testing.T) {
	t.Parallel()
	m := New(testOptions(testBlog()))
	m = drive(t, m, tea.WindowSizeMsg{Width: 100, Height: 20})
	next, cmd := m.Update(keys("n")[0])
	m = next.(Model)
	if _, early := cmd().(newPostTermsMsg); early {
		t.Fatal("n opened the form before any post was read")
	}
	m = runCmd(t, m, m.Init(), 0)
	if screenName(m) != "form" {
		t.Fatalf("screen %s once loaded, want the new-post form", screenName(m))
	}
	f := m.stack[len(m.stack)-1].(*NewPostForm)
	if got, want := len(f.opts.Posts), len(m.sh.store.Posts()); got != want || want == 0 {
		t.Errorf("the form places among %d posts, want all %d", got, want)
	}
}
