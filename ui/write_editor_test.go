package ui

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

func TestSplitCommand(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
		err  bool
	}{
		{in: "vim", want: []string{"vim"}},
		{in: "  code   --wait ", want: []string{"code", "--wait"}},
		{in: "emacsclient -t -a ''", want: []string{"emacsclient", "-t", "-a", ""}},
		{in: `"/Applications/My Editor/bin/ed" -x`, want: []string{"/Applications/My Editor/bin/ed", "-x"}},
		{in: `/opt/my\ editor/ed`, want: []string{"/opt/my editor/ed"}},
		{in: `ed "a \"b\" \$HOME" 'c d'e`, want: []string{"ed", `a "b" $HOME`, "c de"}},
		{in: "vim; rm -rf ~", want: []string{"vim;", "rm", "-rf", "~"}},
		{in: `ed "open`, err: true},
		{in: `ed 'open`, err: true},
		{in: "   ", err: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := SplitCommand(tc.in)
			if (err != nil) != tc.err {
				t.Fatalf("err = %v", err)
			}
			if !tc.err && !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func FuzzSplitCommand(f *testing.F) {
	f.Add(`code --wait "a b" 'c' d\ e`)
	f.Fuzz(func(t *testing.T, s string) {
		words, err := SplitCommand(s)
		if err == nil && len(words) == 0 {
			t.Fatal("no words and no error")
		}
	})
}

func TestEditorCommand(t *testing.T) {
	t.Parallel()
	const file = "/blog/my post.md"
	tests := []struct {
		name   string
		env    map[string]string
		config string
		found  []string // binaries on $PATH
		line   int
		want   []string
		err    error
	}{
		{name: "visual wins", env: map[string]string{"VISUAL": "nvim", "EDITOR": "nano"}, line: 7, want: []string{"nvim", "+7", file}},
		{name: "editor next", env: map[string]string{"EDITOR": "vim -u NONE"}, line: 3, want: []string{"vim", "-u", "NONE", "+3", file}},
		{name: "config next", config: "hx", line: 2, want: []string{"hx", "+2", file}},
		{name: "nano fallback", found: []string{"nano", "vi"}, want: []string{"nano", file}},
		{name: "vi fallback", found: []string{"vi"}, line: 4, want: []string{"vi", "+4", file}},
		{name: "nothing", err: ErrNoEditor},
		{name: "code gets wait and goto", env: map[string]string{"EDITOR": "code"}, line: 9, want: []string{"code", "--wait", "--goto", file + ":9"}},
		{name: "code keeps its own wait", env: map[string]string{"EDITOR": "code -w"}, line: 9, want: []string{"code", "-w", "--goto", file + ":9"}},
		{name: "subl gets -w", env: map[string]string{"VISUAL": "subl"}, line: 1, want: []string{"subl", "-w", file + ":1"}},
		{name: "gedit gets wait", env: map[string]string{"VISUAL": "gedit"}, want: []string{"gedit", "--wait", file}},
		{name: "gvim stays in the foreground", env: map[string]string{"VISUAL": "gvim"}, line: 5, want: []string{"gvim", "-f", "+5", file}},
		{name: "emacsclient", env: map[string]string{"EDITOR": "emacsclient -t"}, line: 12, want: []string{"emacsclient", "-t", "+12", file}},
		{name: "unknown editor gets only the file", env: map[string]string{"EDITOR": "ed"}, line: 12, want: []string{"ed", file}},
		{name: "path with spaces", env: map[string]string{"EDITOR": `"/opt/my editor/kak"`}, line: 2, want: []string{"/opt/my editor/kak", "+2", file}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := editorResolver{
				getenv: func(k string) string { return tc.env[k] },
				lookPath: func(name string) (string, error) {
					if tc.env != nil || tc.config != "" || slices.Contains(tc.found, name) {
						return "/usr/bin/" + filepath.Base(name), nil
					}
					return "", exec.ErrNotFound
				},
			}
			cmd, err := r.command(tc.config, file, tc.line)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err = %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(cmd.Args, tc.want) {
				t.Errorf("args %q, want %q", cmd.Args, tc.want)
			}
		})
	}
}

func TestEditorMissingBinary(t *testing.T) {
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", "/nonexistent/editor --flag")
	if _, err := EditorCommand("", "x.md", 1); err == nil {
		t.Fatal("no error for a missing editor")
	}
}

func TestEditorResult(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	os.WriteFile(path, []byte("x"), 0o644)
	if err := EditorResult(path, nil); err != nil {
		t.Errorf("clean exit: %v", err)
	}
	failed := exec.Command("sh", "-c", "exit 3").Run()
	if err := EditorResult(path, failed); !errors.Is(err, ErrEditorFailed) {
		t.Errorf("exit 3: %v", err)
	}
	os.Remove(path)
	if err := EditorResult(path, nil); !errors.Is(err, ErrEditorRemoved) {
		t.Errorf("removed: %v", err)
	}
}

// TestEditWithCmdResolvesInTheCmd checks that the editor is looked up
// on $PATH when the Cmd runs, not in Update where the Cmd is made.
func TestEditWithCmdResolvesInTheCmd(t *testing.T) {
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", "true")
	cmd := EditWithCmd("", "x.md", 1)
	t.Setenv("EDITOR", "/nonexistent/editor")
	msg, ok := cmd().(EditorDoneMsg)
	if !ok || msg.Err == nil {
		t.Errorf("got %#v, want the missing editor found when the Cmd runs", msg)
	}
}
