package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-blog/folio/posts"
	"github.com/folio-blog/folio/posts/edit"
	"github.com/folio-blog/folio/ui/termsafe"
)

// NewPostOptions configure the new-post form: where the site is, how it
// writes posts, and the existing terms offered for completion.
type NewPostOptions struct {
	Root        string
	Rules       posts.Rules
	Author      string     // the default author, from config or the site
	PathPattern string     // "" places the post as folio new does (edit.PlaceNewPost)
	Style       edit.Style // the default front matter; zero means the site's
	Now         func() time.Time
	// Posts are the site's posts and pages, which decide where a new one
	// goes when PathPattern is empty.
	Posts      []*posts.Post
	Tags       []posts.Term
	Categories []posts.Term
}

// PostSavedMsg reports the result of the form's submit: the post was
// created at Path (Err nil), and the editor should open at Line. Content
// is what was written, for the untouched check after editing. With Err
// set nothing was created and the form, given this message, shows why.
type PostSavedMsg struct {
	Path    string
	Rel     string
	Line    int
	Content []byte
	Note    string // e.g. a clash that gave the post another name
	Err     error
}

// FormCancelledMsg reports that the form was closed without creating a
// post.
type FormCancelledMsg struct{}

// form fields, in order.
const (
	fieldTitle = iota
	fieldTags
	fieldCategory
	fieldAuthor
	fieldFormat
	fieldDraft
	fieldCount
)

// formatChoices are the front matter styles offered; the first is the
// configured one, or the site's own.
var formatChoices = []string{"default", "pelican", "yaml", "toml"}

// NewPostForm is the short form that starts a post: title (required),
// tags and category completed from the blog's own terms, author, front
// matter format and draft.
type NewPostForm struct {
	opts          NewPostOptions
	keys          KeyMap
	width, height int
	inputs        [fieldFormat]textinput.Model
	focus         int
	format        int
	draft         bool
	err           string
	pending       bool // a create is running
}

// formLabelWidth is the width of the marker and label before a field.
const formLabelWidth = 11

// NewNewPostForm returns the form with the title field focused and the
// author filled in.
func NewNewPostForm(opts NewPostOptions) *NewPostForm {
	f := &NewPostForm{opts: opts, keys: NewKeyMap(), draft: true}
	st := NewStyles(true)
	placeholders := [fieldFormat]string{"required", "comma-separated", "", ""}
	for i := range f.inputs {
		in := newTextInput("", placeholders[i], &st)
		in.CharLimit = 300
		f.inputs[i] = in
	}
	f.inputs[fieldAuthor].SetValue(opts.Author)
	f.inputs[fieldTitle].Focus()
	f.SetSize(80, 24)
	return f
}

// newPostForm is the new-post form with the settings of folio new and
// the blog's terms.
func newPostForm(sh *shared, msg newPostTermsMsg) *NewPostForm {
	f := NewNewPostForm(NewPostOptions{
		Root:        sh.cfg.Dir,
		Rules:       sh.cfg.Posts.Rules,
		Author:      sh.cfg.NewPost.Author,
		PathPattern: sh.cfg.NewPost.PathPattern,
		Style:       sh.cfg.NewPost.Style,
		Now:         sh.cfg.Posts.Now,
		Posts:       msg.all,
		Tags:        msg.tags,
		Categories:  msg.categories,
	})
	f.keys = sh.keys
	for i := range f.inputs {
		styleInput(&f.inputs[i], &sh.styles)
	}
	return f
}

// Init has nothing to start: the cursor does not blink.
func (f *NewPostForm) Init() tea.Cmd { return nil }

// Capturing implements capturer: the form takes every key until it is
// closed (f1 shows its help, esc cancels).
func (f *NewPostForm) Capturing() bool { return true }

// SetSize implements Component: the fields take the width left of their
// labels.
func (f *NewPostForm) SetSize(w, h int) {
	f.width, f.height = w, h
	for i := range f.inputs {
		f.inputs[i].SetWidth(max(1, w-formLabelWidth-1))
	}
}

