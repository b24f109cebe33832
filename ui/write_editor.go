package ui

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// Errors an editor session can end with. EditorDoneMsg.Err wraps one of
// them (or the error of starting the editor).
var (
	// ErrNoEditor means no editor was configured and none was found.
	ErrNoEditor = errors.New("no editor found: set $VISUAL or $EDITOR")
	// ErrEditorFailed means the editor exited with a non-zero status.
	ErrEditorFailed = errors.New("the editor exited with an error")
	// ErrEditorRemoved means the file was gone when the editor exited.
	ErrEditorRemoved = errors.New("the file is gone after editing")
)

// EditorDoneMsg reports that the editor opened by EditCmd has exited.
// Err is nil when it exited cleanly and the file is still there.
type EditorDoneMsg struct {
	Path string
	Err  error
}

// EditCmd opens path in the user's editor at line (0 for the top) and
// reports EditorDoneMsg when it exits. The terminal is handed to the
// editor and restored afterwards.
func EditCmd(path string, line int) tea.Cmd {
	return EditWithCmd("", path, line)
}

// EditWithCmd is EditCmd with the editor of folio's configuration, tried
// before $VISUAL and $EDITOR (see EditorCommand). Finding the editor
// searches $PATH on disk, so it happens in the Cmd, off the Update loop;
// the Cmd then hands the process to the program.
func EditWithCmd(configEditor, path string, line int) tea.Cmd {
	return func() tea.Msg {
		cmd, err := EditorCommand(configEditor, path, line)
		if err != nil {
			return EditorDoneMsg{Path: path, Err: err}
		}
		return tea.Exec(newEditorProcess(cmd), func(err error) tea.Msg {
			return EditorDoneMsg{Path: path, Err: EditorResult(path, err)}
		})()
	}
}

// EditorResult turns how an editor process ended into a clear error: a
// non-zero exit (ErrEditorFailed), a file the editor deleted
// (ErrEditorRemoved), or nil.
func EditorResult(path string, runErr error) error {
	var exit *exec.ExitError
	switch {
	case errors.As(runErr, &exit):
		return fmt.Errorf("%w (status %d); %s is as the editor left it", ErrEditorFailed, exit.ExitCode(), filepath.Base(path))
	case runErr != nil:
		return fmt.Errorf("run editor: %w", runErr)
	}
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("%w: %s", ErrEditorRemoved, filepath.Base(path))
	}
	return nil
}

// EditorCommand builds the command that edits path at line: the first of
// configEditor, $VISUAL, $EDITOR, nano and vi, split into words like a
// shell would ("code --wait", "emacsclient -t", quoted paths with
// spaces). The file is its own argument and never goes through a shell.
// Known GUI editors get their wait flag so folio resumes only when the
// file is closed.
func EditorCommand(configEditor, path string, line int) (*exec.Cmd, error) {
	return editorResolver{getenv: os.Getenv, lookPath: exec.LookPath}.command(configEditor, path, line)
}

// editorResolver holds the environment lookups, injected for tests.
type editorResolver struct {
	getenv   func(string) string
	lookPath func(string) (string, error)
}

func (r editorResolver) command(configEditor, path string, line int) (*exec.Cmd, error) {
	argv, err := r.editorArgv(configEditor)
	if err != nil {
		return nil, err
	}
	bin, err := r.lookPath(argv[0])
	if err != nil {
		return nil, fmt.Errorf("editor %q not found: %w", argv[0], err)
	}
	args := editorArgs(argv, path, line)
	cmd := exec.Command(bin, args[1:]...)
	cmd.Args[0] = argv[0]
	return cmd, nil
}

// editorArgv is the configured editor command split into words.
// configEditor comes first because folio's settings already resolved it
// in the documented order (config.Config.Editor: an --editor flag, then
// $VISUAL, then $EDITOR, then the editor setting); $VISUAL and $EDITOR
// follow for callers without settings.
func (r editorResolver) editorArgv(configEditor string) ([]string, error) {
	for _, src := range []struct{ name, value string }{
		{"editor setting", configEditor},
		{"$VISUAL", r.getenv("VISUAL")},
		{"$EDITOR", r.getenv("EDITOR")},
	} {
		if strings.TrimSpace(src.value) == "" {
			continue
		}
		argv, err := SplitCommand(src.value)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", src.name, err)
		}
		return argv, nil
	}
	for _, fallback := range []string{"nano", "vi"} {
		if _, err := r.lookPath(fallback); err == nil {
			return []string{fallback}, nil
		}
	}
	return nil, ErrNoEditor
}

// editorArgs appends the line and file arguments each known editor
// understands, adding a GUI editor's wait flag when it is missing.
func editorArgs(argv []string, path string, line int) []string {
	name := strings.ToLower(filepath.Base(argv[0]))
	name = strings.TrimSuffix(name, ".exe")
	out := append([]string(nil), argv...)
	has := func(flags ...string) bool {
		for _, a := range argv[1:] {
			for _, f := range flags {
				if a == f {
					return true
				}
			}
		}
		return false
	}
	withLine := line > 0
	n := strconv.Itoa(line)
	switch name {
	case "vi", "vim", "nvim", "nano", "emacs", "emacsclient", "kak", "hx", "helix", "micro", "joe", "mg", "jed", "ne":
		if withLine {
			out = append(out, "+"+n)
		}
		return append(out, path)
	case "gvim", "mvim":
		if !has("-f", "--nofork") {
			out = append(out, "-f")
		}
		if withLine {
			out = append(out, "+"+n)
		}
		return append(out, path)
	case "code", "codium", "code-insiders", "code-oss", "vscodium", "cursor", "windsurf":
		if !has("--wait", "-w") {
			out = append(out, "--wait")
		}
		if withLine {
			return append(out, "--goto", path+":"+n)
		}
		return append(out, path)
	case "subl", "sublime_text", "zed", "zeditor":
		if name == "zed" || name == "zeditor" {
			if !has("--wait", "-w") {
				out = append(out, "--wait")
			}
		} else if !has("-w", "--wait") {
			out = append(out, "-w")
		}
		if withLine {
			return append(out, path+":"+n)
		}
		return append(out, path)
	case "gedit", "gnome-text-editor":
		if name == "gedit" && !has("--wait", "-w") {
			out = append(out, "--wait")
		}
		if withLine {
			out = append(out, "+"+n)
		}
		return append(out, path)
	case "mate":
		if !has("-w", "--wait") {
			out = append(out, "-w")
		}
		if withLine {
			out = append(out, "-l", n)
		}
		return append(out, path)
	}
	return append(out, path)
}

// SplitCommand splits an editor setting into words as a POSIX shell
// would, without expanding anything: blanks separate words, single
// quotes keep text literally, double quotes keep it except for \" \\ \$
// \` escapes, and a backslash outside quotes escapes the next character.
func SplitCommand(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\\':
			inWord = true
			if i+1 < len(s) {
				i++
				if s[i] != '\n' {
					cur.WriteByte(s[i])
				}
			}
		case c == '\'':
			inWord = true
			end := strings.IndexByte(s[i+1:], '\'')
			if end < 0 {
				return nil, fmt.Errorf("unclosed ' in %q", s)
			}
			cur.WriteString(s[i+1 : i+1+end])
			i += end + 1
		case c == '"':
			inWord = true
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`\n", s[i+1]) >= 0 {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, fmt.Errorf("unclosed \" in %q", s)
			}
		default:
			inWord = true
			cur.WriteByte(c)
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	if len(words) == 0 {
		return nil, errors.New("empty editor command")
	}
	return words, nil
}