// KeyMap implements Component.
func (f *NewPostForm) KeyMap() help.KeyMap {
	k := f.keys
	submit := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "create"))
	short := []key.Binding{submit, k.NextField, k.Cancel, k.InputHelp}
	switch f.focus {
	case fieldTags, fieldCategory:
		short = []key.Binding{submit, k.Complete, k.Cancel, k.InputHelp}
	case fieldFormat:
		short = []key.Binding{submit, k.Left, k.Right, k.Cancel, k.InputHelp}
	case fieldDraft:
		short = []key.Binding{submit, k.Right, k.Yes, k.No, k.Cancel, k.InputHelp}
	}
	return helpKeys{
		short: short,
		full:  [][]key.Binding{{submit, k.Cancel}, {k.NextField, k.PrevField, k.Complete}, {k.Left, k.Right, k.Yes, k.No}},
	}
}

// Update implements Component: keys while the form is open and the
// result of a submit.
func (f *NewPostForm) Update(msg tea.Msg) (Component, tea.Cmd) {
	k := f.keys
	switch msg := msg.(type) {
	case PostSavedMsg:
		f.pending = false
		if msg.Err != nil {
			f.err = msg.Err.Error()
		}
		return f, nil
	case tea.KeyPressMsg:
		if f.pending {
			return f, nil
		}
		switch {
		case key.Matches(msg, k.Cancel):
			return f, func() tea.Msg { return FormCancelledMsg{} }
		case key.Matches(msg, k.Accept):
			return f, f.submit()
		case key.Matches(msg, k.Complete) && f.complete():
			return f, nil
		case key.Matches(msg, k.NextField):
			return f, f.move(1)
		case key.Matches(msg, k.PrevField):
			return f, f.move(-1)
		}
		switch f.focus {
		case fieldFormat:
			switch {
			case key.Matches(msg, k.Left):
				f.format = (f.format + len(formatChoices) - 1) % len(formatChoices)
			case key.Matches(msg, k.Right):
				f.format = (f.format + 1) % len(formatChoices)
			}
			return f, nil
		case fieldDraft:
			switch {
			case key.Matches(msg, k.Yes):
				f.draft = true
			case key.Matches(msg, k.No):
				f.draft = false
			case key.Matches(msg, k.Left), key.Matches(msg, k.Right):
				f.draft = !f.draft
			}
			return f, nil
		}
	}
	if f.focus < fieldFormat {
		var cmd tea.Cmd
		f.inputs[f.focus], cmd = f.inputs[f.focus].Update(msg)
		f.err = ""
		return f, cmd
	}
	return f, nil
}

// move focuses the field d steps away, wrapping around.
func (f *NewPostForm) move(d int) tea.Cmd {
	if f.focus < fieldFormat {
		f.inputs[f.focus].Blur()
	}
	f.focus = (f.focus + d + fieldCount) % fieldCount
	if f.focus < fieldFormat {
		return f.inputs[f.focus].Focus()
	}
	return nil
}

// complete accepts the first suggestion for the term being typed in the
// tags or category field, and reports whether there was one.
func (f *NewPostForm) complete() bool {
	s := f.suggestions()
	if len(s) == 0 {
		return false
	}
	in := &f.inputs[f.focus]
	if f.focus == fieldTags {
		completeTerm(in, s[0].Name)
		return true
	}
	in.SetValue(s[0].Name)
	in.CursorEnd()
	return true
}

// suggestions are the completions for the focused field's current term.
func (f *NewPostForm) suggestions() []posts.Term {
	switch f.focus {
	case fieldTags:
		return termSuggestions(f.opts.Tags, f.inputs[fieldTags].Value())
	case fieldCategory:
		return suggest(f.opts.Categories, f.inputs[fieldCategory].Value(), nil)
	}
	return nil
}

// warnings name new terms one edit away from existing ones.
func (f *NewPostForm) warnings() []string {
	var out []string
	for _, t := range splitTerms(f.inputs[fieldTags].Value()) {
		if m, ok := nearMiss(f.opts.Tags, t); ok {
			out = append(out, fmt.Sprintf("new tag %q: did you mean %q (%d)?", t, m.Name, m.Count))
		}
	}
	if c := strings.TrimSpace(f.inputs[fieldCategory].Value()); c != "" {
		if m, ok := nearMiss(f.opts.Categories, c); ok {
			out = append(out, fmt.Sprintf("new category %q: did you mean %q (%d)?", c, m.Name, m.Count))
		}
	}
	return out
}

// NewPost is what the form holds, as a post to create.
func (f *NewPostForm) NewPost() edit.NewPost {
	return edit.NewPost{
		Title:    f.inputs[fieldTitle].Value(),
		Tags:     splitTerms(f.inputs[fieldTags].Value()),
		Category: f.inputs[fieldCategory].Value(),
		Authors:  splitTerms(f.inputs[fieldAuthor].Value()),
		Draft:    f.draft,
	}
}

// style is the chosen front matter style.
func (f *NewPostForm) style() edit.Style {
	if f.format == 0 {
		return f.defaultStyle()
	}
	st, err := edit.StyleNamed(formatChoices[f.format], f.opts.Rules)
	if err != nil {
		// Unreachable: TestFormatChoicesAreStyleNames keeps
		// formatChoices to names StyleNamed knows.
		return f.defaultStyle()
	}
	return st
}

// defaultStyle is the configured style, else the site's.
func (f *NewPostForm) defaultStyle() edit.Style {
	if f.opts.Style.Format != "" {
		st := f.opts.Style
		if st.Generator == "" {
			st.Generator = edit.DefaultStyle(f.opts.Rules).Generator
		}
		return st
	}
	return edit.DefaultStyle(f.opts.Rules)
}

func (f *NewPostForm) submit() tea.Cmd {
	np := f.NewPost()
	if strings.TrimSpace(np.Title) == "" {
		f.err = "a post needs a title"
		return f.focusField(fieldTitle)
	}
	f.pending, f.err = true, ""
	return CreatePostCmd(f.opts, np, f.style())
}

func (f *NewPostForm) focusField(i int) tea.Cmd {
	return f.move(i - f.focus)
}

// CreatePostCmd creates the post on disk and reports PostSavedMsg.
func CreatePostCmd(opts NewPostOptions, np edit.NewPost, st edit.Style) tea.Cmd {
	return func() tea.Msg {
		c, err := edit.Create(opts.Root, opts.Rules, np, edit.CreateOptions{
			Style: st, PathPattern: opts.PathPattern, Now: opts.Now, Posts: opts.Posts,
		})
		if err != nil {
			return PostSavedMsg{Err: err}
		}
		msg := PostSavedMsg{Path: c.Path, Rel: c.Rel, Line: c.BodyLine, Content: c.Content}
		var notes []string
		if c.Clashed() {
			notes = append(notes, fmt.Sprintf("%s exists; created %s", c.Wanted, c.Rel))
		}
		if c.ArchetypeErr != nil {
			notes = append(notes, c.ArchetypeErr.Error()+"; used folio's own front matter")
		}
		msg.Note = strings.Join(notes, "; ")
		return msg
	}
}

// View draws the form; every post-derived text passes through termsafe.
func (f *NewPostForm) View() string {
	var b strings.Builder
	b.WriteString("New post\n\n")
	labels := [fieldCount]string{"Title", "Tags", "Category", "Author", "Format", "Draft"}
	for i := 0; i < fieldCount; i++ {
		marker := "  "
		if i == f.focus {
			marker = "> "
		}
		b.WriteString(marker + fmt.Sprintf("%-9s", labels[i]))
		switch i {
		case fieldFormat:
			b.WriteString("‹ " + f.formatLabel() + " ›")
		case fieldDraft:
			if f.draft {
				b.WriteString("[x] draft")
			} else {
				b.WriteString("[ ] draft (publish now)")
			}
		default:
			// The input is styled already: keep its colours, drop anything else
			// a paste might have carried.
			b.WriteString(termsafe.Output(f.inputs[i].View()))
		}
		b.WriteString("\n")
		if i == f.focus {
			if s := f.suggestions(); len(s) > 0 {
				b.WriteString(indentBy(ansi.Wrap(suggestionLine(s), max(1, f.width-formLabelWidth), ""), formLabelWidth) + "\n")
			}
		}
	}
	b.WriteString("\n")
	for _, w := range f.warnings() {
		b.WriteString(ansi.Wrap("! "+termsafe.Line(w), max(1, f.width), "") + "\n")
	}
	if f.err != "" {
		b.WriteString(ansi.Wrap("error: "+termsafe.Line(f.err), max(1, f.width), "") + "\n")
	}
	if f.pending {
		b.WriteString("creating…\n")
	}
	return fit(b.String(), f.width, f.height)
}

func (f *NewPostForm) formatLabel() string {
	if f.format == 0 {
		return fmt.Sprintf("default (%s)", f.defaultStyle().Format)
	}
	return formatChoices[f.format]
}

// indentBy puts n spaces before every line of s.
func indentBy(s string, n int) string {
	pad := strings.Repeat(" ", n)
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}
